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
