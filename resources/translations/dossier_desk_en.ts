<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveSettingsDialog</name>
    <message numerus="yes">
        <source>%n file(s) were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</source>
        <translation>
            <numerusform>%n file was bound before these settings existed and still has an old number; it gets its archival code once, and keeps the old one as 原编号.</numerusform>
            <numerusform>%n files were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</numerusform>
        </translation>
    </message>
</context>
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
    <name>CodesDialog</name>
    <message numerus="yes">
        <source>These %n file(s) get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</source>
        <translation>
            <numerusform>This %n file gets the archival code shown. Its old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</numerusform>
            <numerusform>These %n files get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</numerusform>
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
