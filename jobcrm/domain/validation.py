"""Field validation with Danish messages that name the field.

CVR: 8 digits, first not 0, modulus-11 check with weights 2,7,6,5,4,3,2,1. P-nummer: 10 digits.
Phone: a Danish number of 8 digits, optionally with +45/0045 in front; spaces and dashes allowed.
CPR-like patterns (DDMMYY-XXXX) are detected so no free text can store a CPR number.
"""

from __future__ import annotations

import re

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[a-zA-Z]{2,}$")
_CPR = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})[-\s]?(\d{4})(?!\d)")


def digits(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text or "")


def cvr_check_ok(cvr: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{7}", cvr):
        return False
    return sum(int(c) * w for c, w in zip(cvr, CVR_WEIGHTS, strict=True)) % 11 == 0


def clean_cvr(text: str | None, label: str = "CVR") -> str | None:
    """Normalised CVR (8 digits) or None when empty; raises ValueError with a Danish message."""
    if text is None or not text.strip():
        return None
    raw = text.strip()
    if raw.upper().startswith("DK"):
        raw = raw[2:]
    value = digits(raw)
    if not value.isdigit() or len(value) != 8:
        raise ValueError(f"{label} skal være 8 cifre (fik \"{text.strip()}\").")
    if not cvr_check_ok(value):
        raise ValueError(f"{label} {value} er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke).")
    return value


def clean_pnumber(text: str | None, label: str = "P-nummer") -> str | None:
    if text is None or not text.strip():
        return None
    value = digits(text)
    if not value.isdigit() or len(value) != 10:
        raise ValueError(f"{label} skal være 10 cifre (fik \"{text.strip()}\").")
    return value


def clean_phone(text: str | None, label: str = "Telefon") -> str | None:
    """Normalised Danish phone: '12 34 56 78', or '+45 12 34 56 78' kept without the prefix."""
    if text is None or not text.strip():
        return None
    raw = re.sub(r"[\s\-()./]", "", text.strip())
    if raw.startswith("+45"):
        raw = raw[3:]
    elif raw.startswith("0045"):
        raw = raw[4:]
    if raw.startswith("+"):
        # Foreign numbers are allowed but must look like numbers.
        if re.fullmatch(r"\+\d{7,15}", raw):
            return raw
        raise ValueError(f"{label} \"{text.strip()}\" er ikke et gyldigt telefonnummer.")
    if not re.fullmatch(r"\d{8}", raw):
        raise ValueError(f"{label} skal være et dansk nummer på 8 cifre, fx 12 34 56 78 (fik \"{text.strip()}\").")
    return f"{raw[0:2]} {raw[2:4]} {raw[4:6]} {raw[6:8]}"


def clean_email(text: str | None, label: str = "E-mail") -> str | None:
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _EMAIL.match(value):
        raise ValueError(f"{label} \"{value}\" er ikke en gyldig e-mailadresse (fx navn@firma.dk).")
    return value.lower()


def clean_postal_code(text: str | None, label: str = "Postnummer") -> str | None:
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not re.fullmatch(r"\d{4}", value):
        raise ValueError(f"{label} skal være 4 cifre (fik \"{value}\").")
    return value


MAX_COUNT = 10_000_000  # a count above this is a typo (and a number past 2**63 cannot even be stored)


def _too_big(label: str) -> ValueError:
    return ValueError(f"{label} er urealistisk stort (højst {MAX_COUNT:,}).".replace(",", "."))


def _int(text: str) -> int:
    """An integer from digits (dots as thousands separators), capped so any length of digits parses."""
    plain = text.replace(".", "").lstrip("0") or "0"
    return int(plain) if len(plain) <= 18 else 10**18


def clean_nonnegative_int(value, label: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not re.fullmatch(r"[-+]?[\d.]*\d[\d.]*", text):
        raise ValueError(f"{label} skal være et helt tal (fik \"{value}\").")
    number = -_int(text[1:]) if text.startswith("-") else _int(text.lstrip("+"))
    if number < 0:
        raise ValueError(f"{label} kan ikke være negativt.")
    if number > MAX_COUNT:
        raise _too_big(label)
    return number


_EMPLOYEE_WORDS = re.compile(r"\s*(ansatte|ansat|medarbejdere|medarbejder|årsværk|employees)\.?\s*$", re.IGNORECASE)
_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+"
_RANGE = re.compile(rf"^(?:antal_)?({_NUMBER})\s*(?:[-–—_]|til)\s*({_NUMBER})$", re.IGNORECASE)
_OPEN = re.compile(rf"^(?:(?:over|mindst|min\.?)\s*({_NUMBER})|({_NUMBER})\s*(?:\+|og\s+derover|eller\s+flere))$",
                   re.IGNORECASE)
OPEN_ENDED_FROM = 100_000  # an upper bound this large (CVR's "1000-999999") means "and more"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def clean_employees(value, label: str = "Antal ansatte") -> tuple[int | None, str | None]:
    """Antal ansatte as typed or as a CVR extract gives it: an exact number ("12", "1.200", "12 ansatte"),
    or an interval ("10-19", "20–49 ansatte", "ANTAL_10_19", "1000+"). Returns (number, interval text):
    an interval is stored as its lower bound plus the interval as text ("10–19", "1.000+"), so nothing in
    the source is lost and the company still sorts and filters by a number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{label} kan ikke være negativt.")
        if value > MAX_COUNT:
            raise _too_big(label)
        return value, None
    text = _EMPLOYEE_WORDS.sub("", str(value).strip()).strip()
    if re.fullmatch(_NUMBER, text):
        if _int(text) > MAX_COUNT:
            raise _too_big(label)
        return _int(text), None
    if text.startswith("-") and re.fullmatch(_NUMBER, text[1:].strip()):
        raise ValueError(f"{label} kan ikke være negativt.")
    m = _RANGE.match(text)
    if m:
        lo, hi = (_int(g) for g in m.groups())
        if lo > MAX_COUNT:
            raise _too_big(label)
        if lo > hi:
            raise ValueError(f"{label}: intervallet {value!s} går baglæns — skriv det mindste tal først.")
        if lo == hi:
            return lo, None
        if hi >= OPEN_ENDED_FROM:
            return lo, f"{_thousands(lo)}+"
        return lo, f"{_thousands(lo)}–{_thousands(hi)}"
    m = _OPEN.match(text)
    if m:
        lo = _int(m.group(1) or m.group(2))
        if lo > MAX_COUNT:
            raise _too_big(label)
        return lo, f"{_thousands(lo)}+"
    raise ValueError(f'{label} skal være et helt tal eller et interval som 10-19 (fik "{value}").')


def looks_like_cpr(text: str | None) -> bool:
    """True when the text contains something shaped like a CPR number (DDMMYY-XXXX or DDMMYYXXXX)."""
    return bool(text) and _CPR.search(text) is not None


def cpr_message(label: str) -> str:
    return (f"{label} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM — "
            "brug en pseudonym reference (initialer eller sagsnummer).")


def refuse_cpr(text: str | None, label: str) -> str | None:
    """Free text must never carry a CPR number."""
    if looks_like_cpr(text):
        raise ValueError(cpr_message(label))
    return text


def mask_cpr(text: str) -> str:
    return _CPR.sub("XXXXXX-XXXX", text)


_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "ü": "y", "é": "e"})


def danish_sort_key(text: str | None) -> str:
    """A plain-text key that sorts in Danish order with byte comparison: a…z, æ, ø, å (aa = å)."""
    s = (text or "").casefold().strip().replace("aa", "å")
    return s.translate(_DANISH_ORDER)
