"""Word lists for realistic Danish demo data, built from the seeds' examples
(malermester, elektriker, butik, slagteri, rengøring, facility service, …)."""

FIRST_NAMES = (
    "Anne", "Mette", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Pia", "Tina", "Karen", "Birgitte",
    "Jens", "Peter", "Lars", "Søren", "Henrik", "Thomas", "Michael", "Morten", "Jesper", "Niels", "Rasmus", "Mads",
    "Jørgen", "Bjørn", "Åse", "Frederik", "Sofie", "Ida", "Emma", "Mikkel", "Kasper", "Ole", "Kirsten",
)
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
    "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
    "Møller", "Mortensen", "Kjær", "Lund", "Holm", "Schmidt", "Frederiksen", "Bækgaard", "Østergaard", "Nørgaard",
    "Dalsgaard", "Lauridsen", "Skov", "Bech", "Højgaard", "Aagaard", "Damgaard",
)
STREETS = (
    "Nørregade", "Østergade", "Søndergade", "Vestergade", "Algade", "Skovvej", "Industrivej", "Håndværkervej",
    "Fabriksvej", "Banegårdsgade", "Strandvejen", "Kærvej", "Møllevej", "Bøgevej", "Ålykkevej", "Erhvervsvej",
    "Smedevej", "Tømrervej", "Havnegade", "Kirkegade", "Grønnegade", "Engvej", "Åboulevarden", "Præstøvej",
)
# (postal code, city, municipality)
TOWNS = (
    ("5500", "Middelfart", "Middelfart Kommune"), ("7000", "Fredericia", "Fredericia Kommune"),
    ("7100", "Vejle", "Vejle Kommune"), ("6000", "Kolding", "Kolding Kommune"),
    ("5000", "Odense C", "Odense Kommune"), ("8000", "Aarhus C", "Aarhus Kommune"),
    ("8700", "Horsens", "Horsens Kommune"), ("8600", "Silkeborg", "Silkeborg Kommune"),
    ("7400", "Herning", "Herning Kommune"), ("8800", "Viborg", "Viborg Kommune"),
    ("9000", "Aalborg", "Aalborg Kommune"), ("6700", "Esbjerg", "Esbjerg Kommune"),
    ("5700", "Svendborg", "Svendborg Kommune"), ("4700", "Næstved", "Næstved Kommune"),
    ("4000", "Roskilde", "Roskilde Kommune"), ("3400", "Hillerød", "Hillerød Kommune"),
    ("2630", "Taastrup", "Høje-Taastrup Kommune"), ("2300", "København S", "Københavns Kommune"),
    ("6200", "Aabenraa", "Aabenraa Kommune"), ("9800", "Hjørring", "Hjørring Kommune"),
    ("8900", "Randers", "Randers Kommune"), ("5800", "Nyborg", "Nyborg Kommune"),
    ("4800", "Nykøbing F", "Guldborgsund Kommune"), ("7500", "Holstebro", "Holstebro Kommune"),
)
# industry -> (name patterns, typical employee range, job titles at the company)
INDUSTRY_PATTERNS = {
    "Malerfirma": (("Malermester {surname}", "{surname}s Malerfirma ApS", "{town} Malerforretning",
                    "Malerfirmaet {surname} & Søn"), (2, 25), ("malersvend", "malerlærling")),
    "El-installation": (("{surname} El-service ApS", "{town} El-installation A/S", "Elektriker {surname}",
                         "{surname} & {surname2} El ApS"), (2, 40), ("elektriker", "elektrikerlærling")),
    "Detailhandel": (("Super{brand} {town}", "{surname}s Isenkram", "{town} Blomster", "Bageriet på {street}",
                      "{brand} Byggemarked {town}"), (3, 60), ("butiksassistent", "lagermedarbejder")),
    "Slagteri og fødevarer": (("Slagter {surname}", "{town} Slagteri A/S", "{surname} Pålæg ApS",
                               "Nordisk Kødcenter {town}"), (5, 300), ("slagteriarbejder", "pakkeriarbejder")),
    "Rengøring og facility service": (("{surname} Rengøring ApS", "Nordic Facility Service A/S", "{town} Rengøring",
                                       "Service-Partner {town} ApS", "Clean{brand} A/S"), (5, 400),
                                      ("rengøringsassistent", "servicemedarbejder")),
    "Bygge og anlæg": (("{surname} Entreprise A/S", "{town} Byg ApS", "Murermester {surname}",
                        "{surname} & {surname2} Anlæg"), (3, 120), ("murer", "anlægsarbejder", "jord- og betonarbejder")),
    "Transport og logistik": (("{surname} Transport ApS", "{town} Vognmandsforretning", "Fragtcentralen {town}"),
                              (5, 150), ("chauffør", "lagermedarbejder")),
    "Hotel og restauration": (("Hotel {town}", "Restaurant {street}", "{town} Kro", "Café {surname}"),
                              (4, 80), ("køkkenmedhjælper", "tjener", "opvasker")),
    "Pleje og omsorg": (("Plejecenter {street}", "{town} Hjemmepleje", "Bostedet {surname}gården"),
                        (10, 200), ("social- og sundhedshjælper", "pædagogmedhjælper")),
    "Industri og produktion": (("{town} Maskinfabrik A/S", "{surname} Metal ApS", "{brand} Plast A/S",
                                "{town} Stålindustri"), (10, 500), ("produktionsmedarbejder", "smed", "truckfører")),
    "Landbrug og gartneri": (("Gartneriet {surname}", "{surname}gård Planteskole", "{town} Frugtplantage"),
                             (2, 40), ("gartner", "landbrugsmedhjælper")),
    "Autoværksted": (("{surname} Auto ApS", "{town} Autoværksted", "Bilcentret {town}"), (2, 30),
                     ("mekaniker", "autolakerer")),
}
BRANDS = ("Brugsen", "Nord", "Dansk", "Fyn", "Jysk", "Øst", "Vest", "Bedst", "Grøn", "Bølge")

