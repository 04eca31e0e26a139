"""The company search index (SQLite FTS5, created by migration 0002 and kept in step by triggers).

`match_ids(text)` gives a SELECT of matching company ids to use inside a larger query, so the list
can still filter and sort in SQL. Typed text becomes prefix terms that must all match:
"malerm jen" -> "malerm"* AND "jen"*. Digits typed with spaces or dashes ("12 34 56", "1015-0817")
are one number: phone numbers, CVR and P-nummer are indexed without spaces.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from sqlalchemy import column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBERISH = re.compile(r"^[\d\s.\-+/]+$")

_fts = table("fts_company", column("rowid"))
_key = table("fts_company_key", column("doc_id"), column("company_id"))


def fts_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when there is nothing to search for."""
    typed = (typed or "").strip()
    if not typed:
        return None
    if _NUMBERISH.match(typed):
        number = re.sub(r"\D", "", typed)
        if number.startswith("45") and len(number) == 10 and typed.lstrip().startswith("+"):
            number = number[2:]
        return f'"{number}"*' if number else None
    words = _WORD.findall(typed.casefold())
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def match_ids(typed: str):
    """A SELECT of company ids whose index row matches, or None for empty text."""
    query = fts_query(typed)
    if query is None:
        return None
    hits = select(_fts.c.rowid).where(literal_column("fts_company").op("MATCH")(query))
    return select(_key.c.company_id).where(_key.c.doc_id.in_(hits))


def match_count(typed: str):
    """A SELECT of how many companies the text matches (the index holds live companies only), or None."""
    query = fts_query(typed)
    if query is None:
        return None
    return select(func.count()).select_from(_fts).where(literal_column("fts_company").op("MATCH")(query))


def rebuild(s: Session) -> None:
    """Index every live company from scratch (after bulk inserts that paused the triggers)."""
    s.execute(text("DELETE FROM fts_company"))
    s.execute(text("DELETE FROM fts_company_key WHERE company_id NOT IN (SELECT id FROM company)"))
    s.execute(text("INSERT OR IGNORE INTO fts_company_key (company_id) SELECT id FROM company"))
    s.execute(text("INSERT INTO fts_company (rowid, name, numbers, place, persons, notes, history) "
                   "SELECT doc_id, name, numbers, place, persons, notes, history FROM fts_company_doc"))
    s.execute(text("INSERT INTO fts_company (fts_company) VALUES ('optimize')"))


def pause(s: Session, reason: str) -> None:
    """Switch the index triggers off (committed with the session); `resume` rebuilds and switches them on."""
    s.execute(text("INSERT INTO fts_company_pause (reason) VALUES (:r)"), {"r": reason})


def resume(s: Session) -> None:
    s.execute(text("DELETE FROM fts_company_pause"))
    rebuild(s)


@contextlib.contextmanager
def paused(sessions, reason: str) -> Iterator[None]:
    """Bulk work across several transactions with the triggers off; the index is rebuilt afterwards."""
    with sessions.begin() as s:
        pause(s, reason)
    try:
        yield
    finally:
        with sessions.begin() as s:
            resume(s)
