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


def clean_nonnegative_int(value, label: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace(".", ""))
    except ValueError:
        raise ValueError(f"{label} skal være et helt tal (fik \"{value}\").") from None
    if number < 0:
        raise ValueError(f"{label} kan ikke være negativt.")
    return number


def looks_like_cpr(text: str | None) -> bool:
    """True when the text contains something shaped like a CPR number (DDMMYY-XXXX or DDMMYYXXXX)."""
    return bool(text) and _CPR.search(text) is not None


def refuse_cpr(text: str | None, label: str) -> str | None:
    """Free text must never carry a CPR number."""
    if looks_like_cpr(text):
        raise ValueError(
            f"{label} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM — "
            "brug en pseudonym reference (initialer eller sagsnummer)."
        )
    return text


def mask_cpr(text: str) -> str:
    return _CPR.sub("XXXXXX-XXXX", text)


_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "ü": "y", "é": "e"})


def danish_sort_key(text: str | None) -> str:
    """A plain-text key that sorts in Danish order with byte comparison: a…z, æ, ø, å (aa = å)."""
    s = (text or "").casefold().strip().replace("aa", "å")
    return s.translate(_DANISH_ORDER)
