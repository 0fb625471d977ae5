"""A third corpus for the privacy check, written for the test of exact ages and small places
(a respondent who says "Ik ben 54" and "ik woon in Exloo" can be singled out): quotes with an
exact age or a village, each with what must be found, and clean quotes full of near misses
(numbers that are no age, age classes, countries, cities, places written in lower case). The
study is set in Raalte (``STUDY``): the municipality of the study is not pointed out."""

from __future__ import annotations

WORDS = ("Kerkebuurt",)
STUDY = "Klantreis statushouders gemeente Raalte"  # the project's title

PLANTED: list[tuple[str, str]] = [  # (quote, the personal data in it)
    # an age after "ik ben", "hij is", with and without "jaar"
    ("Ik ben 54 en ik zoek nog steeds werk.", "54"),
    ("Ik ben 54.", "54"),
    ("Hij is 37 jaar en heeft geen diploma.", "37 jaar"),
    ("Zij is 29, ze wil verpleegkundige worden.", "29"),
    ("Ik ben nu 61 jaar oud, dus niemand neemt mij aan.", "61 jaar"),
    ("Nu ben ik 45 en spreek ik nog geen goed Nederlands.", "45"),
    ("Toen was ik 17 jaar, ik kwam alleen.", "17 jaar"),
    ("Ik was 19 toen ik uit Eritrea vertrok.", "19"),
    ("Hij is pas 18 geworden en moet alles zelf doen.", "18"),
    ("Ik word 60 volgend jaar, wie wil mij nog hebben?", "60"),
    ("Ik ben vierenvijftig en mijn rug doet pijn.", "vierenvijftig"),
    ("Ik ben inmiddels 33 jaar.", "33 jaar"),
    # the age of a child, a partner, a relative
    ("Mijn dochter van 9 vertaalt alle brieven voor mij.", "9"),
    ("Mijn zoon is 12 jaar en zit in groep 8.", "12 jaar"),
    ("Mijn vrouw is 41, zij werkt in de schoonmaak.", "41"),
    ("Onze jongste is 3 en gaat naar de peuterspeelzaal.", "3"),
    ("Mijn kinderen zijn 7, 10 en 14 jaar.", "7, 10 en 14 jaar"),
    ("We hebben een zoon van 16 jaar die veel helpt.", "16 jaar"),
    ("Een meisje van 15 moest voor haar moeder tolken.", "15"),
    ("Ik heb een baby van 4 maanden, dus ik kan niet naar les.", "4 maanden"),
    ("Mijn broer van 23 woont nog in het azc.", "23"),
    ("De man van 58 naast mij begreep er ook niets van.", "58"),
    ("Mijn man is 50 jaar, hij mag niet meer studeren.", "50 jaar"),
    ("Toen mijn zoon 6 was, kwamen we naar Nederland.", "6"),
    ("Sinds ik 18 ben krijg ik geen hulp meer van de voogd.", "18"),
    ("Mijn oudste dochter werd 21 en moest zelf een huis zoeken.", "21"),
    # -jarige, op mijn 17e, leeftijd
    ("Als 54-jarige vind je geen werk meer.", "54-jarige"),
    ("Mijn 9-jarige dochter leerde het snelst.", "9-jarige"),
    ("Een 37-jarige man uit Syrië kreeg de woning.", "37-jarige"),
    ("Op 17-jarige leeftijd kwam ik naar Nederland.", "17-jarige"),
    ("Mijn zestienjarige zoon gaat naar het mbo.", "zestienjarige"),
    ("Op mijn 17e moest ik vluchten.", "17e"),
    ("Mijn leeftijd is 62, dat zeggen ze steeds.", "62"),
    ("Leeftijd: 48, nationaliteit Eritrees, dat stond op het formulier.", "48"),
    # in English (a translation)
    ("I am 54 and I still have no job.", "54"),
    ("My son is 12 years old and speaks Dutch well.", "12 years old"),
    # in Arabic and Persian script
    ("عمري 54 سنة ولا أجد عملا.", "54 سنة"),
    ("عمري 54", "54"),
    ("ابني عمره 9 سنوات ويذهب إلى المدرسة.", "9 سنوات"),
    ("زوجي يبلغ من العمر 47 عاما.", "47 عاما"),
    ("عمري ٣٨ سنة وأتعلم اللغة الهولندية.", "٣٨ سنة"),
    ("من ۵۴ سالمه و هنوز کار پیدا نکرده‌ام.", "۵۴ سال"),
    ("پسرم ۱۲ سال دارد و هلندی خوب حرف می‌زند.", "۱۲ سال"),
    # small places after "in", "uit", "naar", "te", in a row
    ("Ik woon in Exloo, daar kent iedereen elkaar.", "Exloo"),
    ("We kregen een huis in Heino, ver van de taalschool.", "Heino"),
    ("Mijn zus woont in Luttenberg met haar kinderen.", "Luttenberg"),
    ("Na het azc gingen we naar Mariënheem.", "Mariënheem"),
    ("Ik fiets elke dag vanuit Broekland naar de les.", "Broekland"),
    ("Hij komt uit Lemelerveld en werkt bij de bakker.", "Lemelerveld"),
    ("De woning in Nieuw-Heeten was te klein.", "Nieuw-Heeten"),
    ("Ik woonde eerst in Heeten en nu in Wesepe.", "Wesepe"),
    ("Eerst woonden we in Heeten, daarna bij Raalte.", "Heeten"),
    ("In Olst was er geen moskee.", "Olst"),
    ("Ze hebben ons in Lierderholthuis geplaatst.", "Lierderholthuis"),
    ("De school in Ootmarsum heeft een schakelklas.", "Ootmarsum"),
    ("We verhuisden naar Dalfsen, in een oud huis.", "Dalfsen"),
    ("Mijn oom woont te Hellendoorn.", "Hellendoorn"),
    ("In de gemeente Hof van Twente is het anders geregeld.", "Hof van Twente"),
    ("We wonen in Alphen aan den Rijn? Nee, in Koudekerk aan den Rijn.", "Koudekerk aan den Rijn"),
    ("Mijn buurman in 't Harde helpt met de tuin.", "'t Harde"),
    ("Ik kom elke week in de Lutte voor mijn werk.", "de Lutte"),
    ("Vanuit Marienheem is de bus heel duur.", "Marienheem"),
    ("Ik woon in Ommen of Vilsteren, dat mag ik niet zeggen.", "Vilsteren"),
    # an age and a place in one quote (the issue): both found
    ("Ik ben 54 en ik woon in Exloo.", "54"),
    ("Ik ben 54 en ik woon in Exloo.", "Exloo"),
]

