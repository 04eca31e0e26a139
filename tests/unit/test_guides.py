"""Visit-guide templates: the seeded Appendix B is complete and verbatim, templates are versioned, and a guide
filled with an old version keeps its wording and answers after the template is edited."""

import datetime as dt
import re
import uuid
from pathlib import Path

import pypdf
import pytest

from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput
from jobcrm.services.guides import editable
from jobcrm.services.visit_dto import AgreementInput, OutcomeInput, VisitInput

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "seed003_appendix_b.txt"
SEED = Path("/work/shared/seeds/003_a6786bb4a8289dde.txt")  # the original, where the seeds are at hand
FURNITURE = ("Læringskatalog", "Matchning af ledige borgere og virksomheder", "- 24 -")


def _lines(text: str) -> list[str]:
    return [" ".join(x.split()) for x in text.splitlines() if x.strip() and x.strip() not in FURNITURE]


def extract_appendix_b(text: str) -> dict:
    """Read Appendix B the way a person would: the visit types (bullets before the prose), the list of themes,
    and, after the line "Guide", every bullet ("•" themes' questions and redskabsvifte items, "o" sub-items),
    joining the lines the PDF extraction broke (a continuation starts with a lower-case letter)."""
    lines = _lines(text)
    guide_at = lines.index("Guide")

    def bullets(part: list[str]) -> list[dict]:
        found, last = [], None
        for line in part:
            m = re.match(r"^(•|o) (.*)$", line)
            if m:
                last = {"text": m.group(2), "sub": m.group(1) == "o"}
                found.append(last)
            elif last is not None and line[0].islower():
                last["text"] += " " + line
            else:
                last = None
        return found

    themes = [line[3:] for line in lines[:guide_at] if re.match(r"^\d\. ", line)]
    return {"types": [b["text"] for b in bullets(lines[:guide_at])], "themes": themes,
            "items": bullets(lines[guide_at + 1:])}


def test_the_fixture_is_the_seed_verbatim():
    fixture = FIXTURE.read_text(encoding="utf-8")
    assert fixture.startswith(" B. Samtaleguide ved virksomhedsbesøg")
    if SEED.exists():  # in the project's workspace: the fixture is an unchanged excerpt of seed 003
        assert fixture in SEED.read_text(encoding="utf-8")


def test_seeded_appendix_b_contains_every_item_of_the_seed(services):
    seed = extract_appendix_b(FIXTURE.read_text(encoding="utf-8"))
    assert seed["themes"] == ["Kendskab til virksomheden", "Hvad fylder i virksomheder pt. - og på længere sigt?",
                              "Hvad kan vi i Job- og vækstcentret tilbyde jer/redskabsviften?",
                              "Midlertidige kampagner/redskaber"]
    assert len(seed["items"]) == 26 and sum(i["sub"] for i in seed["items"]) == 11  # 9 questions, 17 tools
    template = services.guides.current(services.guides.resolve_template("Samtaleguide ved virksomhedsbesøg"))
    assert [s.title for s in template.sections] == seed["themes"]
    items = {i.text: i for s in template.sections for i in s.items}
    missing = [i["text"] for i in seed["items"] if i["text"] not in items]
    assert missing == []
    for i in seed["items"]:
        assert (items[i["text"]].level == 1) == i["sub"], i["text"]
    redskabsviften = template.sections[2]
    assert [i.text for i in redskabsviften.items] == [i["text"] for i in seed["items"][9:]]  # in the seed's order
    assert all(i.kind == "tick" for i in redskabsviften.items)
    assert seed["types"][2] == "Besøg i henhold til konkrete problemstillinger/ønsker - eksempelvis etablering " \
                               "af praktik"
    for visit_type in seed["types"]:
        assert f"• {visit_type}" in template.description
    assert "Guiden skal ikke følges slavisk, men det er vigtigt, at alle emner/temaer berøres." in template.description


def test_four_seeded_templates_installed_once(services, tmp_path):
    names = [t.name for t in services.guides.list_templates()]
    assert names == ["Samtaleguide ved virksomhedsbesøg", "Kampagnebesøg", "Jobrotation – fire faser",
                     "Opstart af virksomhedspraktik"]
    assert services.guides.ensure_seeded() == 0
    jr = services.guides.current(services.guides.resolve_template("jobrotation – FIRE faser"))
    assert [s.title for s in jr.sections] == [
        "Det virksomhedsopsøgende arbejde", "Forberedelse og afholdelse af indledende virksomhedsbesøg",
        "Planlægning af jobrotationsforløb", "Igangsættelse af jobrotationsforløb"]
    kinds = {i.kind for t in services.guides.list_templates() for s in services.guides.current(t.id).sections
             for i in s.items}
    assert kinds == {"tick", "text", "choice", "multi", "number", "date", "aftale"}


