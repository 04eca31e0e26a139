"""The rules of a job order that need no database: how complete it is against "den gode jobordre", which
status changes are allowed, and what the referral log suggests doing next.

Completeness follows seed 003 §4 in its own order — first the minimum an order must hold for searching
(§4.1: stillingsbetegnelse, faglige kvalifikationer, uddannelse, erfaring, certifikater, kørekort,
straffeattest, and which requirements are ufravigelige), then what the final selection needs (§4.2),
the facts (§4.3), what further work needs (§4.4), and last the fields of the Middelfart order form and
the clear workflow (who searches, who reports back by when; §5.8 and Appendix C).

The functions read attributes duck-typed from an order input or detail, so the editor can score what is
on the screen while the consultant types, before anything is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import ORDER_OPEN_STATUSES, ORDER_STATUS

GROUPS = (
    ("minimum", "Minimum til udsøgning"),
    ("udvaelgelse", "Til den endelige udvælgelse"),
    ("fakta", "Faktuelle oplysninger"),
    ("videre", "Til det videre arbejde"),
    ("arbejdsgang", "Ordreblanket og arbejdsgang"),
)
GROUPS_EN = {"minimum": "Minimum for searching", "udvaelgelse": "For the final selection", "fakta": "Facts",
             "videre": "For the further work", "arbejdsgang": "Order form and workflow"}
# English labels for the English UI (the Danish ones are the source's own words).
LABELS_EN = {
    "title": "Job title", "professional_quals": "Professional qualifications",
    "krav_uddannelse": "Education requirements", "krav_erfaring": "Years of experience in the industry",
    "krav_certifikat": "Certificates", "krav_koerekort": "Driving licence",
    "krav_straffeattest": "Criminal record certificate",
    "priorities": "Which requirements are mandatory, and which less important?",
    "personal_quals": "Personal qualifications", "physical_demands": "Physical demands",
    "culture": "Company culture (work clothes, tone)", "start_date": "Start date", "hours": "Hours",
    "working_times": "Working hours", "employment": "Type of employment",
    "contact_person": "Contact person at the company (name, title, e-mail and phone)",
    "contact_form": "Contact form", "offer_types": "What is offered", "work_content": "Nature/content of the work",
    "cvs": "Number of CVs and deadline for CVs", "search_responsible": "Responsible for the search",
    "feedback": "Feedback deadline (date and responsible)",
}

# Requirement kinds the minimum list asks about, with the label of the missing item.
REQUIRED_KINDS = (
    ("uddannelse", "Krav til uddannelse"),
    ("erfaring", "Antal års erfaring fra branchen"),
    ("certifikat", "Certifikater"),
    ("koerekort", "Kørekort"),
    ("straffeattest", "Straffeattest"),
)


@dataclass(frozen=True)
class CompletenessItem:
    key: str
    group: str  # one of GROUPS' keys
    label: str  # Danish, as the form and the printed list say it
    done: bool

    def label_in(self, lang: str) -> str:
        return self.label if lang == "da" else LABELS_EN.get(self.key, self.label)


def group_label(group: str, lang: str = "da") -> str:
    return dict(GROUPS)[group] if lang == "da" else GROUPS_EN[group]


@dataclass(frozen=True)
class Completeness:
    score: int  # 0–100
    done: int
    total: int
    items: tuple[CompletenessItem, ...]

    @property
    def missing(self) -> tuple[CompletenessItem, ...]:
        return tuple(i for i in self.items if not i.done)

    @property
    def minimum_missing(self) -> tuple[CompletenessItem, ...]:
        return tuple(i for i in self.missing if i.group == "minimum")


def _filled(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | list | set | frozenset):
        return bool(value)
    return True


def completeness(order, person=None) -> Completeness:
    """Score an order (input or detail) against the good job order. `person` is the chosen contact person
    (anything with name/phone/mobile/email), or None."""
    reqs = [r for r in (getattr(order, "requirements", ()) or ()) if getattr(r, "kind", None)]
    kinds = {r.kind for r in reqs}
    items: list[CompletenessItem] = []

    def add(key: str, group: str, label: str, done: bool) -> None:
        items.append(CompletenessItem(key, group, label, bool(done)))

    add("title", "minimum", "Stillingsbetegnelse", _filled(order.title))
    add("professional_quals", "minimum", "Faglige kvalifikationer",
        _filled(order.professional_quals) or "faglig" in kinds)
    for kind, label in REQUIRED_KINDS:
        add(f"krav_{kind}", "minimum", label, kind in kinds)
    add("priorities", "minimum", "Hvilke krav er ufravigelige, og hvilke er knap så vigtige?",
        bool(reqs) and all(getattr(r, "priority", None) for r in reqs))

    add("personal_quals", "udvaelgelse", "Personlige kvalifikationer", _filled(order.personal_quals))
    add("physical_demands", "udvaelgelse", "Fysiske krav (tunge løft, gå eller stå mange timer?)",
        _filled(order.physical_demands))
    add("culture", "udvaelgelse", "Kulturen på virksomheden (arbejdstøj, omgangstone)", _filled(order.culture))

    add("start_date", "fakta", "Startdato", _filled(order.start_date))
    add("hours", "fakta", "Timetal", _filled(order.hours))
    add("working_times", "fakta", "Mødetider", _filled(order.working_times))
    add("employment", "fakta", "Ansættelsesforhold (fastansættelse, tidsbestemt …)", _filled(order.employment))

    person_ok = person is not None and _filled(getattr(person, "name", None)) and any(
        _filled(getattr(person, f, None)) for f in ("phone", "mobile", "email"))
    add("contact_person", "videre", "Kontaktperson på virksomheden (navn, stilling, mail og telefon)", person_ok)
    add("contact_form", "videre", "Kontaktform (CV'er, jobcentret formidler, eller direkte kontakt)",
        _filled(order.contact_form))

    add("offer_types", "arbejdsgang", "Tilbyder (ordinær beskæftigelse, praktik, løntilskud …)",
        _filled(order.offer_types))
    add("work_content", "arbejdsgang", "Arbejdets art/indhold", _filled(order.work_content))
    if order.contact_form == "cv":
        add("cvs", "arbejdsgang", "Antal CV'er og frist for CV'er",
            _filled(order.cvs_wanted) and _filled(order.cv_deadline))
    add("search_responsible", "arbejdsgang", "Ansvarlig for udsøgning", _filled(order.search_responsible_id))
    add("feedback", "arbejdsgang", "Tilbagemelding senest (dato og ansvarlig)",
        _filled(order.feedback_deadline) and _filled(order.feedback_responsible_id or order.owner_id))

    done = sum(1 for i in items if i.done)
    return Completeness(round(100 * done / len(items)), done, len(items), tuple(items))


# --- status --------------------------------------------------------------------------------------------
def cvs_sent(referrals) -> int:
    """CVs sent: every live line of the referral log is one CV sent to the company."""
    return sum(1 for r in referrals or ())


def anyone_hired(referrals) -> bool:
    return any(getattr(r, "response", None) == "ansat" for r in referrals or ())


def is_open(status: str) -> bool:
    return status in ORDER_OPEN_STATUSES


def status_problem(old: str | None, new: str, *, cvs_wanted: int | None, sent: int, note: str | None,
                   cv_deadline: dt.date | None, today: dt.date) -> str | None:
    """Why the order cannot move from `old` to `new` (Danish), or None when it can.

    - Inaktiveret (nok henvisninger): only when the wanted number of CVs has been sent (at least one
      when the company did not say how many).
    - Afsluttet – frist udløbet: only when the CV deadline (if any) has passed.
    - Annulleret: a reason is required.
    - Under behandling and Afsluttet – behov dækket are always allowed (reopening, or the company filled
      the job itself)."""
    if new not in ORDER_STATUS:
        return f'Status "{new}" findes ikke.'
    if new == old:
        return None
    if new == "inaktiveret":
        wanted = cvs_wanted or 1
        if sent < wanted:
            what = f"{sent} af {cvs_wanted} sendt" if cvs_wanted else "ingen CV'er er sendt endnu"
            return ("Ordren kan først sættes til Inaktiveret (nok henvisninger), når det ønskede antal CV'er "
                    f"er sendt ({what}).")
    if new == "afsluttet_frist" and cv_deadline is not None and cv_deadline >= today:
        return (f"Ordren kan ikke afsluttes som \"frist udløbet\": CV-fristen {format_date(cv_deadline)} er ikke "
                "udløbet endnu.")
    if new == "annulleret" and not (note or "").strip():
        return "Skriv hvorfor ordren annulleres."
    return None


@dataclass(frozen=True)
class StatusOffer:
    status: str
    text: str  # Danish, for the CLI and as the service's explanation


def status_offers(status: str, cvs_wanted: int | None, referrals) -> tuple[StatusOffer, ...]:
    """What the referral log suggests: "Ansat" → close as Afsluttet – behov dækket; the wanted number
    of CVs sent → Inaktiveret (nok henvisninger)."""
    offers: list[StatusOffer] = []
    if anyone_hired(referrals) and status != "afsluttet_daekket":
        hired = next(r for r in referrals if r.response == "ansat")
        offers.append(StatusOffer("afsluttet_daekket",
                                  f"{hired.candidate_ref} er ansat. Luk ordren som \"Afsluttet – behov dækket\"?"))
    sent = cvs_sent(referrals)
    if status == "under_behandling" and cvs_wanted and sent >= cvs_wanted:
        offers.append(StatusOffer("inaktiveret",
                                  f"Der er sendt {sent} af {cvs_wanted} ønskede CV'er. Sæt ordren til "
                                  "\"Inaktiveret (nok henvisninger)\"?"))
    return tuple(offers)