CLEAN: list[str] = [
    # numbers that are no age
    "Ik ben 3 keer verhuisd in twee jaar.",
    "De B1-route duurt 3 jaar.",
    "Ik ben 4 jaar in Nederland en spreek nu goed Nederlands.",
    "Hij is 2 jaar bij ons in de klas geweest.",
    "Ik ben 2 uur bezig geweest met het formulier.",
    "Zij is 3 keer gezakt voor het examen.",
    "Ik was 5 minuten te laat en de deur was dicht.",
    "Ik ben 1 van de 12 statushouders in deze groep.",
    "We zijn met 6 mensen in een kleine woning.",
    "Ik ben 9.30 uur bij de balie, zei de consulent.",
    "Hij is 100% zeker dat de brief verstuurd is.",
    "Mijn zoon heeft 3 vriendjes op school.",
    "Mijn dochter zit in groep 5 en mijn zoon in groep 8.",
    "Mijn kinderen hebben 2 weken vakantie gehad.",
    "De man van de gemeente kwam om 10 uur.",
    "Een vrouw van VluchtelingenWerk belde 2 keer.",
    "Mijn vrouw is 3 dagen per week aan het werk.",
    "Onze zoon is 2 keer naar de huisarts geweest.",
    "Ik heb een driejarige opleiding gedaan in Syrië.",
    "Het is een 2-jarig contract bij de zorginstelling.",
    "De 4-jarige opleiding tot verpleegkundige is te lang.",
    "Het tienjarig bestaan van de taalschool werd gevierd.",
    "Op mijn 3e afspraak kreeg ik eindelijk antwoord.",
    "Mijn leeftijd speelt geen rol, zei de werkgever.",
    "De leeftijd voor de Z-route is niet vastgelegd.",
    "Ik heb 18 maanden gewacht op een woning.",
    "Lijn 161 gaat om 7:45 naar Deventer.",
    "Het huis is 80 vierkante meter.",
    "Ik was 3 jaar in het azc.",
    "Hij was 6 maanden zonder inkomen.",
    "De cursus kost 290 euro en duurt 12 weken.",
    "Ik werk nu 24 uur per week, dat is genoeg.",
    "Ik ben van plan om na 2 jaar te gaan studeren.",
    "Mijn consulent is 2 weken met vakantie.",
    "عندي 3 أطفال في المدرسة.",  # "I have 3 children at school"
    "انتظرت 18 شهرا للحصول على بيت.",  # "I waited 18 months for a house"
    "برنامه ۳ ساله است.",  # "it is a 3-year programme"
    "I have been here for 4 years.",
    "The course is 3 years long.",
    # age classes and estimates
    "Ik ben in de veertig en heb drie kinderen.",
    "Leeftijdsklasse 30-40, dat vulde de onderzoeker in.",
    "De deelnemers waren tussen de 30 en 40 jaar.",
    "Ik ben ongeveer 50, mijn papieren zijn kwijt.",
    "Hij is bijna 60 en wil nog werken.",
    "Zij is rond de 35, schat ik.",
    "Ik ben 50+ en dat maakt het moeilijk.",
    "Mijn kinderen zijn tussen de 5 en 12.",
    "Ik ben boven de 65, dus ik hoef niet in te burgeren.",
    "Statushouders van 18 tot 67 jaar moeten inburgeren.",
    "Jongeren onder de 18 krijgen een voogd.",
    "Als je 18 bent, moet je zelf je toeslagen aanvragen.",
    "De 55-plussers kregen een aparte cursus.",
    "Ik zit in de leeftijdsgroep van twintigers.",
    # countries, cities, the municipality of the study, places in lower case
    "Ik woon nu vier jaar in Nederland.",
    "Ik kom uit Syrië en mijn man uit Irak.",
    "In Eritrea was ik boer.",
    "We gingen naar Zwolle voor het examen.",
    "De taalschool is in Deventer.",
    "Mijn broer woont in Amsterdam.",
    "We waren eerst in Rotterdam, toen in Utrecht.",
    "Het examen was in Den Haag.",
    "Ik woon in Raalte, dicht bij het station.",
    "De gemeente Raalte betaalde de cursus.",
    "In het azc in Ter Apel wachtten we negen maanden.",
    "Ik woon in de wijk bij het station.",
    "We wonen in de buurt van de school.",
    "Ik ging naar huis en belde mijn zus.",
    "Ik kom uit een klein dorp in Syrië.",
    "Hij woont in een dorp in de buurt.",
    "We verhuisden naar een groter huis.",
    "Ik kom uit Aleppo en mijn vrouw uit Homs.",
    "Mijn familie woont nog in Asmara.",
    "De IND zit in Zwolle en Den Bosch.",
    "We zijn naar Duitsland gereisd en toen naar Nederland.",
    "In Zeeland wonen familieleden van mij.",
    "Het gesprek was in het Nederlands en in het Arabisch.",
    "Ik heb in Humanitas veel geleerd.",
    "In de Kerkstraat is de moskee.",
    "Hij woont in Nijmegen of Arnhem, dat weet ik niet.",
    "Ik ga naar Enschede voor mijn werk.",
    "De trein naar Groningen was vol.",
    "Ik woon in exloo, zo schrijf ik het.",
    "In Europa is alles anders geregeld.",
    "We waren in Turkije voordat we hier kwamen.",
    "De lessen in Apeldoorn waren beter.",
    "Mijn neef studeert in Leiden.",
    "Het is gewoon in orde, zei de consulent.",
    "Ik ging in Maart naar de IND.",  # (a misspelled month, no place)
    "Dat staat in Artikel 5 van de wet.",
    "Terug naar Een baan: zo heette het project.",
    "Hij legde het uit. Een week later kwam de brief.",
    "Ik ben uit Echt respect voor haar gebleven.",  # (odd capitals, no place)
]


def _generated() -> list[str]:
    """Sentences made of parts that each carry a near miss, so that their combinations do too."""
    openings = ["Ik ben 2 keer", "Hij is 3 jaar in Nederland en", "Mijn dochter zit in groep 6 en",
                "In Nederland", "Toen we naar Raalte kwamen", "Na 18 maanden", "Bij de gemeente Raalte"]
    middles = ["naar de balie gegaan", "had ik 4 uur les per week", "hoorde ik niets",
               "kreeg ik een brief in het Nederlands", "moest ik naar Zwolle voor een gesprek",
               "ging alles heel snel", "zocht ik werk in Deventer", "was de wachtlijst 2 jaar"]
    return [f"{opening} {middle}." for opening in openings for middle in middles][::2]


CLEAN = CLEAN + _generated()
