<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message numerus="yes">
        <source>%n dossier(s) — ↑↓ choose, Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n dossier — ↑↓ choose, Enter opens, Esc closes</numerusform>
            <numerusform>%n dossiers — ↑↓ choose, Enter opens, Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefileDialog</name>
    <message numerus="yes">
        <source>Refile %n document(s)</source>
        <translation>
            <numerusform>Refile %n document</numerusform>
            <numerusform>Refile %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenancyMenu</name>
    <message numerus="yes">
        <source>Labels recorded as printed: %n dossier(s).</source>
        <translation>
            <numerusform>Labels recorded as printed: %n dossier.</numerusform>
            <numerusform>Labels recorded as printed: %n dossiers.</numerusform>
        </translation>
    </message>
</context>
</TS>
