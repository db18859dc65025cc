<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>exotrunk::AddDestinationsDialog</name>
    <message numerus="yes">
        <source>Adding %n destination(s)…</source>
        <translation>
            <numerusform>Adding %n destination…</numerusform>
            <numerusform>Adding %n destinations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::OnceSecretPanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the password.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the password.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::MainWindow</name>
    <message numerus="yes">
        <source>Exotel asked to slow down; continuing in %n second(s)…</source>
        <translation>
            <numerusform>Exotel asked to slow down; continuing in %n second…</numerusform>
            <numerusform>Exotel asked to slow down; continuing in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkListPage</name>
    <message numerus="yes">
        <source>%n trunk(s)</source>
        <translation>
            <numerusform>%n trunk</numerusform>
            <numerusform>%n trunks</numerusform>
        </translation>
    </message>
</context>
</TS>
