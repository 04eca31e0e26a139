"""Shared hypothesis settings and strategies for the bad-input properties: reproducible in CI (derandomized,
no example database), no per-example deadline (the machine is shared), sizes that keep the set at a couple
of minutes."""

import datetime as dt
import string

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

PURE = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
DB = settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                     HealthCheck.filter_too_much])

# Text a consultant (or a broken file) could type: digits, Danish letters, separators, unicode, control chars.
TYPED = st.text(alphabet=st.sampled_from(string.digits * 3 + " +-./,;:()@æøåÆØÅabcDKx\t\n\u00a0'\"%"), max_size=30)
ANY_TEXT = st.one_of(TYPED, st.text(max_size=40))


@st.composite
def cpr_numbers(draw) -> str:
    """A CPR-shaped number (DDMMYY-XXXX, DDMMYYXXXX or DDMMYY XXXX) with a real calendar date."""
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    tail = draw(st.integers(0, 9999))
    sep = draw(st.sampled_from(("-", "", " ")))
    return f"{day:%d%m%y}{sep}{tail:04d}"


@st.composite
def text_with_cpr(draw) -> str:
    """Free text with a CPR-shaped number somewhere in it (never glued to other digits)."""
    before = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="0123456789"),
                          max_size=20))
    after = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="0123456789"),
                         max_size=20))
    return f"{before}{draw(cpr_numbers())}{after}"


# Words that only turn up when a Python exception's text leaks to the user instead of a Danish message.
ENGLISH = ("invalid", "literal", "exceeds", "error", "traceback", "none", "object", "unsupported", "expected")


def danish(message: str) -> bool:
    low = message.casefold()
    return bool(message.strip()) and not any(w in low.split() or f"{w} " in low for w in ENGLISH)
