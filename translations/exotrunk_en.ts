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
</TS>