def _company_and_visit(services, consultant, when=dt.datetime(2026, 11, 23, 10, 0)):
    company = services.companies.create(CompanyInput(name="Fyns Stålindustri A/S", address="Havnevej 3",
                                                     postal_code="5000", city="Odense C"))
    visit = services.visits.plan(VisitInput(company_id=company.id, start=when))
    return company, visit


def _admin(services):
    from jobcrm.services.dto import ConsultantInput

    admin = services.consultants.create(ConsultantInput("ADM", "Anne Dam", role="administrator"))
    services.consultants.set_current(admin.id)
    services.ctx.actor.id = admin.id
    return admin


def test_editing_a_template_after_filling_keeps_the_old_answers_renderable(services, consultant, tmp_path):
    from jobcrm.pdf.guide import guide_pdf

    _company, visit = _company_and_visit(services, consultant)
    _admin(services)  # only an administrator edits the guides
    fill = services.guides.open_guide(visit.id)
    assert fill.version.version == 1
    services.guides.autosave(visit.id, {"s1i4": "Landmænd; leverandør er Stålgrossisten", "s3i11": True})

    tid = fill.version.template_id
    edited = editable(fill.version)
    edited[0]["items"][3]["text"] = "Hvem er jeres kunder og leverandører?"  # reworded
    del edited[2]["items"][10]  # "Job med løntilskud" removed
    edited[0]["items"].insert(0, {"kind": "choice", "text": "Har virksomheden en overenskomst?",
                                  "options": ["Ja", "Nej"]})
    v2 = services.guides.save_template(tid, "Samtaleguide ved virksomhedsbesøg", fill.version.description, edited)
    assert v2.version == 2 and v2.sections[0].items[0].key != "s1i4"
    assert services.guides.save_template(tid, v2.name, v2.description, editable(v2)).version == 2  # unchanged

    old = services.guides.fill(visit.id)
    assert old.version.version == 1
    assert old.version.item("s1i4").text == "Hvem er kunderne?/ hvem er leverandører?"
    assert old.version.item("s3i11").text == "Job med løntilskud" and old.answers["s3i11"] is True
    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(guide_pdf(old.version, dt.date(2026, 11, 24), old))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert "Hvem er kunderne?/ hvem er leverandører?" in text
    assert "Landmænd; leverandør er Stålgrossisten" in text and "Job med løntilskud" in text
    assert "version 1" in text

    later = services.visits.plan(VisitInput(company_id=visit.company_id, start=dt.datetime(2026, 12, 1, 9, 0)))
    new = services.guides.open_guide(later.id)
    assert new.version.version == 2 and new.version.item("s1i4").text == "Hvem er jeres kunder og leverandører?"
    assert new.version.item("s3i11") is None
    assert [v.version for v in services.guides.versions(tid)] == [1, 2]


def test_template_editor_validation(services):
    _admin(services)
    with pytest.raises(ValidationError) as e:
        services.guides.save_template(None, "Ny guide", None, [{"title": "", "items": [
            {"kind": "choice", "text": "Vælg", "options": ["Kun én"]}, {"kind": "text", "text": " "}]}])
    assert set(e.value.errors) == {"sections.1", "sections.1.1.options", "sections.1.2"}
    assert "Tema 1 mangler en overskrift." in e.value.errors.values()
    with pytest.raises(ValidationError, match="findes allerede"):
        services.guides.save_template(None, "Kampagnebesøg", None, [{"title": "A", "items": []}])
    made = services.guides.save_template(None, "Opfølgning på løntilskud", "Kort guide",
                                         [{"title": "Forløbet", "items": [{"kind": "tick", "text": "Trives"}]}])
    assert made.version == 1 and made.sections[0].items[0].key


def test_autosave_keeps_everything_but_a_cpr_number(services, consultant):
    _company, visit = _company_and_visit(services, consultant)
    services.guides.open_guide(visit.id)
    result = services.guides.autosave(visit.id, {"s1i1": "Borger 010203-1234 var med", "s1i5": "Nationalt",
                                                 "s2#note": "God stemning", "s3#touched": True})
    assert set(result.refused) == {"s1i1"} and "CPR" in result.refused["s1i1"]
    fill = services.guides.fill(visit.id)
    assert "s1i1" not in fill.answers and fill.answers["s1i5"] == "Nationalt"
    assert fill.touched == {"s1": True, "s2": True, "s3": True, "s4": False}
    assert fill.untouched_titles() == ["Midlertidige kampagner/redskaber"]


