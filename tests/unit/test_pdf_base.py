"""The shared PDF layer: Danish letters print, user text cannot break the layout, pages are numbered
"Side n af N", and a failed write leaves no file behind."""

import datetime as dt

import pypdf
import pytest

from jobcrm.pdf.base import CheckBox, WriteLines, grid_table, para, render, write_atomically


def _pdf_text(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


def test_danish_letters_markup_characters_and_page_numbers(tmp_path):
    story = [para("Æblegården ApS – Søndergade 12, Århus", "title"),
             para("Værksted <lager> & kontor\nlinje to"),
             CheckBox("Løntilskud", True), WriteLines(2),
             grid_table(["Dato", "Kommentar"], [["24.11.2026", "Ringede"]] * 120, [100, 300])]
    pages = _pdf_text(render(story, title="Test", footer="JobCRM · Prøve", printed_on=dt.date(2026, 11, 24)),
                      tmp_path)
    assert len(pages) >= 2
    assert "Æblegården ApS – Søndergade 12, Århus" in pages[0]
    assert "Værksted <lager> & kontor" in pages[0]
    assert "Løntilskud" in pages[0]
    assert f"Udskrevet 24.11.2026 · Side 1 af {len(pages)}" in pages[0]
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]


def test_characters_outside_the_font_become_question_marks_not_gaps(tmp_path):
    pages = _pdf_text(render([para("Tak 😀 for i dag")], title="t", footer="f", printed_on=dt.date(2026, 11, 24)),
                      tmp_path)
    assert "Tak ? for i dag" in pages[0]


def test_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "out.pdf"
    write_atomically(target, b"%PDF-first")

    with pytest.raises(TypeError):
        write_atomically(target, None)  # type: ignore[arg-type]
    assert target.read_bytes() == b"%PDF-first"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
