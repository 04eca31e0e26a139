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
    ("ordre", "Jobordre", "Job order"),
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
SCHEME = Vocab(
    "ordning",
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
