"""The campaign results and the activity report on paper and in Excel: the XLSX opened with openpyxl, the PDF text
read with pypdf — the same numbers as the services."""

import datetime as dt
import io
import zipfile

import openpyxl
import pypdf
import pytest

from jobcrm.pdf import campaign as campaign_pdf
from jobcrm.pdf import report as report_pdf
from jobcrm.services.campaign_dto import CallInput, CampaignCriteria, CampaignInput
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.xlsx_export import campaign_workbook, report_workbook


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def campaign(services, consultant):
    services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))
    for i, (name, status) in enumerate((("Alfa ApS", "ny"), ("Beta ApS", "ny"), ("Gamma ApS", "ny"),
                                        ("Nej Tak ApS", "ikke_interesseret"))):
        services.companies.create(CompanyInput(name=name, employees=10 + i, phone="75 12 34 5" + str(i),
                                               relationship_status=status, city="Vejle", postal_code="7100"))
    c = services.campaigns.create(CampaignInput(
        name="Vinterkampagne 2026", starts_on=dt.date(2026, 11, 23), ends_on=dt.date(2027, 2, 26),
        purpose="Nye jobåbninger", message="Vi ringer om jobcentrets tilbud.",
        criteria=CampaignCriteria(employees_min=5, employees_max=100)))
    services.campaigns.build_list(c.id)
    alfa, beta, gamma = services.campaigns.targets(c.id, "alle")
    services.campaigns.record_call(CallInput(alfa.id, "booket", start=dt.datetime(2026, 12, 2, 10, 0)))
    services.campaigns.record_call(CallInput(beta.id, "takket_nej", reason="intet_behov"))
    services.campaigns.record_call(CallInput(gamma.id, "ikke_truffet", call_again="30.11.2026"))
    return c


def test_campaign_xlsx_has_the_results_the_agreements_and_the_call_list(services, campaign):
    r = services.campaign_results.results(campaign.id)
    wb = openpyxl.load_workbook(io.BytesIO(campaign_workbook(r, services.campaigns, services.campaign_results)))
    assert wb.sheetnames == ["Resultat", "Aftaler", "Pr. konsulent", "Besøg", "Ringeliste"]
    figures = {row[0]: row[1:] for row in wb["Resultat"].iter_rows(values_only=True) if row[0]}
    assert figures["Kampagneresultater – Vinterkampagne 2026"] == (None, None)
    assert figures["Virksomheder på ringelisten"][0] == 3
    assert figures['Udeladt: Markeret "Ikke interesseret"'][0] == 1
    assert figures["Kontaktet (truffet)"][0] == 2 and figures["Booket"] == (1, 0.5)
    assert wb["Resultat"]["C10"].number_format == "0.0%"
    agreements = [row for row in wb["Aftaler"].iter_rows(values_only=True)]
    assert agreements[3][:3] == ("Type", "Antal", "% af afholdte besøg")
    assert [row[0] for row in agreements[4:13]] == ["Ordinære jobordrer", "Virksomhedspraktik", "Løntilskud",
                                                    "Voksenlærling", "Jobrotation", "Opkvalificeringsjob", "Fleksjob",
                                                    "Fastholdelse", "Andet"]
    calls = list(wb["Ringeliste"].iter_rows(min_row=5, values_only=True))
    by_name = {row[0]: row for row in calls}
    assert by_name["Alfa ApS"][7] == "Booket" and by_name["Beta ApS"][7] == "Takket nej"
    assert by_name["Gamma ApS"][10] == dt.datetime(2026, 11, 30)  # a real date, shown 30.11.2026
    assert wb["Ringeliste"].cell(row=5 + [r[0] for r in calls].index("Gamma ApS"), column=11).number_format \
        == "dd.mm.yyyy"
    assert by_name["Nej Tak ApS"][11:] == ('Markeret "Ikke interesseret"', 'Virksomheden er markeret "Ikke interesseret".')
    visits = list(wb["Besøg"].iter_rows(min_row=5, values_only=True))
    assert visits == [(dt.datetime(2026, 12, 2, 10, 0), "Alfa ApS", "MAJ", "Planlagt", None, None)]
    per = {row[0]: row for row in wb["Pr. konsulent"].iter_rows(min_row=5, values_only=True)}
    assert per["MAJ – Maja Jørgensen"][1:4] == (3, 2, 1) and per["I alt"][5] == 0.5


def test_campaign_pdf_says_what_the_page_says(services, campaign):
    r = services.campaign_results.results(campaign.id)
    text = pdf_text(campaign_pdf.build(r))
    for expected in ("Kampagneresultater – Vinterkampagne 2026", "Periode 23.11.2026–26.02.2027",
                     "5–100 ansatte", "booket · bookingrate 50,0 %", "Aftaler efter type", "Ordinære jobordrer",
                     "Virksomhedspraktik", "Fastholdelse", "Samlet", "Opkald pr. konsulent",
                     "MAJ – Maja Jørgensen", "Besøg, aftaler og opfølgninger pr. konsulent",
                     'Udeladt fra ringelisten: Markeret "Ikke interesseret" 1.', "Side 1 af 2"):
        assert expected in text, expected


def test_report_xlsx_and_pdf(services, campaign):
    report = services.reports.build(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "Team Erhverv Nord")
    data = report_workbook(report)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Oversigt", "Mål", "Besøg efter status", "Besøg efter type", "Kontakter", "Aftaler",
                             "Jobordrer", "Forløb", "Uden kontakt"]
    rows = list(wb["Kontakter"].iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Konsulent")
    contacts = {r[0]: r for r in rows[rows.index(header) + 1:]}
    assert contacts["MAJ – Maja Jørgensen"][header.index("Telefon")] == 3  # the three campaign calls
    assert contacts["I alt"][header.index("I alt")] == 3
    assert wb["Kontakter"].freeze_panes == f"B{rows.index(header) + 2}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # openpyxl does not read charts back: look in the package
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    oversigt = [row[0] for row in wb["Oversigt"].iter_rows(values_only=True)]
    assert "Jobordrer efter status, og hvordan de endte" in oversigt
    text = pdf_text(report_pdf.build(report))
    for expected in ("Aktivitetsrapport – Team Erhverv Nord", "Periode 01.11.2026–30.11.2026", "2 konsulenter",
                     "Afholdte besøg mod mål", "Aftaler holdt til tiden", "Mål for perioden", "Kontakter efter kanal",
                     "Besøg efter status", "Virksomheder uden kontakt i 6 måneder", "PEJ – Peter Juhl",
                     "Jobordrer efter status, og hvordan de endte", "Heraf ansat via jobcentret"):
        assert expected in text, expected
