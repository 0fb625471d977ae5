<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActorKind</name>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>VluchtelingenWerk</source>
        <translation>VluchtelingenWerk (refugee support)</translation>
    </message>
    <message>
        <source>Woningcorporatie</source>
        <translation>Housing corporation</translation>
    </message>
    <message>
        <source>Taalschool</source>
        <translation>Language school</translation>
    </message>
    <message>
        <source>DUO</source>
        <translation>DUO (student finance)</translation>
    </message>
    <message>
        <source>COA</source>
        <translation>COA (reception agency)</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND (immigration service)</translation>
    </message>
    <message>
        <source>Rijk</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation>Welfare organisation</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Vrijwilligersorganisatie</source>
        <translation>Volunteer organisation</translation>
    </message>
    <message>
        <source>Schuldhulp</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Statushouder</source>
        <translation>Status holder</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ActorsDialog</name>
    <message>
        <source>Kleur van de actor</source>
        <translation>Colour of the actor</translation>
    </message>
    <message>
        <source>(nergens: alleen de verwijzing weghalen)</source>
        <translation>(nowhere: only remove the reference)</translation>
    </message>
    <message>
        <source>Actor verwijderen</source>
        <translation>Delete actor</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; staat bij {count} contactmoment(en). Welke actor komt daar in de plaats?</source>
        <translation>&apos;{name}&apos; is on {count} touchpoint(s). Which actor takes its place?</translation>
    </message>
    <message>
        <source>Actoren</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Nie&amp;uw</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Actoren (organisaties en rollen), in de volgorde van de legenda:</source>
        <translation>&amp;Actors (organisations and roles), in the order of the legend:</translation>
    </message>
    <message>
        <source>{name} ({kind}, {count}×)</source>
        <translation>{name} ({kind}, {count}×)</translation>
    </message>
    <message>
        <source>Nieuwe actor</source>
        <translation>New actor</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>U kunt het bestand alleen-lezen openen: u ziet alles, maar wijzigingen worden niet bewaard.</source>
        <translation>You can open the file read-only: you see everything, but changes are not saved.</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>voldoet</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>voldoet deels</source>
        <translation>partly meets</translation>
    </message>
    <message>
        <source>voldoet niet</source>
        <translation>does not meet</translation>
    </message>
    <message>
        <source>niet te beoordelen</source>
        <translation>cannot be assessed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>AssessmentDocks</name>
    <message>
        <source>&amp;Toetsingskader</source>
        <translation>&amp;Assessment framework</translation>
    </message>
    <message>
        <source>&amp;Indicatoren</source>
        <translation>&amp;Indicators</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Sessie: live vastleggen</source>
        <translation>Session: live capture</translation>
    </message>
    <message>
        <source>Er is geen respondent {number} in deze groep.</source>
        <translation>There is no respondent {number} in this group.</translation>
    </message>
    <message>
        <source>Onbekende respondent &apos;{code}&apos;.</source>
        <translation>Unknown respondent &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Er is geen contactmoment {number}.</source>
        <translation>There is no touchpoint {number}.</translation>
    </message>
    <message>
        <source>Kies een respondent en een contactmoment om een stem vast te leggen.</source>
        <translation>Choose a respondent and a touchpoint to record a vote.</translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Respondent onbekend, groep {group} (Ctrl+0)</source>
        <translation>Respondent unknown, group {group} (Ctrl+0)</translation>
    </message>
    <message>
        <source>Geen respondent en geen groep</source>
        <translation>No respondent and no group</translation>
    </message>
    <message>
        <source>Geen respondenten in deze groep.</source>
        <translation>No respondents in this group.</translation>
    </message>
    <message>
        <source>→ parkeerplaats (geen contactmoment gekozen)</source>
        <translation>→ parking lot (no touchpoint chosen)</translation>
    </message>
    <message>
        <source>parkeerplaats</source>
        <translation>parking lot</translation>
    </message>
    <message numerus="yes">
        <source>Vastgelegd in deze sessie: %n citaat/citaten</source>
        <translation>
            <numerusform>Captured in this session: %n quote</numerusform>
            <numerusform>Captured in this session: %n quotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessie {time}</source>
        <translation>Session {time}</translation>
    </message>
</context>
<context>
    <name>CaptureBarView</name>
    <message>
        <source>code of nummer</source>
        <translation>code or number</translation>
    </message>
    <message>
        <source>nr</source>
        <translation>no.</translation>
    </message>
    <message>
        <source>Klok opnieuw</source>
        <translation>Restart clock</translation>
    </message>
    <message>
        <source>Groep (Alt+P):</source>
        <translation>Group (Alt+P):</translation>
    </message>
    <message>
        <source>Respondent (Alt+R):</source>
        <translation>Respondent (Alt+R):</translation>
    </message>
    <message>
        <source>Contactmoment (Alt+M):</source>
        <translation>Touchpoint (Alt+M):</translation>
    </message>
    <message>
        <source>Typ wat er gezegd wordt en druk op Enter (Shift+Enter: nieuwe regel)</source>
        <translation>Type what is said and press Enter (Shift+Enter: new line)</translation>
    </message>
    <message>
        <source>Stem (Ctrl+Alt+1..5):</source>
        <translation>Vote (Ctrl+Alt+1..5):</translation>
    </message>
    <message>
        <source>Stem {value} van de respondent voor dit contactmoment</source>
        <translation>The respondent&apos;s vote {value} for this touchpoint</translation>
    </message>
</context>
<context>
    <name>CaptureDetails</name>
    <message>
        <source>bv. interview R3, r. 120-124 (blijft staan)</source>
        <translation>e.g. interview R3, l. 120-124 (stays)</translation>
    </message>
    <message>
        <source>Parafrase (Alt+A)</source>
        <translation>Paraphrase (Alt+A)</translation>
    </message>
    <message>
        <source>Nederlandse vertaling</source>
        <translation>Dutch translation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>onderzoeker</source>
        <translation>researcher</translation>
    </message>
    <message>
        <source>labels, met komma&apos;s</source>
        <translation>tags, with commas</translation>
    </message>
    <message>
        <source>Taal (Alt+T):</source>
        <translation>Language (Alt+T):</translation>
    </message>
    <message>
        <source>Bron (Alt+O):</source>
        <translation>Source (Alt+O):</translation>
    </message>
    <message>
        <source>Vertaling (Alt+V):</source>
        <translation>Translation (Alt+V):</translation>
    </message>
    <message>
        <source>door (Alt+K):</source>
        <translation>by (Alt+K):</translation>
    </message>
    <message>
        <source>Labels (Alt+L):</source>
        <translation>Tags (Alt+L):</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Somalisch</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Amhaars</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <source>Koerdisch</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Pasjtoe</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>geraden uit het schrift</source>
        <translation>guessed from the script</translation>
    </message>
</context>
<context>
    <name>CardScene</name>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Citaten: {quotes}</source>
        <translation>Quotes: {quotes}</translation>
    </message>
    <message>
        <source>Stemmen: {votes}</source>
        <translation>Votes: {votes}</translation>
    </message>
    <message>
        <source>Statushouders {client} · uitvoerders {executor}</source>
        <translation>Status holders {client} · professionals {executor}</translation>
    </message>
</context>
<context>
    <name>DesignActions</name>
    <message>
        <source>Vergelijk met &amp;ontwerp…</source>
        <translation>Compare with &amp;design…</translation>
    </message>
    <message>
        <source>De ontworpen route naast de geleefde route: markeert ‘beide’, ‘praktijk’ en ‘ontwerp’</source>
        <translation>The designed route beside the lived route: marks ‘both’, ‘practice’ and ‘design’</translation>
    </message>
</context>
<context>
    <name>DesignDialog</name>
    <message>
        <source>Vergelijk met ontwerp</source>
        <translation>Compare with design</translation>
    </message>
    <message>
        <source>Ontwerp kiezen</source>
        <translation>Choose design</translation>
    </message>
    <message>
        <source>Klantreizen (*.klantreis *.json);;Alle bestanden (*)</source>
        <translation>Client journeys (*.klantreis *.json);;All files (*)</translation>
    </message>
    <message>
        <source>geen: toevoegen als ontwerp</source>
        <translation>none: add as design</translation>
    </message>
    <message>
        <source>zelfde id</source>
        <translation>same id</translation>
    </message>
    <message>
        <source>zelfde titel</source>
        <translation>same title</translation>
    </message>
    <message>
        <source>lijkt op ({percent}%)</source>
        <translation>resembles ({percent}%)</translation>
    </message>
    <message>
        <source>gekozen ({percent}%)</source>
        <translation>chosen ({percent}%)</translation>
    </message>
    <message>
        <source>wordt ‘ontwerp’</source>
        <translation>becomes ‘design’</translation>
    </message>
    <message>
        <source>Twijfelachtig: de titels lijken alleen op elkaar. Kies het juiste contactmoment, of ‘geen’.</source>
        <translation>Doubtful: the titles only look alike. Choose the right touchpoint, or ‘none’.</translation>
    </message>
    <message>
        <source>{n} op id</source>
        <translation>{n} by id</translation>
    </message>
    <message>
        <source>{n} op titel</source>
        <translation>{n} by title</translation>
    </message>
    <message>
        <source>{n} op een gelijkende titel</source>
        <translation>{n} by a similar title</translation>
    </message>
    <message>
        <source>waarvan {n} twijfelachtig (met ?)</source>
        <translation>of which {n} doubtful (marked ?)</translation>
    </message>
    <message>
        <source>{n} gekozen</source>
        <translation>{n} chosen</translation>
    </message>
    <message>
        <source>{n} toegevoegd als ‘ontwerp’</source>
        <translation>{n} added as ‘design’</translation>
    </message>
    <message>
        <source>{steps} stappen in het ontwerp: {parts}. {lived} van de {total} contactmomenten van de reis hebben geen ontwerpstap: ‘praktijk’.</source>
        <translation>{steps} steps in the design: {parts}. {lived} of the journey&apos;s {total} touchpoints have no design step: ‘practice’.</translation>
    </message>
    <message>
        <source>Al vergeleken met ‘{name}’: niets gewijzigd</source>
        <translation>Already compared with ‘{name}’: nothing changed</translation>
    </message>
    <message>
        <source>Vergeleken met ‘{name}’: {both} in beide, {lived} alleen praktijk, {added} toegevoegd als ontwerp</source>
        <translation>Compared with ‘{name}’: {both} in both, {lived} practice only, {added} added as design</translation>
    </message>
