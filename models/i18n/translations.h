#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace exotrunk {

// What installTranslations() chose, so the caller can report it (log, About dialog, tests).
struct TranslationSetup {
    QLocale locale;                    // the locale the interface now uses (also QLocale's default)
    bool applicationCatalogue = false; // our own strings are translated (false for English)
    bool qtCatalogue = false; // Qt's own strings (dialog buttons, shortcuts) are translated
    QString warning;          // set when the requested language could not be honoured
};

// Languages the console ships, as ISO 639 codes; English is the source language.
QStringList availableLanguages();

// Installs the translators for `languageOverride` (e.g. "hi", "hi_IN", from --lang) or, when it
// is empty, for the system locale, and makes that locale QLocale's default so dates, times and
// numbers follow it. Our catalogue comes from the resources compiled into the binary
// (":/i18n/exotrunk_<lang>.qm"), with our Hindi for Qt's standard buttons and menus
// (":/i18n/exotrunk_qt_hi.qm"); Qt's own catalogue comes from QLibraryInfo::TranslationsPath
// when the system has one (qt6-translations-l10n) and wins over ours. Call it once, right after the
// application object exists.
TranslationSetup installTranslations(QCoreApplication &app, const QString &languageOverride);

} // namespace exotrunk
