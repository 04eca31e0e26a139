"""CSV import of companies, property-based: any bytes, encoding, delimiter, headers and rows. The import
never crashes; a file it cannot read is refused with a Danish reason; every rejected row names its column and
the reason; a refused, cancelled or dry-run import changes nothing in the database (compared as a dump)."""

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobcrm.clock import Clock
from jobcrm.errors import ValidationError
from jobcrm.services.companies import COMPANY_LABELS
from jobcrm.services.importing import HEADER_ALIASES, ImportCancelled
from jobcrm.services.registry import Services
from tests.safety.props import ANY_TEXT, DB, TYPED, danish, text_with_cpr
from tests.safety.test_service_input_properties import dump, stored_cpr

HEADERS = st.one_of(st.sampled_from([a for aliases in HEADER_ALIASES.values() for a in aliases[:3]]),
                    st.sampled_from(("Navn", "CVR-nummer", "Post nr.", "Antal ansatte", "Telefon", "E-mail")), ANY_TEXT)
CELLS = st.one_of(ANY_TEXT, TYPED, st.sampled_from(("12345674", "29403573", "8600", "10-19", "ANTAL_10_19", "")),
                  text_with_cpr())


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    s = Services.open(tmp_path_factory.mktemp("imp") / "imp.db", Clock(fixed_today=dt.date(2026, 11, 24)))
    yield s
    s.close()


@st.composite
def csv_files(draw) -> tuple[bytes, int]:
    """A CSV file as a spreadsheet would write it (any headers, cells, delimiter, encoding) and its row count."""
    width = draw(st.integers(1, 6))
    headers = draw(st.lists(HEADERS, min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=width + 1), max_size=8))
    delimiter = draw(st.sampled_from((";", ",", "\t")))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=draw(st.sampled_from(("\r\n", "\n"))))
    w.writerow(headers)
    w.writerows(rows)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "cp1252", "utf-16")))
    return buf.getvalue().encode(encoding, errors="replace"), len(rows)


def _check_result(result, data: bytes) -> None:
    for r in result.rejected:
        assert r.column and danish(r.reason), r
        for column in r.column.split(", "):
            assert column in result.columns or column in COMPANY_LABELS.values(), r
    lines = data.count(b"\n") + data.count(b"\r") + 1  # a row per line at most (a lone CR ends a line too)
    assert result.created + result.updated + result.unchanged + len(result.rejected) <= lines


def _refused(e: ValidationError) -> None:
    assert set(e.errors) <= {"file", "mapping"} and all(danish(m) for m in e.errors.values()), e.errors


@DB
@given(data=st.one_of(st.binary(max_size=300), csv_files().map(lambda f: f[0])))
def test_any_bytes_are_imported_or_refused_and_a_dry_run_changes_nothing(services, data):
    before = dump(services.db_path)
    try:
        result = services.importing.import_companies(data, dry_run=True)
    except ValidationError as e:
        _refused(e)
    else:
        _check_result(result, data)
    assert dump(services.db_path) == before


@DB
@given(file=csv_files(), stop_after=st.integers(0, 8))
def test_a_cancelled_import_changes_nothing(services, file, stop_after):
    data, _rows = file
    before = dump(services.db_path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > stop_after

    try:
        services.importing.import_companies(data, cancelled=cancelled)
    except (ImportCancelled, ValidationError) as e:
        if isinstance(e, ValidationError):
            _refused(e)
        assert dump(services.db_path) == before
        return


@DB
@given(file=csv_files(), mapping=st.one_of(st.none(), st.dictionaries(ANY_TEXT, st.one_of(
    st.none(), st.sampled_from(list(HEADER_ALIASES)), ANY_TEXT), max_size=3)))
def test_an_import_saves_only_valid_rows_and_never_a_cpr_number(services, file, mapping):
    data, _rows = file
    before = dump(services.db_path)
    try:
        result = services.importing.import_companies(data, mapping=mapping)
    except ValidationError as e:
        _refused(e)
        assert dump(services.db_path) == before
        return
    _check_result(result, data)
    if not (result.created or result.updated):
        assert dump(services.db_path) == before
    assert stored_cpr(services.db_path) == []


def test_a_row_with_a_cpr_number_is_rejected_naming_the_column(services):
    data = "Navn;Særlige forhold\nBager Hansen;Ring til 010190-1234\n".encode()
    result = services.importing.import_companies(data, dry_run=True)
    assert result.created == 0 and [(r.row, r.column) for r in result.rejected] == [(2, "Særlige forhold")]
    assert "CPR" in result.rejected[0].reason
