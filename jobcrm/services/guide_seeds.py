"""The four seeded visit-guide templates (PRODUCT.md §7), with the seeds' Danish wording.

1. "Samtaleguide ved virksomhedsbesøg" — seed 003, Appendix B (Job- og vækstcenter Middelfart), complete:
   the four themes, every question and every item of the redskabsvifte, verbatim (line breaks and the
   PDF extraction's hyphenation joined; the seed's own spelling kept, e.g. "virksomheder pt.").
2. "Kampagnebesøg" — seed 000: the three parameters of the visit agenda (L1944–1948), what the job centre
   can offer when there is no need (L1865–1871), candidate and schemes when there is one (L1896–1902),
   the schemes of Q7 (L2543–2562), material handed over (L92–102, L1160–1185), and the follow-up with
   "fuldstændig klarhed om, hvem der gør hvad" (L469–475), including the typical "3-5 cv … en uge efter".
3. "Jobrotation – fire faser" — seed 004: one theme per phase with the phase's checklist (notes B4.1–B4.4).
4. "Opstart af virksomhedspraktik" — seed 002: job interview at the company, skånebehov, rummelighed,
   mentor, absence, working hours, first follow-up (notes 002 §4.1 B and C).

Each template is plain data: {"key", "name", "description", "sections": [{"key", "title", "help",
"items": [{"key", "kind", "text", "help"?, "options"?, "level"?, "due"?, "promised_by"?, "purpose"?}]}]}.
Item kinds: tick, text, choice, multi, number, date, aftale (GUIDE_ITEM_KIND).
"""

from __future__ import annotations

