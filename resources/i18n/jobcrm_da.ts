<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AftaleItem</name>
    <message>
        <source>Agreed: %1</source>
        <translation>Aftalt: %1</translation>
    </message>
</context>
<context>
    <name>AgreementFields</name>
    <message>
        <source>What is agreed</source>
        <translation>Hvad er aftalt</translation>
    </message>
    <message>
        <source>+3 arbejdsdage</source>
        <translation>+3 arbejdsdage</translation>
    </message>
    <message>
        <source>Responsible consultant</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the agreement</source>
        <translation>Fjern aftalen</translation>
    </message>
    <message>
        <source>Follow-up created</source>
        <translation>Opfølgning oprettet</translation>
    </message>
</context>
<context>
    <name>AgreementKindsModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>% of held visits</source>
        <translation>% af afholdte besøg</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>AgreementsCard</name>
    <message>
        <source>Agreements – who does what, and by when</source>
        <translation>Aftaler – hvem gør hvad, og hvornår</translation>
    </message>
    <message>
        <source>Each agreement becomes a follow-up with a responsible consultant and a due date when the visit is registered. Due dates count from the day of the visit.</source>
        <translation>Hver aftale bliver til en opfølgning med en ansvarlig konsulent og en frist, når besøget registreres. Frister regnes fra besøgsdagen.</translation>
    </message>
    <message>
        <source>+ Add agreement</source>
        <translation>+ Tilføj aftale</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Agreements from the visit</source>
        <translation>Aftaler fra besøget</translation>
    </message>
    <message>
        <source>%1, %2: how many places of each kind does the company want filled?</source>
        <translation>%1, %2: Hvor mange pladser af hver slags ønsker virksomheden besat?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred. Nothing you had saved is lost.

%1</source>
        <translation>Der opstod en uventet fejl. Intet af det, du havde gemt, er gået tabt.

%1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Før: %1
Efter: %2</translation>
    </message>
