<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Klantreis's own wording for texts that Qt itself makes (kept by hand: lupdate does not see
     them). Loaded after Qt's translations, so these win. -->
<TS version="2.1" language="en_GB" sourcelanguage="en_US">
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Redo</translation>
    </message>
</context>
</TS>