APPENDIX_B = {
    "key": "samtaleguide",
    "name": "Samtaleguide ved virksomhedsbesøg",
    "description": (
        "Der foretages grundlæggende tre typer virksomhedsbesøg:\n"
        "• Førstegangsbesøg\n"
        "• Opfølgningsbesøg\n"
        "• Besøg i henhold til konkrete problemstillinger/ønsker - eksempelvis etablering af praktik\n"
        "Førstegangsbesøg og opfølgningsbesøg kan karakteriseres som generelle besøg, hvor hele samtaleguiden "
        "kommer i spil, mens besøg i henhold til konkrete problemstillinger og ønsker tager udgangspunkt i "
        "henholdsvis virksomhedens/branchens eller Job- og Vækstcentrets ønsker og behov. Her bruges kun dele af "
        "samtaleguiden. Samtaleguiden er opdelt i tre temaer/trin:\n"
        "1. Kendskab til virksomheden\n"
        "2. Hvad fylder i virksomheder pt. - og på længere sigt?\n"
        "3. Hvad kan vi i Job- og vækstcentret tilbyde jer/redskabsviften?\n"
        "4. Midlertidige kampagner/redskaber\n"
        "Guiden skal ikke følges slavisk, men det er vigtigt, at alle emner/temaer berøres.\n"
        "(Fra Job- og vækstcenter Middelfart, Læringskatalog: Matchning af ledige borgere og virksomheder, "
        "bilag B.)"
    ),
    "sections": [
        {
            "key": "s1", "title": "Kendskab til virksomheden",
            "help": ("Det er selvfølgelig vigtigt at have en fornemmelse af, hvad virksomheden producerer - "
                     "varer/serviceydelse m.m. Ved førstegangsbesøg er det en god ide at bede om en rundvisning - "
                     "det gør det nemmere for konsulenten at observere forskellige jobtyper/fagområder, og det gør "
                     "dialogen nemmere. Ved opfølgningsbesøg kan man spørge ind til eventuelle ændringer siden "
                     "sidst"),
            "items": [
                {"key": "s1i1", "kind": "text", "text": "Hvad virksomheden producerer - varer/serviceydelse m.m."},
                {"key": "s1i2", "kind": "tick", "text": "Ved førstegangsbesøg: bede om en rundvisning"},
                {"key": "s1i3", "kind": "text",
                 "text": "Ved opfølgningsbesøg: spørge ind til eventuelle ændringer siden sidst"},
                {"key": "s1i4", "kind": "text", "text": "Hvem er kunderne?/ hvem er leverandører?"},
                {"key": "s1i5", "kind": "text", "text": "Handles der nationalt / internationalt?"},
                {"key": "s1i6", "kind": "text", "text": "Hvilke jobtyper / fagområder beskæftiger I?"},
                {"key": "s1i7", "kind": "text", "text": "Hvor mange ansatte m.m.?"},
            ],
        },
        {
            "key": "s2", "title": "Hvad fylder i virksomheder pt. - og på længere sigt?",
            "help": ("Det er ud fra virksomhedens opfattelse af udviklingen inden for branchen, lokalt og globalt, "
                     "at vi både kan hjælpe virksomheden med udfordringer her og nu - og tilrettelægge vores "
                     "virksomhedsvendte indsats fremover - i samarbejde med erhvervslivet:"),
            "items": [
                {"key": "s2i1", "kind": "text", "text": "Hvad er I optaget af i virksomheden pt.?"},
                {"key": "s2i2", "kind": "text", "text": "Hvad er jeres største udfordringer her og nu? - og hvad vil "
                                                        "jeres udfordringer være på længere sigt?"},
                {"key": "s2i3", "kind": "text",
                 "text": "Hvad er jeres fornemmelse af udviklingen inden for branchen - lokalt og globalt?"},
                {"key": "s2i4", "kind": "text", "text": "Hvad ville I gerne have sparring til?"},
                {"key": "s2i5", "kind": "text", "text": "Hvordan rekrutterer/uddanner/fastholder i jeres medarbejdere?"},
            ],
        },
        {
            "key": "s3", "title": "Hvad kan vi i Job- og vækstcentret tilbyde jer/redskabsviften?",
            "help": ("Redskabsviften skal ikke gennemgås minutiøst, men det er vigtigt, at virksomheden har et klart "
                     "billede af, hvad Job- og Vækstcentret samt virksomhedskonsulenten kan bruges til. "
                     "Udgangspunktet er naturligvis virksomhedens oplevede udfordringer. Sæt kryds ved det, der "
                     "er drøftet."),
            "items": [
                {"key": "s3i1", "kind": "tick", "text": "Rekruttering og formidling af arbejdskraft"},
                {"key": "s3i2", "kind": "tick", "text": "Generel formidling af arbejdskraft", "level": 1},
                {"key": "s3i3", "kind": "tick", "text": "Jobannoncer på Jobnet", "level": 1},
                {"key": "s3i4", "kind": "tick", "text": "Fastholdelse af medarbejdere (i aktuelle sager henvises til "
                                                        "fastholdelseskonsulenter, men virksomhedskonsulenter skaber "
                                                        "kontakten)"},
                {"key": "s3i5", "kind": "tick", "text": "Uddannelse af medarbejdere"},
                {"key": "s3i6", "kind": "tick", "text": "Voksenlærling", "level": 1},
                {"key": "s3i7", "kind": "tick", "text": "Jobrotation", "level": 1},
                {"key": "s3i8", "kind": "tick", "text": "VEU/FVU m.m.", "level": 1},
                {"key": "s3i9", "kind": "tick", "text": "Ansættelse af medarbejdere med støtte"},
                {"key": "s3i10", "kind": "tick", "text": "Mentorfunktion/ordning", "level": 1},
                {"key": "s3i11", "kind": "tick", "text": "Job med løntilskud", "level": 1},
                {"key": "s3i12", "kind": "tick", "text": "Fleksjob", "level": 1},
                {"key": "s3i13", "kind": "tick", "text": "Skånejob", "level": 1},
                {"key": "s3i14", "kind": "tick", "text": "Løntilskud til førtidspensionister (skånejob)", "level": 1},
                {"key": "s3i15", "kind": "tick", "text": "Virksomhedspraktik", "level": 1},
                {"key": "s3i16", "kind": "tick", "text": "Assistance ved større afskedigelser"},
                {"key": "s3i17", "kind": "tick", "text": "Assistance ved arbejdsfordeling"},
            ],
        },
        {
            "key": "s4", "title": "Midlertidige kampagner/redskaber",
            "help": "Skriv hvilke midlertidige kampagner eller redskaber der blev drøftet (bilaget giver ingen punkter).",
            "items": [],
        },
    ],
}