CONTACT_TITLES = ("Indehaver", "Direktør", "HR-chef", "HR-konsulent", "Daglig leder", "Værkfører", "Butikschef",
                  "Produktionschef", "Køkkenchef", "Afdelingsleder", "Kontorchef")

CONTACT_SUMMARIES = {
    "telefon": (
        "Ringede til {person} om behov for {job}. Positiv over for en praktik i foråret.",
        "Kort snak med {person}: travlt lige nu, ring igen efter sommerferien.",
        "Fulgte op på fremsendte CV'er til stillingen som {job}. To kandidater indkaldt til samtale.",
        "{person} spurgte til løntilskud og reglerne for rimelighedskravet.",
        "Aftalte tid til besøg med {person}.",
    ),
    "besoeg": (
        "Besøg hos {person}. Gennemgik redskabsviften; interesse for virksomhedspraktik som {job}.",
        "Opfølgningsbesøg: borgeren i praktik trives, mentor tilfreds. Aftale om forlængelse med 4 uger.",
        "Førstegangsbesøg. Virksomheden forventer at ansætte to nye medarbejdere som {job} til efteråret.",
        "Trepartssamtale planlagt; arbejdstider og fravær aftalt med {person}.",
    ),
    "mail": (
        "Sendte materiale om jobrotation og voksenlærling til {person}.",
        "Fremsendte 3 CV'er til stillingen som {job}.",
        "Bekræftelse af besøg sendt til {person}.",
    ),
    "moede_jobcenter": ("{person} deltog i virksomhedsnetværk på jobcentret.",),
    "video": ("Videomøde med {person} om opkvalificering af egne medarbejdere.",),
    "sms": ("SMS til {person}: borgeren møder ind mandag kl. 7.",),
    "trepart": ("Trepartssamtale med borgeren og {person}; status på praktikken er god.",),
}
PROMISE_TITLES = (
    ("jobcentret", "cv_opfoelgning", "Sende 2-3 CV'er på {job}"),
    ("jobcentret", "information", "Sende materiale om løntilskud og rimelighedskrav"),
    ("jobcentret", "opfoelgning_forloeb", "Ringe til {person} om hvordan praktikken går"),
    ("jobcentret", "genkontakt", "Kontakte {person} igen om rekrutteringsbehov"),
    ("jobcentret", "nye_aftaler", "Aftale opstart af virksomhedspraktik som {job}"),
    ("jobcentret", "ordre_tilbagemelding", "Give tilbagemelding på jobordren ({job})"),
    ("virksomheden", "genkontakt", "Virksomheden vender tilbage om antal stillinger"),
    ("virksomheden", "nye_aftaler", "Virksomheden sender stillingsbeskrivelse for {job}"),
    ("borgeren", "opfoelgning_forloeb", "Borgeren melder tilbage efter første uge"),
)
CONSULTANTS = (
    # initials, name, team, role
    ("MAJ", "Maja Jørgensen", "Team Erhverv Nord", "konsulent"),
    ("KBH", "Kasper Bøgh Hansen", "Team Erhverv Nord", "konsulent"),
    ("LSØ", "Lene Sørensen", "Team Erhverv Nord", "teamleder"),
    ("PAN", "Peter Andersen", "Team Erhverv Nord", "konsulent"),
    ("SØL", "Søren Østergaard Lund", "Team Erhverv Syd", "konsulent"),
    ("HKJ", "Hanne Kjær", "Team Erhverv Syd", "teamleder"),
    ("MFR", "Mette Frederiksen Holm", "Team Erhverv Syd", "konsulent"),
    ("JNØ", "Jens Nørgaard", "Team Erhverv Syd", "konsulent"),
)
