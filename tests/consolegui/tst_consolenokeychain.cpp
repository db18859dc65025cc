// The whole console on a machine without a Secret Service: the session bus address points at
// nothing. Adding an account through the window says so in plain words and offers to use the
// token for this session only; accepted, the console works with it, and afterwards the
// settings, cache and data folders and the log hold no trace of the token.
#include "accounts/accountdialog.h"
#include "accounts/profilestore.h"
#include "common/banner.h"
#include "consoletestkit.h"
#include "trunkdetailsmodels.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>

using namespace exotrunk;
using namespace exotrunk::testing;

class ConsoleNoKeychainTest : public QObject {
    Q_OBJECT

public:
    explicit ConsoleNoKeychainTest(QString root)
        : m_root(std::move(root)) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionOnlyAccountThroughTheWindow();
    void nothingOfTheTokenIsLeftBehind();

private:
    QString m_root;
    QString m_token;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void ConsoleNoKeychainTest::initTestCase() {
    LogCapture::instance().install();
    m_token = QStringLiteral("nokeyring-") + QUuid::createUuid().toString(QUuid::Id128);
    sandbox::SandboxOptions options;
    options.accountSid = QStringLiteral("laptop42");
    options.apiKey = QStringLiteral("laptopkey");
    options.apiToken = m_token;
    options.seedDemoData = false;
    options.requestsPerMinute = 0;
    m_server = startSandbox(options);
    QVERIFY(m_server);
    QVERIFY(seedTrunks(*m_server, {QStringLiteral("laptop_trunk")}));
}

void ConsoleNoKeychainTest::cleanupTestCase() {
    m_server.reset();
    LogCapture::instance().uninstall();
}

void ConsoleNoKeychainTest::sessionOnlyAccountThroughTheWindow() {
    {
        Console console{CommandLineOptions{}};
        console.accounts().secretStore()->setRetryDelay(std::chrono::milliseconds(50));
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        ui::MainWindow &window = console.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.sandboxBanner()->isVisible());

        window.findChild<QAction *>(QStringLiteral("addAccountAction"))->trigger();
        QPointer<AccountDialog> dialog;
        QTRY_VERIFY((dialog = visibleChild<AccountDialog>(&window, "accountDialog")));
        QTest::keyClicks(visibleChild<QLineEdit>(dialog, "accountNameEdit"),
                         QStringLiteral("Laptop"));
        QVERIFY(clickButton(dialog, "advancedToggle"));
        QTest::keyClicks(visibleChild<QLineEdit>(dialog, "customUrlEdit"),
                         m_server->baseUrl().toString());
        QTest::keyClicks(visibleChild<QLineEdit>(dialog, "accountSidEdit"),
                         m_server->options().accountSid);
        QTest::keyClicks(visibleChild<QLineEdit>(dialog, "apiKeyEdit"), m_server->options().apiKey);
        QTest::keyClicks(visibleChild<QLineEdit>(dialog, "apiTokenEdit"), m_token);

        // The connection itself works without a keychain.
        QVERIFY(clickButton(dialog, "testConnectionButton"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected")),
                                 kConsoleWaitMs);

        // Saving cannot reach a keychain: plain words, and the session-only offer.
        QVERIFY(clickButton(dialog, "saveAccountButton"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("keychainMessageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QPushButton>(dialog, "sessionOnlyButton"),
                                 kConsoleWaitMs);
        QCOMPARE(message->text(),
                 QStringLiteral("No system keychain is available (no Secret Service is running). "
                                "You can use the token for this session only; it will not be "
                                "saved."));
        QVERIFY(dialog->isVisible());
        QVERIFY(console.accounts().profiles().isEmpty());
        QVERIFY(window.sandboxBanner()->isVisible()); // still on the sandbox

        QVERIFY(clickButton(dialog, "sessionOnlyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kConsoleWaitMs);
        const auto active = console.accounts().activeProfile();
        QVERIFY(active);
        QVERIFY(active->sessionOnlyToken);

        // The console works on that account for this session.
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandboxBanner()->isVisible(), kConsoleWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(listedTrunkNames(window),
                                  QStringList{QStringLiteral("laptop_trunk")}, kConsoleWaitMs);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("profileLabel"))
                    ->text()
                    .contains(QLatin1String("Laptop")));
        QVERIFY(window.findChild<QComboBox *>(QStringLiteral("profileCombo"))
                    ->currentText()
                    .contains(QLatin1String("this session")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("trunkTable"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::TrunkDetails);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsController()->sectionsSettled(), kConsoleWaitMs);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("field_name"))->text(),
                 QStringLiteral("laptop_trunk"));
        QTest::keyClick(window.findChild<QWidget *>(QStringLiteral("trunkDetailsPage")),
                        Qt::Key_Escape);
        window.refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.trunkListModel()->isBusy(), kConsoleWaitMs);
        QCOMPARE(listedTrunkNames(window), QStringList{QStringLiteral("laptop_trunk")});
    }
    // The next run knows the profile but not its token: it says so without a blocking box and
    // asks for the token again, which can again be kept for this session only.
    Console next{CommandLineOptions{}};
    next.accounts().secretStore()->setRetryDelay(std::chrono::milliseconds(50));
    const auto again = next.accounts().activeProfile();
    QVERIFY(again);
    QCOMPARE(again->accountSid, QStringLiteral("laptop42"));
    QVERIFY(again->sessionOnlyToken);
    std::optional<SecretResult> read;
    next.accounts().tokenFor(again->id, nullptr, [&read](const SecretResult &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), kConsoleWaitMs);
    QCOMPARE(read->error, SecretResult::Error::NotFound);

    ui::MainWindow &window = next.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(next.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), ui::MainWindow::Page::Welcome, kConsoleWaitMs);
    auto *note = window.findChild<QLabel *>(QStringLiteral("welcomeNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("one session only")), qPrintable(note->text()));
    QPointer<AccountDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<AccountDialog>(&window, "accountDialog")),
                             kConsoleWaitMs);
    QVERIFY(dialog->isEditing());
    QCOMPARE(visibleChild<QLineEdit>(dialog, "accountSidEdit")->text(), QStringLiteral("laptop42"));
    QVERIFY(!visibleChild<QPushButton>(dialog, "saveAccountButton")->isEnabled()); // token needed
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "apiTokenEdit"), m_token);
    QVERIFY(clickButton(dialog, "saveAccountButton"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QPushButton>(dialog, "sessionOnlyButton"),
                             kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "sessionOnlyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), ui::MainWindow::Page::TrunkList,
                              kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(listedTrunkNames(window), QStringList{QStringLiteral("laptop_trunk")},
                              kConsoleWaitMs);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("profileLabel"))
                ->text()
                .contains(QLatin1String("Laptop")));
}

