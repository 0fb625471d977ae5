"""A corpus for the privacy check, written for the test (no real people): quotes with planted
personal data, each with what must be found, and clean quotes that must not be flagged. The
planted names, numbers and addresses are invented; the BSNs pass the 11-check but belong to
nobody we know of."""

from __future__ import annotations

WORDS = ("Aster", "Haile", "Kerkebuurt", "Abdelkader", "Wilma")

PLANTED: list[tuple[str, str]] = [  # (quote, the personal data in it)
    # names after words such as meneer, mevrouw, mijn consulent
    ("Mijn consulent Ahmed zei dat ik moest wachten op de brief.", "Ahmed"),
    ("Meneer Jansen van de gemeente kwam twee keer langs.", "Jansen"),
    ("Mevrouw Bakker legde alles heel goed uit.", "Bakker"),
    ("Mijn begeleider Tesfay Haile sprak gelukkig Tigrinya.", "Tesfay Haile"),
    ("De tolk heette Samira en zij was erg geduldig.", "Samira"),
    ("Onze buurvrouw Ineke hielp met de formulieren van de toeslagen.", "Ineke"),
    ("Mijn taalmaatje Gerrit de Boer komt elke dinsdag.", "Gerrit de Boer"),
    ("Juf Marloes op de taalschool was streng maar eerlijk.", "Marloes"),
    ("Ik sprak met dhr. Van den Berg over mijn uitkering.", "Van den Berg"),
    ("Mijn man Yonas werkt nu bij een bakkerij.", "Yonas"),
    ("Mijn dochter Hiba zit op de basisschool.", "Hiba"),
    ("Mijn klantmanager Peter Smit belt nooit terug.", "Peter Smit"),
    ("De contactpersoon, mevrouw El Idrissi, was vriendelijk.", "El Idrissi"),
    ("Een vrijwilliger genaamd Kees bracht ons naar de winkel.", "Kees"),
    ("Mijn coach Ruud zei dat ik mocht beginnen met werken.", "Ruud"),
    ("Mijn broer Dawit woont nog in het azc.", "Dawit"),
    ("Ik moest naar dokter Visser voor een keuring.", "Visser"),
    ("Mijn docent Annemiek gaf veel extra huiswerk.", "Annemiek"),
    ("De schuldhulpverlener Mark Hendriks maakte een plan met ons.", "Mark Hendriks"),
    ("Mijn werkgever Bert Mulder is tevreden over mij.", "Bert Mulder"),
    # the project's own word list
    ("Aster kwam altijd te laat naar de les.", "Aster"),
    ("Ik belde Abdelkader toen de brief van DUO kwam.", "Abdelkader"),
    ("Wilma van het buurthuis regelde een fiets voor mij.", "Wilma"),
    ("In de Kerkebuurt wonen veel nieuwe inwoners.", "Kerkebuurt"),
    ("Volgens haile is de cursus veel te moeilijk.", "haile"),
    # BSN numbers (valid by the 11-check), with and without dots
    ("Mijn BSN is 123456782, dat staat op elke brief.", "123456782"),
    ("Het burgerservicenummer 1112.22.333 stond op het formulier.", "1112.22.333"),
    ("Ze vroegen om 945807302 maar ik wist het niet uit mijn hoofd.", "945807302"),
    ("Op de pas stond 229 262 193.", "229 262 193"),
    ("Nummer 100233077 hoort bij mijn vrouw.", "100233077"),
    ("Ik gaf 4652.28.173 door aan de balie.", "4652.28.173"),
    ("Mijn zoon heeft burgerservicenummer 877901260.", "877901260"),
    ("Schrijf 762345937 op het briefje.", "762345937"),
    # phone numbers
    ("Bel me gerust op 06-12345678 als er iets is.", "06-12345678"),
    ("Mijn nummer is 06 1234 5678.", "06 1234 5678"),
    ("Hij gaf zijn nummer, +31 6 12345678, aan iedereen.", "+31 6 12345678"),
    ("Je kunt de school bellen op 0570-612345.", "0570-612345"),
    ("Het nummer van mijn begeleider is 0031 6 87654321.", "0031 6 87654321"),
    ("Bel (0570) 612345 tussen negen en twaalf.", "(0570) 612345"),
    ("Haar mobiel is 0612345678, zij neemt altijd op.", "0612345678"),
    ("Ik belde 038-4567890 maar niemand nam op.", "038-4567890"),
    ("Zijn nummer 06-1234 5678 werkt niet meer.", "06-1234 5678"),
    ("Mail of bel: 020 123 4567.", "020 123 4567"),
    # e-mail addresses
    ("Stuur het naar yonas.tesfay@gmail.com alsjeblieft.", "yonas.tesfay@gmail.com"),
    ("Mijn mail is fatima1990@hotmail.nl.", "fatima1990@hotmail.nl"),
    ("De consulent gaf haar adres: j.jansen@raalte.nl.", "j.jansen@raalte.nl"),
    ("Ik schreef naar info.hiba@outlook.com maar kreeg geen antwoord.", "info.hiba@outlook.com"),
    ("Contact via mohammed_a@live.nl.", "mohammed_a@live.nl"),
    ("Zijn werkmail is p.smit@bedrijf-voorbeeld.nl.", "p.smit@bedrijf-voorbeeld.nl"),
    ("Mail naar samira+taal@gmail.com voor de lessen.", "samira+taal@gmail.com"),
    ("Het adres dawit.h@yahoo.com staat op de lijst.", "dawit.h@yahoo.com"),
    # addresses: postcode with house number, street with number
    ("Ik woon nu op de Kerkstraat 12 met mijn gezin.", "Kerkstraat 12"),
    ("Ons huis is Stationsweg 3a, vlak bij het station.", "Stationsweg 3a"),
    ("Het adres is 8102 AB 14.", "8102 AB 14"),
    ("Stuur de brief naar 8102AB, 7.", "8102AB, 7"),
    ("We wonen aan de Julianalaan 45, 8101 HK.", "Julianalaan 45, 8101 HK"),
    ("Zijn huis staat aan het Dorpsplein 2.", "Dorpsplein 2"),
    ("De woning op de Grotestraat 112-3 was te klein.", "Grotestraat 112-3"),
    ("Postcode 7411 KL 9 is ons nieuwe adres.", "7411 KL 9"),
    # dates of birth
    ("Ik ben geboren op 12-03-1985 in Aleppo.", "12-03-1985"),
    ("Mijn geboortedatum is 4 mei 1990.", "4 mei 1990"),
    ("Geb. 01-01-1979, zo staat het in mijn papieren.", "01-01-1979"),
    ("Mijn dochter is geboren op 23 juni 2015.", "23 juni 2015"),
    ("Geboortedatum: 1992-07-15, dat klopt niet eens.", "1992-07-15"),
    ("Hij is jarig op 3 oktober 1984.", "3 oktober 1984"),
    # an exact age (was a clean quote before the privacy check looked for ages)
    ("We hebben 2 kinderen van 5 en 8 jaar.", "5 en 8 jaar"),
]

