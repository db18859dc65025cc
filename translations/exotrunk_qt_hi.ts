<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hindi for the Qt strings the console shows (standard buttons, wizard buttons, text editing
     menus). Debian's qt6-translations-l10n has no Hindi catalogue; Qt's own, when a system has
     one, is installed after this one and wins. Not touched by lupdate: these are Qt's sources. -->
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>ठीक है</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>ठीक है</translation></message>
    <message><source>&amp;No</source><translation>नहीं (&amp;N)</translation></message>
    <message><source>&amp;Yes</source><translation>हाँ (&amp;Y)</translation></message>
    <message><source>Help</source><translation>सहायता</translation></message>
    <message><source>Open</source><translation>खोलें</translation></message>
    <message><source>Save</source><translation>सहेजें</translation></message>
    <message><source>Abort</source><translation>निरस्त करें</translation></message>
    <message><source>Apply</source><translation>लागू करें</translation></message>
    <message><source>Close</source><translation>बंद करें</translation></message>
    <message><source>Reset</source><translation>रीसेट करें</translation></message>
    <message><source>Retry</source><translation>फिर से कोशिश करें</translation></message>
    <message><source>Restore Defaults</source><translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation></message>
    <message><source>Cancel</source><translation>रद्द करें</translation></message>
    <message><source>Ignore</source><translation>अनदेखा करें</translation></message>
    <message><source>N&amp;o to All</source><translation>सभी के लिए नहीं (&amp;O)</translation></message>
    <message><source>Save All</source><translation>सभी सहेजें</translation></message>
    <message><source>Discard</source><translation>छोड़ दें</translation></message>
    <message><source>Yes to &amp;All</source><translation>सभी के लिए हाँ (&amp;A)</translation></message>
    <message><source>Don&apos;t Save</source><translation>न सहेजें</translation></message>
    <message><source>Close without Saving</source><translation>बिना सहेजे बंद करें</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>पूर्ववत करें (&amp;U)</translation></message>
    <message><source>&amp;Redo</source><translation>फिर से करें (&amp;R)</translation></message>
    <message><source>Cu&amp;t</source><translation>काटें (&amp;T)</translation></message>
    <message><source>&amp;Copy</source><translation>कॉपी करें (&amp;C)</translation></message>
    <message><source>&amp;Paste</source><translation>चिपकाएँ (&amp;P)</translation></message>
    <message><source>Delete</source><translation>हटाएँ</translation></message>
    <message><source>Select All</source><translation>सभी चुनें</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>पूर्ववत करें (&amp;U)</translation></message>
    <message><source>&amp;Redo</source><translation>फिर से करें (&amp;R)</translation></message>
    <message><source>Cu&amp;t</source><translation>काटें (&amp;T)</translation></message>
    <message><source>&amp;Copy</source><translation>कॉपी करें (&amp;C)</translation></message>
    <message><source>&amp;Paste</source><translation>चिपकाएँ (&amp;P)</translation></message>
    <message><source>Delete</source><translation>हटाएँ</translation></message>
    <message><source>Select All</source><translation>सभी चुनें</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>लिंक का पता कॉपी करें (&amp;L)</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; पीछे (&amp;B)</translation></message>
    <message><source>&amp;Next &gt;</source><translation>आगे (&amp;N) &gt;</translation></message>
    <message><source>&amp;Next</source><translation>आगे (&amp;N)</translation></message>
    <message><source>&amp;Finish</source><translation>समाप्त करें (&amp;F)</translation></message>
    <message><source>Cancel</source><translation>रद्द करें</translation></message>
    <message><source>Help</source><translation>सहायता</translation></message>
    <message><source>&amp;Help</source><translation>सहायता (&amp;H)</translation></message>
    <message><source>Go Back</source><translation>पीछे जाएँ</translation></message>
    <message><source>Continue</source><translation>जारी रखें</translation></message>
    <message><source>Commit</source><translation>पुष्टि करें</translation></message>
    <message><source>Done</source><translation>हो गया</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>विवरण दिखाएँ...</translation></message>
    <message><source>Hide Details...</source><translation>विवरण छिपाएँ...</translation></message>
</context>
<context>
    <name>QInputDialog</name>
    <message><source>Enter a value:</source><translation>कोई मान दर्ज करें:</translation></message>
</context>
</TS>
