#include "about/aboutdialog.h"
#include "editing/numbermodetext.h"
#include "i18n/translations.h"
#include "validation/validators.h"
#include "workflows/provisioningrequest.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace exotrunk;

namespace {

bool hasDevanagari(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    }
    return false;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void cataloguesAreCompiledIn();
    void hindiOverrideTranslatesTheInterface();
    void hindiWithRegionFindsTheCatalogue();
    void hindiFormatsDatesAndNumbers();
    void englishOverrideKeepsSourceStrings();
    void unknownLanguageFallsBackToSystem();
    void englishPluralFormsAreReal();
};

void TestTranslations::cleanup() {
    // Each case starts untranslated: drop what installTranslations() installed.
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cataloguesAreCompiledIn() {
    for (const QString &language : availableLanguages()) {
        const QString path = QStringLiteral(":/i18n/exotrunk_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    QCOMPARE(availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("hi")}));
}

void TestTranslations::hindiOverrideTranslatesTheInterface() {
    const TranslationSetup setup = installTranslations(*qApp, QStringLiteral("hi"));
    QVERIFY(setup.warning.isEmpty());
    QCOMPARE(setup.locale.language(), QLocale::Hindi);
    QCOMPARE(QLocale().language(), QLocale::Hindi);
    QVERIFY(setup.applicationCatalogue);

    AboutDialog dialog;
    QVERIFY2(dialog.windowTitle() != QStringLiteral("About Exotrunk Console"),
             qPrintable(dialog.windowTitle()));
    QVERIFY2(hasDevanagari(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
    // Qt's own buttons too: Debian has no Hindi qtbase catalogue, ours fills in.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QVERIFY2(hasDevanagari(cancel), qPrintable(cancel));
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("aboutCloseButton"));
    QVERIFY(close);
    QVERIFY2(hasDevanagari(close->text()), qPrintable(close->text()));
    const QString option = QCoreApplication::translate(
        "CommandLine", "Language of the interface (en, hi); default: the system's.");
    QVERIFY2(hasDevanagari(option), qPrintable(option));
    // The models' sentences too: a validator's verdict, with its argument kept.
    const Validity verdict = validate::trunkName(QString(20, QLatin1Char('a')));
    QVERIFY2(hasDevanagari(verdict.message), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QStringLiteral("20")), qPrintable(verdict.message));
    const Validity range = validate::ipv4(QStringLiteral("10.0.0.5"));
    QVERIFY2(hasDevanagari(range.message), qPrintable(range.message));
    // The number modes' texts, looked up under the context the catalogue files them under.
    const QString notSet = numbermodetext::displayName(NumberMode::Default);
    QVERIFY2(hasDevanagari(notSet), qPrintable(notSet));
    // The provisioning plan's sentences (the wizard's use cases, its steps, the hand-off).
    const QString useCase = useCaseTitle(UseCase::OutboundPstn);
    QVERIFY2(hasDevanagari(useCase), qPrintable(useCase));
}

void TestTranslations::hindiWithRegionFindsTheCatalogue() {
    const TranslationSetup setup = installTranslations(*qApp, QStringLiteral("hi_IN"));
    QVERIFY(setup.warning.isEmpty());
    QVERIFY(setup.applicationCatalogue);
    QCOMPARE(setup.locale.territory(), QLocale::India);
    QVERIFY(hasDevanagari(AboutDialog().windowTitle()));
}

void TestTranslations::hindiFormatsDatesAndNumbers() {
    installTranslations(*qApp, QStringLiteral("hi"));
    const QLocale locale;
    QVERIFY2(hasDevanagari(locale.monthName(1)), qPrintable(locale.monthName(1)));
    QVERIFY2(hasDevanagari(locale.toString(QDate(2026, 1, 26), QLocale::LongFormat)),
             qPrintable(locale.toString(QDate(2026, 1, 26), QLocale::LongFormat)));
    // Hindi groups digits the Indian way: 12,34,567.
    QCOMPARE(locale.toString(1234567), QStringLiteral("12,34,567"));
}

void TestTranslations::englishOverrideKeepsSourceStrings() {
    const TranslationSetup setup = installTranslations(*qApp, QStringLiteral("en"));
    QVERIFY(setup.warning.isEmpty());
    QCOMPARE(setup.locale.language(), QLocale::English);
    QVERIFY(!setup.applicationCatalogue);
    QCOMPARE(AboutDialog().windowTitle(), QStringLiteral("About Exotrunk Console"));
}

void TestTranslations::unknownLanguageFallsBackToSystem() {
    for (const QString &code : {QStringLiteral("xx"), QStringLiteral("fr")}) {
        const TranslationSetup setup = installTranslations(*qApp, code);
        QVERIFY2(setup.warning.contains(code), qPrintable(setup.warning));
        QCOMPARE(setup.locale, QLocale::system());
        cleanup();
    }
}

void TestTranslations::englishPluralFormsAreReal() {
    // The English catalogue carries the plural forms of "%n …(s)" strings.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/exotrunk_en.qm")));
    QCOMPARE(english.language(), QStringLiteral("en"));
    QVERIFY(!english.isEmpty());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
