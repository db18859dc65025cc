#include "about/aboutdialog.h"
#include "about/applicationicon.h"
#include "about/keyboardshortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace exotrunk;

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsVersionsAndLicence();
    void showsWhereSettingsLive();
    void copiesDetailsToClipboard();
    void everyWidgetIsNamed();
    void applicationIconComesFromResources();
    void shortcutsTableListsActionsWithShortcuts();
    void shortcutsTableFollowsChangedShortcuts();
    void shortcutsTableFilters();
    void actionsOfWalksMenusInOrder();

private:
    static QStringList tableColumn(const QTableWidget *table, int column, bool visibleOnly = false);
};

void TestAboutDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));
}

void TestAboutDialog::showsVersionsAndLicence() {
    AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersionValue"));
    QVERIFY(version);
    QCOMPARE(version->text(), QStringLiteral(EXOTRUNK_VERSION));
    QVERIFY(QStringLiteral(EXOTRUNK_VERSION)
                .contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+"))));

    auto *qt = dialog.findChild<QLabel *>(QStringLiteral("aboutQtVersionValue"));
    QVERIFY(qt);
    QVERIFY2(qt->text().startsWith(QString::fromLatin1(qVersion())), qPrintable(qt->text()));

    auto *keychain = dialog.findChild<QLabel *>(QStringLiteral("aboutKeychainVersionValue"));
    QVERIFY(keychain);
    // Built against a real QtKeychain: a dotted version, not the "unknown" fallback.
    QVERIFY2(keychain->text().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))),
             qPrintable(keychain->text()));

    auto *licence = dialog.findChild<QLabel *>(QStringLiteral("aboutLicenseValue"));
    QVERIFY(licence);
    QCOMPARE(licence->text(), AboutDialog::licenseName());
    QVERIFY(!licence->text().isEmpty());
}

void TestAboutDialog::showsWhereSettingsLive() {
    AboutDialog dialog;
    auto *settings = dialog.findChild<QLabel *>(QStringLiteral("aboutSettingsValue"));
    QVERIFY(settings);
    QCOMPARE(settings->text(), QDir::toNativeSeparators(QSettings().fileName()));
    QVERIFY(settings->text().endsWith(QStringLiteral(".conf")));
    auto *cache = dialog.findChild<QLabel *>(QStringLiteral("aboutCacheValue"));
    QVERIFY(cache);
    QCOMPARE(cache->text(), QDir::toNativeSeparators(
                                QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    auto *logs = dialog.findChild<QLabel *>(QStringLiteral("aboutLogValue"));
    QVERIFY(logs);
    QVERIFY(!logs->text().isEmpty());
    dialog.setLogLocation(QStringLiteral("/var/log/exotrunk.log"));
    QCOMPARE(logs->text(), QStringLiteral("/var/log/exotrunk.log"));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("/var/log/exotrunk.log")));
}

void TestAboutDialog::copiesDetailsToClipboard() {
    AboutDialog dialog;
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopyButton"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.detailsText());
    QVERIFY(copied.contains(QStringLiteral(EXOTRUNK_VERSION)));
    QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
    QVERIFY(copied.contains(QSettings().fileName()));
    QCOMPARE(copied.count(QLatin1Char('\n')), 10); // title + ten rows
}

void TestAboutDialog::everyWidgetIsNamed() {
    AboutDialog about;
    KeyboardShortcutsDialog shortcuts({});
    for (QDialog *dialog : {static_cast<QDialog *>(&about), static_cast<QDialog *>(&shortcuts)}) {
        QVERIFY(!dialog->objectName().isEmpty());
        QVERIFY(!dialog->accessibleName().isEmpty());
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        int focusable = 0;
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled() ||
                widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
                continue; // viewports and scroll bars belong to their view
            ++focusable;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(focusable >= 2);
    }
}

