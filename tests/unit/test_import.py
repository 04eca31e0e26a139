"""Importing companies from CSV: encodings, delimiters, header names, validation, updates, all-or-nothing."""

import io

import pytest
from sqlalchemy import text

from jobcrm.domain.validation import cvr_check_ok
from jobcrm.errors import ValidationError
from jobcrm.services.companies import CompanyFilter
from jobcrm.services.dto import CompanyInput
from jobcrm.services.importing import ImportCancelled, auto_mapping, parse_csv, write_rejected_csv


def valid_cvrs(n, start=10000000):
    out, x = [], start
    while len(out) < n:
        if cvr_check_ok(str(x)):
            out.append(str(x))
        x += 1
    return out


CVR = valid_cvrs(400)

DANISH = (
    "CVR-nummer;Firmanavn;Adresse;Postnr;By;Telefon;Særlige forhold;Farve\r\n"
    f"{CVR[0]};Bæk & Søn ApS;Åvej 3;8000;Århus C;86 12 34 56;Ring før kl. 9;blå\r\n"
    f"{CVR[1]};Østergaard Smedje;Ølgade 1;5000;Odense C;;;grøn\r\n"
)


def names(services):
    return sorted(r.name for r in services.companies.page(limit=1000))


def db_snapshot(services):
    with services.engine.connect() as c:
        return (
            c.execute(text("SELECT * FROM company ORDER BY id")).all(),
            c.execute(text("SELECT rowid, * FROM fts_company ORDER BY rowid")).all(),
            c.execute(text("SELECT * FROM fts_company_key ORDER BY doc_id")).all(),
            c.execute(text("SELECT count(*) FROM fts_company_pause")).scalar(),
        )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_encodings_with_danish_letters(services, encoding):
    result = services.importing.import_companies(DANISH.encode(encoding))
    assert (result.created, result.updated, result.rejected) == (2, 0, ())
    assert result.encoding == encoding
    assert names(services) == ["Bæk & Søn ApS", "Østergaard Smedje"]
    cid = services.companies.find_by_cvr(CVR[0])
    c = services.companies.get(cid)
    assert (c.address, c.postal_code, c.city, c.phone, c.special_notes) == (
        "Åvej 3", "8000", "Århus C", "86 12 34 56", "Ring før kl. 9")


def test_comma_delimiter_english_headers_and_quoted_cells(services):
    data = (f'CVR,Name,Address,Zip,City,Email,Employees\n'
            f'{CVR[2]},"Hansen, Jensen & Co",Main St 1,7100,Vejle,INFO@HJ.DK,12\n').encode()
    result = services.importing.import_companies(data)
    assert result.delimiter == "," and result.created == 1
    c = services.companies.get(services.companies.find_by_cvr(CVR[2]))
    assert (c.name, c.email, c.employees, c.postal_code) == ("Hansen, Jensen & Co", "info@hj.dk", 12, "7100")


def test_semicolon_detected_and_unmapped_column_reported(services):
    result = services.importing.import_companies(DANISH.encode())
    assert result.delimiter == ";"
    assert result.unmapped_columns == ("Farve",)
    assert result.mapping["CVR-nummer"] == "cvr" and result.mapping["Særlige forhold"] == "special_notes"


def test_header_spellings():
    headers = ["CVR nr", "Navn", "P-nummer", "Vejnavn", "Post nr", "Postdistrikt", "Kommune", "Tlf.", "E-mail",
               "Hjemmeside", "Branchetekst", "Antal ansatte", "Noter"]
    assert auto_mapping(headers) == dict(zip(headers, [
        "cvr", "name", "p_number", "address", "postal_code", "city", "municipality", "phone", "email", "web",
        "industry", "employees", "special_notes"], strict=True))
    assert auto_mapping(["cvrnr", "Virksomhed", "Pnr", "ZIP", "Phone", "Mail", "Web", "Ansatte"]) == {
        "cvrnr": "cvr", "Virksomhed": "name", "Pnr": "p_number", "ZIP": "postal_code", "Phone": "phone",
        "Mail": "email", "Web": "web", "Ansatte": "employees"}


