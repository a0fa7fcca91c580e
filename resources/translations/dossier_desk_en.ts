<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