_OPENINGS = [
    "In het eerste jaar", "Na drie maanden", "Toen we in Raalte kwamen", "Bij de intake",
    "Op de taalschool", "Bij VluchtelingenWerk", "Bij de gemeente", "In het azc", "Met de DUO-lening",
    "Na de verhuizing",
]
_MIDDLES = [
    "wist ik niet wat ik moest doen",
    "kreeg ik een brief die ik niet begreep",
    "hielp mijn consulent mij met de formulieren",
    "was er niemand die Tigrinya sprak",
    "moest ik lang wachten op een antwoord",
    "voelde ik me welkom",
    "had ik maar één keer contact met de gemeente",
    "kon ik eindelijk beginnen met de lessen",
    "betaalde ik 500 euro voor de spullen",
    "ging alles heel snel",
    "legde niemand uit wat de participatieverklaring was",
    "kreeg ik hulp van een vrijwilliger",
    "had ik vier uur les per week",
    "zocht ik zelf een stage",
    "dacht ik dat het goed zou komen",
    "was de woning te klein voor ons gezin",
    "moest ik 18 maanden wachten",
    "kreeg ik de sleutel van ons huis",
    "schreef ik me in bij de bibliotheek",
    "was het niveau van de les te laag",
]
_ENDINGS = ["", " en dat was moeilijk.", ", maar het ging toch."]

_SINGLE = [
    "Mijn consulent zei dat ik eerst de taal moest leren.",
    "Meneer van de gemeente kwam op tijd en was vriendelijk.",
    "Mevrouw van VluchtelingenWerk belde mij elke week.",
    "De consulent van de gemeente heeft het heel druk.",
    "Ik heb op 12-03-2021 mijn intake gehad bij de gemeente.",
    "De taalschool ligt in Deventer, 30 kilometer van Raalte.",
    "Het examen was in juni 2022 en ik ben geslaagd.",
    "We kregen € 10.000 lening van DUO voor de cursus.",
    "De bus naar Deventer kost 8 euro per dag.",
    "Ik werk nu 24 uur per week in de zorg.",
    "Mijn kinderen gaan naar school en spreken al goed Nederlands.",
    "Stichting Leergeld betaalde de voetbalclub van mijn zoon.",
    "Project Grenzeloos hielp mij aan een baan bij een bakkerij.",
    "Humanitas nam het over na 18 maanden.",
    "De schuldhulp van de gemeente maakte een plan van drie jaar.",
    "SallandWonen liet ons de woning zien en we zeiden ja.",
    "Ik kom uit Syrië en woon nu vier jaar in Nederland.",
    "In Eritrea was ik lerares, hier mag ik dat nog niet.",
    "Ons huis heeft drie kamers en een kleine tuin.",
    "Op 1 januari 2020 begon de nieuwe regeling.",
    "De wachttijd was 12 weken, veel te lang.",
    "Bel de balie tussen 9 en 12 uur.",
    "We hebben 2 kinderen op de basisschool, in groep 3 en 6.",
    "Per jaar zijn er 26 statushouders gekomen.",
    "Het formulier had 14 pagina's en was alleen in het Nederlands.",
    "Ik heb 3 keer de toets gedaan.",
    "In 2019 tekende ik de participatieverklaring.",
    "Mijn consulent Werk en Inkomen hielp bij de aanvraag.",
    "Onze begeleider van VluchtelingenWerk sprak Arabisch.",
    "De tolk was er niet, dus mijn zoon vertaalde.",
]


def _clean() -> list[str]:
    sentences = [f"{o} {m}{e}".rstrip() + ("" if e else ".") for o in _OPENINGS for m in _MIDDLES
                 for e in _ENDINGS]
    picked = sentences[::3][:170]  # a spread over all openings and middles
    return picked + _SINGLE


CLEAN = _clean()
