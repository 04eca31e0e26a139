"""Enumerations of the domain, stored as short codes, with Danish and English labels.

The Danish labels are the product's vocabulary (PRODUCT.md §3); the CLI and the printed documents
use them; the UI picks the label of its language through `label(lang)`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    da: str
    en: str

    def label(self, lang: str = "da") -> str:
        return self.da if lang == "da" else self.en


class Vocab:
    def __init__(self, name: str, *terms: tuple[str, str, str]):
        self.name = name
        self.terms = tuple(Term(*t) for t in terms)
        self._by_code = {t.code: t for t in self.terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def label(self, code: str | None, lang: str = "da") -> str:
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def lookup(self, text: str) -> str | None:
        """Code for a code or a label in either language (case-insensitive), else None."""
        t = (text or "").strip().casefold()
        for term in self.terms:
            if t in (term.code.casefold(), term.da.casefold(), term.en.casefold()):
                return term.code
        return None


ROLE = Vocab(
    "rolle",
    ("konsulent", "Konsulent", "Consultant"),
    ("teamleder", "Teamleder", "Team lead"),
    ("administrator", "Administrator", "Administrator"),
)

SECTOR = Vocab("sektor", ("privat", "Privat", "Private"), ("offentlig", "Offentlig", "Public"))

RELATIONSHIP = Vocab(
    "relation",
    ("ny", "Ny/prospekt", "New/prospect"),
    ("aktiv", "Aktiv samarbejdspartner", "Active partner"),
    ("kerne", "Kernekunde", "Key account"),
    ("ikke_interesseret", "Ikke interesseret", "Not interested"),
    ("ophoert", "Ophørt", "Ceased"),
)

AGREEMENT = Vocab(
    "aftaletype",
    ("jobservice", "Jobserviceaftale", "Job service agreement"),
    ("partnerskab", "Partnerskabsaftale", "Partnership agreement"),
    ("virksomhedscenter", "Virksomhedscenter", "Company centre"),
    ("samarbejde", "Samarbejdsaftale", "Cooperation agreement"),
)

PERSON_ROLE = Vocab(
    "kontaktrolle",
    ("beslutningstager", "Beslutningstager", "Decision maker"),
    ("hr", "HR", "HR"),
    ("daglig_leder", "Daglig leder", "Manager"),
    ("mentor", "Mentor", "Mentor"),
    ("andet", "Andet", "Other"),
)

CHANNEL = Vocab(
    "kanal",
    ("besoeg", "Besøg", "Visit"),
    ("telefon", "Telefon", "Phone"),
    ("mail", "Mail", "E-mail"),
    ("moede_jobcenter", "Møde på jobcentret", "Meeting at the job centre"),
    ("video", "Video", "Video"),
    ("sms", "SMS", "SMS"),
    ("trepart", "Trepartssamtale", "Three-party meeting"),
)

PROMISED_BY = Vocab(
    "hvem",
    ("jobcentret", "Jobcentret", "Job centre"),
    ("virksomheden", "Virksomheden", "Company"),
    ("borgeren", "Borgeren", "Citizen"),
)

PROMISE_SOURCE = Vocab(
    "kilde",
    ("manuel", "Manuel", "Manual"),
    ("kontakt", "Kontakt", "Contact"),
    ("besoeg", "Besøg", "Visit"),
    ("jobordre", "Jobordre", "Job order"),
    ("forloeb", "Forløb", "Placement"),
    ("plads", "Plads", "Slot"),
    ("kampagne", "Kampagne", "Campaign"),
)

PURPOSE = Vocab(
    "formaal",
    ("nye_aftaler", "Etablering af nye aftaler", "Establish new agreements"),
    ("opfoelgning_forloeb", "Opfølgning på forløb", "Follow up on a placement"),
    ("information", "Uddybende information", "Further information"),
    ("genkontakt", "Genkontakt ved fremtidigt behov", "Re-contact on future need"),
    ("evaluering", "Evaluering før forløbets afslutning", "Evaluation before the placement ends"),
    ("cv_opfoelgning", "Opfølgning på fremsendte CV'er", "Follow up on CVs sent"),
    ("ordre_tilbagemelding", "Tilbagemelding på jobordre", "Feedback on a job order"),
    ("efterværn", "Efterværn", "Aftercare"),
    ("andet", "Andet", "Other"),
)

PROMISE_STATUS = Vocab(
    "status",
    ("aaben", "Åben", "Open"),
    ("udfoert", "Udført", "Done"),
    ("aflyst", "Aflyst", "Cancelled"),
)

# Industries seen in the seeds' examples; free text is allowed too.
INDUSTRIES = (
    "Bygge og anlæg", "Malerfirma", "El-installation", "VVS", "Tømrer og snedker", "Detailhandel",
    "Slagteri og fødevarer", "Rengøring og facility service", "Transport og logistik", "Hotel og restauration",
    "Industri og produktion", "Landbrug og gartneri", "Pleje og omsorg", "Kontor og administration",
    "Autoværksted", "IT", "Kommune og offentlig service",
)

# --- Placement slots, mentors and placements (PRODUCT.md §6) -------------------------------------------

SCHEME = Vocab(
    "ordning",
    ("praktik", "Virksomhedspraktik", "Company internship"),
    ("loentilskud_privat", "Løntilskud – privat", "Wage subsidy – private"),
    ("loentilskud_offentlig", "Løntilskud – offentlig", "Wage subsidy – public"),
    ("jobrotation", "Jobrotation (vikar)", "Job rotation (substitute)"),
    ("voksenlaerling", "Voksenlærling", "Adult apprentice"),
    ("fleksjob", "Fleksjob", "Flex job"),
    ("virksomhedscenter", "Plads i virksomhedscenter", "Seat in a company centre"),
)

# Schemes that count towards the "rimelighedskrav" (subsidised persons against ordinary staff).
SUBSIDISED_SCHEMES = ("praktik", "loentilskud_privat", "loentilskud_offentlig", "virksomhedscenter")

SLOT_STATUS = Vocab(
    "pladsstatus",
    ("ledig", "Ledig", "Vacant"),
    ("besat", "Besat", "Filled"),
    ("lukket", "Lukket", "Closed"),
)

# Suggested slot tags (seed 003 L2611–2617); free tags are allowed too.
SLOT_TAGS = (
    "fysisk arbejde (ikke tungt)", "skiftende arbejdsopgaver", "kontor og butik",
    "tilgængelig med offentlig transport", "mulighed for at arbejde selv", "udendørs arbejde",
    "mulighed for skånehensyn", "dansk på arbejdspladsen",
)

MENTOR_KIND = Vocab(
    "mentortype",
    ("kollega", "Virksomhedsmentor (kollega)", "Company mentor (colleague)"),
    ("ekstern", "Ekstern mentor", "External mentor"),
    ("mentorkorps", "Jobcentrets mentorkorps", "Job centre's mentor corps"),
    ("sprogmentor", "Sprogmentor", "Language mentor"),
)

# "Skal mentoren eller kontaktpersonen fx være god til at" (seed 003 L1167–1187), plus two from seed 002.
MENTOR_COMPETENCE = Vocab(
    "mentorkompetence",
    ("arbejdsfaellesskab", "Få borgeren ind i arbejdsfællesskabet og sikre mødestabilitet",
     "Bring the citizen into the workplace community and ensure they turn up"),
    ("udvikling", "Sikre udvikling og samtidig være tålmodig", "Ensure development while being patient"),
    ("psykiske", "Kunne håndtere psykiske problemer", "Handle mental-health problems"),
    ("rollemodel", "Være rollemodel", "Be a role model"),
    ("selvvaerd", "Kunne opbygge selvværd og selvtillid", "Build self-esteem and self-confidence"),
    ("sprog", "Støtte med dansk på arbejdspladsen", "Support with workplace Danish"),
    ("efter_ansaettelse", "Fortsætte som mentor efter ordinær ansættelse", "Continue as mentor after an ordinary hire"),
)

PLACEMENT_STATUS = Vocab(
    "forloebsstatus",
    ("planlagt", "Planlagt", "Planned"),
    ("aktiv", "Aktiv", "Active"),
    ("afsluttet", "Afsluttet", "Ended"),
)

PLACEMENT_OUTCOME = Vocab(
    "udfald",
    ("ordinaer", "Ordinær ansættelse", "Ordinary employment"),
    ("loentilskud", "Løntilskud", "Wage subsidy"),
    ("uddannelse", "Uddannelse", "Education"),
    ("fleksjob", "Fleksjob", "Flex job"),
    ("voksenlaerling", "Voksenlærling", "Adult apprentice"),
    ("ingen_aendring", "Ingen ændring", "No change"),
    ("afbrudt_sygdom", "Afbrudt – sygdom", "Ended early – illness"),
    ("afbrudt_andet", "Afbrudt – andet", "Ended early – other"),
)

# --- Visits (Besøg) and visit guides (PRODUCT.md §3, §7) -----------------------------------------
VISIT_TYPE = Vocab(
    "besoegstype",
    ("foerstegang", "Førstegangsbesøg", "First visit"),
    ("opfoelgning", "Opfølgningsbesøg", "Follow-up visit"),
    ("konkret", "Besøg om konkret problemstilling/ønske", "Visit about a specific issue or wish"),
    ("kampagne", "Kampagnebesøg", "Campaign visit"),
)

VISIT_STATUS = Vocab(
    "besoegsstatus",
    ("planlagt", "Planlagt", "Planned"),
    ("afholdt", "Afholdt", "Held"),
    ("afholdt_telefonisk", "Afholdt telefonisk", "Held by phone"),
    ("aflyst_virksomhed", "Aflyst af virksomheden", "Cancelled by the company"),
    ("aflyst_jobcenter", "Aflyst af jobcentret", "Cancelled by the job centre"),
    ("flyttet", "Flyttet", "Moved"),
    ("udeblevet", "Udeblevet", "No-show"),
)

# Statuses that need a reason ("with a reason for cancellations and moves").
VISIT_STATUS_NEEDS_REASON = ("aflyst_virksomhed", "aflyst_jobcenter", "flyttet")

GUIDE_ITEM_KIND = Vocab(
    "punkttype",
    ("tick", "Afkrydsning (berørt)", "Tick (touched)"),
    ("text", "Tekst", "Text"),
    ("choice", "Enkeltvalg", "Single choice"),
    ("multi", "Flervalg", "Multiple choice"),
    ("number", "Tal", "Number"),
    ("date", "Dato", "Date"),
    ("aftale", "Aftale", "Agreement"),
)

LABOUR_NEED = Vocab(
    "behov",
    ("aktuelt", "Aktuelt", "Current"),
    ("snarligt", "Snarligt", "Soon"),
    ("i_fremtiden", "I fremtiden", "In the future"),
    ("intet", "Intet behov", "None"),
)

# Ordninger præsenteret (seed 000 Q7 and the redskabsvifte of seed 003 Appendix B).
SCHEME_PRESENTED = Vocab(
    "ordning_praesenteret",
    ("ordinaer", "Rekruttering til ordinære job", "Recruitment to ordinary jobs"),
    ("jobannonce", "Jobannoncer på Jobnet", "Job ads on Jobnet"),
    ("loentilskud", "Job med løntilskud", "Job with wage subsidy"),
    ("praktik", "Virksomhedspraktik", "Company work placement"),
    ("voksenlaerling", "Voksenlærling", "Adult apprentice"),
    ("jobrotation", "Jobrotation", "Job rotation"),
    ("opkvalificering", "Opkvalificeringsjob", "Upskilling job"),
    ("fleksjob", "Fleksjob", "Flex job"),
    ("skaanejob", "Skånejob", "Sheltered job"),
    ("mentor", "Mentorfunktion/ordning", "Mentor scheme"),
    ("fastholdelse", "Fastholdelse af medarbejdere", "Staff retention"),
    ("veu", "VEU/FVU m.m.", "Adult and continuing education"),
)

# Udleveret materiale (seed 000: samlemappe med fakta-ark, pjecen, visitkort; seed 002: servicemappe).
MATERIAL = Vocab(
    "materiale",
    ("pjece", "Pjece om jobcentrets tilbud", "Leaflet on the job centre's services"),
    ("faktaark", "Fakta-ark (samlemappe)", "Fact sheets (folder)"),
    ("servicemappe", "Servicemappe", "Service folder"),
    ("visitkort", "Visitkort", "Business card"),
    ("jobordreblanket", "Jobordreblanket", "Job order form"),
)

# --- Job orders (Jobordrer) and the order form (PRODUCT.md §5; seed 003 §4, Appendix C) -----------------
ORDER_OFFER = Vocab(
    "tilbyder",
    ("ordinaer", "Ordinær beskæftigelse", "Ordinary employment"),
    ("praktik", "Virksomhedspraktik", "Company internship"),
    ("loentilskud", "Job med løntilskud", "Job with wage subsidy"),
    ("fleksjob", "Fleksjob", "Flex job"),
    ("voksenlaerling", "Voksenlærling", "Adult apprentice"),
    ("jobrotation", "Jobrotation", "Job rotation"),
    ("opkvalificering", "Opkvalificeringsjob", "Upskilling job"),
    ("andet", "Andet", "Other"),
)

ORDER_HOURS = Vocab(
    "timetal",
    ("fuld_tid", "Fuld tid", "Full time"),
    ("deltid", "Deltid", "Part time"),
    ("skiftehold", "Skiftehold", "Shift work"),
    ("vikar", "Vikar", "Temp"),
)

EMPLOYMENT = Vocab(
    "ansaettelsesforhold",
    ("fast", "Fastansættelse", "Permanent"),
    ("tidsbestemt", "Tidsbestemt", "Fixed-term"),
    ("andet", "Andet", "Other"),
)

CONTACT_FORM = Vocab(
    "kontaktform",
    ("cv", "CV'er sendes til virksomheden", "CVs are sent to the company"),
    ("formidling", "Jobcentret formidler kontakten", "The job centre brokers the contact"),
    ("direkte", "Kandidater kontakter virksomheden direkte", "Candidates contact the company directly"),
)

REQUIREMENT_KIND = Vocab(
    "kravtype",
    ("uddannelse", "Uddannelse", "Education"),
    ("erfaring", "Erfaring (år)", "Experience (years)"),
    ("certifikat", "Certifikat", "Certificate"),
    ("koerekort", "Kørekort", "Driving licence"),
    ("straffeattest", "Straffeattest", "Criminal record certificate"),
    ("sprog", "Sprog", "Language"),
    ("faglig", "Faglig kvalifikation", "Professional qualification"),
)

PRIORITY = Vocab(
    "prioritet",
    ("ufravigelig", "Ufravigelig", "Mandatory"),
    ("knap", "Knap så vigtig", "Less important"),
)

ORDER_STATUS = Vocab(
    "ordrestatus",
    ("under_behandling", "Under behandling", "In progress"),
    ("inaktiveret", "Inaktiveret (nok henvisninger)", "Inactivated (enough referrals)"),
    ("afsluttet_daekket", "Afsluttet – behov dækket", "Closed – need met"),
    ("afsluttet_frist", "Afsluttet – frist udløbet", "Closed – deadline passed"),
    ("annulleret", "Annulleret", "Cancelled"),
)
ORDER_OPEN_STATUSES = ("under_behandling", "inaktiveret")

REFERRAL_RESPONSE = Vocab(
    "svar",
    ("sendt", "Sendt", "Sent"),
    ("samtale", "Til samtale", "Invited to interview"),
    ("ansat", "Ansat", "Hired"),
    ("afslag", "Afslag", "Rejected"),
    ("ingen_respons", "Ingen respons", "No response"),
)

# "Firmaet ønsker kontakt/yderligere information om:" (each wish becomes a lead promise for the tovholder).
CONTACT_WISH = Vocab(
    "kontaktoenske",
    ("fastholdelse", "Fastholdelse/sygefravær", "Retention/sickness absence"),
    ("kompetence", "Kompetenceudvikling af egne medarbejdere/jobrotation",
     "Competence development of own staff/job rotation"),
)

# --- Campaigns (Kampagner) and call lists (seed 000 §3.1–3.3, §5.4; seed 001 part A) -------------------
CALL_OUTCOME = Vocab(
    "opkaldsudfald",
    ("booket", "Booket", "Booked"),
    ("takket_nej", "Takket nej", "Declined"),
    ("ikke_truffet", "Ikke truffet – ring igen", "Not reached – call again"),
    ("forkert_nummer", "Forkert nummer", "Wrong number"),
    ("allerede_kontakt", "Allerede i kontakt", "Already in contact"),
)

# Why a company said no (seed 001 L481–482: travlhed, no current need, already known; seed 000 L1099–1115).
DECLINE_REASON = Vocab(
    "afslagsaarsag",
    ("intet_behov", "Intet behov for arbejdskraft", "No need for staff"),
    ("travlhed", "Har ikke tid (travlhed)", "No time (busy)"),
    ("samarbejder_allerede", "Samarbejder allerede med jobcentret eller en anden aktør",
     "Already works with the job centre or another provider"),
    ("ikke_relevant", "Ikke relevant for virksomheden", "Not relevant for the company"),
    ("ikke_interesseret", "Ikke interesseret", "Not interested"),
    ("andet", "Andet", "Other"),
)

# Why a company matched the campaign's filter but was left out of the call list (the list says why).
TARGET_EXCLUSION = Vocab(
    "udeladt",
    ("ikke_interesseret", "Markeret \"Ikke interesseret\"", "Marked \"Not interested\""),
    ("ophoert", "Virksomheden er ophørt", "The company has ceased"),
    ("kontaktet_i_kampagnen", "Allerede kontaktet om kampagnen", "Already contacted about the campaign"),
    ("anden_kampagne", "Ringet op i en anden kampagne for nylig", "Called in another campaign recently"),
    ("samarbejde", "Har samarbejdet med jobcentret for nylig", "Has worked with the job centre lately"),
    ("fjernet", "Fjernet fra listen", "Removed from the list"),
)

# Agreements registered from a campaign visit ("tilkendegivelser"/"aftaler"), the rows of seed 000
# Table 3.1 and seed 001 Table 1 (counted as places the company wants filled).
CAMPAIGN_AGREEMENT = Vocab(
    "kampagneaftale",
    ("ordinaer", "Ordinære jobordrer", "Ordinary job orders"),
    ("praktik", "Virksomhedspraktik", "Company work placement"),
    ("loentilskud", "Løntilskud", "Wage subsidy"),
    ("voksenlaerling", "Voksenlærling", "Adult apprentice"),
    ("jobrotation", "Jobrotation", "Job rotation"),
    ("opkvalificering", "Opkvalificeringsjob", "Upskilling job"),
    ("fleksjob", "Fleksjob", "Flex job"),
    ("fastholdelse", "Fastholdelse", "Job retention"),
    ("andet", "Andet", "Other"),
)
