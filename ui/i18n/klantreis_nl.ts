<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>JourneyEditor</name>
    <message numerus="yes">
        <source>%n contactmoment(en) gekopieerd</source>
        <translation><numerusform>%n contactmoment gekopieerd</numerusform><numerusform>%n contactmomenten gekopieerd</numerusform></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message numerus="yes">
        <source>%n contactmoment(en)</source>
        <translation><numerusform>%n contactmoment</numerusform><numerusform>%n contactmomenten</numerusform></translation>
    </message>
</context>
<context>
    <name>PhaseEditor</name>
    <message numerus="yes">
        <source>Fase ‘{name}’ heeft nog %n contactmoment(en). Waar moeten die heen?</source>
        <translation><numerusform>Fase ‘{name}’ heeft nog %n contactmoment. Waar moet dat heen?</numerusform><numerusform>Fase ‘{name}’ heeft nog %n contactmomenten. Waar moeten die heen?</numerusform></translation>
    </message>
</context>
</TS>