def test_registering_creates_promises_with_owner_and_due_date_and_one_history_entry(services, consultant):
    from jobcrm.services.dto import ConsultantInput

    colleague = services.consultants.create(ConsultantInput("KBH", "Kasper Bøgh Hansen"))
    # Thursday 2026-04-02 is the day before Langfredag: "+3 arbejdsdage" skips the Easter holidays.
    _company, visit = _company_and_visit(services, consultant, dt.datetime(2026, 4, 2, 9, 0))
    services.guides.open_guide(visit.id)
    cv, back, blank = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with pytest.raises(ValidationError) as e:
        services.guides.register(visit.id)
    assert set(e.value.errors) == {"labour_need"}
    services.guides.autosave(
        visit.id, {"k1i1": "Ja"},
        [AgreementInput(cv, "Sende 3 cv'er på svejsere", item_key="k4i1", due_text="+3 arbejdsdage",
                        responsible_id=colleague.id, purpose="cv_opfoelgning"),
         AgreementInput(back, "Vender tilbage om lærlingeplads", promised_by="virksomheden", due_text="30.04.2026"),
         AgreementInput(blank, "")],
        OutcomeInput(labour_need="aktuelt", labour_need_why="Nye ordrer", schemes=("loentilskud", "praktik"),
                     materials=("pjece",), summary="Rundvisning i værkstedet."))
    result = services.guides.register(visit.id)
    assert result.visit.status == "afholdt" and len(result.promise_ids) == 2
    p1, p2 = (services.promises.get(p) for p in result.promise_ids)
    assert (p1.title, p1.responsible_initials, p1.due_date, p1.source_kind) == (
        "Sende 3 cv'er på svejsere", "KBH", dt.date(2026, 4, 9), "besoeg")
    assert (p2.promised_by, p2.responsible_initials, p2.due_date) == ("virksomheden", "MAJ", dt.date(2026, 4, 30))
    assert services.companies.get(visit.company_id).next_due_date == dt.date(2026, 4, 9)
    entry = services.history.get(result.contact_id)
    assert (entry.channel, entry.link_kind, entry.link_id) == ("besoeg", "visit", visit.id)
    assert "Behov for arbejdskraft: aktuelt" in entry.summary and "Rundvisning i værkstedet." in entry.summary
    assert "Ordninger præsenteret: Job med løntilskud, Virksomhedspraktik." in entry.summary

    again = services.guides.register(visit.id)  # registering again after an edit: no duplicates
    assert again.promise_ids == () and again.contact_id == result.contact_id
    assert len(services.promises.open_for_company(visit.company_id)) == 2
    assert len(services.history.timeline(visit.company_id)) == 1


def test_agreement_without_a_due_date_is_refused_with_its_name(services, consultant):
    _company, visit = _company_and_visit(services, consultant)
    services.guides.open_guide(visit.id)
    services.guides.autosave(visit.id, agreements=[AgreementInput(uuid.uuid4(), "Ring til værkføreren")],
                             outcome=OutcomeInput(labour_need="i_fremtiden"))
    with pytest.raises(ValidationError) as e:
        services.guides.register(visit.id)
    messages = list(e.value.errors.values())
    assert any('Aftale 1 ("Ring til værkføreren"): angiv en frist' in m for m in messages)
    assert e.value.errors["labour_need_when"].startswith("Skriv hvornår")
    assert services.visits.get(visit.id).status == "planlagt"  # nothing half-saved
    assert services.promises.open_for_company(visit.company_id) == []


def test_only_an_administrator_may_change_visit_guides(services, consultant):
    from jobcrm.errors import NotAllowed
    from jobcrm.services.dto import ConsultantInput

    tid = services.guides.default_template_id()
    before = services.guides.current(tid)
    sections = editable(before)
    sections[0]["title"] = "Kendskab til virksomheden og branchen"
    assert not services.guides.can_edit_templates()  # MAJ is a konsulent
    with pytest.raises(NotAllowed, match="Kun en administrator kan ændre besøgsguides. MAJ har rollen konsulent."):
        services.guides.save_template(tid, before.name, before.description, sections)
    with pytest.raises(NotAllowed):
        services.guides.save_template(None, "Min egen guide", None, [{"title": "A", "items": []}])
    with pytest.raises(NotAllowed):
        services.guides.set_active(tid, False)
    lead = services.consultants.create(ConsultantInput("TL", "Tina Lund", role="teamleder"))
    services.ctx.actor.id = lead.id
    with pytest.raises(NotAllowed, match="TL har rollen teamleder"):
        services.guides.save_template(tid, before.name, before.description, sections)
    services.ctx.actor.id = None
    with pytest.raises(NotAllowed, match="Vælg først din konsulentprofil"):
        services.guides.save_template(tid, before.name, before.description, sections)
    assert services.guides.current(tid).version == before.version  # nothing saved
    assert "Min egen guide" not in [t.name for t in services.guides.list_templates(include_inactive=True)]

    _admin(services)
    assert services.guides.can_edit_templates()
    after = services.guides.save_template(tid, before.name, before.description, sections)
    assert after.version == before.version + 1 and after.sections[0].title == "Kendskab til virksomheden og branchen"
