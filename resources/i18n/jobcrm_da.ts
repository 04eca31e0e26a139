<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>JobCRM could not open the database %1.

%2</source>
        <translation>JobCRM kunne ikke åbne databasen %1.

%2</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing you had saved is lost.

%1</source>
        <translation>Der opstod en uventet fejl. Intet af det, du havde gemt, er gået tabt.

%1</translation>
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
        <translation>Over &gt; 7 dage</translation>
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
        <source>%1 for this company will be shown here in a later version.</source>
        <translation>%1 for denne virksomhed vises her i en senere version.</translation>
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
        <source>No contacts logged yet. Use "Log contact" (Ctrl+L).</source>
        <translation>Ingen kontakter logget endnu. Brug "Log kontakt" (Ctrl+L).</translation>
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
        <source>Write what the next follow-up is.</source>
        <translation>Skriv hvad den næste opfølgning er.</translation>
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
        <source>Don't show at start</source>
        <translation>Vis ikke ved start</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Only the companies' promises</source>
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
        <source>&lt;b&gt;Today's overview:&lt;/b&gt;</source>
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
        <source>Recurring</source>
        <translation>Gentages</translation>
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
        <source>Plan company visits and fill the visit guide as a checklist, also without network.</source>
        <translation>Planlæg virksomhedsbesøg, og udfyld besøgsguiden som en tjekliste — også uden netværk.</translation>
    </message>
    <message>
        <source>Week view and list of your visits</source>
        <translation>Ugevisning og liste over dine besøg</translation>
    </message>
    <message>
        <source>Visit guides: Samtaleguide ved virksomhedsbesøg, Kampagnebesøg, Jobrotation, Opstart af virksomhedspraktik</source>
        <translation>Besøgsguides: Samtaleguide ved virksomhedsbesøg, Kampagnebesøg, Jobrotation, Opstart af virksomhedspraktik</translation>
    </message>
    <message>
        <source>The visit brief, on screen and printed</source>
        <translation>Besøgsforberedelsen, på skærmen og udskrevet</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Jobordrer</translation>
    </message>
    <message>
        <source>Job orders taken from companies, with the completeness of a good job order.</source>
        <translation>Jobordrer fra virksomhederne, med overblik over hvad en god jobordre mangler.</translation>
    </message>
    <message>
        <source>Requirements, working hours, contact form and the feedback deadline</source>
        <translation>Krav, timetal, kontaktform og frist for tilbagemelding</translation>
    </message>
    <message>
        <source>Referral log with candidate references (never CPR numbers)</source>
        <translation>Formidlingslog med kandidatreferencer (aldrig CPR-numre)</translation>
    </message>
    <message>
        <source>The printed order form (Ordreblanket)</source>
        <translation>Den udskrevne ordreblanket</translation>
    </message>
    <message>
        <source>Placement slots</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Placement slots (virksomhedspraktik, løntilskud, …) with mentors, and placements with their follow-up plan.</source>
        <translation>Pladser (virksomhedspraktik, løntilskud, …) med mentorer, og forløb med deres opfølgningsplan.</translation>
    </message>
    <message>
        <source>Free seats and when each slot was last verified</source>
        <translation>Ledige pladser, og hvornår hver plads sidst blev bekræftet</translation>
    </message>
    <message>
        <source>Mentors and the competences the mentor corps covers</source>
        <translation>Mentorer og de kompetencer, mentorkorpset dækker</translation>
    </message>
    <message>
        <source>The printed practicum presentation (Praktikpræsentation)</source>
        <translation>Den udskrevne praktikpræsentation</translation>
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
        <source>&amp;Import companies…</source>
        <translation>&amp;Importér virksomheder …</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
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
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>The database already has companies. Add demo data anyway?</source>
        <translation>Databasen har allerede virksomheder. Vil du alligevel tilføje demodata?</translation>
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
    <name>OverdueChart</name>
    <message>
        <source>Overdue at the end of each week (last 12 weeks)</source>
        <translation>Overskredne aftaler ved hver uges udgang (seneste 12 uger)</translation>
    </message>
    <message>
        <source>w.</source>
        <translation>uge</translation>
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
        <translation>fx Sende to CV'er</translation>
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
        <source>Open promises for %1 (%2)</source>
        <translation>Åbne aftaler for %1 (%2)</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to JobCRM</source>
        <translation>Velkommen til JobCRM</translation>
    </message>
    <message>
        <source>JobCRM keeps your companies' contact history, visit guides, job orders and placement slots — and makes sure no follow-up you promise a company is ever forgotten. Everything works offline on this computer.</source>
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