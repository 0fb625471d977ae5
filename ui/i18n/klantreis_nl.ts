<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CaptureBar</name>
    <message numerus="yes">
        <source>Vastgelegd in deze sessie: %n citaat/citaten</source>
        <translation>
            <numerusform>Vastgelegd in deze sessie: %n citaat</numerusform>
            <numerusform>Vastgelegd in deze sessie: %n citaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsDock</name>
    <message numerus="yes">
        <source>%n indicator(en)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicatoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achter op de streefwaarde</source>
        <translation>
            <numerusform>%n achter op de streefwaarde</numerusform>
            <numerusform>%n achter op de streefwaarde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message numerus="yes">
        <source>%n contactmoment(en) gekopieerd</source>
        <translation>
            <numerusform>%n contactmoment gekopieerd</numerusform>
            <numerusform>%n contactmomenten gekopieerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message numerus="yes">
        <source>%n contactmoment(en)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n fase(n)</source>
        <translation>
            <numerusform>%n fase</numerusform>
            <numerusform>%n fasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contactmoment(en)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overgang(en)</source>
        <translation>
            <numerusform>%n overgang</numerusform>
            <numerusform>%n overgangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten</source>
        <translation>
            <numerusform>%n citaat</numerusform>
            <numerusform>%n citaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NormEvidence</name>
    <message numerus="yes">
        <source>Geselecteerde &amp;kaarten op het canvas (%n)</source>
        <translation>
            <numerusform>Geselecteerde &amp;kaart op het canvas (%n)</numerusform>
            <numerusform>Geselecteerde &amp;kaarten op het canvas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gekozen &amp;citaten in het dock Citaten (%n)</source>
        <translation>
            <numerusform>Gekozen &amp;citaat in het dock Citaten (%n)</numerusform>
            <numerusform>Gekozen &amp;citaten in het dock Citaten (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NormsDock</name>
    <message numerus="yes">
        <source>%n norm(en)</source>
        <translation>
            <numerusform>%n norm</numerusform>
            <numerusform>%n normen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deelvraag {number} heeft %n norm(en). Die worden ook verwijderd.</source>
        <translation>
            <numerusform>Deelvraag {number} heeft %n norm. Die wordt ook verwijderd.</numerusform>
            <numerusform>Deelvraag {number} heeft %n normen. Die worden ook verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categorie ‘{name}’ verwijderen, met %n deelvra(a)g(en) en hun normen?</source>
        <translation>
            <numerusform>Categorie ‘{name}’ verwijderen, met %n deelvraag en haar normen?</numerusform>
            <numerusform>Categorie ‘{name}’ verwijderen, met %n deelvragen en hun normen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message numerus="yes">
        <source>Dit lijkt op persoonsgegevens in wat de export laat zien (%n keer). Vervang het door een aanduiding zoals [naam], of exporteer toch.</source>
        <translation>
            <numerusform>Dit lijkt op persoonsgegevens in wat de export laat zien (%n keer). Vervang het door een aanduiding zoals [naam], of exporteer toch.</numerusform>
            <numerusform>Dit lijkt op persoonsgegevens in wat de export laat zien (%n keer). Vervang het door een aanduiding zoals [naam], of exporteer toch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De oude tekst is ook in %n vorige versie(s) vervangen.</source>
        <translation>
            <numerusform>De oude tekst is ook in %n vorige versie vervangen.</numerusform>
            <numerusform>De oude tekst is ook in %n vorige versies vervangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vorige versie(s) verwijderd.</source>
        <translation>
            <numerusform>%n vorige versie verwijderd.</numerusform>
            <numerusform>%n vorige versies verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message numerus="yes">
        <source>Fase ‘{name}’ heeft nog %n contactmoment(en). Waar moeten die heen?</source>
        <translation>
            <numerusform>Fase ‘{name}’ heeft nog %n contactmoment. Waar moet dat heen?</numerusform>
            <numerusform>Fase ‘{name}’ heeft nog %n contactmomenten. Waar moeten die heen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vorige versie(s) van dit project bevatten de oude tekst nog.</source>
        <translation>
            <numerusform>%n vorige versie van dit project bevat de oude tekst nog.</numerusform>
            <numerusform>%n vorige versies van dit project bevatten de oude tekst nog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dit is bewijs bij %n norm(en) van het toetsingskader:</source>
        <translation>
            <numerusform>Dit is bewijs bij %n norm van het toetsingskader:</numerusform>
            <numerusform>Dit is bewijs bij %n normen van het toetsingskader:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesDock</name>
    <message numerus="yes">
        <source>Parkeerplaats: citaten zonder contactmoment (%n)</source>
        <translation>
            <numerusform>Parkeerplaats: citaten zonder contactmoment (%n)</numerusform>
            <numerusform>Parkeerplaats: citaten zonder contactmoment (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <source>%n citaat/citaten geëxporteerd naar {path}</source>
        <translation>
            <numerusform>%n citaat geëxporteerd naar {path}</numerusform>
            <numerusform>%n citaten geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message numerus="yes">
        <source>%n gecodeerde passage(s)</source>
        <translation>
            <numerusform>%n gecodeerde passage</numerusform>
            <numerusform>%n gecodeerde passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript blijven, met hun tekst en bron, maar zonder plaats in het transcript.</source>
        <translation>
            <numerusform>%n citaat uit dit transcript blijft, met zijn tekst en bron, maar zonder plaats in het transcript.</numerusform>
            <numerusform>%n citaten uit dit transcript blijven, met hun tekst en bron, maar zonder plaats in het transcript.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message numerus="yes">
        <source>{name}: {format}, %n spreker(s), {turns} beurten, {chars} tekens ({encoding})</source>
        <translation>
            <numerusform>{name}: {format}, %n spreker, {turns} beurten, {chars} tekens ({encoding})</numerusform>
            <numerusform>{name}: {format}, %n sprekers, {turns} beurten, {chars} tekens ({encoding})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptSpeakersDialog</name>
    <message numerus="yes">
        <source>{name}: %n spreker(s)</source>
        <translation>
            <numerusform>{name}: %n spreker</numerusform>
            <numerusform>{name}: %n sprekers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript krijgen de nieuwe respondent.</source>
        <translation>
            <numerusform>%n citaat uit dit transcript krijgt de nieuwe respondent.</numerusform>
            <numerusform>%n citaten uit dit transcript krijgen de nieuwe respondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript krijgen de nieuwe groep.</source>
        <translation>
            <numerusform>%n citaat uit dit transcript krijgt de nieuwe groep.</numerusform>
            <numerusform>%n citaten uit dit transcript krijgen de nieuwe groep.</numerusform>
        </translation>
    </message>
</context>
</TS>