void ConsoleNoKeychainTest::nothingOfTheTokenIsLeftBehind() {
    QSettings settings;
    settings.sync();
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY(settings.fileName().startsWith(m_root));          // the search below covers it
    QVERIFY(QDir::tempPath().startsWith(m_root));             // and the temporary files
    QVERIFY(filesContaining(m_root, "laptop42").size() >= 1); // the profile was written…
    const QByteArray token = m_token.toUtf8();
    const QByteArray basic = basicCredentials(QStringLiteral("laptopkey"), m_token);
    for (const QByteArray &needle : {token, basic}) { // …its token never
        QVERIFY2(filesContaining(m_root, needle).isEmpty(),
                 qPrintable(filesContaining(m_root, needle).join(u' ')));
    }
    const QString log = LogCapture::instance().text();
    QVERIFY(log.contains(QLatin1String("exotrunk.accounts")));
    QVERIFY(!log.contains(m_token));
    QVERIFY(!log.contains(QString::fromLatin1(basic)));
}

int main(int argc, char **argv) {
    // Before anything can open a D-Bus connection: a bus that cannot exist, no display to
    // autolaunch one, and every XDG folder inside a throwaway one searched afterwards.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + QFile::encodeName(root.path()) + "/no-such-bus-socket");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    // Temporary files too (QDir::tempPath() follows TMPDIR): the search for the token then
    // covers them, and never reads what other programs keep in the shared /tmp.
    isolateXdg(root.path(), {"TMPDIR"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("consolenokeychain"));
    ConsoleNoKeychainTest test(root.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consolenokeychain.moc"