</context>
<context>
    <name>DesignDialogView</name>
    <message>
        <source>Leg de ontworpen route (een sjabloon of een ander project) naast de geleefde route van deze klantreis. Stappen die in beide voorkomen worden ‘beide’; stappen van de reis zonder ontwerpstap worden ‘praktijk’; ontwerpstappen zonder contactmoment worden toegevoegd als ‘ontwerp’, met hun overgangen en termijnen. Eén stap om ongedaan te maken.</source>
        <translation>Lay the designed route (a template or another project) beside the lived route of this journey. Steps found in both become ‘both’; steps of the journey without a design step become ‘practice’; design steps without a touchpoint are added as ‘design’, with their transitions and deadlines. One step to undo.</translation>
    </message>
    <message>
        <source>&amp;Ontwerp:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Bestand…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <source>Een ander project (.klantreis) of JSON-bestand als ontwerp</source>
        <translation>Another project (.klantreis) or JSON file as the design</translation>
    </message>
    <message>
        <source>&amp;Koppelingen (ontwerpstap → contactmoment van de reis):</source>
        <translation>&amp;Matches (design step → touchpoint of the journey):</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Stap in het ontwerp</source>
        <translation>Step in the design</translation>
    </message>
    <message>
        <source>Contactmoment in de reis</source>
        <translation>Touchpoint in the journey</translation>
    </message>
    <message>
        <source>Overeenkomst</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>&amp;Volgende twijfelachtige</source>
        <translation>&amp;Next doubtful</translation>
    </message>
    <message>
        <source>Naar de volgende koppeling die alleen op een gelijkende titel berust</source>
        <translation>To the next match that rests only on a similar title</translation>
    </message>
    <message>
        <source>Vergelijken en &amp;markeren</source>
        <translation>Compare and &amp;mark</translation>
    </message>
</context>
<context>
    <name>DiskEvents</name>
    <message>
        <source>Bij het openen</source>
        <translation>On opening</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Het exporteren is mislukt ({kind}: {detail}).</source>
        <translation>The export failed ({kind}: {detail}).</translation>
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
        <source>Vorige &amp;versies…</source>
        <translation>Previous &amp;versions…</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;JSON (als nieuw project)…</source>
        <translation>&amp;JSON (as a new project)…</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;PDF (infographic en details)…</source>
        <translation>&amp;PDF (infographic and details)…</translation>
    </message>
    <message>
        <source>P&amp;NG van de infographic…</source>
        <translation>P&amp;NG of the infographic…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
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
        <source>Dit bestand is nog geen project: er zijn geen vorige versies.</source>
        <translation>This file is not a project yet: there are no previous versions.</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Bestand: {name} · scheidingsteken: {separator} · {rows}</source>
        <translation>File: {name} · separator: {separator} · {rows}</translation>
    </message>
    <message>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>Er wordt niets geïmporteerd.</source>
        <translation>Nothing will be imported.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo wordt het gelezen (eerste {shown} van {rows} rijen)</source>
        <translation>Preview: how it is read (first {shown} of {rows} rows)</translation>
    </message>
    <message>
        <source>Fouten: geen</source>
        <translation>Errors: none</translation>
    </message>
    <message>
        <source>Fouten ({count}):</source>
        <translation>Errors ({count}):</translation>
    </message>
    <message>
        <source>1 regel met fouten: er wordt niets geïmporteerd</source>
        <translation>1 line with errors: nothing will be imported</translation>
    </message>
    <message>
        <source>{count} regels met fouten: er wordt niets geïmporteerd</source>
        <translation>{count} lines with errors: nothing will be imported</translation>
    </message>
    <message>
        <source>Kies de kolommen hierboven.</source>
        <translation>Choose the columns above.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator bewerken</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Nieuwe indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>een getal, bijv. 85 of 12,5; leeg: onbekend</source>
        <translation>a number, e.g. 85 or 12.5; empty: unknown</translation>
    </message>
    <message>
        <source>hoger is beter (bijv. een percentage)</source>
        <translation>higher is better (e.g. a percentage)</translation>
    </message>
    <message>
        <source>lager is beter (bijv. een duur)</source>
        <translation>lower is better (e.g. a duration)</translation>
    </message>
    <message>
        <source>bijv. 2020 of 1-1-2021</source>
        <translation>e.g. 2020 or 1-1-2021</translation>
    </message>
    <message>
        <source>bijv. Monitor inburgering, p. 12</source>
        <translation>e.g. Monitor inburgering, p. 12</translation>
    </message>
    <message>
        <source>nummers, bijv. 3, 5-7</source>
        <translation>numbers, e.g. 3, 5-7</translation>
    </message>
    <message>
        <source>&amp;Selectie op het canvas</source>
        <translation>&amp;Selection on the canvas</translation>
    </message>
    <message>
        <source>De nummers van de kaarten die op het canvas geselecteerd zijn</source>
        <translation>The numbers of the cards selected on the canvas</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Eenheid</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>S&amp;treefwaarde</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>&amp;Gerealiseerd</source>
        <translation>&amp;Realised</translation>
    </message>
    <message>
        <source>&amp;Richting</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>Gemeten &amp;op</source>
        <translation>Measured &amp;on</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Contactmomenten</source>
        <translation>&amp;Touchpoints</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IndicatorsDock</name>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Achter op de streefwaarde</source>
        <translation>Behind the target</translation>
    </message>
    <message>
        <source>Beter dan de streefwaarde</source>
        <translation>Better than the target</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(en)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achter op de streefwaarde</source>
        <translation>
            <numerusform>%n behind the target</numerusform>
            <numerusform>%n behind the target</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog geen indicatoren. Ins of ‘Nieuwe indicator…’ voegt er een toe.</source>
        <translation>No indicators yet. Ins or ‘New indicator…’ adds one.</translation>
    </message>
