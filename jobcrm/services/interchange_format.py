"""The interchange file format (docs/interchange.md): the envelope, the JSON encoding of each column kind, and
the checks every incoming value passes (types, lengths, vocabulary codes, no CPR-shaped text). No sessions."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Text, Time, Uuid

from jobcrm.domain import vocab as V
from jobcrm.domain.validation import looks_like_cpr
from jobcrm.errors import JobCRMError
from jobcrm.models.base import UTCDateTime
from jobcrm.models.slot import MAX_PHOTO_BYTES
from jobcrm.services.settings import DEFAULTS as SETTING_KEYS

FORMAT_NAME = "jobcrm-interchange"
FORMAT_VERSION = 1
MAX_REJECTIONS = 200  # enough to fix a file; the count says how many more there were

# Columns holding a vocabulary code (one code, or several separated by commas).
VOCAB_COLUMNS: dict[tuple[str, str], V.Vocab] = {
    ("company", "sector"): V.SECTOR, ("company", "relationship_status"): V.RELATIONSHIP,
    ("company", "agreement_type"): V.AGREEMENT, ("contact_person", "role"): V.PERSON_ROLE,
    ("contact", "channel"): V.CHANNEL, ("consultant", "role"): V.ROLE,
    ("promise", "promised_by"): V.PROMISED_BY, ("promise", "purpose"): V.PURPOSE,
    ("promise", "source_kind"): V.PROMISE_SOURCE, ("promise", "status"): V.PROMISE_STATUS,
    ("slot", "scheme"): V.SCHEME, ("mentor", "kind"): V.MENTOR_KIND,
    ("placement", "outcome"): V.PLACEMENT_OUTCOME,
    ("visit", "visit_type"): V.VISIT_TYPE, ("visit", "status"): V.VISIT_STATUS,
    ("visit", "labour_need"): V.LABOUR_NEED,
    ("visit_agreement", "promised_by"): V.PROMISED_BY, ("visit_agreement", "purpose"): V.PURPOSE,
    ("job_order", "status"): V.ORDER_STATUS, ("job_order", "employment"): V.EMPLOYMENT,
    ("job_order", "contact_form"): V.CONTACT_FORM,
    ("job_order_requirement", "kind"): V.REQUIREMENT_KIND, ("job_order_requirement", "priority"): V.PRIORITY,
    ("job_order_referral", "response"): V.REFERRAL_RESPONSE,
    ("campaign_target", "excluded"): V.TARGET_EXCLUSION, ("campaign_target", "last_outcome"): V.CALL_OUTCOME,
    ("campaign_call", "outcome"): V.CALL_OUTCOME, ("campaign_call", "reason"): V.DECLINE_REASON,
    ("campaign_agreement", "kind"): V.CAMPAIGN_AGREEMENT,
}
VOCAB_LIST_COLUMNS: dict[tuple[str, str], V.Vocab] = {
    ("mentor", "competences"): V.MENTOR_COMPETENCE,
    ("visit", "schemes_presented"): V.SCHEME_PRESENTED, ("visit", "material_handed_over"): V.MATERIAL,
    ("job_order", "offer_types"): V.ORDER_OFFER, ("job_order", "hours"): V.ORDER_HOURS,
}
# Text that is a number by nature, not free text (a P-nummer has 10 digits like a CPR number).
NOT_FREE_TEXT: frozenset[tuple[str, str]] = frozenset({("company", "p_number")})


class InterchangeError(JobCRMError):
    """The file cannot be read at all (not JSON, not this format, a newer version)."""


@dataclass(frozen=True)
class Rejection:
    table: str
    record_id: str | None
    field: str | None
    reason: str

    def text(self) -> str:
        where = self.table + (f" {self.record_id}" if self.record_id else "") + (f", {self.field}" if self.field else "")
        return f"{where}: {self.reason}"


class ImportRejected(JobCRMError):
    """The document has invalid rows; nothing was changed."""

    def __init__(self, rejections: list[Rejection], total: int):
        self.rejections = rejections
        self.total = total
        more = f" (og {total - 1} andre fejl)" if total > 1 else ""
        super().__init__(f"Importen blev afvist, intet er ændret — {rejections[0].text()}{more}.")



# --- column encoding -------------------------------------------------------------------------------------

def column_kind(col) -> str:
    """The JSON encoding of a column: uuid, datetime, date, time, bool, int, float, bytes, json or text."""
    t = col.type
    if isinstance(t, UTCDateTime):
        return "datetime"
    for cls, kind in ((JSON, "json"), (Uuid, "uuid"), (Boolean, "bool"), (Integer, "int"), (Float, "float"),
                      (Date, "date"), (Time, "time"), (LargeBinary, "bytes"), (String, "text"), (Text, "text")):
        if isinstance(t, cls):
            return kind
    raise TypeError(f"interchange: no JSON encoding for {col.table.name}.{col.name} ({t!r})")


def encode(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "uuid":
        return str(value)
    if kind == "datetime":
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if kind in ("date", "time"):
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


_KIND_DA = {"uuid": "et id (UUID)", "datetime": "et tidspunkt (ISO 8601 med tidszone)", "date": "en dato (ÅÅÅÅ-MM-DD)",
            "time": "et klokkeslæt (TT:MM:SS)", "bool": "true eller false", "int": "et helt tal",
            "bytes": "base64-tekst", "text": "tekst", "float": "et tal", "json": "JSON"}


def decode(kind: str, value: Any) -> Any:
    """The Python value of a JSON value; ValueError with a Danish reason."""
    if value is None:
        return None
    want = _KIND_DA[kind]
    try:
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**63 - 1:
                raise ValueError
            return value
        if kind == "json":  # a JSON column (none yet): any JSON value, stored as it is
            json.dumps(value).encode("utf-8")
            return value
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value \
                    or value in (float("inf"), float("-inf")):
                raise ValueError
            return float(value)
        if not isinstance(value, str):
            raise ValueError
        if kind == "text":
            value.encode("utf-8")  # a lone surrogate ("\ud800") cannot be stored
            if "\x00" in value:
                raise ValueError
            return value
        if kind == "uuid":
            return uuid.UUID(value)
        if kind == "date":
            return dt.date.fromisoformat(value)
        if kind == "time":
            moment = dt.time.fromisoformat(value)
            if moment.tzinfo is not None:
                raise ValueError
            return moment
        if kind == "datetime":
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
            return moment.astimezone(dt.UTC)
        if kind == "bytes":
            return base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, TypeError, UnicodeError, OverflowError):
        pass
    shown = json.dumps(value, ensure_ascii=True)
    shown = shown if len(shown) <= 40 else shown[:37] + "…"
    raise ValueError(f"skal være {want} (fik {shown})")


def read_document(path: Path | str) -> Any:
    path = Path(path)
    try:
        with path.open("r", encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise InterchangeError(f"Filen {path} findes ikke.") from None
    except IsADirectoryError:
        raise InterchangeError(f"{path} er en mappe, ikke en fil.") from None
    except UnicodeDecodeError:
        raise InterchangeError(f"Filen {path} er ikke tekst i UTF-8 — er det en JobCRM-eksport?") from None
    except json.JSONDecodeError as e:
        raise InterchangeError(f"Filen {path} er ikke gyldig JSON (linje {e.lineno}, kolonne {e.colno}: "
                               f"{e.msg}).") from None
    except RecursionError:
        raise InterchangeError(f"Filen {path} er ikke en JobCRM-eksport (for dybt indlejret JSON).") from None
    except OSError as e:
        raise InterchangeError(f"Filen {path} kan ikke læses: {os_reason(e)}.") from None


def check_envelope(doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ImportRejected([Rejection("fil", None, "format",
                                        f"er ikke en JobCRM-eksport (formatet skal være \"{FORMAT_NAME}\")")], 1)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRejected([Rejection("fil", None, "version", "skal være et helt tal fra 1 og op")], 1)
    if version > FORMAT_VERSION:
        raise ImportRejected([Rejection(
            "fil", None, "version",
            f"filen har formatversion {version}, men denne JobCRM læser kun op til {FORMAT_VERSION} — "
            "opdatér JobCRM først")], 1)
    if not isinstance(doc.get("tables"), list):
        raise ImportRejected([Rejection("fil", None, "tables", "skal være en liste af tabeller")], 1)


def check_value(table: str, col, kind: str, value: Any) -> str | None:
    if value is None:
        return None if col.nullable else "mangler (feltet skal udfyldes)"
    if kind == "bytes" and len(value) > MAX_PHOTO_BYTES:
        return f"er for stort ({len(value)} byte, højst {MAX_PHOTO_BYTES})"
    if kind != "text":
        return None
    length = getattr(col.type, "length", None)
    if length is not None and len(value) > length:
        return f"er for lang ({len(value)} tegn, højst {length})"
    if (table, col.name) not in NOT_FREE_TEXT and looks_like_cpr(value):
        return "ser ud til at indeholde et CPR-nummer; CPR-numre må ikke gemmes i JobCRM"
    if col.name.endswith("_json"):
        try:
            json.loads(value)
        except ValueError:
            return "skal være gyldig JSON-tekst"
    if table == "setting" and col.name == "key" and value not in SETTING_KEYS:
        return f"\"{value}\" er ikke en kendt indstilling"
    voc = VOCAB_COLUMNS.get((table, col.name))
    if voc is not None and value not in voc:
        return f"\"{value}\" er ikke en kendt værdi (tilladt: {', '.join(voc.codes())})"
    voc = VOCAB_LIST_COLUMNS.get((table, col.name))
    if voc is not None:
        bad = [x for x in (p.strip() for p in value.split(",")) if x and x not in voc]
        if bad:
            return f"\"{bad[0]}\" er ikke en kendt værdi (tilladt: {', '.join(voc.codes())})"
    return None


def os_reason(e: OSError) -> str:
    import errno

    return {errno.ENOENT: "mappen findes ikke", errno.EACCES: "ingen adgang", errno.EPERM: "ingen adgang",
            errno.ENOSPC: "disken er fuld", errno.EROFS: "stedet er skrivebeskyttet"}.get(
        e.errno, e.strerror or str(e))


def printable(text: str | None) -> str | None:
    """Names taken from the file, safe to print (no lone surrogates, not endless)."""
    if text is None:
        return None
    text = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 80 else text[:77] + "…"


def record_id(row: dict, pk: list[str], n: int) -> str:
    values = [row.get(c) for c in pk]
    if values and all(v is not None for v in values):
        return "/".join(str(v) for v in values)
    return f"række {n}" if n else "?"