KAMPAGNE = {
    "key": "kampagne",
    "name": "Kampagnebesøg",
    "description": (
        "Dagsordenen for besøget bygges op om tre parametre: om virksomheden har en jobåbning, hvilken type job "
        "som skal besættes (nu eller i fremtiden), og om virksomheden oplever, at en langtidsledig kan besætte "
        "jobbet. Sørg for, at der på selve besøget opnås fuldstændig klarhed om, hvem der gør hvad i det videre "
        "forløb. (Efter evalueringen af kampagnen \"Luk op for nye jobmuligheder\".)"
    ),
    "sections": [
        {
            "key": "k1", "title": "Jobåbninger",
            "help": "De tre parametre for besøgets dagsorden.",
            "items": [
                {"key": "k1i1", "kind": "choice", "text": "Har virksomheden en jobåbning?",
                 "options": ["Ja", "Nej", "Måske senere"]},
                {"key": "k1i2", "kind": "text", "text": "Hvilken type job som skal besættes (nu eller i fremtiden)"},
                {"key": "k1i3", "kind": "choice", "text": "Hvornår skal jobbet besættes?",
                 "options": ["Nu", "Snarligt", "I fremtiden"]},
                {"key": "k1i4", "kind": "number", "text": "Antal stillinger"},
                {"key": "k1i5", "kind": "choice",
                 "text": "Oplever virksomheden, at en langtidsledig kan besætte jobbet?",
                 "options": ["Ja", "Nej", "Ved ikke"]},
            ],
        },
        {
            "key": "k2", "title": "Hvad jobcentret kan tilbyde",
            "help": ("Uden behov for arbejdskraft: hvad jobcentret kan, og hvilke muligheder, som findes i det "
                     "tilfælde, at behovet for arbejdskraft opstår i fremtiden. Med behov: hvorvidt jobcentret har "
                     "den rette kandidat, og hvilke ordninger, der eventuelt kan eller bør anvendes ved en eventuel "
                     "ansættelse."),
            "items": [
                {"key": "k2i1", "kind": "multi", "text": "Ordninger præsenteret",
                 "options": ["Rekruttering til ordinære jobs", "Løntilskud", "Virksomhedspraktik",
                             "Voksenlærlinge (uddannelsesaftale)", "Fleksjob", "Jobrotation", "Opkvalificeringsjob",
                             "Andet"]},
                {"key": "k2i2", "kind": "text",
                 "text": "Hvilke muligheder, som findes i det tilfælde, at behovet for arbejdskraft opstår i fremtiden"},
                {"key": "k2i3", "kind": "choice", "text": "Har jobcentret den rette kandidat?",
                 "options": ["Ja", "Nej", "Skal undersøges"]},
                {"key": "k2i4", "kind": "tick",
                 "text": "Forklaret årsager til langtidsledighed - både på generelt og på individuelt niveau"},
                {"key": "k2i5", "kind": "tick",
                 "text": "Forklaret at ansættelse med tilskud giver mulighed for at afprøve den ledige"},
            ],
        },
        {
            "key": "k3", "title": "Materiale udleveret",
            "help": "Samlemappen med fakta-ark (\"nøgler til at lukke op for nye jobmuligheder\"), pjecen og visitkort.",
            "items": [
                {"key": "k3i1", "kind": "multi", "text": "Udleveret",
                 "options": ["Samlemappe med fakta-ark", "Pjecen \"Luk op for nye jobmuligheder\"", "Visitkort"]},
            ],
        },
        {
            "key": "k4", "title": "Opfølgning - hvem gør hvad",
            "help": "Der skal på selve besøget opnås fuldstændig klarhed om, hvem der gør hvad i det videre forløb.",
            "items": [
                {"key": "k4i1", "kind": "aftale", "text": "Sende 3-5 cv'er på relevante kandidater",
                 "due": "+1 uge", "promised_by": "jobcentret", "purpose": "nye_aftaler"},
                {"key": "k4i2", "kind": "aftale", "text": "Ny kontakt, når behovet for arbejdskraft opstår",
                 "due": "+3 måneder", "promised_by": "jobcentret", "purpose": "genkontakt"},
                {"key": "k4i3", "kind": "aftale", "text": "Virksomheden vender tilbage",
                 "due": "+10 arbejdsdage", "promised_by": "virksomheden", "purpose": "nye_aftaler"},
                {"key": "k4i4", "kind": "tick", "text": "Fuldstændig klarhed om, hvem der gør hvad i det videre forløb"},
            ],
        },
    ],
}