</context>
<context>
    <name>BacklogTableModel</name>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredne</translation>
    </message>
    <message>
        <source>Overdue &gt; 7 days</source>
        <translation>Heraf &gt; 7 dage</translation>
    </message>
    <message>
        <source>Oldest overdue (days)</source>
        <translation>Ældste (dage)</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist denne uge</translation>
    </message>
    <message>
        <source>Done, 30 days</source>
        <translation>Udført 30 dage</translation>
    </message>
    <message>
        <source>Kept on time (90 days)</source>
        <translation>Til tiden, 90 dage</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>JobCRM takes a backup of the database every day when it starts, and before every update, import and merge of companies. Restoring a backup first takes a backup of the data you have now.</source>
        <translation>JobCRM tager en sikkerhedskopi af databasen hver dag, når programmet starter, og før hver opdatering, import og sammenlægning af virksomheder. Når du gendanner en sikkerhedskopi, tages der først en kopi af de data, du har nu.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Take backup now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Gendan fra fil…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Gem indstillinger</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>Keep one copy a day for</source>
        <translation>Gem én kopi om dagen i</translation>
    </message>
    <message>
        <source>and one copy a week for</source>
        <translation>og én kopi om ugen i</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Gendan fra fil</translation>
    </message>
    <message>
        <source>JobCRM database (*.db);;All files (*)</source>
        <translation>JobCRM-database (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

The data you have now is first saved as a backup, so nothing is lost. JobCRM then restarts with the restored data.</source>
        <translation>Gendan sikkerhedskopien fra %1?

De data, du har nu, gemmes først som en sikkerhedskopi, så intet går tabt. Derefter genstarter JobCRM med de gendannede data.</translation>
    </message>
    <message>
        <source>The backup has been restored. JobCRM restarts now.</source>
        <translation>Sikkerhedskopien er gendannet. JobCRM genstarter nu.</translation>
    </message>
    <message>
        <source>The backup has been restored. Close JobCRM and start it again to work with the restored data.</source>
        <translation>Sikkerhedskopien er gendannet. Luk JobCRM, og start programmet igen for at arbejde med de gendannede data.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
</context>
<context>
    <name>BookedVisitsModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttet</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Outlook calendar – promises as all-day events (*.ics)</source>
        <translation>Outlook-kalender – aftaler som heldagsbegivenheder (*.ics)</translation>
    </message>
    <message>
        <source>Calendar with to-dos (*.ics)</source>
        <translation>Kalender med opgaver (*.ics)</translation>
    </message>
    <message>
        <source>JobCRM follow-ups %1</source>
        <translation>JobCRM opfølgninger %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Calendar saved: %1 items in %2</source>
        <translation>Kalender gemt: %1 poster i %2</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call list – %1</source>
        <translation>Ringeliste – %1</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Det skal du sige</translation>
    </message>
    <message>
        <source>(The campaign has no message.)</source>
        <translation>(Kampagnen har intet budskab.)</translation>
    </message>
    <message>
        <source>Material: %1</source>
        <translation>Materiale: %1</translation>
    </message>
    <message>
        <source>Lately with this company</source>
        <translation>Senest med virksomheden</translation>
    </message>
    <message>
        <source>Open promises and planned visits</source>
        <translation>Åbne aftaler og planlagte besøg</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Udfald:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was said (goes into the contact history)</source>
        <translation>Hvad blev der sagt (kommer i kontakthistorikken)</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Åbn virksomhed</translation>
    </message>
    <message>
        <source>Skip  [Ctrl+→]</source>
        <translation>Spring over  [Ctrl+→]</translation>
    </message>
    <message>
        <source>Save and next  [Ctrl+Enter]</source>
        <translation>Gem og næste  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>In whose calendar</source>
        <translation>I hvis kalender</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Visit guide</source>
        <translation>Besøgsguide</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Vælg hvorfor …</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Mark the company &quot;Not interested&quot; (left out of later campaigns)</source>
        <translation>Markér virksomheden &quot;Ikke interesseret&quot; (udelades af senere kampagner)</translation>
    </message>
    <message>
        <source>Call again on</source>
        <translation>Ring igen den</translation>
    </message>
    <message>
        <source>A follow-up in your inbox.</source>
        <translation>En opfølgning i din indbakke.</translation>
    </message>
    <message>
        <source>Nobody left to call right now.</source>
        <translation>Der er ingen at ringe til lige nu.</translation>
    </message>
    <message>
        <source>Companies to call again show up here when their day comes.</source>
        <translation>Virksomheder, der skal ringes op igen, kommer frem her, når dagen kommer.</translation>
    </message>
    <message>
        <source>Call list: 0 to call</source>
        <translation>Ringeliste: 0 at ringe til</translation>
    </message>
    <message>
        <source>Call list: %1 to call</source>
        <translation>Ringeliste: %1 at ringe til</translation>
    </message>
    <message>
        <source>(no phone number)</source>
        <translation>(intet telefonnummer)</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 ansatte</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>tovholder %1</translation>
    </message>
    <message>
        <source>called %1 times in this campaign</source>
        <translation>ringet op %1 gange i kampagnen</translation>
    </message>
    <message>
        <source>Left out of the list: %1</source>
        <translation>Udeladt fra listen: %1</translation>
    </message>
    <message>
        <source>Called %1 about another campaign (%2): %3. Do not call twice with the same message.</source>
        <translation>Ringet op %1 om en anden kampagne (%2): %3. Ring ikke to gange med samme budskab.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>No contacts registered yet.</source>
        <translation>Ingen kontakter registreret endnu.</translation>
    </message>
    <message>
        <source>Visit %1 with %2 (%3)</source>
        <translation>Besøg %1 med %2 (%3)</translation>
    </message>
    <message>
        <source>Called %1 in another campaign: %2</source>
        <translation>Ringet op %1 i en anden kampagne: %2</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Intet åbent.</translation>
    </message>
    <message>
        <source>Saved in this session: %1</source>
        <translation>Gemt i denne omgang: %1</translation>
    </message>
    <message>
        <source>%1&apos;s visits on %2:</source>
        <translation>%1s besøg %2:</translation>
    </message>
    <message>
        <source>%1 has no visits on %2.</source>
        <translation>%1 har ingen besøg %2.</translation>
    </message>
    <message>
        <source>Choose the outcome of the call (Ctrl+1 … Ctrl+5).</source>
        <translation>Vælg opkaldets udfald (Ctrl+1 … Ctrl+5).</translation>
    </message>
    <message>
        <source>Book anyway?</source>
        <translation>Book alligevel?</translation>
    </message>
    <message>
        <source>Book the visit anyway?</source>
        <translation>Book besøget alligevel?</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>Edit campaign</source>
        <translation>Redigér kampagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Ny kampagne</translation>
    </message>
    <message>
        <source>e.g. Luk op for nye jobmuligheder 2026</source>
        <translation>fx Luk op for nye jobmuligheder 2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>What the campaign should achieve</source>
        <translation>Hvad kampagnen skal opnå</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>What the caller says; shown on the call screen</source>
        <translation>Hvad den, der ringer, siger; vises på opkaldsskærmen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Budskab</translation>
    </message>
    <message>
        <source>Postcard, leaflet, fact sheets…</source>
        <translation>Postkort, pjece, fakta-ark …</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Visit guide</source>
        <translation>Besøgsguide</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>A booked visit lasts</source>
        <translation>Et booket besøg varer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Companies called in the earlier round count as already contacted about the campaign</source>
        <translation>Virksomheder, der blev ringet op i den tidligere runde, tæller som allerede kontaktet om kampagnen</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Tidligere runde</translation>
    </message>
    <message>
        <source>Target list: which companies to call</source>
        <translation>Målgruppe: hvilke virksomheder der skal ringes til</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Industry (none ticked: all)</source>
        <translation>Branche (ingen afkrydset: alle)</translation>
    </message>
    <message>
        <source>Municipality (none ticked: all)</source>
        <translation>Kommune (ingen afkrydset: alle)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>No cooperation within the last</source>
        <translation>Ingen samarbejde inden for de seneste</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Not contacted about the campaign before</source>
        <translation>Ikke kontaktet om kampagnen før</translation>
    </message>
    <message>
        <source>Always left out, with the reason shown on the list: companies marked &quot;Not interested&quot; or &quot;Ceased&quot;, and companies called in another campaign lately.</source>
        <translation>Udelades altid, med begrundelsen på listen: virksomheder markeret &quot;Ikke interesseret&quot; eller &quot;Ophørt&quot;, og virksomheder ringet op i en anden kampagne for nylig.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save and build the call list</source>
        <translation>Gem og byg ringelisten</translation>
    </message>
    <message>
        <source>%1 companies match the filter (before the companies left out).</source>
        <translation>%1 virksomheder passer på filteret (før de udeladte er trukket fra).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>There are unsaved changes from last time (for example after a crash). Restore them?</source>
        <translation>Der er ikke-gemte ændringer fra sidst (fx efter et nedbrud). Vil du hente dem tilbage?</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Ringet</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagner</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Ny kampagne …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Update the call list</source>
        <translation>Opdatér ringelisten</translation>
    </message>
    <message>
        <source>Add the companies that match the filter now and are not on the list</source>
        <translation>Tilføj de virksomheder, der nu passer på filteret og ikke er på listen</translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>Eksportér (.xlsx) …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Call  [Ctrl+R]</source>
        <translation>Ring op  [Ctrl+R]</translation>
    </message>
    <message>
        <source>Open the call screen on the selected company, or the next one to call</source>
        <translation>Åbn opkaldsskærmen på den valgte virksomhed eller den næste, der skal ringes til</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Ringeliste</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;New campaign…&quot;: name, period, message, the visit guide and the companies to call.</source>
        <translation>Ingen kampagner endnu. Opret en med &quot;Ny kampagne …&quot;: navn, periode, budskab, besøgsguiden og de virksomheder, der skal ringes til.</translation>
    </message>
    <message>
        <source>The call list</source>
        <translation>Ringelisten</translation>
    </message>
    <message>
        <source>Agreements by type</source>
        <translation>Aftaler efter type</translation>
    </message>
    <message>
        <source>Calls per consultant (whoever made the latest call)</source>
        <translation>Opkald pr. konsulent (den der ringede sidst)</translation>
    </message>
    <message>
        <source>Visits, agreements and follow-ups per consultant (whose calendar)</source>
        <translation>Besøg, aftaler og opfølgninger pr. konsulent (i hvis kalender)</translation>
    </message>
    <message>
        <source>To call now</source>
        <translation>At ringe til nu</translation>
    </message>
    <message>
        <source>Everyone on the list</source>
        <translation>Alle på listen</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Ikke ringet op endnu</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nej</translation>
    </message>
    <message>
        <source>Wrong number / already in contact</source>
        <translation>Forkert nummer / allerede i kontakt</translation>
    </message>
    <message>
        <source>Left out (and why)</source>
        <translation>Udeladt (og hvorfor)</translation>
    </message>
    <message>
        <source>Include anyway</source>
        <translation>Medtag alligevel</translation>
    </message>
    <message>
        <source>Put a company that was left out on the list (the reason stays visible)</source>
        <translation>Sæt en udeladt virksomhed på listen (begrundelsen bliver stående)</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Tag af listen</translation>
    </message>
    <message>
        <source>Enter on a company opens the call screen. Outcome keys there: Ctrl+1 Booked, Ctrl+2 Declined, Ctrl+3 Not reached, Ctrl+4 Wrong number, Ctrl+5 Already in contact; Ctrl+Enter saves and goes to the next company.</source>
        <translation>Enter på en virksomhed åbner opkaldsskærmen. Tasterne for udfald: Ctrl+1 Booket, Ctrl+2 Takket nej, Ctrl+3 Ikke truffet, Ctrl+4 Forkert nummer, Ctrl+5 Allerede i kontakt; Ctrl+Enter gemmer og går til næste virksomhed.</translation>
    </message>
    <message>
        <source>Agreements from the visit…</source>
        <translation>Aftaler fra besøget …</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Åbn virksomhed</translation>
    </message>
    <message>
        <source>guide: %1</source>
        <translation>guide: %1</translation>
    </message>
    <message>
        <source>earlier round: %1</source>
        <translation>tidligere runde: %1</translation>
    </message>
    <message>
        <source>Live figures, %1</source>
        <translation>Tal lige nu, %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>kontaktet (truffet)</translation>
    </message>
    <message>
        <source>booked · booking rate %1</source>
        <translation>booket · bookingrate %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>takket nej</translation>
    </message>
    <message>
        <source>visits held of %1 booked</source>
        <translation>besøg afholdt af %1 booket</translation>
    </message>
    <message>
        <source>agreements per held visit (%1)</source>
        <translation>aftaler pr. afholdt besøg (%1)</translation>
    </message>
    <message>
        <source>follow-ups kept on time (%1 of %2)</source>
        <translation>opfølgninger holdt til tiden (%1 af %2)</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>På listen</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Ringet op</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Besøg afholdt</translation>
    </message>
    <message>
        <source>Visits as they stand: %1 held, %2 cancelled, %3 no-show, %4 planned; %5 moved.</source>
        <translation>Besøgene, som de står nu: %1 afholdt, %2 aflyst, %3 udeblevet, %4 planlagt; %5 flyttet.</translation>
    </message>
    <message>
        <source>%1 booked more than %2 weeks ahead, %3 of them cancelled by the company.</source>
        <translation>%1 booket mere end %2 uger frem, %3 af dem aflyst af virksomheden.</translation>
    </message>
    <message>
        <source>Left out of the call list: %1.</source>
        <translation>Udeladt fra ringelisten: %1.</translation>
    </message>
    <message>
        <source>Places the companies want filled, registered from %1 held visits; %2 visits gave at least one agreement.</source>
        <translation>Pladser virksomhederne ønsker besat, registreret fra %1 afholdte besøg; %2 besøg gav mindst én aftale.</translation>
    </message>
    <message>
        <source>Follow-ups promised at the visits: %1 kept on time, %2 done late, %3 overdue and still open, %4 not due yet.</source>
        <translation>Opfølgninger lovet på besøgene: %1 holdt til tiden, %2 udført for sent, %3 overskredne og stadig åbne, %4 endnu ikke forfaldne.</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 virksomheder</translation>
    </message>
    <message>
        <source>%1 visits booked from the campaign, as they stand now (after moves). Register the agreements of a held visit with Enter.</source>
        <translation>%1 besøg booket fra kampagnen, som de står nu (efter flytninger). Registrér aftalerne fra et afholdt besøg med Enter.</translation>
    </message>
    <message>
        <source>%1 companies match the filter; %2 put on the call list.</source>
        <translation>%1 virksomheder passer på filteret; %2 er sat på ringelisten.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Udeladt: %1.</translation>
    </message>
    <message>
        <source>%1 were on the list already.</source>
        <translation>%1 var allerede på listen.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Eksportér resultaterne</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Campaign results %1</source>
        <translation>Kampagneresultater %1</translation>
    </message>
    <message>
        <source>Print the results</source>
        <translation>Udskriv resultaterne</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Saved in
%1</source>
        <translation>Gemt i
%1</translation>
    </message>
    <message>
        <source>The file could not be saved in %1:
%2</source>
        <translation>Filen kunne ikke gemmes i %1:
%2</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel promise</source>
        <translation>Aflys aftale</translation>
    </message>
    <message>
        <source>Cancel “%1”. The reason is kept with the promise.</source>
        <translation>Aflys “%1”. Begrundelsen gemmes med aftalen.</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>Hvorfor aflyses den? (skal udfyldes)</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Begrundelse *</translation>
    </message>
    <message>
        <source>Write why the promise is cancelled.</source>
        <translation>Skriv hvorfor aftalen aflyses.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Search name, CVR, phone, city, contact person or notes…</source>
        <translation>Søg navn, CVR, telefon, by, kontaktperson eller noter …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér …</translation>
    </message>
    <message>
        <source>Save the list as it is filtered and sorted, for Excel (XLSX or CSV)</source>
        <translation>Gem listen, som den er filtreret og sorteret, til Excel (XLSX eller CSV)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <source>No companies yet. Create the first one, load demo data, or import a CSV file.</source>
        <translation>Der er ingen virksomheder endnu. Opret den første, indlæs demodata, eller importér en CSV-fil.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>Import companies…</source>
        <translation>Importér virksomheder …</translation>
    </message>
    <message>
        <source>No company matches the search.</source>
        <translation>Ingen virksomheder matcher søgningen.</translation>
    </message>
    <message>
        <source>No company name starts with “%1”. Type two or more characters to search everything: CVR, phone, city, contact persons and notes.</source>
        <translation>Intet virksomhedsnavn begynder med »%1«. Skriv mindst to tegn for at søge i alt: CVR, telefon, by, kontaktpersoner og noter.</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <translation>%1 af %2 virksomheder</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 virksomheder</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the company list</source>
        <translation>Eksportér virksomhedslisten</translation>
    </message>
    <message>
        <source>Saving %1 companies in %2…</source>
        <translation>Gemmer %1 virksomheder i %2 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Saved %1 companies in %2</source>
        <translation>Gemt: %1 virksomheder i %2</translation>
    </message>
</context>
<context>
    <name>CompanyAuditTab</name>
    <message>
        <source>Who created, changed or deleted what on this company and its records, newest first.</source>
        <translation>Hvem har oprettet, ændret eller slettet hvad på virksomheden og dens poster – nyeste først.</translation>
    </message>
    <message>
        <source>No changes recorded for this company yet.</source>
        <translation>Der er endnu ikke registreret ændringer for denne virksomhed.</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Log contact…</source>
        <translation>Log kontakt …</translation>
    </message>
    <message>
        <source>Edit facts…</source>
        <translation>Ret stamdata …</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Læg sammen med …</translation>
    </message>
    <message>
        <source>Merge a duplicate of this company into it</source>
        <translation>Læg en dublet af virksomheden ind i denne</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Jobordrer</translation>
    </message>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historik for ændringer</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret …</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Gør til primær</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Hvem lover</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>No open promises with this company.</source>
        <translation>Ingen åbne aftaler med virksomheden.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle konsulenter</translation>
    </message>
    <message>
        <source>No contacts logged yet. Use &quot;Log contact&quot; (Ctrl+L).</source>
        <translation>Ingen kontakter logget endnu. Brug &quot;Log kontakt&quot; (Ctrl+L).</translation>
    </message>
    <message>
        <source>Company card — %1</source>
        <translation>Virksomhedskort — %1</translation>
    </message>
    <message>
        <source>CVR %1</source>
        <translation>CVR %1</translation>
    </message>
    <message>
        <source>No CVR</source>
        <translation>Intet CVR</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tlf. %1</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Tovholder %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen tovholder</translation>
    </message>
    <message>
        <source>Special circumstances: %1</source>
        <translation>Særlige forhold: %1</translation>
    </message>
    <message>
        <source>Job orders (%1 open)</source>
        <translation>Jobordrer (%1 åbne)</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Antal ansatte</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Owner (tovholder)</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftaletype</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste aftale</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>Absence policy</source>
        <translation>Fraværspolitik</translation>
    </message>
    <message>
        <source>Alcohol policy</source>
        <translation>Alkoholpolitik</translation>
    </message>
    <message>
        <source>Core business / history</source>
        <translation>Kerneydelse/historik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>We are waiting for them</source>
        <translation>Vi venter på dem</translation>
    </message>
    <message>
        <source>Open promises (%1)</source>
        <translation>Åbne aftaler (%1)</translation>
    </message>
    <message>
        <source>Contact history (%1)</source>
        <translation>Kontakthistorik (%1)</translation>
    </message>
    <message>
        <source>No contacts match the filter.</source>
        <translation>Ingen kontakter passer til filteret.</translation>
    </message>
    <message>
        <source>Select an entry to read all of it.</source>
        <translation>Vælg en kontakt for at læse hele referatet.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Redigér virksomhed</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Navn *</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cifre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Antal ansatte</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Owner (tovholder)</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftaletype</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>adskilt med komma</translation>
    </message>
    <message>
        <source>Special circumstances and practical information</source>
        <translation>Særlige forhold og praktiske oplysninger</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>Særlige forhold</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>Absence policy</source>
        <translation>Fraværspolitik</translation>
    </message>
    <message>
        <source>Alcohol policy</source>
        <translation>Alkoholpolitik</translation>
    </message>
    <message>
        <source>Core business / history</source>
        <translation>Kerneydelse/historik</translation>
    </message>
    <message>
        <source>Open the existing company</source>
        <translation>Åbn den eksisterende virksomhed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Opret alligevel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>There are unsaved changes from last time (for example after a crash). Restore them?</source>
        <translation>Der er ændringer fra sidst, som ikke blev gemt (fx efter et nedbrud). Vil du gendanne dem?</translation>
    </message>
    <message>
        <source>CVR %1</source>
        <translation>CVR %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>tovholder %1</translation>
    </message>
    <message>
        <source>Possible duplicates: a company with a similar name is already registered in postal code %1. Open it, or create the new company anyway.</source>
        <translation>Mulige dubletter: en virksomhed med et lignende navn er allerede registreret i postnummer %1. Åbn den, eller opret den nye virksomhed alligevel.</translation>
    </message>
</context>
<context>
    <name>CompanyFilterBar</name>
    <message>
        <source>All owners</source>
        <translation>Alle tovholdere</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>Alle brancher</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Seneste kontakt: alle</translation>
    </message>
    <message>
        <source>No contact for %1 months</source>
        <translation>Ingen kontakt i %1 måneder</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtrér:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nulstil filtre</translation>
    </message>
</context>
<context>
    <name>CompanyOrders</name>
    <message>
        <source>New job order…</source>
        <translation>Ny jobordre…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Blank order form…</source>
        <translation>Blank ordreblanket…</translation>
    </message>
    <message>
        <source>An Ordreblanket with the company&apos;s facts and contacts, to fill in at the visit</source>
        <translation>En ordreblanket med virksomhedens stamdata og kontakter, til at udfylde på besøget</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stillingsbetegnelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CVs</source>
        <translation>CV&apos;er</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbagemelding</translation>
    </message>
    <message>
        <source>No job orders from this company yet.</source>
        <translation>Ingen jobordrer fra denne virksomhed endnu.</translation>
    </message>
    <message>
        <source>(no job title)</source>
        <translation>(ingen stillingsbetegnelse)</translation>
    </message>
    <message>
        <source>The feedback deadline has passed</source>
        <translation>Fristen for tilbagemelding er overskredet</translation>
    </message>
</context>
<context>
    <name>CompanySlotsTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Sidst bekræftet</translation>
    </message>
    <message>
        <source>No placement slots at this company yet.</source>
        <translation>Ingen pladser hos denne virksomhed endnu.</translation>
    </message>
    <message>
        <source>New slot…</source>
        <translation>Ny plads…</translation>
    </message>
    <message>
        <source>Open slot</source>
        <translation>Åbn plads</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Sidste kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste aftale</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>Open promises with the company</source>
        <translation>Åbne aftaler med virksomheden</translation>
    </message>
    <message>
        <source>The earliest open promise (red: overdue)</source>
        <translation>Den tidligste åbne aftale (rød: overskredet)</translation>
    </message>
    <message>
        <source>The consultant who owns the company (tovholder)</source>
        <translation>Konsulenten der er tovholder for virksomheden</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Klik for at sortere</translation>
    </message>
</context>
<context>
    <name>CompanyVisitsList</name>
    <message>
        <source>Plan a visit…</source>
        <translation>Planlæg besøg…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>No visits with this company yet.</source>
        <translation>Ingen besøg hos virksomheden endnu.</translation>
    </message>
    <message>
        <source>Register the outcome</source>
        <translation>Registrér udbyttet</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>The good job order</source>
        <translation>Den gode jobordre</translation>
    </message>
    <message>
        <source>Still missing (click to go to the field):</source>
        <translation>Mangler stadig (klik for at gå til feltet):</translation>
    </message>
    <message>
        <source>%1 of %2 parts in place. An order can be saved before it is complete.</source>
        <translation>%1 af %2 punkter er på plads. Ordren kan gemmes, før den er komplet.</translation>
    </message>
    <message>
        <source>The minimum for searching lacks %1 part(s).</source>
        <translation>Minimum til udsøgning mangler %1 punkt(er).</translation>
    </message>
    <message>
        <source>✓ The minimum for searching is in place.</source>
        <translation>✓ Minimum til udsøgning er på plads.</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Gå til feltet</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Intet mangler.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>The same field was changed on two computers before they synchronised. JobCRM kept one value (the latest change) on every computer and saved the other here, so nothing is lost. If the value that was kept is wrong, choose the row and click “Restore the lost value”.</source>
        <translation>Det samme felt blev ændret på to computere, før de nåede at synkronisere. JobCRM beholdt den ene værdi (den seneste ændring) på alle computere og gemte den anden her, så intet går tabt. Er den beholdte værdi forkert, så vælg rækken og klik på “Gendan den tabte værdi”.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Beholdt værdi</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Tabt værdi</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>No conflicts. Everything that was changed on two computers was merged.</source>
        <translation>Ingen konflikter. Alt, der blev ændret på to computere, er flettet sammen.</translation>
    </message>
    <message>
        <source>Show restored conflicts too</source>
        <translation>Vis også gendannede konflikter</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Forrige</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Næste ›</translation>
    </message>
    <message>
        <source>Restore the lost value</source>
        <translation>Gendan den tabte værdi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 af %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. +3 arbejdsdage, fredag, 08.12.2026</source>
        <translation>fx +3 arbejdsdage, fredag, 08.12.2026</translation>
    </message>
    <message>
        <source>+1 working day</source>
        <translation>+1 arbejdsdag</translation>
    </message>
    <message>
        <source>+3 working days</source>
        <translation>+3 arbejdsdage</translation>
    </message>
    <message>
        <source>+5 working days</source>
        <translation>+5 arbejdsdage</translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation>Endnu ikke en dato</translation>
    </message>
</context>
<context>
    <name>DbProblemDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>This file is not a JobCRM database</source>
        <translation>Filen er ikke en JobCRM-database</translation>
    </message>
    <message>
        <source>The database is from a newer JobCRM</source>
        <translation>Databasen er fra en nyere JobCRM</translation>
    </message>
    <message>
        <source>JobCRM cannot save in this location</source>
        <translation>JobCRM kan ikke gemme på denne placering</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Disken er fuld</translation>
    </message>
    <message>
        <source>JobCRM is already open</source>
        <translation>JobCRM er allerede åben</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Databasen kan ikke læses</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. What you entered after that is not in it.</source>
        <translation>Den seneste gode sikkerhedskopi er fra %1. Det, du har indtastet siden, er ikke med i den.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Der er ingen god sikkerhedskopi at gendanne.</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Gendan seneste gode sikkerhedskopi</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Vælg en anden fil…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>DoneNextDialog</name>
    <message>
        <source>Done and plan the next</source>
        <translation>Udført og planlæg næste</translation>
    </message>
    <message>
        <source>“%1” is marked as done. Plan the next follow-up:</source>
        <translation>“%1” markeres som udført. Planlæg næste opfølgning:</translation>
    </message>
    <message>
        <source>What *</source>
        <translation>Hvad *</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gentages</translation>
    </message>
    <message>
        <source>Write what the next follow-up is.</source>
        <translation>Skriv hvad den næste opfølgning er.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>End placement — %1</source>
        <translation>Afslut forløb — %1</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Vælg udfald…</translation>
    </message>
    <message>
        <source>Outcome *</source>
        <translation>Udfald *</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>Efterværn is planned: a contact every month for %1 months.</source>
        <translation>Efterværn planlægges: en kontakt hver måned i %1 måneder.</translation>
    </message>
    <message>
        <source>What is left of the follow-up plan is cancelled.</source>
        <translation>Resten af opfølgningsplanen aflyses.</translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation>Vælg hvordan forløbet endte.</translation>
    </message>
</context>
<context>
    <name>ExtendPlacementDialog</name>
    <message>
        <source>Extend placement — %1</source>
        <translation>Forlæng forløb — %1</translation>
    </message>
    <message>
        <source>Planned end now</source>
        <translation>Planlagt slut nu</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Forlæng med</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>Ny slutdato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>The evaluation before the end moves with it, and the weekly contact continues.</source>
        <translation>Evalueringen før afslutningen flytter med, og den ugentlige kontakt fortsætter.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Forlæng</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>First synchronisation</source>
        <translation>Første synkronisering</translation>
    </message>
    <message>
        <source>JobCRM is fetching the team&apos;s data from the server. You can keep working; the synchronisation continues in the background if you close this window.</source>
        <translation>JobCRM henter teamets data fra serveren. Du kan arbejde videre imens; synkroniseringen fortsætter i baggrunden, hvis du lukker vinduet.</translation>
    </message>
    <message>
        <source>Connecting to the server …</source>
        <translation>Forbinder til serveren …</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>Fortsæt i baggrunden</translation>
    </message>
    <message>
        <source>Sending this computer&apos;s changes</source>
        <translation>Sender denne computers ændringer</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s data</source>
        <translation>Henter teamets data</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 af %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The synchronisation stopped: %1
JobCRM tries again in a few minutes.</source>
        <translation>Synkroniseringen stoppede: %1
JobCRM prøver igen om nogle minutter.</translation>
    </message>
    <message>
        <source>Done: %1 changes fetched, %2 sent.</source>
        <translation>Færdig: %1 ændringer hentet, %2 sendt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <source>JobCRM everything %1</source>
        <translation>JobCRM alt %1</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksportér alt</translation>
    </message>
    <message>
        <source>JobCRM export (*.json)</source>
        <translation>JobCRM-eksport (*.json)</translation>
    </message>
    <message>
        <source>Everything exported: %1 records in %2</source>
        <translation>Alt er eksporteret: %1 poster i %2</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Visit guide — %1</source>
        <translation>Besøgsguide — %1</translation>
    </message>
    <message>
        <source>The guide need not be followed slavishly, but every theme must be touched.</source>
        <translation>Guiden skal ikke følges slavisk, men alle emner/temaer skal berøres.</translation>
    </message>
    <message>
        <source>Keys: Tab next field · Alt+1…%1 go to a theme · Ctrl+PgDown next theme · Ctrl+Shift+A new agreement · Ctrl+S save now · Ctrl+Enter register</source>
        <translation>Taster: Tab næste felt · Alt+1…%1 gå til et tema · Ctrl+PgDown næste tema · Ctrl+Shift+A ny aftale · Ctrl+S gem nu · Ctrl+Enter registrér</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Visit brief</source>
        <translation>Besøgsforberedelse</translation>
    </message>
    <message>
        <source>Create job order</source>
        <translation>Opret jobordre</translation>
    </message>
    <message>
        <source>Create placement slot</source>
        <translation>Opret praktikplads</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Afholdt som</translation>
    </message>
    <message>
        <source>Save and register the visit</source>
        <translation>Gem og registrér besøget</translation>
    </message>
    <message>
        <source>Close (saved)</source>
        <translation>Luk (gemt)</translation>
    </message>
    <message>
        <source>Everything is saved as you type; you can continue later</source>
        <translation>Alt gemmes, mens du skriver; du kan fortsætte senere</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>Ikke gemt!</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>Gemt på denne computer kl. %1</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Intet skrevet endnu</translation>
    </message>
    <message>
        <source>%1 of %2 themes touched</source>
        <translation>%1 af %2 temaer berørt</translation>
    </message>
    <message>
        <source>Themes not touched</source>
        <translation>Temaer ikke berørt</translation>
    </message>
    <message>
        <source>These themes have not been touched:

%1

Register the visit anyway?</source>
        <translation>Disse temaer er ikke berørt:

%1

Registrér besøget alligevel?</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Gem guiden som PDF</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import companies</source>
        <translation>Importér virksomheder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Antal ansatte</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>Særlige forhold</translation>
    </message>
    <message>
        <source>Import companies from a CSV file</source>
        <translation>Importér virksomheder fra en CSV-fil</translation>
    </message>
    <message>
        <source>Use an extract from the CVR register or an Excel sheet saved as CSV. The first row must hold the column headings (for example CVR-nummer, Navn, Adresse, Postnr., By). UTF-8 and Windows-1252 files work, separated by commas or semicolons.

Companies whose CVR number is already registered are updated, not created twice. You see the first rows before anything is saved.</source>
        <translation>Brug et udtræk fra CVR-registret eller et Excel-ark gemt som CSV. Første række skal være kolonneoverskrifter (fx CVR-nummer, Navn, Adresse, Postnr., By). Filen må være UTF-8 eller Windows-1252, adskilt med komma eller semikolon.

Virksomheder hvis CVR-nummer allerede er registreret, bliver opdateret – ikke oprettet to gange. Du ser de første rækker, før noget bliver gemt.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vælg en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>%1 — %2 rows, %3 columns · %4, %5</source>
        <translation>%1 — %2 rækker, %3 kolonner · %4, %5</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>Hvilken kolonne er hvad?</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Kolonner i filen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importér som</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>De første rækker, som de bliver importeret</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Anden fil …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ikke importér</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Bliver</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Updates existing</source>
        <translation>Opdaterer eksisterende</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Row %1 — %2: %3</source>
        <translation>Række %1 — %2: %3</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvises</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows as they will be imported</source>
        <translation>De første %1 af %2 rækker, som de bliver importeret</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows would be rejected; the rest are imported, and the rejected rows are listed afterwards.</source>
        <translation>%1 af de første %2 rækker bliver afvist; resten importeres, og de afviste rækker vises bagefter.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Importeres ikke: %1.</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Importér %1 rækker</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Nothing is saved until the whole file has been read: if you cancel, the database stays as it was.</source>
        <translation>Intet gemmes, før hele filen er læst: annullerer du, er databasen som før.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annullér import</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 af %2 rækker</translation>
    </message>
    <message>
        <source>Saving %1 rows and updating the search…</source>
        <translation>Gemmer %1 rækker og opdaterer søgningen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer …</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er gennemført</translation>
    </message>
    <message>
        <source>%1 created · %2 updated · %3 unchanged · %4 rejected</source>
        <translation>%1 oprettet · %2 opdateret · %3 uændret · %4 afvist</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importen blev annulleret</translation>
    </message>
    <message>
        <source>Nothing was saved: the database is as it was before the import.</source>
        <translation>Intet blev gemt: databasen er som før importen.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Intet blev gemt: %1</translation>
    </message>
    <message>
        <source>Rejected rows — correct them in the file and import it again (rows already imported are updated, not duplicated):</source>
        <translation>Afviste rækker — ret dem i filen og importér den igen (rækker der allerede er importeret, bliver opdateret, ikke dubleret):</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Gem afviste rækker som CSV …</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Tilbage til kolonnerne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Gem afviste rækker</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikke gemme: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <source>Don&apos;t show at start</source>
        <translation>Vis ikke ved start</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Only the companies&apos; promises</source>
        <translation>Kun virksomhedernes løfter</translation>
    </message>
    <message>
        <source>Promises the companies made to you: chase them when they are late</source>
        <translation>Løfter virksomhederne har givet dig: ryk for svar, når de er forsinkede</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Done, plan next</source>
        <translation>Udført, planlæg næste</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Aflys</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdrag</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Åbn virksomhed</translation>
    </message>
    <message>
        <source>No open promises. Nothing is waiting for you.</source>
        <translation>Ingen åbne aftaler. Intet venter på dig.</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ move · Shift+↑/↓ select several · D done · Shift+D done and plan next · U reschedule · A cancel · O hand over · Enter open the company</source>
        <translation>Taster: ↑/↓ flyt · Shift+↑/↓ vælg flere · D udført · Shift+D udført og planlæg næste · U udsæt · A aflys · O overdrag · Enter åbn virksomheden</translation>
    </message>
    <message>
        <source>%1 overdue · %2 today · %3 this week · %4 later</source>
        <translation>%1 overskredet · %2 i dag · %3 denne uge · %4 senere</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s overview:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dagens overblik:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overskredne</translation>
    </message>
    <message>
        <source>(the oldest %1 working days)</source>
        <translation>(den ældste %1 arbejdsdage over)</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 i dag</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 signaler</translation>
    </message>
    <message>
        <source>%1 promises</source>
        <translation>%1 aftaler</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Markeret som udført: %1</translation>
    </message>
    <message>
        <source>Done; next follow-up planned</source>
        <translation>Udført; næste opfølgning er planlagt</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overdraget</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who promised</source>
        <translation>Hvem lovede</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>No answer yet – chase the company</source>
        <translation>Intet svar endnu – ryk virksomheden</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overskredet siden %1</translation>
    </message>
    <message>
        <source>1 working day overdue</source>
        <translation>1 arbejdsdag over</translation>
    </message>
    <message>
        <source>%1 working days overdue</source>
        <translation>%1 arbejdsdage over</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Formål: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Rescheduled %1 time(s); first agreed %2</source>
        <translation>Udsat %1 gang(e); først aftalt til %2</translation>
    </message>
    <message>
        <source>Repeats %1</source>
        <translation>Gentages %1</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>hver uge</translation>
    </message>
    <message>
        <source>every 14 days</source>
        <translation>hver 14. dag</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>gentages</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 gange</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til og med %1</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dage over</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Udsat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Jobordrer</translation>
    </message>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagner</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Ny virksomhed …</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log kontakt …</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Eksportér &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Export &amp;everything (JSON)…</source>
        <translation>Eksportér &amp;alt (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Import companies…</source>
        <translation>&amp;Importér virksomheder …</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About JobCRM</source>
        <translation>&amp;Om JobCRM</translation>
    </message>
    <message>
        <source>The new language is used the next time JobCRM starts.</source>
        <translation>Det nye sprog bruges, næste gang JobCRM starter.</translation>
    </message>
    <message>
        <source>About JobCRM</source>
        <translation>Om JobCRM</translation>
    </message>
    <message>
        <source>JobCRM %1 — a CRM for job-centre company consultants.
Database: %2</source>
        <translation>JobCRM %1 — et CRM for jobcentrets virksomhedskonsulenter.
Database: %2</translation>
    </message>
    <message>
        <source>JobCRM — Welcome</source>
        <translation>JobCRM — Velkommen</translation>
    </message>
    <message>
        <source>No consultant chosen yet</source>
        <translation>Ingen konsulent valgt endnu</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Skrivebeskyttet: ændringer kan ikke gemmes</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget ind som %1 (%2)</translation>
    </message>
    <message>
        <source>Today: %1 · week %2 · local database</source>
        <translation>I dag: %1 · uge %2 · lokal database</translation>
    </message>
    <message>
        <source>%1 follow-ups need you</source>
        <translation>%1 opfølgninger venter</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation>Kontakt logget: %1</translation>
    </message>
    <message>
        <source>Job order</source>
        <translation>Jobordre</translation>
    </message>
    <message>
        <source>job order</source>
        <translation>jobordre</translation>
    </message>
    <message>
        <source>Saved: %1 (%2 % of the good job order)</source>
        <translation>Gemt: %1 (%2 % af den gode jobordre)</translation>
    </message>
    <message>
        <source>Blank order form</source>
        <translation>Blank ordreblanket</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>The database already has companies. Add demo data anyway?</source>
        <translation>Databasen har allerede virksomheder. Vil du alligevel tilføje demodata?</translation>
    </message>
</context>
<context>
    <name>MentorCorpsDialog</name>
    <message>
        <source>Mentor corps</source>
        <translation>Mentorkorps</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Coverage of competences</source>
        <translation>Dækning af kompetencer</translation>
    </message>
    <message>
        <source>Search name, company or organisation…</source>
        <translation>Søg navn, virksomhed eller organisation…</translation>
    </message>
    <message>
        <source>New external mentor…</source>
        <translation>Ny ekstern mentor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Mentors at different companies should be good at different things, so the whole mentor corps can meet the citizens&apos; needs. Red: no mentor has the competence.</source>
        <translation>Mentorerne på de forskellige virksomheder skal kunne forskellige ting, så det samlede mentorkorps kan imødekomme borgernes behov. Rødt: ingen mentor har kompetencen.</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>With room for one more</source>
        <translation>Med plads til én mere</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Fuldt booket</translation>
    </message>
    <message>
        <source>%1 of %2 mentors</source>
        <translation>%1 af %2 mentorer</translation>
    </message>
    <message>
        <source>None — recruit a mentor for this</source>
        <translation>Ingen — find en mentor til dette</translation>
    </message>
</context>
<context>
    <name>MentorEditor</name>
    <message>
        <source>Edit mentor</source>
        <translation>Rediger mentor</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Ny mentor</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Navn *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(no company: an external mentor)</source>
        <translation>(ingen virksomhed: en ekstern mentor)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>for an external mentor</source>
        <translation>for en ekstern mentor</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mentor course (date)</source>
        <translation>Mentorkursus (dato)</translation>
    </message>
    <message>
        <source>Max mentees</source>
        <translation>Højst antal mentees</translation>
    </message>
    <message>
        <source>A few friendly lines for the citizen, e.g. &quot;I will meet you on your first day and show you around.&quot;</source>
        <translation>Et par venlige linjer til borgeren, fx &quot;Jeg tager imod dig den første dag og viser dig rundt.&quot;</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Præsentation</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Vælg foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fjern foto</translation>
    </message>
    <message>
        <source>Choose a photo of the mentor</source>
        <translation>Vælg et foto af mentoren</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Intet foto</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Ikke et billede</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>There are unsaved changes from last time (for example after a crash). Restore them?</source>
        <translation>Der er ændringer fra sidst, som ikke blev gemt (fx efter et nedbrud). Vil du hente dem tilbage?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another company</source>
        <translation>Læg sammen med en anden virksomhed</translation>
    </message>
    <message>
        <source>Choose the duplicate to merge into “%1”. Its contact persons, contact history and promises move here, empty facts here are filled from it, and the duplicate is then removed.</source>
        <translation>Vælg dubletten, der skal lægges ind i »%1«. Dens kontaktpersoner, kontakthistorik og aftaler flyttes hertil, tomme stamdata her udfyldes fra den, og dubletten slettes bagefter.</translation>
    </message>
    <message>
        <source>Type a name, CVR or phone…</source>
        <translation>Skriv navn, CVR eller telefon …</translation>
    </message>
    <message>
        <source>Possible duplicates (similar name, same postal code):</source>
        <translation>Mulige dubletter (lignende navn, samme postnummer):</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Der er ikke valgt nogen virksomhed endnu.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Læg sammen</translation>
    </message>
    <message>
        <source>Or find the company:</source>
        <translation>Eller find virksomheden:</translation>
    </message>
    <message>
        <source>CVR %1</source>
        <translation>CVR %1</translation>
    </message>
    <message>
        <source>“%1”%2 is merged into “%3” and then removed.</source>
        <translation>»%1«%2 lægges ind i »%3« og slettes bagefter.</translation>
    </message>
    <message>
        <source>Moves here: %1 contact persons, %2 contacts in the history, %3 promises (%4 open).</source>
        <translation>Flyttes hertil: %1 kontaktpersoner, %2 kontakter i historikken, %3 aftaler (%4 åbne).</translation>
    </message>
    <message>
        <source>Filled in from it (empty here): %1.</source>
        <translation>Udfyldes fra dubletten (tomme her): %1.</translation>
    </message>
    <message>
        <source>Its notes are added to: %1.</source>
        <translation>Dens noter føjes til: %1.</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Læg virksomheder sammen</translation>
    </message>
    <message>
        <source>Merge the two companies? The duplicate is removed and this cannot be undone.</source>
        <translation>Læg de to virksomheder sammen? Dubletten slettes, og det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Job order — %1</source>
        <translation>Jobordre — %1</translation>
    </message>
    <message>
        <source>New job order</source>
        <translation>Ny jobordre</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Jobbet</translation>
    </message>
    <message>
        <source>Requirements and profile</source>
        <translation>Krav og profil</translation>
    </message>
    <message>
        <source>Employment and agreements</source>
        <translation>Ansættelse og aftaler</translation>
    </message>
    <message>
        <source>Referral log</source>
        <translation>Formidlingslog</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>The Ordreblanket of what is on the screen (Ctrl+P)</source>
        <translation>Ordreblanketten med det, der står på skærmen (Ctrl+P)</translation>
    </message>
    <message>
        <source>24.11.2026, +5 arbejdsdage …</source>
        <translation>24.11.2026, +5 arbejdsdage …</translation>
    </message>
    <message>
        <source>Type a name, CVR or phone…</source>
        <translation>Skriv navn, CVR eller telefon…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Why (required when cancelled)</source>
        <translation>Hvorfor (skal udfyldes ved annullering)</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Virksomhed *</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Owner (tovholder)</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>Tilbyder</translation>
    </message>
    <message>
        <source>e.g. Malersvend, Lagermedarbejder</source>
        <translation>fx Malersvend, Lagermedarbejder</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Antal stillinger</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stillingsbetegnelse</translation>
    </message>
    <message>
        <source>Nature/content of the work</source>
        <translation>Arbejdets art/indhold</translation>
    </message>
    <message>
        <source>The tasks: ask about the specific tasks and expectations</source>
        <translation>Arbejdsopgaverne: spørg ind til de konkrete opgaver og forventninger</translation>
    </message>
    <message>
        <source>Professional qualifications</source>
        <translation>Faglige kvalifikationer</translation>
    </message>
    <message>
        <source>Trade, skills, certificates the work needs</source>
        <translation>Fag, færdigheder og certifikater, som arbejdet kræver</translation>
    </message>
    <message>
        <source>Requirements: which are mandatory (ufravigelige), and which less important (knap så vigtige)?</source>
        <translation>Krav: hvilke er ufravigelige, og hvilke er knap så vigtige?</translation>
    </message>
    <message>
        <source>Personal qualifications</source>
        <translation>Personlige kvalifikationer</translation>
    </message>
    <message>
        <source>e.g. work independently, be part of a team, thrive with customers</source>
        <translation>fx arbejde selvstændigt, indgå i et team, trives i en udadvendt funktion</translation>
    </message>
    <message>
        <source>Physical demands</source>
        <translation>Fysiske krav</translation>
    </message>
    <message>
        <source>Heavy lifting? Standing or walking many hours a day?</source>
        <translation>Tunge løft? Gå eller stå mange timer om dagen?</translation>
    </message>
    <message>
        <source>Company culture</source>
        <translation>Kulturen på virksomheden</translation>
    </message>
    <message>
        <source>Work clothes, tone of communication …</source>
        <translation>Arbejdstøj, omgangstone …</translation>
    </message>
    <message>
        <source>Other circumstances</source>
        <translation>Øvrige forhold</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Ansættelse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timetal</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>e.g. Man–tors 7–15.30, fre 7–12</source>
        <translation>fx Man–tors 7–15.30, fre 7–12</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>Ansættelsesforhold</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ansættelsesdato</translation>
    </message>
    <message>
        <source>Contact form and feedback</source>
        <translation>Kontaktform og tilbagemelding</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Number of CVs wanted</source>
        <translation>Antal CV&apos;er</translation>
    </message>
    <message>
        <source>CVs by</source>
        <translation>CV&apos;er senest</translation>
    </message>
    <message>
        <source>Responsible for the search</source>
        <translation>Ansvarlig for udsøgning</translation>
    </message>
    <message>
        <source>Responsible for feedback</source>
        <translation>Ansvarlig for tilbagemelding</translation>
    </message>
    <message>
        <source>Feedback by (Tilbagemelding senest)</source>
        <translation>Tilbagemelding senest</translation>
    </message>
    <message>
        <source>The feedback deadline becomes a promise in the inbox of the one responsible.</source>
        <translation>Fristen bliver til en aftale i indbakken hos den ansvarlige for tilbagemelding.</translation>
    </message>
    <message>
        <source>The company wants contact / more information about</source>
        <translation>Firmaet ønsker kontakt/yderligere information om</translation>
    </message>
    <message>
        <source>Retention / sickness absence (Fastholdelse/sygefravær)</source>
        <translation>Fastholdelse/sygefravær</translation>
    </message>
    <message>
        <source>Competence development of own staff / job rotation (Kompetenceudvikling/jobrotation)</source>
        <translation>Kompetenceudvikling af egne medarbejdere/jobrotation</translation>
    </message>
    <message>
        <source>Each wish becomes a promise for the company&apos;s owner (tovholder) to get in touch.</source>
        <translation>Hvert ønske bliver til en aftale for virksomhedens tovholder om at tage kontakt.</translation>
    </message>
    <message>
        <source>Every CV sent to the company. Candidates are pseudonymous references (initials or the case number) — never a CPR number. Record the candidate&apos;s consent before the CV is sent.</source>
        <translation>Hvert CV, der er sendt til virksomheden. Kandidater er pseudonyme referencer (initialer eller sagsnummer) — aldrig et CPR-nummer. Registrér kandidatens samtykke, før CV&apos;et sendes.</translation>
    </message>
    <message>
        <source>New job order — %1</source>
        <translation>Ny jobordre — %1</translation>
    </message>
    <message>
        <source>%1 has been hired. Close the order as “need met”?</source>
        <translation>%1 er ansat. Skal ordren lukkes som “behov dækket”?</translation>
    </message>
    <message>
        <source>Close as “Afsluttet – behov dækket”</source>
        <translation>Luk som “Afsluttet – behov dækket”</translation>
    </message>
    <message>
        <source>%1 of %2 wanted CVs have been sent.</source>
        <translation>%1 af %2 ønskede CV&apos;er er sendt.</translation>
    </message>
    <message>
        <source>Set to “Inaktiveret (nok henvisninger)”</source>
        <translation>Sæt til “Inaktiveret (nok henvisninger)”</translation>
    </message>
    <message>
        <source>Referral log (%1)</source>
        <translation>Formidlingslog (%1)</translation>
    </message>
    <message>
        <source>Unsaved job order</source>
        <translation>Jobordre ikke gemt</translation>
    </message>
    <message>
        <source>There are unsaved changes to this job order from last time (for example after a crash). Restore them?</source>
        <translation>Der er ændringer i denne jobordre fra sidst, som ikke blev gemt (fx efter et nedbrud). Vil du gendanne dem?</translation>
    </message>
    <message>
        <source>Choose the company from the list that appears as you type.</source>
        <translation>Vælg virksomheden på listen, der kommer frem, mens du skriver.</translation>
    </message>
    <message>
        <source>Ordreblanket</source>
        <translation>Ordreblanket</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Åbne ordrer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Alle aldre</translation>
    </message>
    <message>
        <source>Newer than %1 days</source>
        <translation>Nyere end %1 dage</translation>
    </message>
    <message>
        <source>Older than %1 days</source>
        <translation>Ældre end %1 dage</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle tovholdere</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <source>Unfilled for more than</source>
        <translation>Ubesatte i over</translation>
    </message>
    <message>
        <source>Open orders where nobody has been hired, taken more than N days ago</source>
        <translation>Åbne ordrer, hvor ingen er ansat, modtaget for mere end N dage siden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Nobody responsible</source>
        <translation>Uden ansvarlig</translation>
    </message>
    <message>
        <source>Nobody is responsible for the search or for the feedback</source>
        <translation>Ingen er ansvarlig for udsøgning eller for tilbagemelding</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nulstil filtre</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stillingsbetegnelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CVs sent</source>
        <translation>CV&apos;er</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Udsøgning</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>Tilbagemelding</translation>
    </message>
    <message>
        <source>The feedback deadline has passed</source>
        <translation>Fristen for tilbagemelding er overskredet</translation>
    </message>
    <message>
        <source>A candidate has been hired</source>
        <translation>En kandidat er ansat</translation>
    </message>
    <message>
        <source>(no job title)</source>
        <translation>(ingen stillingsbetegnelse)</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Job orders</source>
        <translation>Jobordrer</translation>
    </message>
    <message>
        <source>Search job title or company…</source>
        <translation>Søg stillingsbetegnelse eller virksomhed…</translation>
    </message>
    <message>
        <source>Weekly meeting: unfilled orders</source>
        <translation>Ugemøde: ubesatte ordrer</translation>
    </message>
    <message>
        <source>Open orders where nobody has been hired, oldest first</source>
        <translation>Åbne ordrer, hvor ingen er ansat, ældste først</translation>
    </message>
    <message>
        <source>Blank order form…</source>
        <translation>Blank ordreblanket…</translation>
    </message>
    <message>
        <source>Print an empty Ordreblanket to take to a visit</source>
        <translation>Udskriv en tom ordreblanket til et besøg</translation>
    </message>
    <message>
        <source>New job order…</source>
        <translation>Ny jobordre…</translation>
    </message>
    <message>
        <source>No job orders yet. Take one at a visit, or create it with &quot;New job order…&quot;.</source>
        <translation>Ingen jobordrer endnu. Tag en med fra et besøg, eller opret den med &quot;Ny jobordre…&quot;.</translation>
    </message>
    <message>
        <source>No job order matches the filter.</source>
        <translation>Ingen jobordre passer til filteret.</translation>
    </message>
    <message>
        <source>%1 of %2 job orders</source>
        <translation>%1 af %2 jobordrer</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <source>Outcome of the visit</source>
        <translation>Udbytte af besøget</translation>
    </message>
    <message>
        <source>The company&apos;s need for labour *</source>
        <translation>Virksomhedens behov for arbejdskraft *</translation>
    </message>
    <message>
        <source>e.g. in the spring, after New Year</source>
        <translation>fx til foråret, efter nytår</translation>
    </message>
    <message>
        <source>e.g. seasonal work, maternity leave, new orders</source>
        <translation>fx sæsonarbejde, barsel, nye ordrer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Schemes presented</source>
        <translation>Ordninger præsenteret</translation>
    </message>
    <message>
        <source>Material handed over</source>
        <translation>Materiale udleveret</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>Andet materiale</translation>
    </message>
    <message>
        <source>Summary (goes into the contact history)</source>
        <translation>Referat (skrives i kontakthistorikken)</translation>
    </message>
    <message>
        <source>What happened at the visit, in a few lines…</source>
        <translation>Hvad skete der på besøget, med få linjer…</translation>
    </message>
</context>
<context>
    <name>OverdueChart</name>
    <message>
        <source>Overdue at the end of each week (last 12 weeks)</source>
        <translation>Overskredne aftaler ved hver uges udgang (seneste 12 uger)</translation>
    </message>
    <message>
        <source>w.</source>
        <translation>uge</translation>
    </message>
    <message>
        <source>Light bar: this week up to today</source>
        <translation>Lys søjle: denne uge til og med i dag</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Vis udskrift — %1</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokumentet gøres klar…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Open in PDF viewer to print</source>
        <translation>Åbn i PDF-læser og udskriv</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler), which is not installed. Open the document in your PDF viewer to see and print it.</source>
        <translation>Forhåndsvisningen kræver programmet pdftoppm (poppler), som ikke er installeret. Åbn dokumentet i din PDF-læser for at se og udskrive det.</translation>
    </message>
    <message>
        <source>%1 page(s). Print from your PDF viewer, or save the PDF.</source>
        <translation>%1 side(r). Udskriv fra din PDF-læser, eller gem PDF&apos;en.</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation>Ret kontaktperson</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Navn *</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primær kontaktperson</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>PlacementContactDialog</name>
    <message>
        <source>Log contact about the placement — %1</source>
        <translation>Log kontakt om forløbet — %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>How is it going? What was agreed?</source>
        <translation>Hvordan går det? Hvad blev aftalt?</translation>
    </message>
    <message>
        <source>Summary *</source>
        <translation>Referat *</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>Redigér besøg</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Planlæg besøg</translation>
    </message>
    <message>
        <source>Type a name, CVR or phone…</source>
        <translation>Skriv navn, CVR eller telefon…</translation>
    </message>
    <message>
        <source>i morgen, fredag or 26.11.2026</source>
        <translation>i morgen, fredag eller 26.11.2026</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1½ time</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>The company&apos;s address</source>
        <translation>Virksomhedens adresse</translation>
    </message>
    <message>
        <source>Purpose of the visit, what to bring…</source>
        <translation>Formål med besøget, hvad der skal med…</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Virksomhed *</translation>
    </message>
    <message>
        <source>When *</source>
        <translation>Hvornår *</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visit guide</source>
        <translation>Besøgsguide</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Joint visit with</source>
        <translation>Sambesøg med</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Besøg ikke gemt</translation>
    </message>
    <message>
        <source>A visit you were planning was not saved (for example after a crash). Restore it?</source>
        <translation>Et besøg, du var ved at planlægge, blev ikke gemt (fx efter et nedbrud). Vil du hente det frem igen?</translation>
    </message>
    <message>
        <source>Choose the company from the list that appears as you type.</source>
        <translation>Vælg virksomheden på listen, der vises, mens du skriver.</translation>
    </message>
</context>
<context>
    <name>PresentationPreview</name>
    <message>
        <source>Practicum presentation — preview</source>
        <translation>Praktikpræsentation — forhåndsvisning</translation>
    </message>
    <message>
        <source>This is what the citizen and the company will read. Check it, then save it as a PDF to print or send.</source>
        <translation>Sådan læser borgeren og virksomheden den. Tjek den, og gem den som PDF til udskrift eller e-mail.</translation>
    </message>
    <message>
        <source>Open the PDF after saving</source>
        <translation>Åbn PDF&apos;en når den er gemt</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Save practicum presentation</source>
        <translation>Gem praktikpræsentation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF&apos;en kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Log kontakt</translation>
    </message>
    <message>
        <source>Type a name, CVR or phone…</source>
        <translation>Skriv navn, CVR eller telefon …</translation>
    </message>
    <message>
        <source>What was said and agreed?</source>
        <translation>Hvad blev der sagt og aftalt?</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Virksomhed *</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Summary *</source>
        <translation>Referat *</translation>
    </message>
    <message>
        <source>Promise (optional)</source>
        <translation>Aftale (valgfri)</translation>
    </message>
    <message>
        <source>e.g. Send two CVs</source>
        <translation>fx Sende to CV&apos;er</translation>
    </message>
    <message>
        <source>+3 arbejdsdage, i morgen or 24.11.2026</source>
        <translation>+3 arbejdsdage, i morgen eller 24.11.2026</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Hvem lover</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gentages</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Unsaved contact</source>
        <translation>Kontakt ikke gemt</translation>
    </message>
    <message>
        <source>A contact you were logging was not saved (for example after a crash). Restore it?</source>
        <translation>En kontakt, du var ved at logge, blev ikke gemt (fx efter et nedbrud). Vil du hente den frem igen?</translation>
    </message>
    <message>
        <source>Choose the company from the list that appears as you type.</source>
        <translation>Vælg virksomheden på listen, der kommer frem, mens du skriver.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Overdrag</translation>
    </message>
    <message>
        <source>Hand over %1 promise(s) to another consultant.</source>
        <translation>Overdrag %1 aftale(r) til en anden konsulent.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>e.g. ill, holiday (optional)</source>
        <translation>fx syg, ferie (frivilligt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose a consultant.</source>
        <translation>Vælg en konsulent.</translation>
    </message>
</context>
<context>
    <name>RecurrenceEdit</name>
    <message>
        <source>Does not repeat</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <source>Every 14 days</source>
        <translation>Hver 14. dag</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>indtil videre</translation>
    </message>
    <message>
        <source>until and including</source>
        <translation>til og med</translation>
    </message>
    <message>
        <source>a number of times</source>
        <translation>et antal gange</translation>
    </message>
    <message>
        <source>e.g. 31.03.2027</source>
        <translation>fx 31.03.2027</translation>
    </message>
    <message>
        <source> times</source>
        <translation> gange</translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation>Endnu ikke en dato</translation>
    </message>
    <message>
        <source>Write the date the repetition ends.</source>
        <translation>Skriv den dato, gentagelsen slutter.</translation>
    </message>
</context>
<context>
    <name>ReferralLines</name>
    <message>
        <source>Candidate reference</source>
        <translation>Kandidatreference</translation>
    </message>
    <message>
        <source>CV sent</source>
        <translation>CV sendt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Svardato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>CV sent…</source>
        <translation>CV sendt…</translation>
    </message>
    <message>
        <source>Log a CV sent to the company (a new line dated today)</source>
        <translation>Registrér et CV sendt til virksomheden (en ny linje med dags dato)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Initials or the job centre&apos;s case number — never a CPR number</source>
        <translation>Initialer eller jobcentrets sagsnummer — aldrig et CPR-nummer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The candidate has agreed to the CV being sent</source>
        <translation>Kandidaten har givet samtykke til, at CV&apos;et sendes</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Mål …</translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>Eksportér (.xlsx) …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Sidste kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andre datoer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No contact in</source>
        <translation>Uden kontakt i</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Visits held against the target</source>
        <translation>Afholdte besøg mod mål</translation>
    </message>
    <message>
        <source>Promises kept on time (%)</source>
        <translation>Aftaler holdt til tiden (%)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>1 consultant</source>
        <translation>1 konsulent</translation>
    </message>
    <message>
        <source>%1 consultants</source>
        <translation>%1 konsulenter</translation>
    </message>
    <message>
        <source>Bar: visits held in the period. Red line: the period&apos;s target.</source>
        <translation>Søjle: afholdte besøg i perioden. Rød streg: periodens mål.</translation>
    </message>
    <message>
        <source>Of the promises due in the period.</source>
        <translation>Af de aftaler, der forfaldt i perioden.</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Not included yet: %1.</source>
        <translation>Endnu ikke med: %1.</translation>
    </message>
    <message>
        <source>Activity report %1 %2</source>
        <translation>Aktivitetsrapport %1 %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportér rapporten</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Udskriv rapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Saved in
%1</source>
        <translation>Gemt i
%1</translation>
    </message>
    <message>
        <source>The file could not be saved in %1:
%2</source>
        <translation>Filen kunne ikke gemmes i %1:
%2</translation>
    </message>
</context>
<context>
    <name>RequirementLines</name>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Tilføj krav</translation>
    </message>
    <message>
        <source>Add the minimum list</source>
        <translation>Tilføj minimumslisten</translation>
    </message>
    <message>
        <source>Education, experience, certificates, driving licence and criminal record: one line each that is not there yet</source>
        <translation>Uddannelse, erfaring, certifikater, kørekort og straffeattest: en linje for hver, der ikke er der endnu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— ikke angivet —</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Udsæt aftale</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to a new date.</source>
        <translation>Flyt “%1” fra %2 til en ny dato.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Ny dato</translation>
    </message>
    <message>
        <source>Why is it moved? (required)</source>
        <translation>Hvorfor udsættes den? (skal udfyldes)</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Begrundelse *</translation>
    </message>
    <message>
        <source>Write why the promise is rescheduled.</source>
        <translation>Skriv hvorfor aftalen udsættes.</translation>
    </message>
</context>
<context>
    <name>ResultLinesModel</name>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nej</translation>
    </message>
    <message>
        <source>Booking rate</source>
        <translation>Booket af kontaktet</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ikke truffet</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Forkert nummer</translation>
    </message>
    <message>
        <source>Visits booked</source>
        <translation>Besøg booket</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Per held visit</source>
        <translation>Pr. afholdt besøg</translation>
    </message>
    <message>
        <source>Follow-ups promised</source>
        <translation>Opfølgninger lovet</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Holdt til tiden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>Mark as touched</source>
        <translation>Markér som berørt</translation>
    </message>
    <message>
        <source>Tick when the theme was talked about, even if nothing is written</source>
        <translation>Sæt kryds, når temaet er drøftet, også selv om der ikke er skrevet noget</translation>
    </message>
    <message>
        <source>Notes on the theme…</source>
        <translation>Noter til temaet…</translation>
    </message>
    <message>
        <source>touched</source>
        <translation>berørt</translation>
    </message>
    <message>
        <source>not touched yet</source>
        <translation>ikke berørt endnu</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>JobCRM always works on this computer&apos;s own database. With a team server, your changes are sent to the team and the team&apos;s changes fetched whenever the server can be reached. Your IT department gives you the address.</source>
        <translation>JobCRM arbejder altid i denne computers egen database. Med en teamserver sendes dine ændringer til teamet, og teamets ændringer hentes, når serveren kan nås. Adressen får du fra din IT-afdeling.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Sidst synkroniseret</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Stop synchronising</source>
        <translation>Stop synkronisering</translation>
    </message>
    <message>
        <source>Forget the server address; the data on this computer stays</source>
        <translation>Glem serveradressen; data på denne computer bliver liggende</translation>
    </message>
    <message>
        <source>Save and synchronise</source>
        <translation>Gem og synkronisér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>No team server: JobCRM works on this computer only</source>
        <translation>Ingen teamserver: JobCRM arbejder kun på denne computer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Server address: write the address your IT department gave you.</source>
        <translation>Serveradresse: skriv den adresse, du har fået af din IT-afdeling.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Open company</source>
        <translation>Åbn virksomhed</translation>
    </message>
    <message>
        <source>Edit slot…</source>
        <translation>Rediger plads…</translation>
    </message>
    <message>
        <source>Close slot…</source>
        <translation>Luk plads…</translation>
    </message>
    <message>
        <source>Print presentation…</source>
        <translation>Udskriv præsentation…</translation>
    </message>
    <message>
        <source>Confirm the slot is still vacant</source>
        <translation>Bekræft at pladsen stadig er ledig</translation>
    </message>
    <message>
        <source>The slot</source>
        <translation>Pladsen</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Ny mentor…</translation>
    </message>
    <message>
        <source>Edit mentor…</source>
        <translation>Rediger mentor…</translation>
    </message>
    <message>
        <source>Remove from slot</source>
        <translation>Fjern fra pladsen</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Start placement…</source>
        <translation>Start forløb…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Forlæng…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Log kontakt…</translation>
    </message>
    <message>
        <source>Presentation with start details…</source>
        <translation>Præsentation med første dag…</translation>
    </message>
    <message>
        <source>Slot — %1 at %2</source>
        <translation>Plads — %1 hos %2</translation>
    </message>
    <message>
        <source>Responsible %1</source>
        <translation>Ansvarlig %1</translation>
    </message>
    <message>
        <source>Last confirmed %1</source>
        <translation>Sidst bekræftet %1</translation>
    </message>
    <message>
        <source>Reopen slot</source>
        <translation>Genåbn plads</translation>
    </message>
    <message>
        <source>Vacant: %1 of %2 seats free</source>
        <translation>Ledig: %1 af %2 pladser fri</translation>
    </message>
    <message>
        <source>vacant for %1 days</source>
        <translation>ledig i %1 dage</translation>
    </message>
    <message>
        <source>Filled: all %1 seats taken</source>
        <translation>Besat: alle %1 pladser er optaget</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Lukket %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>What the company offers</source>
        <translation>Hvad virksomheden kan tilbyde</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kvalifikationer</translation>
    </message>
    <message>
        <source>Special conditions / considerations</source>
        <translation>Særlige forhold/hensyn</translation>
    </message>
    <message>
        <source>Agreed handling of absence</source>
        <translation>Aftalt håndtering af fravær</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Det skal du have med</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Lukket fordi</translation>
    </message>
    <message>
        <source>%1 of max %2 mentees</source>
        <translation>%1 af højst %2 mentees</translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation>fuldt booket</translation>
    </message>
    <message>
        <source>No mentor yet. Add one: the presentation shows the mentor.</source>
        <translation>Ingen mentor endnu. Tilføj en: præsentationen viser mentoren.</translation>
    </message>
    <message>
        <source>Mentors (%1)</source>
        <translation>Mentorer (%1)</translation>
    </message>
    <message>
        <source>Add an existing mentor…</source>
        <translation>Tilføj en eksisterende mentor…</translation>
    </message>
    <message>
        <source>outcome missing</source>
        <translation>mangler udfald</translation>
    </message>
    <message>
        <source>extended %1×</source>
        <translation>forlænget %1×</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>Placements (%1)</source>
        <translation>Forløb (%1)</translation>
    </message>
    <message>
        <source>No placements yet. &quot;Start placement…&quot; creates the follow-up plan in the inbox.</source>
        <translation>Ingen forløb endnu. &quot;Start forløb…&quot; laver opfølgningsplanen i indbakken.</translation>
    </message>
    <message>
        <source>Follow-up plan for %1:</source>
        <translation>Opfølgningsplan for %1:</translation>
    </message>
    <message>
        <source>Contacts about the placement:</source>
        <translation>Kontakter om forløbet:</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Noter: %1</translation>
    </message>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Close slot</source>
        <translation>Luk plads</translation>
    </message>
    <message>
        <source>Why is the slot closed?</source>
        <translation>Hvorfor lukkes pladsen?</translation>
    </message>
    <message>
        <source>Placement started — please note</source>
        <translation>Forløbet er startet — bemærk</translation>
    </message>
    <message>
        <source>Print presentation</source>
        <translation>Udskriv præsentation</translation>
    </message>
</context>
<context>
    <name>SlotEditor</name>
    <message>
        <source>Edit slot</source>
        <translation>Rediger plads</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>Ny plads</translation>
    </message>
    <message>
        <source>The slot</source>
        <translation>Pladsen</translation>
    </message>
    <message>
        <source>Type a company name or CVR…</source>
        <translation>Skriv virksomhedens navn eller CVR…</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Virksomhed *</translation>
    </message>
    <message>
        <source>Scheme *</source>
        <translation>Ordning *</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <source>e.g. Warehouse assistant</source>
        <translation>fx Lagermedarbejder</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>e.g. Mon–Thu 7–15</source>
        <translation>fx man–tors 7–15</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Available to</source>
        <translation>Ledig til</translation>
    </message>
    <message>
        <source>(open-ended)</source>
        <translation>(uden slutdato)</translation>
    </message>
    <message>
        <source>Workplace address</source>
        <translation>Arbejdssted (adresse)</translation>
    </message>
    <message>
        <source>if not the company&apos;s</source>
        <translation>hvis ikke virksomhedens</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>adskilt med komma</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tilføj et tag…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Description (shown on the practicum presentation)</source>
        <translation>Beskrivelse (vises på praktikpræsentationen)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>What the company offers</source>
        <translation>Hvad virksomheden kan tilbyde</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kvalifikationer</translation>
    </message>
    <message>
        <source>Special conditions / considerations</source>
        <translation>Særlige forhold/hensyn</translation>
    </message>
    <message>
        <source>Agreed handling of absence</source>
        <translation>Aftalt håndtering af fravær</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Det skal du have med</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Ny mentor…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>There are unsaved changes from last time (for example after a crash). Restore them?</source>
        <translation>Der er ændringer fra sidst, som ikke blev gemt (fx efter et nedbrud). Vil du hente dem tilbage?</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Vacant (days)</source>
        <translation>Ledig (dage)</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Sidst bekræftet</translation>
    </message>
    <message>
        <source>Not confirmed for a long time: is the slot still vacant?</source>
        <translation>Ikke bekræftet længe: er pladsen stadig ledig?</translation>
    </message>
</context>
<context>
    <name>SlotsPage</name>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Search title, company, tasks or town…</source>
        <translation>Søg titel, virksomhed, opgaver eller by…</translation>
    </message>
    <message>
        <source>Confirm still vacant</source>
        <translation>Bekræft stadig ledig</translation>
    </message>
    <message>
        <source>Confirm that the selected slot is still vacant (sets &quot;last confirmed&quot; to today)</source>
        <translation>Bekræft at den valgte plads stadig er ledig (&quot;sidst bekræftet&quot; bliver i dag)</translation>
    </message>
    <message>
        <source>Mentors…</source>
        <translation>Mentorer…</translation>
    </message>
    <message>
        <source>New slot…</source>
        <translation>Ny plads…</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Alle ordninger</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>Only with free seats</source>
        <translation>Kun med ledige pladser</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Vis lukkede</translation>
    </message>
    <message>
        <source>No slots match. Create one with &quot;New slot…&quot; or change the filters.</source>
        <translation>Ingen pladser passer. Opret en med &quot;Ny plads…&quot; eller skift filtrene.</translation>
    </message>
    <message>
        <source>%1 of %2 slots</source>
        <translation>%1 af %2 pladser</translation>
    </message>
    <message>
        <source>Select a slot first.</source>
        <translation>Vælg en plads først.</translation>
    </message>
    <message>
        <source>Confirmed as still vacant today: %1</source>
        <translation>Bekræftet ledig i dag: %1</translation>
    </message>
</context>
<context>
    <name>StartPlacementDialog</name>
    <message>
        <source>Start placement — %1</source>
        <translation>Start forløb — %1</translation>
    </message>
    <message>
        <source>%1 at %2. Starting creates the follow-up plan in your inbox: weekly contact, and an evaluation before the end.</source>
        <translation>%1 hos %2. Når forløbet startes, kommer opfølgningsplanen i din indbakke: ugentlig kontakt og en evaluering før afslutningen.</translation>
    </message>
    <message>
        <source>initials or case number — never a CPR number</source>
        <translation>initialer eller sagsnummer — aldrig et CPR-nummer</translation>
    </message>
    <message>
        <source>Candidate reference *</source>
        <translation>Kandidatreference *</translation>
    </message>
    <message>
        <source>Start date *</source>
        <translation>Startdato *</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(ingen mentor)</translation>
    </message>
    <message>
        <source> — fully booked</source>
        <translation> — fuldt booket</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>First day: time</source>
        <translation>Første dag: mødetid</translation>
    </message>
    <message>
        <source>e.g. 8.00</source>
        <translation>fx 8.00</translation>
    </message>
    <message>
        <source>First day: meeting point</source>
        <translation>Første dag: mødested</translation>
    </message>
    <message>
        <source>e.g. at the reception</source>
        <translation>fx i receptionen</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Spørg efter</translation>
    </message>
    <message>
        <source>default: the mentor</source>
        <translation>standard: mentoren</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Start placement</source>
        <translation>Start forløb</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>There are unsaved changes from last time (for example after a crash). Restore them?</source>
        <translation>Der er ændringer fra sidst, som ikke blev gemt (fx efter et nedbrud). Vil du hente dem tilbage?</translation>
    </message>
    <message>
        <source>Type a date, e.g. 07.12.2026 or &quot;mandag&quot;</source>
        <translation>Skriv en dato, fx 07.12.2026 eller &quot;mandag&quot;</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Planlagt slut: %1</translation>
    </message>
</context>
<context>
    <name>StartupRescue</name>
    <message>
        <source>Choose a JobCRM database</source>
        <translation>Vælg en JobCRM-database</translation>
    </message>
    <message>
        <source>JobCRM database (*.db);;All files (*)</source>
        <translation>JobCRM-database (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The backup from %1 has been restored.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Den tidligere fil er gemt som %1.</translation>
    </message>
    <message>
        <source>JobCRM could not open the database %1.</source>
        <translation>JobCRM kunne ikke åbne databasen %1.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 ændring venter</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 ændringer venter</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 konflikter</translation>
    </message>
    <message>
        <source>Synchronising …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkronisering mislykkedes: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukendt fejl</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Endnu ikke synkroniseret</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Teamserver: %1</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Sidst synkroniseret: %1</translation>
    </message>
    <message>
        <source>Your work is always saved on this computer; it is sent to the team when the server can be reached.</source>
        <translation>Dit arbejde gemmes altid på denne computer; det sendes til teamet, når serveren kan nås.</translation>
    </message>
    <message>
        <source>The same field was changed on two computers: see what was kept and restore the other value</source>
        <translation>Det samme felt blev ændret på to computere: se hvad der blev beholdt, og gendan den anden værdi</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Team &amp;server…</source>
        <translation>Team&amp;server…</translation>
    </message>
    <message>
        <source>Synchronising … %1 of %2</source>
        <translation>Synkroniserer … %1 af %2</translation>
    </message>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>Der kører allerede en synkronisering.</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Seneste opkald</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Hvorfor udeladt</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Ikke ringet op endnu</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Udeladt</translation>
    </message>
    <message>
        <source>call again %1</source>
        <translation>ring igen %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Period targets</source>
        <translation>Periodens mål</translation>
    </message>
    <message>
        <source>Per consultant per month:</source>
        <translation>Pr. konsulent pr. måned:</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Besøg afholdt</translation>
    </message>
    <message>
        <source>Job orders received</source>
        <translation>Modtagne jobordrer</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team backlog</source>
        <translation>Teamets opfølgninger</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>The backlog as a PDF for the team meeting: the table, the chart and each consultant&apos;s overdue promises</source>
        <translation>Opfølgningerne som PDF til teammødet: tabellen, grafen og hver konsulents overskredne aftaler</translation>
    </message>
    <message>
        <source>⚠ = not synchronised for more than two days: the latest follow-ups from that laptop may be missing from the team&apos;s figures.</source>
        <translation>⚠ = ikke synkroniseret i mere end to dage: de nyeste opfølgninger fra den computer kan mangle i teamets tal.</translation>
    </message>
    <message>
        <source>Choose a consultant to see the open promises.</source>
        <translation>Vælg en konsulent for at se de åbne aftaler.</translation>
    </message>
    <message>
        <source>Hand over selected…</source>
        <translation>Overdrag valgte …</translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation>Der er ingen teams endnu.</translation>
    </message>
    <message>
        <source>%1 consultants · %2 open promises · %3 overdue</source>
        <translation>%1 konsulenter · %2 åbne aftaler · %3 overskredne</translation>
    </message>
    <message>
        <source>The team&apos;s follow-ups as of the last synchronisation %1</source>
        <translation>Teamets opfølgninger pr. seneste synkronisering %1</translation>
    </message>
    <message>
        <source>This computer has not synchronised with the team server yet: only its own follow-ups are shown.</source>
        <translation>Denne computer har endnu ikke synkroniseret med teamserveren: kun dens egne opfølgninger vises.</translation>
    </message>
    <message>
        <source>Last synchronised:</source>
        <translation>Sidst synkroniseret:</translation>
    </message>
    <message>
        <source>Open promises for %1 (%2)</source>
        <translation>Åbne aftaler for %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-ups %1 %2</source>
        <translation>Opfølgninger %1 %2</translation>
    </message>
    <message>
        <source>Print the backlog</source>
        <translation>Udskriv opfølgningerne</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>The backlog is saved in
%1

Open it from there to print it.</source>
        <translation>Opfølgningerne er gemt i
%1

Åbn filen derfra for at udskrive den.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1:
%2</source>
        <translation>PDF-filen kunne ikke gemmes i %1:
%2</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 dage siden</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Visit guides</source>
        <translation>Besøgsguides</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Ny guide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <source>Themes and items</source>
        <translation>Temaer og punkter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>+ Theme</source>
        <translation>+ Tema</translation>
    </message>
    <message>
        <source>+ Item</source>
        <translation>+ Punkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Choose a theme or an item to edit it.</source>
        <translation>Vælg et tema eller et punkt for at redigere det.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Only an administrator can change the visit guides. You can read them here; ask an administrator if something should be changed.</source>
        <translation>Kun en administrator kan ændre besøgsguiderne. Du kan læse dem her; spørg en administrator, hvis noget skal ændres.</translation>
    </message>
    <message>
        <source>Visit guides (read only)</source>
        <translation>Besøgsguides (kun læsning)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Sub-item (indented)</source>
        <translation>Underpunkt (rykket ind)</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Én svarmulighed pr. linje</translation>
    </message>
    <message>
        <source>e.g. +5 arbejdsdage, +1 uge</source>
        <translation>fx +5 arbejdsdage, +1 uge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item&lt;/b&gt;</source>
        <translation>&lt;b&gt;Punkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjælpetekst</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Svarmuligheder</translation>
    </message>
    <message>
        <source>Default due</source>
        <translation>Standardfrist</translation>
    </message>
    <message>
        <source>Default who</source>
        <translation>Hvem (standard)</translation>
    </message>
    <message>
        <source>Version %1 · saved %2</source>
        <translation>Version %1 · gemt %2</translation>
    </message>
    <message>
        <source>New visit guide</source>
        <translation>Ny besøgsguide</translation>
    </message>
    <message>
        <source>Theme 1</source>
        <translation>Tema 1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Fjern tema</translation>
    </message>
    <message>
        <source>Remove the theme and its %1 items? Guides already filled keep them.</source>
        <translation>Fjern temaet og dets %1 punkter? Guides, der allerede er udfyldt, beholder dem.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer ikke gemt</translation>
    </message>
    <message>
        <source>The guide has changes that are not saved. Discard them?</source>
        <translation>Guiden har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Aftalefrist</translation>
    </message>
    <message>
        <source>Promise: %1 — %2, due %3 (%4)</source>
        <translation>Aftale: %1 — %2, frist %3 (%4)</translation>
    </message>
    <message>
        <source>With %1:</source>
        <translation>Med %1:</translation>
    </message>
</context>
<context>
    <name>VisitBriefDialog</name>
    <message>
        <source>Visit brief — %1</source>
        <translation>Besøgsforberedelse — %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>Særlige forhold</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>No active contact persons.</source>
        <translation>Ingen aktive kontaktpersoner.</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>Seneste kontakter</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Ingen kontakter endnu.</translation>
    </message>
    <message>
        <source>Other planned visits</source>
        <translation>Andre planlagte besøg</translation>
    </message>
    <message>
        <source>Changes since last time</source>
        <translation>Ændringer siden sidst</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Sidste besøg</translation>
    </message>
    <message>
        <source>contacts since then</source>
        <translation>kontakter siden da</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Antal ansatte</translation>
    </message>
    <message>
        <source>Owner (tovholder)</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Aftaletype</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Core business / history</source>
        <translation>Kerneydelse/historik</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Mødetider</translation>
    </message>
    <message>
        <source>Absence policy</source>
        <translation>Fraværspolitik</translation>
    </message>
    <message>
        <source>Alcohol policy</source>
        <translation>Alkoholpolitik</translation>
    </message>
    <message>
        <source>Visit guide</source>
        <translation>Besøgsguide</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <source>Contact persons at the visit</source>
        <translation>Kontaktpersoner ved besøget</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Vi har lovet</translation>
    </message>
    <message>
        <source>The company promised</source>
        <translation>Virksomheden har lovet</translation>
    </message>
    <message>
        <source>No earlier filled guide for this company: this is the first registered visit.</source>
        <translation>Der er ingen tidligere udfyldt guide for virksomheden: dette er det første registrerede besøg.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Not answered now</source>
        <translation>Ikke besvaret nu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Sidst</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Job orders, slots and placements</source>
        <translation>Jobordrer, pladser og forløb</translation>
    </message>
    <message>
        <source>Open job orders</source>
        <translation>Åbne jobordrer</translation>
    </message>
    <message>
        <source>No open job orders.</source>
        <translation>Ingen åbne jobordrer.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Feedback at the latest</source>
        <translation>Tilbagemelding senest</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>CVs</source>
        <translation>Cv&apos;er</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>No open slots.</source>
        <translation>Ingen åbne pladser.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Running and planned placements</source>
        <translation>Igangværende og planlagte forløb</translation>
    </message>
    <message>
        <source>No running placements.</source>
        <translation>Ingen igangværende forløb.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Save the visit brief as PDF</source>
        <translation>Gem besøgsforberedelsen som PDF</translation>
    </message>
</context>
<context>
    <name>VisitStatusDialog</name>
    <message>
        <source>Change the visit&apos;s status</source>
        <translation>Skift besøgets status</translation>
    </message>
    <message>
        <source>Why? (required when cancelled or moved)</source>
        <translation>Hvorfor? (skal udfyldes ved aflysning og flytning)</translation>
    </message>
    <message>
        <source>New date, e.g. 03.12.2026 (optional)</source>
        <translation>Ny dato, fx 03.12.2026 (valgfrit)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nyt tidspunkt</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Register the outcome</source>
        <translation>Registrér udbyttet</translation>
    </message>
    <message>
        <source> (started)</source>
        <translation> (i gang)</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Visit guides…</source>
        <translation>Besøgsguides…</translation>
    </message>
    <message>
        <source>Edit the visit-guide templates (administrators)</source>
        <translation>Redigér skabelonerne til besøgsguides (administratorer)</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Planlæg besøg</translation>
    </message>
    <message>
        <source>Continue filling in</source>
        <translation>Fortsæt udfyldningen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Forrige uge (Alt+Venstre)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Næste uge (Alt+Højre)</translation>
    </message>
    <message>
        <source>Coming visits</source>
        <translation>Kommende besøg</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Tidligere besøg</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alle besøg</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Fill in the visit guide</source>
        <translation>Udfyld besøgsguiden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Visit brief</source>
        <translation>Besøgsforberedelse</translation>
    </message>
    <message>
        <source>Cancel, move or no-show…</source>
        <translation>Aflys, flyt eller udeblevet…</translation>
    </message>
    <message>
        <source>Edit time, place…</source>
        <translation>Redigér tid, sted…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Åbn virksomheden</translation>
    </message>
    <message>
        <source>Print the guide…</source>
        <translation>Udskriv guiden…</translation>
    </message>
    <message>
        <source>No visit chosen</source>
        <translation>Intet besøg valgt</translation>
    </message>
    <message>
        <source>Choose a visit in the week or the list, or plan a new one (Ctrl+B).</source>
        <translation>Vælg et besøg i ugen eller på listen, eller planlæg et nyt (Ctrl+B).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <source>Visit guide</source>
        <translation>Besøgsguide</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The visit is over: register the outcome.</source>
        <translation>Besøget er overstået: registrér udbyttet.</translation>
    </message>
    <message>
        <source>Guide started, last saved %1</source>
        <translation>Guide i gang, sidst gemt %1</translation>
    </message>
    <message>
        <source>Open the filled guide</source>
        <translation>Åbn den udfyldte guide</translation>
    </message>
    <message>
        <source>Continue the visit guide</source>
        <translation>Fortsæt besøgsguiden</translation>
    </message>
    <message>
        <source>Back to planned…</source>
        <translation>Tilbage til planlagt…</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>Mine besøg</translation>
    </message>
    <message>
        <source>Everyone&apos;s visits</source>
        <translation>Alle konsulenters besøg</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Uge %1 · %2</translation>
    </message>
    <message>
        <source>%1 visits this week</source>
        <translation>%1 besøg i denne uge</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 besøg</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Gem guiden som PDF</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>&lt;b&gt;The visit guide for %1 was not closed&lt;/b&gt; (JobCRM stopped while it was open). Everything up to %2 is saved.</source>
        <translation>&lt;b&gt;Besøgsguiden for %1 blev ikke lukket&lt;/b&gt; (JobCRM stoppede, mens den var åben). Alt til og med %2 er gemt.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Waiting for registration</source>
        <translation>Mangler registrering</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled, moved or no-show</source>
        <translation>Aflyst, flyttet eller udeblevet</translation>
    </message>
    <message>
        <source>Register the outcome</source>
        <translation>Registrér udbyttet</translation>
    </message>
    <message>
        <source>Guide started</source>
        <translation>Guide i gang</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to JobCRM</source>
        <translation>Velkommen til JobCRM</translation>
    </message>
    <message>
        <source>JobCRM keeps your companies&apos; contact history, visit guides, job orders and placement slots — and makes sure no follow-up you promise a company is ever forgotten. Everything works offline on this computer.</source>
        <translation>JobCRM samler virksomhedernes kontakthistorik, besøgsguides, jobordrer og pladser — og sørger for, at ingen opfølgning, du lover en virksomhed, bliver glemt. Alt virker uden netværk på denne computer.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Continue as this consultant</source>
        <translation>Fortsæt som denne konsulent</translation>
    </message>
    <message>
        <source>Choose your profile:</source>
        <translation>Vælg din profil:</translation>
    </message>
    <message>
        <source>…or create a new profile:</source>
        <translation>… eller opret en ny profil:</translation>
    </message>
    <message>
        <source>e.g. MAJ</source>
        <translation>fx MAJ</translation>
    </message>
    <message>
        <source>e.g. Team Erhverv Nord</source>
        <translation>fx Team Erhverv Nord</translation>
    </message>
    <message>
        <source>Initials *</source>
        <translation>Initialer *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Navn *</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Create profile and continue</source>
        <translation>Opret profil og fortsæt</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Try JobCRM with realistic Danish demo data: companies, contact persons, contact history and follow-ups for two teams of consultants.</source>
        <translation>Prøv JobCRM med realistiske demodata: virksomheder, kontaktpersoner, kontakthistorik og opfølgninger for to teams af konsulenter.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>Or bring your own companies from a CSV file (an extract from the CVR register or an Excel sheet).</source>
        <translation>Eller hent dine egne virksomheder fra en CSV-fil (et udtræk fra CVR-registret eller et Excel-ark).</translation>
    </message>
    <message>
        <source>Import companies…</source>
        <translation>Importér virksomheder …</translation>
    </message>
    <message>
        <source>Create your consultant profile:</source>
        <translation>Opret din konsulentprofil:</translation>
    </message>
</context>
</TS>
