#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace exotrunk {

Q_LOGGING_CATEGORY(lcI18n, "exotrunk.i18n")

namespace {

const QString kCatalogueDirectory = QStringLiteral(":/i18n");

bool isAvailable(const QLocale &locale) {
    return availableLanguages().contains(QLocale::languageToCode(locale.language()));
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

TranslationSetup installTranslations(QCoreApplication &app, const QString &languageOverride) {
    TranslationSetup setup;
    setup.locale = QLocale::system();
    if (!languageOverride.isEmpty()) {
        const QLocale requested(languageOverride);
        if (requested.language() == QLocale::C || !isAvailable(requested)) {
            setup.warning =
                QCoreApplication::translate("Translations",
                                            "The language \"%1\" is not available (choose one of "
                                            "%2); using the system language.")
                    .arg(languageOverride, availableLanguages().join(QStringLiteral(", ")));
            qCWarning(lcI18n).noquote() << "unavailable --lang" << languageOverride;
        } else {
            setup.locale = requested;
        }
    }
    // A system locale we have no catalogue for still formats dates and numbers its own way;
    // only the strings fall back to English.
    QLocale::setDefault(setup.locale);

    auto *ours = new QTranslator(&app);
    if (ours->load(setup.locale, QStringLiteral("exotrunk"), QStringLiteral("_"),
                   kCatalogueDirectory)) {
        QCoreApplication::installTranslator(ours);
        setup.applicationCatalogue = ours->language() != QLatin1String("en");
    } else {
        delete ours;
    }

    // Our Hindi for Qt's standard buttons and menus, installed first so that a system catalogue
    // of Qt's own (searched before it) takes precedence where one exists.
    auto *qtSupplement = new QTranslator(&app);
    if (qtSupplement->load(setup.locale, QStringLiteral("exotrunk_qt"), QStringLiteral("_"),
                           kCatalogueDirectory)) {
        QCoreApplication::installTranslator(qtSupplement);
        setup.qtCatalogue = true;
    } else {
        delete qtSupplement;
    }

    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(setup.locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory)) {
        QCoreApplication::installTranslator(qt);
        setup.qtCatalogue = true;
    } else {
        delete qt;
    }

    qCInfo(lcI18n).noquote() << "interface locale" << setup.locale.name() << "catalogue"
                             << setup.applicationCatalogue << "qt catalogue" << setup.qtCatalogue;
    return setup;
}

} // namespace exotrunk