JOBROTATION = {
    "key": "jobrotation",
    "name": "Jobrotation – fire faser",
    "description": (
        "Jobrotation i små og mellemstore virksomheder i fire faser: det virksomhedsopsøgende arbejde, "
        "forberedelse og afholdelse af indledende virksomhedsbesøg, planlægning af jobrotationsforløb og "
        "igangsættelse af jobrotationsforløb. Besøget er en succes, hvis virksomheden som minimum er blevet "
        "orienteret om tilbud og muligheder, og virksomhedens behov er blevet afdækket. (KOMPETENCEmidt 2.0.)"
    ),
    "sections": [
        {
            "key": "j1", "title": "Det virksomhedsopsøgende arbejde",
            "help": "Vække interesse for et potentielt samarbejde, så virksomhedsbesøg aftales.",
            "items": [
                {"key": "j1i1", "kind": "choice", "text": "Opsøgende arbejde",
                 "options": ["Kold kanvas", "Callcenter/phoner", "Kampagne", "Samarbejde med fagbevægelsen",
                             "Brug af netværk"]},
                {"key": "j1i2", "kind": "tick", "text": "Udgangspunkt i virksomhedens behov"},
                {"key": "j1i3", "kind": "tick", "text": "Synliggøre udbytte ved efteruddannelse og vikar"},
                {"key": "j1i4", "kind": "tick", "text": "Koordinering ml. udd og jobcenter"},
                {"key": "j1i5", "kind": "tick",
                 "text": "Grundlæggende kendskab til virksomhed, relevante ordninger og relevante uddannelsesmuligheder"},
            ],
        },
        {
            "key": "j2", "title": "Forberedelse og afholdelse af indledende virksomhedsbesøg",
            "help": ("Afdække virksomhedens situation og ønskede udvikling, herunder medarbejdernes behov for "
                     "opkvalificering og om jobrotation kunne være relevant."),
            "items": [
                {"key": "j2i1", "kind": "tick", "text": "Indsamle viden om virksomheden og branchen"},
                {"key": "j2i2", "kind": "text",
                 "text": "Hvilke medarbejdere med hvilke uddannelser (eller ej) arbejder på virksomheden"},
                {"key": "j2i3", "kind": "text",
                 "text": "Hvilke udfordringer står branchen overfor, og i hvilken retning udvikler branchen sig?"},
                {"key": "j2i4", "kind": "choice", "text": "Har virksomheden tidligere gennemført uddannelsesforløb?",
                 "options": ["Ja", "Nej", "Ved ikke"]},
                {"key": "j2i5", "kind": "number",
                 "text": "Hvor mange medarbejdere, der kan sendes af sted på kursus samtidig"},
                {"key": "j2i6", "kind": "tick", "text": "Orienteret om tilbud og muligheder"},
                {"key": "j2i7", "kind": "tick", "text": "Virksomhedens behov er afdækket"},
                {"key": "j2i8", "kind": "tick", "text": "Muligt at gå i gang med en mere konkret planlægning"},
            ],
        },
        {
            "key": "j3", "title": "Planlægning af jobrotationsforløb",
            "help": "Uddannelsesplanen og planen for vikarer.",
            "items": [
                {"key": "j3i1", "kind": "text",
                 "text": "Uddannelsesplan: hvilke medarbejdere skal på uddannelse, hvilke kurser, hvornår og i hvor "
                         "lang tid?"},
                {"key": "j3i2", "kind": "number", "text": "Vikar: hvor mange timer (pr. uge)"},
                {"key": "j3i3", "kind": "text", "text": "Hvilke opgaver vikaren tiltænkes"},
                {"key": "j3i4", "kind": "text",
                 "text": "Profil for den ønskede vikar: personlige, faglige og arbejdsmæssige kompetencer - og andre "
                         "ønsker"},
                {"key": "j3i5", "kind": "tick", "text": "Jobordreskema udfyldt (krav til vikaren og forventede "
                                                        "arbejdsopgaver)"},
                {"key": "j3i6", "kind": "tick", "text": "Skabe overblik over tidsplan og økonomi"},
                {"key": "j3i7", "kind": "aftale", "text": "Aftale fast kontaktperson", "due": "+5 arbejdsdage",
                 "promised_by": "jobcentret", "purpose": "nye_aftaler"},
            ],
        },
        {
            "key": "j4", "title": "Igangsættelse af jobrotationsforløb",
            "help": "Kursustilmelding, orientering af virksomhedens ansatte og udsøgning af vikarer.",
            "items": [
                {"key": "j4i1", "kind": "tick", "text": "Kursustilmelding"},
                {"key": "j4i2", "kind": "tick", "text": "Orientering af virksomhedens ansatte"},
                {"key": "j4i3", "kind": "tick", "text": "Inddrage fagbevægelse og TR"},
                {"key": "j4i4", "kind": "tick", "text": "Udsøgning af relevant bruttogruppe af vikarer"},
                {"key": "j4i5", "kind": "tick", "text": "Forventningsafstemning ml. virksomhed og potentiel vikar"},
                {"key": "j4i6", "kind": "tick", "text": "Hjælp til blanketter"},
                {"key": "j4i7", "kind": "date", "text": "Start på kursus og vikar"},
                {"key": "j4i8", "kind": "aftale", "text": "Holde virksomheden til ilden", "due": "+1 måned",
                 "promised_by": "jobcentret", "purpose": "opfoelgning_forloeb"},
            ],
        },
    ],
}