def test_invalid_rows_are_listed_with_row_number_and_column_and_valid_rows_imported(services):
    data = (
        "CVR;Navn;Postnummer;Telefon\n"
        f"{CVR[0]};God A/S;8000;\n"
        "12345678;Forkert CVR ApS;8000;\n"
        f"{CVR[1]};;8000;\n"
        f"{CVR[2]};Dårlig post;80;123\n"
        f"{CVR[0]};Samme CVR igen;8000;\n"
    ).encode()
    result = services.importing.import_companies(data)
    assert result.created == 1
    rows = {r.row: r for r in result.rejected}
    assert sorted(rows) == [3, 4, 5, 6]
    assert rows[3].column == "CVR" and "kontrolcifferet" in rows[3].reason
    assert rows[4].column == "Navn" and rows[4].reason == "Navn skal udfyldes."
    assert rows[5].column == "Postnummer, Telefon" and "4 cifre" in rows[5].reason and "8 cifre" in rows[5].reason
    assert rows[6].column == "CVR" and "række 2" in rows[6].reason
    assert rows[3].values == ("12345678", "Forkert CVR ApS", "8000", "")
    assert names(services) == ["God A/S"]


def test_cpr_in_notes_is_refused(services):
    data = f"CVR;Navn;Noter\n{CVR[0]};Firma;Borger 010190-1234 starter\n".encode()
    result = services.importing.import_companies(data)
    assert result.created == 0 and "CPR" in result.rejected[0].reason


def test_existing_cvr_is_updated_not_duplicated(services):
    existing = services.companies.create(CompanyInput(name="Gammelt Navn", cvr=CVR[0], city="Vejle", phone="12345678",
                                                      special_notes="Vigtigt"))
    data = f"CVR;Navn;By;Telefon\n{CVR[0]};Nyt Navn;Kolding;\n{CVR[1]};Ny Virksomhed;Horsens;\n".encode()
    result = services.importing.import_companies(data)
    assert (result.created, result.updated) == (1, 1)
    assert services.companies.count() == 2
    c = services.companies.get(existing.id)
    assert (c.name, c.city) == ("Nyt Navn", "Kolding")
    assert c.phone == "12 34 56 78" and c.special_notes == "Vigtigt"  # empty or unmapped cells keep the value
    again = services.importing.import_companies(data)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_update_by_cvr_without_a_name_column(services):
    existing = services.companies.create(CompanyInput(name="Beholdes", cvr=CVR[0]))
    result = services.importing.import_companies(f"CVR;Kommune\n{CVR[0]};Vejle\n".encode())
    assert result.updated == 1
    c = services.companies.get(existing.id)
    assert (c.name, c.municipality) == ("Beholdes", "Vejle")


def test_dry_run_changes_nothing(services):
    services.companies.create(CompanyInput(name="Gammelt Navn", cvr=CVR[0]))
    before = db_snapshot(services)
    data = f"CVR;Navn\n{CVR[0]};Nyt Navn\n{CVR[1]};Ny\n".encode()
    result = services.importing.import_companies(data, dry_run=True)
    assert (result.created, result.updated, result.dry_run) == (1, 1, True)
    assert db_snapshot(services) == before


@pytest.mark.parametrize("pause_above", [0, 10_000])  # with the index triggers paused, and row by row
def test_cancel_midway_leaves_nothing_behind(services, pause_above):
    services.companies.create(CompanyInput(name="Gammelt Navn", cvr=CVR[0]))
    before = db_snapshot(services)
    lines = ["CVR;Navn", f"{CVR[0]};Omdøbt"] + [f"{CVR[i]};Firma {i}" for i in range(1, 300)]
    seen = []
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 150

    with pytest.raises(ImportCancelled):
        services.importing.import_companies("\n".join(lines).encode(), progress=lambda d, t: seen.append((d, t)),
                                            cancelled=cancelled, pause_index_above=pause_above)
    assert seen and seen[-1][0] < 300 and seen[-1][1] == 300
    assert db_snapshot(services) == before
    assert names(services) == ["Gammelt Navn"]


def test_an_error_midway_rolls_back_everything(services):
    before = db_snapshot(services)
    lines = ["CVR;Navn"] + [f"{CVR[i]};Firma {i}" for i in range(50)]

    def boom(done, total):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        services.importing.import_companies("\n".join(lines).encode(), progress=boom)
    assert db_snapshot(services) == before