void TestAboutDialog::applicationIconComesFromResources() {
    QVERIFY(QFile::exists(QStringLiteral(":/icons/exotrunk-console.svg")));
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(48, 48);
    QVERIFY(!pixmap.isNull());
    QCOMPARE(applicationId(), QStringLiteral("app.exotrunk.Console"));
}

QStringList TestAboutDialog::tableColumn(const QTableWidget *table, int column, bool visibleOnly) {
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (visibleOnly && table->isRowHidden(row))
            continue;
        values << table->item(row, column)->text();
    }
    return values;
}

void TestAboutDialog::shortcutsTableListsActionsWithShortcuts() {
    QAction open(QStringLiteral("&Open Account..."));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction quit(QStringLiteral("&Quit"));
    quit.setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::Key_F10)});
    QAction noKeys(QStringLiteral("Only in a menu"));
    QAction separator;
    separator.setSeparator(true);
    QAction ampersand(QStringLiteral("Copy && &Paste"));
    ampersand.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    KeyboardShortcutsDialog dialog({&open, &noKeys, &separator, &quit, &ampersand});
    QAbstractItemModelTester tester(dialog.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tableColumn(dialog.table(), 0),
             (QStringList{QStringLiteral("Open Account"), QStringLiteral("Quit"),
                          QStringLiteral("Copy & Paste")}));
    QCOMPARE(dialog.table()->item(0, 1)->text(),
             QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
    QVERIFY(dialog.table()->item(1, 1)->text().contains(
        QKeySequence(Qt::Key_F10).toString(QKeySequence::NativeText)));
    QVERIFY(dialog.table()->item(1, 1)->text().contains(
        QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText)));
}

void TestAboutDialog::shortcutsTableFollowsChangedShortcuts() {
    auto *refresh = new QAction(QStringLiteral("&Refresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QAction help(QStringLiteral("&Help"));
    KeyboardShortcutsDialog dialog({refresh, &help});
    QCOMPARE(dialog.table()->rowCount(), 1);

    help.setShortcut(QKeySequence(Qt::Key_F1));
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(tableColumn(dialog.table(), 0),
             (QStringList{QStringLiteral("Refresh"), QStringLiteral("Help")}));
    QCOMPARE(dialog.table()->item(0, 1)->text(),
             QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));

    delete refresh; // a deleted action drops out instead of dangling
    dialog.refresh();
    QCOMPARE(tableColumn(dialog.table(), 0), QStringList{QStringLiteral("Help")});
}

void TestAboutDialog::shortcutsTableFilters() {
    QAction open(QStringLiteral("&Open Account"));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction refresh(QStringLiteral("&Refresh Trunks"));
    refresh.setShortcut(QKeySequence(Qt::Key_F5));
    KeyboardShortcutsDialog dialog({&open, &refresh});
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("trunk"));
    QCOMPARE(tableColumn(dialog.table(), 0, true), QStringList{QStringLiteral("Refresh Trunks")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("F5"));
    QCOMPARE(tableColumn(dialog.table(), 0, true), QStringList{QStringLiteral("Refresh Trunks")});
    filter->clear();
    QCOMPARE(tableColumn(dialog.table(), 0, true).size(), 2);
}

void TestAboutDialog::actionsOfWalksMenusInOrder() {
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    QAction *open = file->addAction(QStringLiteral("&Open"));
    file->addSeparator();
    QMenu *recent = file->addMenu(QStringLiteral("Recent"));
    QAction *first = recent->addAction(QStringLiteral("First"));
    QAction *quit = file->addAction(QStringLiteral("&Quit"));
    QMenu *help = window.menuBar()->addMenu(QStringLiteral("&Help"));
    QAction *about = help->addAction(QStringLiteral("&About"));
    auto *hidden = new QAction(QStringLiteral("Focus search"), &window);
    window.addAction(hidden);
    window.addAction(open); // also reachable from the window: listed once

    QCOMPARE(KeyboardShortcutsDialog::actionsOf(&window),
             (QList<QAction *>{open, first, quit, about, hidden}));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