PRAKTIK = {
    "key": "praktikstart",
    "name": "Opstart af virksomhedspraktik",
    "description": (
        "Jobsamtale på virksomheden, inden et forløb igangsættes, og aftalerne ved opstart: skånebehov, "
        "rummelighed, mentor, fravær, arbejdstider og første opfølgning."
    ),
    "sections": [
        {
            "key": "p1", "title": "Jobsamtale på virksomheden",
            "help": "Konsulenten deltager sammen med kandidaten. Brug kun kandidatens reference, aldrig CPR-nummer.",
            "items": [
                {"key": "p1i1", "kind": "tick", "text": "Konsulenten deltager sammen med kandidaten"},
                {"key": "p1i2", "kind": "tick", "text": "Kandidatens ønsker passer med det, virksomheden tilbyder"},
                {"key": "p1i3", "kind": "text", "text": "Skånebehov"},
                {"key": "p1i4", "kind": "text",
                 "text": "Rummelighed i forhold til eksempelvis religiøse eller kulturelle ønsker"},
            ],
        },
        {
            "key": "p2", "title": "Aftaler ved opstart",
            "help": "Rollerne og ansvaret mellem jobcentret og virksomheden skal være klare, især omkring fravær.",
            "items": [
                {"key": "p2i1", "kind": "choice", "text": "Mentor aftalt",
                 "options": ["Virksomhedsmentor (kollega)", "Ekstern mentor", "Jobcentrets mentorkorps",
                             "Sprogmentor", "Ingen mentor"]},
                {"key": "p2i2", "kind": "text", "text": "Mentorens navn"},
                {"key": "p2i3", "kind": "text", "text": "Fravær aftalt (hvem ringer til hvem)"},
                {"key": "p2i4", "kind": "text", "text": "Arbejdstider"},
                {"key": "p2i5", "kind": "number", "text": "Timer pr. uge"},
                {"key": "p2i6", "kind": "date", "text": "Startdato"},
                {"key": "p2i7", "kind": "tick", "text": "Konsulenten tager med borgeren ud på første dag"},
                {"key": "p2i8", "kind": "tick", "text": "Hotline-nummer givet til virksomheden og borgeren"},
            ],
        },
        {
            "key": "p3", "title": "Første opfølgning",
            "help": "Faste aftaler, hvor konsulenten kontakter virksomheden og den ledige for at drøfte forløbet.",
            "items": [
                {"key": "p3i1", "kind": "aftale", "text": "Første opfølgning på forløbet", "due": "+2 uger",
                 "promised_by": "jobcentret", "purpose": "opfoelgning_forloeb"},
                {"key": "p3i2", "kind": "aftale", "text": "Evaluering før forløbets afslutning", "due": "+4 uger",
                 "promised_by": "jobcentret", "purpose": "evaluering"},
            ],
        },
    ],
}

SEEDED_TEMPLATES = (APPENDIX_B, KAMPAGNE, JOBROTATION, PRAKTIK)
