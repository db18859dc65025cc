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
    <name>exotrunk::SectionModel</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n item could not be read and is not shown.</numerusform>
            <numerusform>%n items could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkListModel</name>
    <message numerus="yes">
        <source>%n trunk(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n trunk could not be read and is not shown.</numerusform>
            <numerusform>%n trunks could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n window(s) of %1 closed because the account changed.</source>
        <translation>
            <numerusform>%n window of %1 closed because the account changed.</numerusform>
            <numerusform>%n windows of %1 closed because the account changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