@pytest.mark.parametrize("pause_above", [0, 10_000])
def test_imported_companies_are_found_by_search(services, pause_above):
    services.companies.create(CompanyInput(name="Gammelt Navn", cvr=CVR[0]))
    data = (f"CVR;Navn;By;Noter\n{CVR[0]};Fornyet Ølbryggeri;Skærbæk;\n"
            f"{CVR[1]};Søndergaard Maskinstation;Tønder;kvægbrug\n").encode()
    result = services.importing.import_companies(data, pause_index_above=pause_above)
    assert (result.created, result.updated) == (1, 1)

    def found(t):
        return sorted(r.name for r in services.companies.page(flt=CompanyFilter(text=t)))

    assert found("søndergaard") == ["Søndergaard Maskinstation"]
    assert found("kvægb") == ["Søndergaard Maskinstation"]
    assert found(CVR[1]) == ["Søndergaard Maskinstation"]
    assert found("ølbryg") == ["Fornyet Ølbryggeri"]
    assert found("gammelt") == []
    assert len(services.companies.search_ids(CompanyFilter(text="skærbæk"))) == 1
    with services.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM fts_company_pause")).scalar() == 0


def test_mapping_override(services):
    data = f"Nr;Kunde;Sted\n{CVR[0]};Firma A;Vejle\n".encode()
    with pytest.raises(ValidationError):
        services.importing.import_companies(data)  # neither name nor CVR recognised
    result = services.importing.import_companies(data, mapping={"Nr": "cvr", "Kunde": "name", "Sted": None})
    assert result.created == 1 and result.unmapped_columns == ("Sted",)
    with pytest.raises(ValidationError):
        services.importing.import_companies(data, mapping={"Nr": "cvr", "Kunde": "cvr"})
    with pytest.raises(ValidationError):
        services.importing.import_companies(data, mapping={"Nr": "owner_id"})


def test_rejected_rows_written_as_excel_csv(services, tmp_path):
    data = f"CVR;Navn;Farve\n12345678;Forkert;rød\n{CVR[0]};God;blå\n".encode("cp1252")
    result = services.importing.import_companies(data)
    target = tmp_path / "afviste.csv"
    write_rejected_csv(result, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "CVR;Navn;Farve;Række;Fejl"
    assert lines[1].startswith("12345678;Forkert;rød;2;CVR: CVR 12345678 er ikke et gyldigt")
    assert len(lines) == 2
    buf = io.BytesIO()
    write_rejected_csv(result, buf)
    assert buf.getvalue() == raw


def test_parse_keeps_row_numbers_and_skips_blank_lines():
    parsed = parse_csv(b"CVR;Navn\n\n;A\n;\n;B\n")
    assert [n for n, _ in parsed.rows] == [3, 5]
    with pytest.raises(ValidationError):
        parse_csv(b"   \n")


def test_preview_rows_show_what_the_import_would_do_without_writing(services):
    services.companies.create(CompanyInput(name="Holm Byg", cvr=CVR[1], city="Vejle"))
    data = ("CVR;Navn;By;Ansatte\n"
            f"{CVR[0]};Bæk & Søn;Århus C;10-19\n"
            "12345678;Forkert;Vejle;\n"
            f"{CVR[1]};Holm Byg;Vejle;\n"
            f"{CVR[1]};Holm Byg igen;Vejle;\n"
            f"{CVR[2]};Ny Holm;Kolding;\n").encode()
    before = db_snapshot(services)
    cols, rows = services.importing.preview_rows(parse_csv(data), {"By": None}, limit=4)
    assert cols == {"CVR": "cvr", "Navn": "name", "Ansatte": "employees"}
    assert [(r.row, r.action) for r in rows] == [(2, "opret"), (3, "afvis"), (4, "uændret"), (5, "afvis")]
    assert rows[0].values == {"cvr": CVR[0], "name": "Bæk & Søn", "employees": "10–19"}
    assert rows[1].column == "CVR" and "kontrolcifferet" in rows[1].reason
    assert "række 4" in rows[3].reason
    assert db_snapshot(services) == before
    with pytest.raises(ValidationError, match="Navn eller CVR"):
        services.importing.preview_rows(parse_csv(data), {"CVR": None, "Navn": None})