</context>
<context>
    <name>IndicatorsDockView</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Gemeten op</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Gerealiseerd min streefwaarde: negatief is achter op de streefwaarde</source>
        <translation>Realised minus target: negative is behind the target</translation>
    </message>
    <message>
        <source>Nieuwe indicator…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>In de tabel: Ins nieuw · Enter of F2 bewerken · Del verwijderen · een rij kiezen toont de contactmomenten op het canvas · Esc terug naar het canvas</source>
        <translation>In the table: Ins new · Enter or F2 edit · Del remove · choosing a row shows its touchpoints on the canvas · Esc back to the canvas</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>actoren</source>
        <translation>actors</translation>
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
        <source>soort contactmoment</source>
        <translation>touchpoint kind</translation>
    </message>
    <message>
        <source>norm/termijn</source>
        <translation>norm/deadline</translation>
    </message>
    <message>
        <source>moment dat ertoe doet</source>
        <translation>moment that matters</translation>
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
        <source>ontwerp of praktijk</source>
        <translation>design or practice</translation>
    </message>
    <message>
        <source>soort overgang</source>
        <translation>transition kind</translation>
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
        <source>termijn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>eenheid van de termijn</source>
        <translation>unit of the deadline</translation>
    </message>
    <message>
        <source>termijn gerekend vanaf</source>
        <translation>deadline counted from</translation>
    </message>
    <message>
        <source>bron van de termijn</source>
        <translation>source of the deadline</translation>
    </message>
    <message>
        <source>werkelijke duur</source>
        <translation>actual duration</translation>
    </message>
    <message>
        <source>toelichting werkelijke duur</source>
        <translation>note on the actual duration</translation>
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
        <source>Beide (ontwerp en praktijk)</source>
        <translation>Both (design and practice)</translation>
    </message>
    <message>
        <source>Alleen ontwerp</source>
        <translation>Design only</translation>
    </message>
    <message>
        <source>Alleen praktijk</source>
        <translation>Practice only</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>jaren</source>
        <translation>years</translation>
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
        <source>Werkelijk {realised} {unit}: {over} {unit} langer dan de termijn.</source>
        <translation>Actually {realised} {unit}: {over} {unit} longer than the deadline.</translation>
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
    <message>
        <source>Nieuwe actor</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Naam van de organisatie of rol:</source>
        <translation>Name of the organisation or role:</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>Selecteer een contactmoment of overgang</source>
        <translation>Select a touchpoint or transition</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Fas&amp;e</source>
        <translation>Phas&amp;e</translation>
    </message>
    <message>
        <source>&amp;Actoren</source>
        <translation>&amp;Actors</translation>
    </message>
    <message>
        <source>Nieu&amp;we actor…</source>
        <translation>Ne&amp;w actor…</translation>
    </message>
    <message>
        <source>Een nieuwe actor, meteen bij dit contactmoment (alle actoren: Bewerken &gt; Actoren, Ctrl+Shift+A)</source>
        <translation>A new actor, added to this touchpoint at once (all actors: Edit &gt; Actors, Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
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
        <source>Ontwerp of &amp;praktijk</source>
        <translation>Design or &amp;practice</translation>
    </message>
    <message>
        <source>&amp;Moment dat ertoe doet</source>
        <translation>&amp;Moment that matters</translation>
    </message>
    <message>
        <source>Kne&amp;lpunt</source>
        <translation>Bott&amp;leneck</translation>
    </message>
    <message>
        <source>Enter of klik: de indicator tonen in het dock Indicatoren</source>
        <translation>Enter or click: show the indicator in the Indicators dock</translation>
    </message>
    <message>
        <source>Geen indicator meet dit contactmoment.</source>
        <translation>No indicator measures this touchpoint.</translation>
    </message>
    <message>
        <source>Indi&amp;catoren</source>
        <translation>Indi&amp;cators</translation>
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
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>bijv. 18; leeg: geen termijn</source>
        <translation>e.g. 18; empty: no deadline</translation>
    </message>
    <message>
        <source>Eenheid van de termijn</source>
        <translation>Unit of the deadline</translation>
    </message>
    <message>
        <source>Te&amp;rmijn</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <source>bijv. vestiging in de gemeente</source>
        <translation>e.g. settling in the municipality</translation>
    </message>
    <message>
        <source>Gerekend &amp;vanaf</source>
        <translation>Counted &amp;from</translation>
    </message>
    <message>
        <source>bijv. Wet inburgering 2021, art. 16</source>
        <translation>e.g. Wet inburgering 2021, art. 16</translation>
    </message>
    <message>
        <source>Bron van de termi&amp;jn</source>
        <translation>Source of the dead&amp;line</translation>
    </message>
    <message>
        <source>in dezelfde eenheid; leeg: onbekend</source>
        <translation>in the same unit; empty: unknown</translation>
    </message>
    <message>
        <source>Werkelijke d&amp;uur</source>
        <translation>Act&amp;ual duration</translation>
    </message>
    <message>
        <source>bijv. gemiddeld, cohort 2018</source>
        <translation>e.g. average, 2018 cohort</translation>
    </message>
    <message>
        <source>Toelichtin&amp;g</source>
        <translation>No&amp;te</translation>
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
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>leeg, of bijvoorbeeld 35,5</source>
        <translation>empty, or for example 35.5</translation>
    </message>
    <message>
        <source>&amp;Aandeel (%)</source>
        <translation>&amp;Share (%)</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message>
        <source>&amp;Eigenschappen van de klantreis…</source>
        <translation>Journey &amp;properties…</translation>
    </message>
    <message>
        <source>&amp;Actoren…</source>
        <translation>&amp;Actors…</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <source>Eigenschappen van de klantreis</source>
        <translation>Journey properties</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Ondertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <source>O&amp;rganisatie (opdrachtgever, onderzoeker):</source>
        <translation>O&amp;rganisation (client, researcher):</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Methode (wie, hoeveel, wanneer; staat in het methodekader):</source>
        <translation>&amp;Method (who, how many, when; shown in the method box):</translation>
    </message>
    <message>
        <source>&amp;Kenmerken van respondenten (één per regel):</source>
        <translation>Respondent &amp;attributes (one per line):</translation>
    </message>
    <message>
        <source>bijvoorbeeld leeftijdsklasse, land van herkomst, tijd in Nederland</source>
        <translation>for example age class, country of origin, time in the Netherlands</translation>
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
        <translation>
            <numerusform>%n touchpoint copied</numerusform>
            <numerusform>%n touchpoints copied</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
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
        <source>&amp;Toetsing</source>
        <translation>&amp;Assessment</translation>
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
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Live vastleggen</source>
        <translation>&amp;Live capture</translation>
    </message>
    <message>
        <source>&amp;Citaten en beleving</source>
        <translation>&amp;Quotes and experience</translation>
    </message>
    <message>
        <source>&amp;Groepen en respondenten</source>
        <translation>&amp;Groups and respondents</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>nog niet bewaard</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>alleen lezen</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>alles opgeslagen</source>
        <translation>all saved</translation>
    </message>
    <message numerus="yes">
        <source>%n fase(n)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contactmoment(en)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overgang(en)</source>
        <translation>
            <numerusform>%n transition</numerusform>
            <numerusform>%n transitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
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
    <name>NormEvidence</name>
    <message>
        <source>Contactmoment {number}: {title}</source>
        <translation>Touchpoint {number}: {title}</translation>
    </message>
    <message>
        <source>Citaat: {quote}</source>
        <translation>Quote: {quote}</translation>
    </message>
    <message>
        <source>Indicator: {text}</source>
        <translation>Indicator: {text}</translation>
    </message>
    <message>
        <source>Document: {title}</source>
        <translation>Document: {title}</translation>
    </message>
    <message>
        <source>Nog geen bewijs: B of ‘Bewijs koppelen’</source>
        <translation>No evidence yet: B or ‘Link evidence’</translation>
    </message>
    <message>
        <source>parkeerplaats</source>
        <translation>parking lot</translation>
    </message>
    <message>
        <source>Contactmomenten op &amp;nummer…</source>
        <translation>Touchpoints by &amp;number…</translation>
    </message>
    <message numerus="yes">
        <source>Geselecteerde &amp;kaarten op het canvas (%n)</source>
        <translation>
            <numerusform>Selected &amp;cards on the canvas (%n)</numerusform>
            <numerusform>Selected &amp;cards on the canvas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gekozen &amp;citaten in het dock Citaten (%n)</source>
        <translation>
            <numerusform>Chosen &amp;quotes in the Quotes dock (%n)</numerusform>
            <numerusform>Chosen &amp;quotes in the Quotes dock (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Citaat &amp;zoeken en kiezen…</source>
        <translation>&amp;Search and choose a quote…</translation>
    </message>
    <message>
        <source>&amp;Indicator kiezen…</source>
        <translation>Choose an &amp;indicator…</translation>
    </message>
    <message>
        <source>&amp;Document en plaats…</source>
        <translation>&amp;Document and place…</translation>
    </message>
    <message>
        <source>Contactmomenten als bewijs</source>
        <translation>Touchpoints as evidence</translation>
    </message>
    <message>
        <source>Nummers van de contactmomenten (bijv. 3, 5-7):</source>
        <translation>Numbers of the touchpoints (e.g. 3, 5-7):</translation>
    </message>
    <message>
        <source>Citaten als bewijs</source>
        <translation>Quotes as evidence</translation>
    </message>
    <message>
        <source>Kies een of meer citaten (Ctrl of Shift voor meer):</source>
        <translation>Choose one or more quotes (Ctrl or Shift for more):</translation>
    </message>
    <message>
        <source>Indicatoren als bewijs</source>
        <translation>Indicators as evidence</translation>
    </message>
    <message>
        <source>Kies een of meer indicatoren:</source>
        <translation>Choose one or more indicators:</translation>
    </message>
</context>
<context>
    <name>NormPage</name>
    <message>
        <source>&amp;Norm</source>
        <translation>&amp;Norm</translation>
    </message>
    <message>
        <source>Toets {key} in de lijst</source>
        <translation>Key {key} in the list</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Waarom dit oordeel? Verwijs naar het bewijs hieronder.</source>
        <translation>Why this assessment? Refer to the evidence below.</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing</source>
        <translation>&amp;Reasoning</translation>
    </message>
    <message>
        <source>Enter of klik: tonen · Del: loskoppelen · B: bewijs koppelen</source>
        <translation>Enter or click: show · Del: unlink · B: link evidence</translation>
    </message>
    <message>
        <source>Bewijs koppelen</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Bewi&amp;js</source>
        <translation>E&amp;vidence</translation>
    </message>
</context>
<context>
    <name>NormsDock</name>
    <message>
        <source>Toetsingskader</source>
        <translation>Assessment framework</translation>
    </message>
    <message>
        <source>(zonder categorie)</source>
        <translation>(no category)</translation>
    </message>
    <message numerus="yes">
        <source>%n norm(en)</source>
        <translation>
            <numerusform>%n norm</numerusform>
            <numerusform>%n norms</numerusform>
        </translation>
    </message>
    <message>
        <source>geen norm</source>
        <translation>no norm</translation>
    </message>
    <message>
        <source>Nog geen onderbouwing</source>
        <translation>No reasoning yet</translation>
    </message>
    <message>
        <source>Nog geen toetsingskader. Begin met een categorie: Ctrl+Shift+Ins.</source>
        <translation>No assessment framework yet. Start with a category: Ctrl+Shift+Ins.</translation>
    </message>
    <message>
        <source>Norm {number} bij deelvraag {question}</source>
        <translation>Norm {number} of sub-question {question}</translation>
    </message>
    <message>
        <source>Nieuwe categorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Naam van de categorie (bijv. Beleid):</source>
        <translation>Name of the category (e.g. Policy):</translation>
    </message>
    <message>
        <source>Nieuwe deelvraag</source>
        <translation>New sub-question</translation>
    </message>
    <message>
        <source>Deelvraag in ‘{category}’:</source>
        <translation>Sub-question in ‘{category}’:</translation>
    </message>
    <message>
        <source>Nieuwe norm</source>
        <translation>New norm</translation>
    </message>
    <message>
        <source>Norm bij deelvraag {question}:</source>
        <translation>Norm of sub-question {question}:</translation>
    </message>
    <message>
        <source>Categorie hernoemen</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Kies eerst een norm om te beoordelen.</source>
        <translation>First choose a norm to assess.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Norm {number} verwijderen, met de onderbouwing en het gekoppelde bewijs?</source>
        <translation>Remove norm {number}, with its reasoning and linked evidence?</translation>
    </message>
    <message numerus="yes">
        <source>Deelvraag {number} heeft %n norm(en). Die worden ook verwijderd.</source>
        <translation>
            <numerusform>Sub-question {number} has %n norm. It is removed too.</numerusform>
            <numerusform>Sub-question {number} has %n norms. They are removed too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categorie ‘{name}’ verwijderen, met %n deelvra(a)g(en) en hun normen?</source>
        <translation>
            <numerusform>Remove category ‘{name}’, with %n sub-question and its norms?</numerusform>
            <numerusform>Remove category ‘{name}’, with %n sub-questions and their norms?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NormsDockView</name>
    <message>
        <source>Deelvraag en norm</source>
        <translation>Sub-question and norm</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Categorie…</source>
        <translation>Category…</translation>
    </message>
    <message>
        <source>Nieuwe categorie met haar eerste deelvraag (Ctrl+Shift+Ins)</source>
        <translation>New category with its first sub-question (Ctrl+Shift+Ins)</translation>
    </message>
    <message>
        <source>Deelvraag…</source>
        <translation>Sub-question…</translation>
    </message>
    <message>
        <source>Nieuwe deelvraag in deze categorie (Shift+Ins)</source>
        <translation>New sub-question in this category (Shift+Ins)</translation>
    </message>
    <message>
        <source>Norm…</source>
        <translation>Norm…</translation>
    </message>
    <message>
        <source>Nieuwe norm bij deze deelvraag (Ins)</source>
        <translation>New norm of this sub-question (Ins)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Het gekozen onderdeel verwijderen (Del)</source>
        <translation>Remove the chosen item (Del)</translation>
    </message>
    <message>
        <source>Nieuw:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>In de lijst: Ins norm · Shift+Ins deelvraag · Ctrl+Shift+Ins categorie · F2 bewerken · 1-4 en 0 oordeel · B bewijs koppelen · Del verwijderen · Esc naar het canvas</source>
        <translation>In the list: Ins norm · Shift+Ins sub-question · Ctrl+Shift+Ins category · F2 edit · 1-4 and 0 assessment · B link evidence · Del remove · Esc to the canvas</translation>
    </message>
    <message>
        <source>Kies een categorie, deelvraag of norm in de lijst. Nog geen toetsingskader? Begin met ‘Categorie…’ (Ctrl+Shift+Ins).</source>
        <translation>Choose a category, sub-question or norm in the list. No assessment framework yet? Start with ‘Category…’ (Ctrl+Shift+Ins).</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>N&amp;ummer</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>D&amp;eelvraag</source>
        <translation>Sub-&amp;question</translation>
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
    <name>Opener</name>
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
        <source>Nieuwe klantreis</source>
        <translation>New journey</translation>
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
        <source>Klantreis-projecten (*.klantreis)</source>
        <translation>Klantreis projects (*.klantreis)</translation>
    </message>
    <message>
        <source>Waar wilt u deze klantreis bewaren?</source>
        <translation>Where do you want to keep this journey?</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>PDF exporteren</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Accentkleur</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Infographic als PNG</source>
        <translation>Infographic as PNG</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Exporteren naar {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <source>Geëxporteerd: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>Exporteren geannuleerd; er is niets geschreven.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>PdfExportView</name>
    <message>
        <source>A3 liggend (zoals een rapportbijlage)</source>
        <translation>A3 landscape (like a report appendix)</translation>
    </message>
    <message>
        <source>A4 liggend</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>&amp;Papier:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Taal van de vaste teksten:</source>
        <translation>&amp;Language of the labels:</translation>
    </message>
    <message>
        <source>&amp;Detailpagina&apos;s per contactmoment</source>
        <translation>&amp;Detail pages per touchpoint</translation>
    </message>
    <message>
        <source>T&amp;oetsingskader</source>
        <translation>Ass&amp;essment framework</translation>
    </message>
    <message>
        <source>Een pagina met per deelvraag de normen, het oordeel, de onderbouwing en het bewijs (als het project deelvragen heeft)</source>
        <translation>A page with, per sub-question, the norms, the assessment, the reasoning and the evidence (when the project has sub-questions)</translation>
    </message>
    <message>
        <source>&amp;Indicatoren</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>Een pagina met per indicator de streefwaarde en de gerealiseerde waarde (als het project indicatoren heeft)</source>
        <translation>A page with, per indicator, the target and the realised value (when the project has indicators)</translation>
    </message>
    <message>
        <source>&amp;Fasekleuren van het project</source>
        <translation>The project&apos;s &amp;phase colours</translation>
    </message>
    <message>
        <source>&amp;Accentkleur:</source>
        <translation>&amp;Accent colour:</translation>
    </message>
    <message>
        <source>Fasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Perspectieven</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Citaten in tekstballonnen</source>
        <translation>Quotes in speech bubbles</translation>
    </message>
    <message>
        <source>Automatisch: per fase het meest negatieve en het meest positieve citaat</source>
        <translation>Automatic: per phase the most negative and the most positive quote</translation>
    </message>
    <message>
        <source>Zelf kiezen:</source>
        <translation>Choose:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voorbeeld van pagina 1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview of page 1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;PDF exporteren…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;NG (300 dpi)…</source>
        <translation>P&amp;NG (300 dpi)…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
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
        <source>Een fase heeft een naam nodig.</source>
        <translation>A phase needs a name.</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Typ om te zoeken; pijltjes om te kiezen</source>
        <translation>Type to search; arrows to choose</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <source>Privacycontrole voor het exporteren</source>
        <translation>Privacy check before exporting</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>In de tekst</source>
        <translation>In the text</translation>
    </message>
    <message>
        <source>&amp;Vervangen door een aanduiding</source>
        <translation>&amp;Replace with a placeholder</translation>
    </message>
    <message>
        <source>&amp;Alles vervangen</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <source>&amp;Toch exporteren</source>
        <translation>&amp;Export anyway</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Dit lijkt op persoonsgegevens in wat de export laat zien (%n keer). Vervang het door een aanduiding zoals [naam], of exporteer toch.</source>
        <translation>
            <numerusform>This looks like personal data in what the export shows (%n time). Replace it with a placeholder such as [naam], or export anyway.</numerusform>
            <numerusform>This looks like personal data in what the export shows (%n times). Replace it with a placeholder such as [naam], or export anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen namen, nummers of adressen gevonden in wat de export laat zien.</source>
        <translation>No names, numbers or addresses found in what the export shows.</translation>
    </message>
    <message>
        <source>Deze respondenten zijn met hun kenmerken herkenbaar (minder dan {k} met dezelfde kenmerken). Overweeg kenmerken privé te maken.</source>
        <translation>These respondents can be recognised by their attributes (fewer than {k} with the same attributes). Consider making attributes private.</translation>
    </message>
    <message>
        <source>Niet vervangen:</source>
        <translation>Not replaced:</translation>
    </message>
    <message numerus="yes">
        <source>De oude tekst is ook in %n vorige versie(s) vervangen.</source>
        <translation>
            <numerusform>The old text was replaced in %n previous version too.</numerusform>
            <numerusform>The old text was replaced in %n previous versions too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vorige versie(s) verwijderd.</source>
        <translation>
            <numerusform>%n previous version removed.</numerusform>
            <numerusform>%n previous versions removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let op: de vorige versies bevatten de oude tekst nog.</source>
        <translation>Note: the previous versions still hold the old text.</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <source>Privacy-instellingen</source>
        <translation>Privacy settings</translation>
    </message>
    <message>
        <source>Eén woord of naam per regel</source>
        <translation>One word or name per line</translation>
    </message>
    <message>
        <source>&amp;Woordenlijst (namen, straten, scholen in dit onderzoek):</source>
        <translation>&amp;Word list (names, streets, schools in this study):</translation>
    </message>
    <message>
        <source>&amp;Privé-kenmerken (nooit in een export):</source>
        <translation>&amp;Private attributes (never in an export):</translation>
    </message>
    <message>
        <source>&amp;Kleinste groep (k):</source>
        <translation>&amp;Smallest group (k):</translation>
    </message>
    <message>
        <source>Een export waarin minder dan k respondenten dezelfde kenmerken hebben, geeft eerst een waarschuwing.</source>
        <translation>An export in which fewer than k respondents share the same attributes warns first.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Al geopend</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>U kunt het bestand alleen-lezen openen: u ziet alles, maar wijzigingen worden niet bewaard.</source>
        <translation>You can open the file read-only: you see everything, but changes are not saved.</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buiten Klantreis gewijzigd</source>
        <translation>Changed outside Klantreis</translation>
    </message>
    <message>
        <source>Opnieuw openen</source>
        <translation>Open again</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Fase verwijderen</source>
        <translation>Delete phase</translation>
    </message>
    <message numerus="yes">
        <source>Fase ‘{name}’ heeft nog %n contactmoment(en). Waar moeten die heen?</source>
        <translation>
            <numerusform>Phase ‘{name}’ still has %n touchpoint. Where should it go?</numerusform>
            <numerusform>Phase ‘{name}’ still has %n touchpoints. Where should they go?</numerusform>
        </translation>
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
        <source>Vorige versies</source>
        <translation>Previous versions</translation>
    </message>
    <message numerus="yes">
        <source>%n vorige versie(s) van dit project bevatten de oude tekst nog.</source>
        <translation>
            <numerusform>%n previous version of this project still holds the old text.</numerusform>
            <numerusform>%n previous versions of this project still hold the old text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ze staan in {folder}. Vervang de tekst daar ook, of verwijder de vorige versies.</source>
        <translation>They are in {folder}. Replace the text there too, or remove the previous versions.</translation>
    </message>
    <message>
        <source>Ook daar vervangen</source>
        <translation>Replace there too</translation>
    </message>
    <message>
        <source>Vorige versies verwijderen</source>
        <translation>Remove previous versions</translation>
    </message>
    <message>
        <source>Laten staan</source>
        <translation>Leave them</translation>
    </message>
    <message>
        <source>Bewijs verwijderen</source>
        <translation>Remove evidence</translation>
    </message>
    <message numerus="yes">
        <source>Dit is bewijs bij %n norm(en) van het toetsingskader:</source>
        <translation>
            <numerusform>This is evidence for %n norm of the assessment framework:</numerusform>
            <numerusform>This is evidence for %n norms of the assessment framework:</numerusform>
        </translation>
    </message>
    <message>
        <source>… en nog {count}</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Deze normen verliezen dit bewijs. U kunt het verwijderen ongedaan maken; dan is het bewijs weer gekoppeld.</source>
        <translation>These norms lose this evidence. You can undo the removal; the evidence is then linked again.</translation>
    </message>
    <message>
        <source>Toch verwijderen</source>
        <translation>Remove anyway</translation>
    </message>
</context>
<context>
    <name>QdpxActions</name>
    <message>
        <source>REFI-QDA-project importeren…</source>
        <translation>Import REFI-QDA project…</translation>
    </message>
    <message>
        <source>REFI-QDA-project (.qdpx) exporteren…</source>
        <translation>Export REFI-QDA project (.qdpx)…</translation>
    </message>
    <message>
        <source>Codeboek (.qdc) exporteren…</source>
        <translation>Export codebook (.qdc)…</translation>
    </message>
    <message>
        <source>Uitwisseling met QualCoder, MAXQDA, ATLAS.ti en NVivo</source>
        <translation>Exchange with QualCoder, MAXQDA, ATLAS.ti and NVivo</translation>
    </message>
    <message>
        <source>REFI-QDA-project kiezen</source>
        <translation>Choose REFI-QDA project</translation>
    </message>
    <message>
        <source>REFI-QDA-projecten (*.qdpx);;Alle bestanden (*)</source>
        <translation>REFI-QDA projects (*.qdpx);;All files (*)</translation>
    </message>
    <message>
        <source>REFI-QDA-project exporteren</source>
        <translation>Export REFI-QDA project</translation>
    </message>
    <message>
        <source>REFI-QDA-project (*.qdpx)</source>
        <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
        <source>Exporteren naar {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <source>REFI-QDA-project geëxporteerd naar {name} ({count} citaten)</source>
        <translation>REFI-QDA project exported to {name} ({count} quotes)</translation>
    </message>
    <message>
        <source>Exporteren geannuleerd; er is niets geschreven.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Codeboek exporteren</source>
        <translation>Export codebook</translation>
    </message>
    <message>
        <source>REFI-QDA-codeboek (*.qdc)</source>
        <translation>REFI-QDA codebook (*.qdc)</translation>
    </message>
    <message>
        <source>Codeboek geëxporteerd naar {name} ({count} codes)</source>
        <translation>Codebook exported to {name} ({count} codes)</translation>
    </message>
</context>
<context>
    <name>QdpxImportDialog</name>
    <message>
        <source>REFI-QDA-project importeren</source>
        <translation>Import REFI-QDA project</translation>
    </message>
    <message>
        <source>onbekend programma</source>
        <translation>unknown program</translation>
    </message>
    <message>
        <source>Bestand: {name} · project ‘{project}’ · gemaakt met {origin}</source>
        <translation>File: {name} · project ‘{project}’ · made with {origin}</translation>
    </message>
    <message>
        <source>nieuw contactmoment in nieuwe fase ‘{phase}’</source>
        <translation>new touchpoint in new phase ‘{phase}’</translation>
    </message>
    <message>
        <source>nieuw contactmoment in fase {phase}</source>
        <translation>new touchpoint in phase {phase}</translation>
    </message>
    <message>
        <source>label ‘{tag}’</source>
        <translation>tag ‘{tag}’</translation>
    </message>
    <message>
        <source>beleving: {sentiment}</source>
        <translation>experience: {sentiment}</translation>
    </message>
    <message>
        <source>parkeerplaats</source>
        <translation>parking lot</translation>
    </message>
    <message>
        <source>overslaan</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>voorstel</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>Er wordt niets geïmporteerd.</source>
        <translation>Nothing will be imported.</translation>
    </message>
    <message>
        <source>Klaar om te importeren als één stap (ongedaan te maken): {done}.</source>
        <translation>Ready to import as one step (can be undone): {done}.</translation>
    </message>
    <message>
        <source>Let op: {warning}.</source>
        <translation>Note: {warning}.</translation>
    </message>
    <message>
        <source>Geïmporteerd uit {name}: {done}.</source>
        <translation>Imported from {name}: {done}.</translation>
    </message>
    <message>
        <source>{warning}.

Toch importeren?</source>
        <translation>{warning}.

Import anyway?</translation>
    </message>
    <message>
        <source>Niet geïmporteerd: er is niets veranderd.</source>
        <translation>Not imported: nothing changed.</translation>
    </message>
</context>
<context>
    <name>QdpxImportView</name>
    <message>
        <source>Wat wordt elke code?</source>
        <translation>What does each code become?</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Selecties</source>
        <translation>Selections</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Een code kan een bestaand contactmoment worden, een nieuw contactmoment in een fase, een label, de parkeerplaats, of worden overgeslagen. Cases worden respondenten (codes, nooit namen).</source>
        <translation>A code can become an existing touchpoint, a new touchpoint in a phase, a tag, the parking lot, or be skipped. Cases become respondents (codes, never names).</translation>
    </message>
    <message>
        <source>Niet overgenomen of aangepast:</source>
        <translation>Not taken over or changed:</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuoteBrowser</name>
    <message>
        <source>Citatenoverzicht</source>
        <translation>Quote browser</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Parkeerplaats</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>letterlijk</source>
        <translation>verbatim</translation>
    </message>
    <message>
        <source>parafrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{shown} van 1 citaat</source>
        <translation>{shown} of 1 quote</translation>
    </message>
    <message>
        <source>{shown} van {total} citaten</source>
        <translation>{shown} of {total} quotes</translation>
    </message>
    <message>
        <source>Label toevoegen</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Label voor de gekozen citaten:</source>
        <translation>Tag for the chosen quotes:</translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Contactmoment voor de gekozen citaten:</source>
        <translation>Touchpoint for the chosen quotes:</translation>
    </message>
    <message>
        <source>Dit citaat verwijderen?</source>
        <translation>Delete this quote?</translation>
    </message>
    <message>
        <source>Deze {count} citaten verwijderen?</source>
        <translation>Delete these {count} quotes?</translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken.</source>
        <translation>You can undo this.</translation>
    </message>
</context>
<context>
    <name>QuoteBrowserView</name>
    <message>
        <source>Zoeken in citaten…</source>
        <translation>Search in quotes…</translation>
    </message>
    <message>
        <source>Zoeken:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Contactmoment:</source>
        <translation>Touchpoint:</translation>
    </message>
    <message>
        <source>Fase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Respondent:</translation>
    </message>
    <message>
        <source>Perspectief:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation>Sentiment:</translation>
    </message>
    <message>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Herkomst:</source>
        <translation>Provenance:</translation>
    </message>
    <message>
        <source>Label toevoegen…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <source>Verplaatsen naar…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tonen op de kaart</source>
        <translation>Show on the map</translation>
    </message>
    <message>
        <source>Toon in transcript</source>
        <translation>Show in transcript</translation>
    </message>
    <message>
        <source>Exporteren (CSV, Excel)…</source>
        <translation>Export (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Citaat bewerken</source>
        <translation>Edit quote</translation>
    </message>
    <message>
        <source>Nieuw citaat</source>
        <translation>New quote</translation>
    </message>
</context>
<context>
    <name>QuoteDialogView</name>
    <message>
        <source>niet vertaald</source>
        <translation>not translated</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>onderzoeker</source>
        <translation>researcher</translation>
    </message>
    <message>
        <source>Parkeerplaats (nog geen contactmoment)</source>
        <translation>Parking lot (no touchpoint yet)</translation>
    </message>
    <message>
        <source>(geen respondent)</source>
        <translation>(no respondent)</translation>
    </message>
    <message>
        <source>(groep van de respondent)</source>
        <translation>(the respondent&apos;s group)</translation>
    </message>
    <message>
        <source>letterlijk</source>
        <translation>verbatim</translation>
    </message>
    <message>
        <source>parafrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Intern (komt nooit in een export)</source>
        <translation>Internal (never in an export)</translation>
    </message>
    <message>
        <source>&amp;Citaat:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Vertaling (Nederlands):</source>
        <translation>&amp;Translation (Dutch):</translation>
    </message>
    <message>
        <source>Vertaald &amp;door:</source>
        <translation>Translated &amp;by:</translation>
    </message>
    <message>
        <source>C&amp;ontactmoment:</source>
        <translation>T&amp;ouchpoint:</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Respondent:</translation>
    </message>
    <message>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Sentiment:</source>
        <translation>&amp;Sentiment:</translation>
    </message>
    <message>
        <source>&amp;Herkomst:</source>
        <translation>&amp;Provenance:</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>Sour&amp;ce:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>T&amp;ags:</translation>
    </message>
</context>
<context>
    <name>QuoteFormat</name>
    <message>
        <source>zeer negatief (−2)</source>
        <translation>very negative (−2)</translation>
    </message>
    <message>
        <source>negatief (−1)</source>
        <translation>negative (−1)</translation>
    </message>
    <message>
        <source>neutraal (0)</source>
        <translation>neutral (0)</translation>
    </message>
    <message>
        <source>positief (+1)</source>
        <translation>positive (+1)</translation>
    </message>
    <message>
        <source>zeer positief (+2)</source>
        <translation>very positive (+2)</translation>
    </message>
    <message>
        <source>gemengd</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>statushouders</source>
        <translation>status holders</translation>
    </message>
    <message>
        <source>uitvoerders</source>
        <translation>professionals</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{mixed} gemengd</source>
        <translation>{mixed} mixed</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>onbekend ({group})</source>
        <translation>unknown ({group})</translation>
    </message>
</context>
<context>
    <name>QuoteImportDialog</name>
    <message>
        <source>Citaten importeren uit CSV</source>
        <translation>Import quotes from CSV</translation>
    </message>
    <message>
        <source>Citaten importeren uit Excel</source>
        <translation>Import quotes from Excel</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>* verplicht. Een leeg contactmoment gaat naar de parkeerplaats; een import maakt geen respondenten of groepen aan.</source>
        <translation>* required. An empty touchpoint goes to the parking lot; an import creates no respondents or groups.</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>line</translation>
    </message>
    <message>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>contactmoment</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>perspectief</source>
        <translation>perspective</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentiment</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <source>parkeerplaats</source>
        <translation>parking lot</translation>
    </message>
    <message>
        <source>Het bestand bevat geen citaten om te importeren.</source>
        <translation>The file holds no quotes to import.</translation>
    </message>
    <message>
        <source>1 citaat klaar om te importeren</source>
        <translation>1 quote ready to import</translation>
    </message>
    <message>
        <source>{count} citaten klaar om te importeren</source>
        <translation>{count} quotes ready to import</translation>
    </message>
    <message>
        <source>1 citaat geïmporteerd uit {name}</source>
        <translation>1 quote imported from {name}</translation>
    </message>
    <message>
        <source>{count} citaten geïmporteerd uit {name}</source>
        <translation>{count} quotes imported from {name}</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Perspectief</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Parkeerplaats</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>parafrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>letterlijk</source>
        <translation>verbatim</translation>
    </message>
    <message>
        <source>Origineel ({language}):</source>
        <translation>Original ({language}):</translation>
    </message>
</context>
<context>
    <name>QuotesDock</name>
    <message>
        <source>Citaten en beleving</source>
        <translation>Quotes and experience</translation>
    </message>
    <message numerus="yes">
        <source>Parkeerplaats: citaten zonder contactmoment (%n)</source>
        <translation>
            <numerusform>Parking lot: quotes without a touchpoint (%n)</numerusform>
            <numerusform>Parking lot: quotes without a touchpoint (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>respondent onbekend</source>
        <translation>respondent unknown</translation>
    </message>
    <message>
        <source>geen groep</source>
        <translation>no group</translation>
    </message>
    <message>
        <source>vertaald door {who}</source>
        <translation>translated by {who}</translation>
    </message>
    <message>
        <source>parafrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>letterlijk</source>
        <translation>verbatim</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>Citaten: {summary}</source>
        <translation>Quotes: {summary}</translation>
    </message>
    <message>
        <source>Stemmen: {summary}</source>
        <translation>Votes: {summary}</translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>citaten</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>Twee werelden ({basis}): statushouders {client} · uitvoerders {executor}</source>
        <translation>Two worlds ({basis}): status holders {client} · professionals {executor}</translation>
    </message>
    <message>
        <source>verschil van 2 punten of meer</source>
        <translation>a difference of 2 points or more</translation>
    </message>
</context>
<context>
    <name>QuotesDockView</name>
    <message>
        <source>Stem van</source>
        <translation>Vote of</translation>
    </message>
    <message>
        <source>wissen</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Vertaling…</source>
        <translation>&amp;Translation…</translation>
    </message>
    <message>
        <source>De Nederlandse vertaling van het gekozen citaat (ook: T in de lijst)</source>
        <translation>The Dutch translation of the chosen quote (also: T in the list)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Naar parkeerplaats</source>
        <translation>To the parking lot</translation>
    </message>
    <message>
        <source>Sleep een citaat naar een kaart om het daar te plaatsen.</source>
        <translation>Drag a quote onto a card to place it there.</translation>
    </message>
    <message>
        <source>Toon in transcript</source>
        <translation>Show in transcript</translation>
    </message>
    <message>
        <source>De passage van het transcript waaruit het gekozen citaat komt (ook: Ctrl+J in de lijst)</source>
        <translation>The passage of the transcript the chosen quote comes from (also: Ctrl+J in the list)</translation>
    </message>
</context>
<context>
    <name>ReadJob</name>
    <message>
        <source>‘{name}’ kan niet worden gelezen: {reason}.</source>
        <translation>‘{name}’ cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Het transcript kon niet worden gelezen ({kind}: {detail}).</source>
        <translation>The transcript could not be read ({kind}: {detail}).</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Documentverwijzing</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <source>bijv. Thuis in Raalte? (rapport 2021)</source>
        <translation>e.g. Thuis in Raalte? (report 2021)</translation>
    </message>
    <message>
        <source>bijv. p. 34 of r. 1721-1727</source>
        <translation>e.g. p. 34 or l. 1721-1727</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
</context>
<context>
    <name>RespondentImportDialog</name>
    <message>
        <source>Respondenten importeren uit CSV</source>
        <translation>Import respondents from CSV</translation>
    </message>
    <message>
        <source>Respondenten importeren uit Excel</source>
        <translation>Import respondents from Excel</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>(kies een kolom)</source>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Respondentcode *</source>
        <translation>Respondent code *</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>* verplicht. Alle andere kolommen worden kenmerken. Respondenten zijn codes, nooit namen: een kolom met namen of contactgegevens wordt geweigerd.</source>
        <translation>* required. Every other column becomes an attribute. Respondents are codes, never names: a column with names or contact details is refused.</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>line</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>kenmerken</source>
        <translation>attributes</translation>
    </message>
    <message>
        <source>Nieuwe kenmerken voor dit project: {names}</source>
        <translation>New attributes for this project: {names}</translation>
    </message>
    <message>
        <source>Geen nieuwe kenmerken.</source>
        <translation>No new attributes.</translation>
    </message>
    <message>
        <source>Het bestand bevat geen respondenten om te importeren.</source>
        <translation>The file holds no respondents to import.</translation>
    </message>
    <message>
        <source>1 respondent klaar om te importeren</source>
        <translation>1 respondent ready to import</translation>
    </message>
    <message>
        <source>{count} respondenten klaar om te importeren</source>
        <translation>{count} respondents ready to import</translation>
    </message>
    <message>
        <source>1 respondent geïmporteerd uit {name}</source>
        <translation>1 respondent imported from {name}</translation>
    </message>
    <message>
        <source>{count} respondenten geïmporteerd uit {name}</source>
        <translation>{count} respondents imported from {name}</translation>
    </message>
</context>
<context>
    <name>RespondentsDock</name>
    <message>
        <source>Groepen en respondenten</source>
        <translation>Groups and respondents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Groepen&lt;/b&gt; (focusgroepen of sessies)</source>
        <translation>&lt;b&gt;Groups&lt;/b&gt; (focus groups or sessions)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Perspectief</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>&lt;b&gt;Respondenten&lt;/b&gt; (alleen codes en kenmerken, nooit namen)</source>
        <translation>&lt;b&gt;Respondents&lt;/b&gt; (codes and attributes only, never names)</translation>
    </message>
    <message>
        <source>Nieuwe respondent</source>
        <translation>New respondent</translation>
    </message>
    <message>
        <source>Respondent verwijderen</source>
        <translation>Delete respondent</translation>
    </message>
    <message>
        <source>Kenmerken…</source>
        <translation>Attributes…</translation>
    </message>
    <message>
        <source>Importeren uit CSV of Excel…</source>
        <translation>Import from CSV or Excel…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Taal interview</source>
        <translation>Interview language</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd (Spatie zet het aan of uit)</source>
        <translation>Consent recorded (Space switches it on or off)</translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Een taalcode: ar, fa, prs, ti, so, nl, ...</source>
        <translation>A language code: ar, fa, prs, ti, so, nl, ...</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Focusgroep {number}</source>
        <translation>Focus group {number}</translation>
    </message>
    <message>
        <source>Kenmerken van respondenten</source>
        <translation>Respondent attributes</translation>
    </message>
    <message>
        <source>Kenmerken, gescheiden door komma&apos;s (bijvoorbeeld leeftijdsklasse, geslacht, land van herkomst, tijd in NL, opleiding). Geen namen.</source>
        <translation>Attributes, separated by commas (for example age group, gender, country of origin, time in the Netherlands, education). No names.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Citatenoverzicht…</source>
        <translation>&amp;Quote browser…</translation>
    </message>
    <message>
        <source>&amp;Twee werelden…</source>
        <translation>&amp;Two worlds…</translation>
    </message>
    <message>
        <source>Citaten &amp;importeren (CSV, Excel)…</source>
        <translation>&amp;Import quotes (CSV, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Respondenten importeren (CSV, Excel)…</source>
        <translation>Import &amp;respondents (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Citaten &amp;exporteren (CSV, Excel)…</source>
        <translation>&amp;Export quotes (CSV, Excel)…</translation>
    </message>
    <message>
        <source>CSV-bestand of Excel-werkmap kiezen</source>
        <translation>Choose a CSV file or Excel workbook</translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.txt *.xlsx);;CSV-bestanden (*.csv *.txt);;Excel-werkmappen (*.xlsx);;Alle bestanden (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv);;Excel-werkmap (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Privacy&amp;controle…</source>
        <translation>Privacy &amp;check…</translation>
    </message>
    <message>
        <source>Privacy-&amp;instellingen…</source>
        <translation>Privacy &amp;settings…</translation>
    </message>
    <message>
        <source>Citaten exporteren</source>
        <translation>Export quotes</translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten geëxporteerd naar {path}</source>
        <translation>
            <numerusform>%n quote exported to {path}</numerusform>
            <numerusform>%n quotes exported to {path}</numerusform>
        </translation>
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
<context>
    <name>TableImportDialog</name>
    <message>
        <source>&amp;Werkblad:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>Bestand: {name} · werkblad: {sheet} · {rows}</source>
        <translation>File: {name} · worksheet: {sheet} · {rows}</translation>
    </message>
    <message>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Bestand: {name} · scheidingsteken: {separator} · {rows}</source>
        <translation>File: {name} · separator: {separator} · {rows}</translation>
    </message>
</context>
<context>
    <name>TouchpointItem</name>
    <message>
        <source>stem</source>
        <translation>vote</translation>
    </message>
</context>
<context>
    <name>TranscriptActions</name>
    <message>
        <source>&amp;Transcript…</source>
        <translation>&amp;Transcript…</translation>
    </message>
    <message>
        <source>&amp;Transcripten</source>
        <translation>&amp;Transcripts</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcripten</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>interviewer</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Sprekers: {who}</source>
        <translation>Speakers: {who}</translation>
    </message>
    <message>
        <source>groep {name}</source>
        <translation>group {name}</translation>
    </message>
    <message>
        <source>taal {code}</source>
        <translation>language {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n gecodeerde passage(s)</source>
        <translation>
            <numerusform>%n coded passage</numerusform>
            <numerusform>%n coded passages</numerusform>
        </translation>
    </message>
    <message>
        <source>parkeerplaats</source>
        <translation>parking lot</translation>
    </message>
    <message>
        <source>→ parkeerplaats (geen contactmoment gekozen)</source>
        <translation>→ parking lot (no touchpoint chosen)</translation>
    </message>
    <message>
        <source>Kies een passage met de muis of Shift+pijltjes.</source>
        <translation>Choose a passage with the mouse or Shift+arrows.</translation>
    </message>
    <message>
        <source>Enter: citaat maken</source>
        <translation>Enter: make a quote</translation>
    </message>
    <message>
        <source>Er is geen contactmoment {number}.</source>
        <translation>There is no touchpoint {number}.</translation>
    </message>
    <message>
        <source>Kies eerst een passage: met de muis of met Shift+pijltjes.</source>
        <translation>First choose a passage: with the mouse or with Shift+arrows.</translation>
    </message>
    <message>
        <source>Citaat gemaakt: {source} {where}</source>
        <translation>Quote made: {source} {where}</translation>
    </message>
    <message>
        <source>Transcript ‘{name}’ verwijderen?</source>
        <translation>Delete transcript ‘{name}’?</translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript blijven, met hun tekst en bron, maar zonder plaats in het transcript.</source>
        <translation>
            <numerusform>%n quote from this transcript stays, with its text and source, but without its place in the transcript.</numerusform>
            <numerusform>%n quotes from this transcript stay, with their text and source, but without their place in the transcript.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript verwijderen</source>
        <translation>Delete transcript</translation>
    </message>
</context>
<context>
    <name>TranscriptDockView</name>
    <message>
        <source>Transcript:</source>
        <translation>Transcript:</translation>
    </message>
    <message>
        <source>Sprekers…</source>
        <translation>Speakers…</translation>
    </message>
    <message>
        <source>Wie spreekt er: de rol en respondent van elke spreker, en de groep, datum en taal van dit transcript</source>
        <translation>Who speaks: each speaker&apos;s role and respondent, and this transcript&apos;s group, date and language</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Dit transcript uit het project verwijderen; de citaten eruit blijven, met hun tekst en bron</source>
        <translation>Remove this transcript from the project; its quotes stay, with their text and source</translation>
    </message>
    <message>
        <source>Nog geen transcript. Bestand &gt; Importeren &gt; Transcript… leest een interview of focusgroep in (.txt, .docx, .vtt, .srt).</source>
        <translation>No transcript yet. File &gt; Import &gt; Transcript… reads an interview or focus group (.txt, .docx, .vtt, .srt).</translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation>Sentiment:</translation>
    </message>
    <message>
        <source>Contactmoment (Alt+M):</source>
        <translation>Touchpoint (Alt+M):</translation>
    </message>
    <message>
        <source>nr</source>
        <translation>no.</translation>
    </message>
    <message>
        <source>Citaat maken</source>
        <translation>Make quote</translation>
    </message>
    <message>
        <source>Maak een citaat van de gekozen passage (Enter)</source>
        <translation>Make a quote of the chosen passage (Enter)</translation>
    </message>
    <message>
        <source>Kies een passage (muis of Shift+pijltjes) · Alt+1..5 sentiment −2..+2, Alt+G gemengd, Alt+0 onbekend · Alt+M contactmoment · Enter citaat maken · Esc terug naar het canvas</source>
        <translation>Choose a passage (mouse or Shift+arrows) · Alt+1..5 sentiment −2..+2, Alt+G mixed, Alt+0 unknown · Alt+M touchpoint · Enter make a quote · Esc back to the canvas</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <source>Transcript importeren</source>
        <translation>Import transcript</translation>
    </message>
    <message>
        <source>Transcripten (*.txt *.docx *.vtt *.srt);;Alle bestanden (*)</source>
        <translation>Transcripts (*.txt *.docx *.vtt *.srt);;All files (*)</translation>
    </message>
    <message>
        <source>Transcript lezen: {name}…</source>
        <translation>Reading transcript: {name}…</translation>
    </message>
    <message>
        <source>Importeren van {name} afgebroken: er is niets veranderd.</source>
        <translation>Importing {name} cancelled: nothing has changed.</translation>
    </message>
    <message>
        <source>Dit bestand is al geïmporteerd als ‘{name}’. Nog een keer importeren?</source>
        <translation>This file was already imported as ‘{name}’. Import it again?</translation>
    </message>
    <message>
        <source>Niet geïmporteerd: er is niets veranderd.</source>
        <translation>Not imported: nothing has changed.</translation>
    </message>
    <message>
        <source>Transcript geïmporteerd: {name}</source>
        <translation>Transcript imported: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message numerus="yes">
        <source>{name}: {format}, %n spreker(s), {turns} beurten, {chars} tekens ({encoding})</source>
        <translation>
            <numerusform>{name}: {format}, %n speaker, {turns} turns, {chars} characters ({encoding})</numerusform>
            <numerusform>{name}: {format}, %n speakers, {turns} turns, {chars} characters ({encoding})</numerusform>
        </translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Spreker {n}</source>
        <translation>Speaker {n}</translation>
    </message>
    <message>
        <source>Geef het transcript een naam.</source>
        <translation>Give the transcript a name.</translation>
    </message>
    <message>
        <source>De naam van het transcript lijkt een echte naam te bevatten ({name}). Geef het een naam zonder namen, bv. ‘interview R3’.</source>
        <translation>The transcript&apos;s name seems to hold a real name ({name}). Give it a name without names, e.g. ‘interview R3’.</translation>
    </message>
    <message>
        <source>Geef spreker ‘{label}’ een label.</source>
        <translation>Give speaker ‘{label}’ a label.</translation>
    </message>
    <message>
        <source>‘{label}’ lijkt een echte naam: vervang het door de respondentcode of een rol.</source>
        <translation>‘{label}’ looks like a real name: replace it by the respondent code or a role.</translation>
    </message>
    <message>
        <source>Typ de code van de nieuwe respondent voor ‘{label}’.</source>
        <translation>Type the code of the new respondent for ‘{label}’.</translation>
    </message>
    <message>
        <source>Respondent {code} bestaat al: kies die in de lijst.</source>
        <translation>Respondent {code} already exists: choose it in the list.</translation>
    </message>
    <message>
        <source>Twee sprekers krijgen het label ‘{label}’ met een andere rol of respondent: geef elk een eigen label.</source>
        <translation>Two speakers get the label ‘{label}’ with a different role or respondent: give each its own label.</translation>
    </message>
</context>
<context>
    <name>TranscriptImportView</name>
    <message>
        <source>Transcript importeren</source>
        <translation>Import transcript</translation>
    </message>
    <message>
        <source>bv. 2021-03-12</source>
        <translation>e.g. 2021-03-12</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Groep (sessie):</source>
        <translation>&amp;Group (session):</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Wie spreekt er? Kies per spreker de rol en, voor een respondent, de respondentcode.</source>
        <translation>Who speaks? Choose each speaker&apos;s role and, for a respondent, the respondent code.</translation>
    </message>
    <message>
        <source>Spreker in het bestand</source>
        <translation>Speaker in the file</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Code nieuwe respondent</source>
        <translation>Code of a new respondent</translation>
    </message>
    <message>
        <source>Label in het project</source>
        <translation>Label in the project</translation>
    </message>
    <message>
        <source>Rood: dit label lijkt een echte naam. Vervang het door de respondentcode (of een rol): het wordt bij het importeren ook in de tekst vervangen, zodat de naam nooit in het project komt.</source>
        <translation>Red: this label looks like a real name. Replace it by the respondent code (or a role): it is replaced in the text too when importing, so the name never reaches the project.</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>interviewer</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Dit lijkt een echte naam: vervang het door de respondentcode.</source>
        <translation>This looks like a real name: replace it by the respondent code.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Nieuwe respondent…</source>
        <translation>New respondent…</translation>
    </message>
    <message>
        <source>bv. R7</source>
        <translation>e.g. R7</translation>
    </message>
</context>
<context>
    <name>TranscriptSpeakersDialog</name>
    <message numerus="yes">
        <source>{name}: %n spreker(s)</source>
        <translation>
            <numerusform>{name}: %n speaker</numerusform>
            <numerusform>{name}: %n speakers</numerusform>
        </translation>
    </message>
    <message>
        <source>(geen groep)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Kies de respondent van spreker ‘{label}’, of geef die spreker een andere rol.</source>
        <translation>Choose the respondent of speaker ‘{label}’, or give that speaker another role.</translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript krijgen de nieuwe respondent.</source>
        <translation>
            <numerusform>%n quote from this transcript gets the new respondent.</numerusform>
            <numerusform>%n quotes from this transcript get the new respondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citaat/citaten uit dit transcript krijgen de nieuwe groep.</source>
        <translation>
            <numerusform>%n quote from this transcript gets the new group.</numerusform>
            <numerusform>%n quotes from this transcript get the new group.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ook de citaten aanpassen? Bij ‘Nee’ wijzigt alleen het transcript.</source>
        <translation>Change the quotes too? With ‘No’ only the transcript changes.</translation>
    </message>
</context>
<context>
    <name>TranscriptSpeakersView</name>
    <message>
        <source>Sprekers wijzigen</source>
        <translation>Change speakers</translation>
    </message>
    <message>
        <source>bv. 2021-03-12</source>
        <translation>e.g. 2021-03-12</translation>
    </message>
    <message>
        <source>&amp;Groep (sessie):</source>
        <translation>&amp;Group (session):</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Wie spreekt er? Kies per spreker de rol en, voor een respondent, de respondentcode. De labels in de tekst blijven zoals ze zijn.</source>
        <translation>Who is speaking? Choose each speaker&apos;s role and, for a respondent, the respondent code. The labels in the text stay as they are.</translation>
    </message>
    <message>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>interviewer</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Rol van {label}</source>
        <translation>Role of {label}</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Respondent van {label}</source>
        <translation>Respondent of {label}</translation>
    </message>
</context>
<context>
    <name>TwoWorldsView</name>
    <message>
        <source>Twee werelden</source>
        <translation>Two worlds</translation>
    </message>
    <message>
        <source>Per contactmoment de beleving van statushouders naast die van uitvoerders, en het ontwerp: of de stap in de ontworpen route zit en de termijn tegen de werkelijke duur; bovenaan de grootste verschillen. Rood: verschil van 2 punten of meer, of een overschreden termijn.</source>
        <translation>Per touchpoint the experience of status holders beside that of executors, and the design: whether the step is in the designed route and the deadline against the actual duration; the largest differences at the top. Red: a difference of 2 points or more, or an exceeded deadline.</translation>
    </message>
    <message>
        <source>Vergelijk op:</source>
        <translation>Compare on:</translation>
    </message>
    <message>
        <source>Automatisch (stemmen als beide groepen gestemd hebben, anders citaten)</source>
        <translation>Automatic (votes when both groups voted, else quotes)</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Citaten</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Statushouders</source>
        <translation>Status holders</translation>
    </message>
    <message>
        <source>Uitvoerders</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Ontwerp</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>citaten</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>Verschil van 2 punten of meer</source>
        <translation>A difference of 2 points or more</translation>
    </message>
    <message>
        <source>in het ontwerp</source>
        <translation>in the design</translation>
    </message>
    <message>
        <source>alleen in het ontwerp</source>
        <translation>design only</translation>
    </message>
    <message>
        <source>niet in het ontwerp</source>
        <translation>not in the design</translation>
    </message>
    <message>
        <source>Ontwerp en praktijk nog niet vergeleken</source>
        <translation>Design and practice not compared yet</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Vorige versies</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <source>Elke keer dat dit project wordt geopend, bewaart Klantreis een kopie (de laatste 10). Kies een versie om terug te zetten.</source>
        <translation>Each time this project is opened, Klantreis keeps a copy (the last 10). Choose a version to restore.</translation>
    </message>
    <message>
        <source>Als &amp;nieuw bestand bewaren…</source>
        <translation>Save as a &amp;new file…</translation>
    </message>
    <message>
        <source>In dit project &amp;terugzetten</source>
        <translation>&amp;Restore in this project</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{when} · {touchpoints} contactmomenten · {quotes} citaten</source>
        <translation>{when} · {touchpoints} touchpoints · {quotes} quotes</translation>
    </message>
    <message>
        <source>Er zijn nog geen vorige versies van dit project.</source>
        <translation>There are no previous versions of this project yet.</translation>
    </message>
    <message>
        <source>Teruggezet. Met Ongedaan maken (Ctrl+Z) gaat u terug.</source>
        <translation>Restored. Undo (Ctrl+Z) takes you back.</translation>
    </message>
    <message>
        <source>Vorige versie bewaren als</source>
        <translation>Save previous version as</translation>
    </message>
    <message>
        <source>Klantreis-projecten (*.klantreis)</source>
        <translation>Klantreis projects (*.klantreis)</translation>
    </message>
    <message>
        <source>Bewaard als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Niet gewijzigd</source>
        <translation>Not changed</translation>
    </message>
</context>
</TS>
