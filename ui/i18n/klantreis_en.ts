<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>CardScene</name>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Openen in nieuw &amp;venster…</source>
        <translation>Open in new &amp;window…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Opslaan als &amp;kopie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Importeren (JSON)…</source>
        <translation>&amp;Import (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Exporteren (JSON)…</source>
        <translation>&amp;Export (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Nieuwe klantreis</source>
        <translation>New journey</translation>
    </message>
    <message>
        <source>(geen recente bestanden)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <source> (kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Klantreis-projecten (*.klantreis)</source>
        <translation>Klantreis projects (*.klantreis)</translation>
    </message>
    <message>
        <source>Kies een andere naam dan die van het open project.</source>
        <translation>Choose a name other than that of the open project.</translation>
    </message>
    <message>
        <source>Kopie opgeslagen: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>JSON importeren</source>
        <translation>Import JSON</translation>
    </message>
    <message>
        <source>Klantreis-JSON (*.json)</source>
        <translation>Klantreis JSON (*.json)</translation>
    </message>
    <message>
        <source>Waar komt het nieuwe project?</source>
        <translation>Where should the new project go?</translation>
    </message>
    <message>
        <source>Exporteren als JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Geëxporteerd: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>(zonder interne notities en interne citaten)</source>
        <translation>(without internal notes and internal quotes)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Zoek een contactmoment (tekst of nummer)</source>
        <translation>Find a touchpoint (text or number)</translation>
    </message>
    <message>
        <source>Vorige (Shift+Enter)</source>
        <translation>Previous (Shift+Enter)</translation>
    </message>
    <message>
        <source>Volgende (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>geen treffers</source>
        <translation>no matches</translation>
    </message>
    <message>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Selecteer een contactmoment of overgang</source>
        <translation>Select a touchpoint or transition</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Fas&amp;e</source>
        <translation>Phas&amp;e</translation>
    </message>
    <message>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>&amp;Actoren</source>
        <translation>&amp;Actors</translation>
    </message>
    <message>
        <source>actoren</source>
        <translation>actors</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>soort contactmoment</source>
        <translation>touchpoint kind</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Norm/termijn</source>
        <translation>&amp;Norm/deadline</translation>
    </message>
    <message>
        <source>norm/termijn</source>
        <translation>norm/deadline</translation>
    </message>
    <message>
        <source>&amp;Moment dat ertoe doet</source>
        <translation>&amp;Moment that matters</translation>
    </message>
    <message>
        <source>moment dat ertoe doet</source>
        <translation>moment that matters</translation>
    </message>
    <message>
        <source>Kne&amp;lpunt</source>
        <translation>Bott&amp;leneck</translation>
    </message>
    <message>
        <source>knelpunt</source>
        <translation>bottleneck</translation>
    </message>
    <message>
        <source>interne notitie</source>
        <translation>internal note</translation>
    </message>
    <message>
        <source>Alleen voor het onderzoeksteam</source>
        <translation>For the research team only</translation>
    </message>
    <message>
        <source>&amp;Interne notitie</source>
        <translation>&amp;Internal note</translation>
    </message>
    <message>
        <source>Staat alleen in het projectbestand; exports en infographics laten haar weg.</source>
        <translation>Kept only in the project file; exports and infographics leave it out.</translation>
    </message>
    <message>
        <source>De interne notitie verlaat de app nooit: alleen voor het onderzoeksteam, niet in exports, rapporten of infographics.</source>
        <translation>The internal note never leaves the app: for the research team only, not in exports, reports or infographics.</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Naar:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>soort overgang</source>
        <translation>transition kind</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>aandeel</source>
        <translation>share</translation>
    </message>
    <message>
        <source>leeg, of bijvoorbeeld 35,5</source>
        <translation>empty, or for example 35.5</translation>
    </message>
    <message>
        <source>&amp;Aandeel (%)</source>
        <translation>&amp;Share (%)</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Groepsbijeenkomst</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <source>Les</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Wachten</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Vertakking (keuze)</source>
        <translation>Branch (choice)</translation>
    </message>
    <message>
        <source>Parallel spoor</source>
        <translation>Parallel track</translation>
    </message>
    <message>
        <source>Terugkeer (lus)</source>
        <translation>Return (loop)</translation>
    </message>
    <message>
        <source>Omweg</source>
        <translation>Detour</translation>
    </message>
    <message>
        <source>Overdracht naar andere organisatie</source>
        <translation>Handover to another organisation</translation>
    </message>
    <message>
        <source>Contactmoment {number}</source>
        <translation>Touchpoint {number}</translation>
    </message>
    <message>
        <source>Overgang</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>{count} geselecteerd</source>
        <translation>{count} selected</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Nieuw &amp;contactmoment</source>
        <translation>New &amp;touchpoint</translation>
    </message>
    <message>
        <source>&amp;Hernoemen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Ver&amp;binden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Plakken</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Opnieuw &amp;ordenen</source>
        <translation>Re&amp;arrange</translation>
    </message>
    <message>
        <source>Volgend contactmoment</source>
        <translation>Next touchpoint</translation>
    </message>
    <message>
        <source>Vorig contactmoment</source>
        <translation>Previous touchpoint</translation>
    </message>
    <message>
        <source>Selectie uitbreiden naar volgende</source>
        <translation>Extend selection to next</translation>
    </message>
    <message>
        <source>Selectie uitbreiden naar vorige</source>
        <translation>Extend selection to previous</translation>
    </message>
    <message>
        <source>Fase 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Nieuw contactmoment</source>
        <translation>New touchpoint</translation>
    </message>
    <message>
        <source>Selecteer eerst twee contactmomenten (de eerste is het begin).</source>
        <translation>First select two touchpoints (the first is the start).</translation>
    </message>
    <message numerus="yes">
        <source>%n contactmoment(en) gekopieerd</source>
        <translation><numerusform>%n touchpoint copied</numerusform><numerusform>%n touchpoints copied</numerusform></translation>
    </message>
    <message>
        <source>Er staan geen contactmomenten op het klembord.</source>
        <translation>The clipboard holds no touchpoints.</translation>
    </message>
    <message>
        <source>Nieuw contactmoment hier</source>
        <translation>New touchpoint here</translation>
    </message>
    <message>
        <source>Een contactmoment heeft een titel nodig.</source>
        <translation>A touchpoint needs a title.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message numerus="yes">
        <source>%n contactmoment(en)</source>
        <translation><numerusform>%n touchpoint</numerusform><numerusform>%n touchpoints</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Zoals geopend</source>
        <translation>As opened</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Baan per actor</source>
        <translation>Lane per &amp;actor</translation>
    </message>
    <message>
        <source>&amp;Passend maken</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Klantreis</source>
        <translation>&amp;About Klantreis</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Niet gewijzigd</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Waar wilt u deze klantreis bewaren?</source>
        <translation>Where do you want to keep this journey?</translation>
    </message>
    <message>
        <source>Klantreis-projecten (*.klantreis)</source>
        <translation>Klantreis projects (*.klantreis)</translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>Klantreis openen</source>
        <translation>Open journey</translation>
    </message>
    <message>
        <source>Klantreis-bestanden (*.klantreis *.json);;Alle bestanden (*)</source>
        <translation>Klantreis files (*.klantreis *.json);;All files (*)</translation>
    </message>
    <message>
        <source>nog niet bewaard</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>alles opgeslagen</source>
        <translation>all saved</translation>
    </message>
    <message>
        <source>{phases} fasen · {touchpoints} contactmomenten · {transitions} overgangen · {quotes} citaten</source>
        <translation>{phases} phases · {touchpoints} touchpoints · {transitions} transitions · {quotes} quotes</translation>
    </message>
    <message>
        <source>Over Klantreis</source>
        <translation>About Klantreis</translation>
    </message>
    <message>
        <source>Klantreis brengt klantreizen van statushouders in kaart: contactmomenten, focusgroepen, citaten en beleving, offline en met privacy ingebouwd.</source>
        <translation>Klantreis maps the client journeys of refugees with a residence permit: touchpoints, focus groups, quotes and experience, offline and with privacy built in.</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>Nieuwe klantreis</source>
        <translation>New journey</translation>
    </message>
    <message>
        <source>Lege klantreis
Begin met een lege kaart.</source>
        <translation>Empty journey
Start with an empty map.</translation>
    </message>
    <message>
        <source>&amp;Waarmee wilt u beginnen?</source>
        <translation>&amp;What do you want to start with?</translation>
    </message>
    <message>
        <source>U kiest waar het project komt zodra u iets verandert.</source>
        <translation>You choose where the project goes as soon as you change something.</translation>
    </message>
</context>
<context>
    <name>OpenDocument</name>
    <message>
        <source>Naamloos</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>PhaseEditor</name>
    <message>
        <source>Nieuwe &amp;fase</source>
        <translation>New &amp;phase</translation>
    </message>
    <message>
        <source>Fase &amp;hernoemen</source>
        <translation>&amp;Rename phase</translation>
    </message>
    <message>
        <source>Fase &amp;omhoog</source>
        <translation>Phase &amp;up</translation>
    </message>
    <message>
        <source>Fase om&amp;laag</source>
        <translation>Phase &amp;down</translation>
    </message>
    <message>
        <source>Fase &amp;verwijderen…</source>
        <translation>&amp;Delete phase…</translation>
    </message>
    <message>
        <source>Fase {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>Fase verwijderen</source>
        <translation>Delete phase</translation>
    </message>
    <message numerus="yes">
        <source>Fase ‘{name}’ heeft nog %n contactmoment(en). Waar moeten die heen?</source>
        <translation><numerusform>Phase ‘{name}’ still has %n touchpoint. Where should it go?</numerusform><numerusform>Phase ‘{name}’ still has %n touchpoints. Where should they go?</numerusform></translation>
    </message>
    <message>
        <source>Naar ‘{name}’</source>
        <translation>To ‘{name}’</translation>
    </message>
    <message>
        <source>Ook verwijderen</source>
        <translation>Delete them too</translation>
    </message>
    <message>
        <source>Citaten van verwijderde contactmomenten gaan naar de parkeerplaats. U kunt alles ongedaan maken.</source>
        <translation>Quotes of deleted touchpoints go to the parking lot. You can undo everything.</translation>
    </message>
    <message>
        <source>Een fase heeft een naam nodig.</source>
        <translation>A phase needs a name.</translation>
    </message>
</context>
<context>
    <name>SwimlaneScene</name>
    <message>
        <source>Zonder actor</source>
        <translation>Without actor</translation>
    </message>
    <message>
        <source>Contactmomenten zonder actor</source>
        <translation>Touchpoints without an actor</translation>
    </message>
    <message>
        <source>{number}. {title}&lt;br&gt;Ook betrokken: {actor}</source>
        <translation>{number}. {title}&lt;br&gt;Also involved: {actor}</translation>
    </message>
</context>
</TS>