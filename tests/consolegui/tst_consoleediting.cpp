// Editing a trunk through the whole console: the console opens on its sandbox, a trunk's details
// page is opened from the list with Enter, and every edit is driven through the buttons and
// More menus of the page's section toolbars. Each change must reload only the section it
// touched (checked in the sandbox's request log), credential rotation must keep the old
// credential until the peer is confirmed and survive a failed delete, and no password may
// reach the log or the settings.
#include "common/banner.h"
#include "consoletestkit.h"
#include "editing/adddestinationsdialog.h"
#include "editing/rotatecredentialdialog.h"
#include "editing/secretclipboard.h"
#include "trunkdetailsmodels.h"
#include "workflows/aliashistory.h"
#include "workflows/credentialrotation.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

using namespace exotrunk;
using namespace exotrunk::testing;
using Section = TrunkDetailsController::Section;
using Page = RotateCredentialDialog::Page;

namespace {

const QString kPhoneNumbers = QStringLiteral("/phone-numbers");
const QString kDestinations = QStringLiteral("/destination-uris");
const QString kIps = QStringLiteral("/whitelisted-ips");
const QString kCredentials = QStringLiteral("/credentials");

} // namespace

class ConsoleEditingTest : public QObject {
    Q_OBJECT

public:
    explicit ConsoleEditingTest(QString root)
        : m_root(std::move(root)) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensTheDetailsPageFromTheList();
    void whatTheApiCannotDoIsVisibleDisabledAndSaysWhy();
    void mapsANumber();
    void changesTheModeOfTheSelectedNumber();
    void allowsAnIp();
    void addsDestinationsAndAllowsTheRefusedIp();
    void setsTheCallerIdAlias();
    void createsAndDeletesACredential();
    void rotatesACredentialKeepingTheOldOneUntilThePeerIsUpdated();
    void finishesAnInterruptedRotationFromTheDetailsPage();
    void passwordsNeverReachTheLogOrTheSettings();

private:
    ui::MainWindow &window() { return m_console->window(); }
    sandbox::SandboxServer &server() { return *m_console->sandboxServer(); }
    QTableView *sectionTable(const char *name) {
        return window().findChild<QTableView *>(QString::fromLatin1(name));
    }
    // Clicks a section toolbar button and returns the dialog it opened.
    template <typename D = QDialog> D *openFromButton(const char *button, const char *dialog);
    // The GET requests to the trunk and its sections since the log was last cleared.
    QStringList sectionGets() const;
    void expectOnlyReloaded(const QString &section);
    int selectRow(QTableView *table, int column, const QString &text);
    QStringList credentialUserNames() const;

    QString m_root;
    std::unique_ptr<Console> m_console;
    QString m_trunkSid;
    QStringList m_passwords;
};

void ConsoleEditingTest::initTestCase() {
    LogCapture::instance().install();
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    QVERIFY(m_console->sandboxServer());
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    // The password panel's clipboard clean-up must not fire in the middle of the suite.
    SecretClipboard::setClearDelay(std::chrono::milliseconds(60000));
}

void ConsoleEditingTest::cleanupTestCase() {
    m_console.reset();
    LogCapture::instance().uninstall();
}

template <typename D> D *ConsoleEditingTest::openFromButton(const char *button, const char *name) {
    auto *b = visibleChild<QToolButton>(&window(), button);
    if (!b || !b->isEnabled()) {
        qWarning("button %s is missing or disabled", button);
        return nullptr;
    }
    QTest::mouseClick(b, Qt::LeftButton);
    D *dialog = nullptr;
    QDeadlineTimer deadline(kConsoleWaitMs);
    while (!(dialog = visibleChild<D>(&window(), name)) && !deadline.hasExpired())
        QTest::qWait(10);
    return dialog;
}

QStringList ConsoleEditingTest::sectionGets() const {
    QStringList gets;
    const QString trunk = QStringLiteral("/trunks/") + m_trunkSid;
    for (const sandbox::LoggedRequest &r : m_console->sandboxServer()->requestLog()) {
        const int at = int(r.path.indexOf(trunk));
        if (r.method != QLatin1String("GET") || at < 0)
            continue;
        QString rest = r.path.mid(at + trunk.size());
        rest =
            rest.left(int(rest.indexOf(QLatin1Char('?'))) >= 0 ? int(rest.indexOf(QLatin1Char('?')))
                                                               : int(rest.size()));
        gets << (rest.isEmpty() ? QStringLiteral("trunk") : rest);
    }
    return gets;
}

void ConsoleEditingTest::expectOnlyReloaded(const QString &section) {
    const QStringList gets = sectionGets();
    QVERIFY2(gets.contains(section), qPrintable(gets.join(u' ')));
    for (const QString &get : gets)
        QVERIFY2(get == section, qPrintable(QStringLiteral("also fetched: ") + gets.join(u' ')));
}

int ConsoleEditingTest::selectRow(QTableView *table, int column, const QString &text) {
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data().toString().contains(text)) {
            table->setFocus();
            table->setCurrentIndex(index);
            return row;
        }
    }
    return -1;
}

QStringList ConsoleEditingTest::credentialUserNames() const {
    QStringList names;
    const auto *model = static_cast<CredentialsModel *>(
        m_console->window().detailsController()->section(Section::Credentials));
    for (const Credential &c : model->items())
        names << c.userName;
    names.sort();
    return names;
}

void ConsoleEditingTest::opensTheDetailsPageFromTheList() {
    QTRY_COMPARE_WITH_TIMEOUT(window().trunkListModel()->rowCount(), 6, kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    QVERIFY(window().sandboxBanner()->isVisible());
    m_trunkSid = server().trunkSid(QStringLiteral("test_123"));
    QVERIFY(!m_trunkSid.isEmpty());
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    const int row = rowOfTrunk(window(), QStringLiteral("test_123"));
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkDetails);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QCOMPARE(window().findChild<QLabel *>(QStringLiteral("field_sid"))->text(), m_trunkSid);
    for (const char *name :
         {"phoneNumbersTable", "destinationUrisTable", "whitelistedIpsTable", "credentialsTable"})
        QTRY_VERIFY2(sectionTable(name) && sectionTable(name)->isVisible(), name);
}

void ConsoleEditingTest::whatTheApiCannotDoIsVisibleDisabledAndSaysWhy() {
    // Less frequent edits sit in each section's "More" menu, with their tooltips shown.
    QStringList secondary;
    for (const char *name : {"phoneNumbersSectionMoreButton", "destinationUrisSectionMoreButton",
                             "whitelistedIpsSectionMoreButton", "credentialsSectionMoreButton"}) {
        auto *more = visibleChild<QToolButton>(&window(), name);
        QVERIFY2(more, name);
        QVERIFY(more->isEnabled());
        QVERIFY(more->menu());
        QVERIFY(more->menu()->toolTipsVisible());
        for (QAction *action : more->menu()->actions()) {
            QVERIFY2(action->isVisible(), qPrintable(action->objectName()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
            secondary << action->objectName();
        }
    }
    secondary.sort();
    QCOMPARE(secondary,
             (QStringList{QStringLiteral("editCredentialAction"),
                          QStringLiteral("editDestinationOrderAction"),
                          QStringLiteral("editMaskAction"), QStringLiteral("removeAliasAction")}));
    // Removals are buttons of their sections, waiting for a selection.
    for (const char *name :
         {"removeNumberActionButton", "removeIpActionButton", "removeDestinationActionButton"}) {
        auto *button = visibleChild<QToolButton>(&window(), name);
        QVERIFY2(button && !button->isEnabled(), name);
        QVERIFY2(button->toolTip().startsWith(QLatin1String("Select one or more")),
                 qPrintable(button->toolTip()));
    }
    // Renaming is offered where the trunk's name is (tst_consolerename drives it).
    auto *rename = visibleChild<QAbstractButton>(&window(), "renameTrunkActionButton");
    QVERIFY(rename);
    QVERIFY(rename->isEnabled());
    QVERIFY(rename->toolTip().contains(QLatin1String("SID stays")));

    // Selection-bound actions say what they wait for.
    auto *changeMode = visibleChild<QToolButton>(&window(), "changeModeActionButton");
    QVERIFY(changeMode && !changeMode->isEnabled());
    QCOMPARE(changeMode->toolTip(), QStringLiteral("Select a number first."));
    auto *deleteCredential = visibleChild<QToolButton>(&window(), "deleteCredentialActionButton");
    QVERIFY(deleteCredential && !deleteCredential->isEnabled());
    QCOMPARE(deleteCredential->toolTip(), QStringLiteral("Select one or more credentials first."));
    auto *finish = visibleChild<QToolButton>(&window(), "finishRotationActionButton");
    QVERIFY(finish && !finish->isEnabled());
    QVERIFY(finish->toolTip().contains(QLatin1String("No credential rotation")));
}

void ConsoleEditingTest::mapsANumber() {
    const int before = sectionTable("phoneNumbersTable")->model()->rowCount();
    server().clearRequestLog();
    QPointer<QDialog> dialog = openFromButton("mapNumberActionButton", "mapNumberDialog");
    QVERIFY(dialog);
    auto *number = visibleChild<QLineEdit>(dialog, "numberEdit");
    auto *mode = visibleChild<QComboBox>(dialog, "modeCombo");
    QVERIFY(number && mode);
    QTest::keyClicks(number, QStringLiteral("98765")); // validated before anything is sent
    QVERIFY(!visibleChild<QPushButton>(dialog, "submitButton")->isEnabled());
    number->clear();
    QTest::keyClicks(number, QStringLiteral("+919876500011"));
    mode->setCurrentIndex(mode->findData(int(NumberMode::Flow)));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("phoneNumbersTable")->model()->rowCount(), before + 1,
                              kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    QCOMPARE(countRequests(server(), QStringLiteral("POST"), kPhoneNumbers), 1);
    expectOnlyReloaded(kPhoneNumbers);
}

void ConsoleEditingTest::changesTheModeOfTheSelectedNumber() {
    QTableView *table = sectionTable("phoneNumbersTable");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = selectRow(table, PhoneNumbersModel::NumberColumn, QStringLiteral("9876500011"));
    QVERIFY(row >= 0);
    const QString modeBefore =
        table->model()->index(row, PhoneNumbersModel::ModeColumn).data().toString();
    QVERIFY2(modeBefore.contains(QLatin1String("flow")), qPrintable(modeBefore));
    auto *button = visibleChild<QToolButton>(&window(), "changeModeActionButton");
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("+919876500011")));

    server().clearRequestLog();
    QPointer<QDialog> dialog = openFromButton("changeModeActionButton", "changeModeDialog");
    QVERIFY(dialog);
    auto *mode = visibleChild<QComboBox>(dialog, "modeCombo");
    QCOMPARE(NumberMode(mode->currentData().toInt()), NumberMode::Pstn); // the other mode
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()
            ->index(selectRow(table, PhoneNumbersModel::NumberColumn, QStringLiteral("9876500011")),
                    PhoneNumbersModel::ModeColumn)
            .data()
            .toString()
            .contains(QLatin1String("pstn")),
        kConsoleWaitMs);
    QCOMPARE(countRequests(server(), QStringLiteral("PUT"), kPhoneNumbers + QLatin1Char('/')), 1);
    expectOnlyReloaded(kPhoneNumbers);
}

void ConsoleEditingTest::allowsAnIp() {
    const int before = sectionTable("whitelistedIpsTable")->model()->rowCount();
    server().clearRequestLog();
    QPointer<QDialog> dialog = openFromButton("allowIpActionButton", "allowIpDialog");
    QVERIFY(dialog);
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "ipEdit"), QStringLiteral("13.232.45.67"));
    QCOMPARE(visibleChild<QSpinBox>(dialog, "maskSpin")->value(), 32);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("whitelistedIpsTable")->model()->rowCount(), before + 1,
                              kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    QVERIFY(selectRow(sectionTable("whitelistedIpsTable"), 0, QStringLiteral("13.232.45.67")) >= 0);
    expectOnlyReloaded(kIps);
}

void ConsoleEditingTest::addsDestinationsAndAllowsTheRefusedIp() {
    const int uris = sectionTable("destinationUrisTable")->model()->rowCount();
    const int ips = sectionTable("whitelistedIpsTable")->model()->rowCount();
    server().clearRequestLog();
    QPointer<AddDestinationsDialog> dialog = openFromButton<AddDestinationsDialog>(
        "addDestinationsActionButton", "addDestinationsDialog");
    QVERIFY(dialog);
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "destinationHostEdit_1"),
                     QStringLiteral("sip.example.org"));
    QVERIFY(clickButton(dialog, "addDestinationButton"));
    QComboBox *transport = nullptr;
    QTRY_VERIFY((transport = visibleChild<QComboBox>(dialog, "destinationTransportCombo_2")));
    transport->setCurrentIndex(transport->findData(int(Transport::Tcp)));
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "destinationHostEdit_2"),
                     QStringLiteral("198.51.100.9"));
    QVERIFY(clickButton(dialog, "submitButton"));

    // One request answered 207: a result per row.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rowState(1), AddDestinationsDialog::RowState::Failed,
                              kConsoleWaitMs);
    QCOMPARE(dialog->rowState(0), AddDestinationsDialog::RowState::Added);
    QVERIFY(visibleChild<QLabel>(dialog, "destinationNote_2")
                ->text()
                .contains(QLatin1String("not whitelisted")));
    int multiStatus = 0;
    for (const sandbox::LoggedRequest &r : server().requestLog())
        multiStatus +=
            r.method == QLatin1String("POST") && r.path.contains(kDestinations) && r.status == 207;
    QCOMPARE(multiStatus, 1);
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("destinationUrisTable")->model()->rowCount(), uris + 1,
                              kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    expectOnlyReloaded(kDestinations);

    // "Allow this IP and retry": the IP goes to the allow-list, then the row is sent again.
    server().clearRequestLog();
    QVERIFY(clickButton(dialog, "destinationActionButton_2"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rowState(1), AddDestinationsDialog::RowState::Added,
                              kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("destinationUrisTable")->model()->rowCount(), uris + 2,
                              kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("whitelistedIpsTable")->model()->rowCount(), ips + 1,
                              kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    QVERIFY(selectRow(sectionTable("whitelistedIpsTable"), 0, QStringLiteral("198.51.100.9")) >= 0);
    QVERIFY(selectRow(sectionTable("destinationUrisTable"), 0, QStringLiteral("198.51.100.9")) >=
            0);
    const QStringList gets = sectionGets();
    QVERIFY(gets.contains(kIps) && gets.contains(kDestinations));
    QVERIFY2(!gets.contains(kPhoneNumbers) && !gets.contains(kCredentials) &&
                 !gets.contains(QStringLiteral("trunk")),
             qPrintable(gets.join(u' ')));
    QVERIFY(clickButton(dialog, "cancelButton"));
    QTRY_VERIFY(dialog.isNull());
}

void ConsoleEditingTest::setsTheCallerIdAlias() {
    auto *aliasField = window().findChild<QLabel *>(QStringLiteral("field_alias"));
    QVERIFY(aliasField);
    // Read back from the server: the sandbox seeded one.
    QTRY_COMPARE(aliasField->text(), QStringLiteral("+918047361001"));
    server().clearRequestLog();
    QPointer<QDialog> dialog = openFromButton("setCallerIdActionButton", "callerIdDialog");
    QVERIFY(dialog);
    QVERIFY(visibleChild<QLabel>(dialog, "aliasNote")
                ->text()
                .contains(QLatin1String("only what this console set")));
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "aliasEdit"), QStringLiteral("+918047112244"));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    // The page shows the alias the server reports after the change.
    QTRY_COMPARE(aliasField->text(), QStringLiteral("+918047112244"));
    QVERIFY(aliasField->toolTip().contains(QLatin1String("Read from Exotel")));
    QCOMPARE(countRequests(server(), QStringLiteral("POST"), QStringLiteral("/settings")), 1);
    // Only the settings are read again.
    QCOMPARE(sectionGets(), QStringList{QStringLiteral("/settings")});
    const auto last = AliasHistory::last(QStringLiteral("sandbox"), TrunkSid(m_trunkSid));
    QVERIFY(last);
    QCOMPARE(last->alias, QStringLiteral("+918047112244"));

    // Reopened, the dialog shows when it was set.
    dialog = openFromButton("setCallerIdActionButton", "callerIdDialog");
    QVERIFY(dialog);
    QVERIFY(visibleChild<QLabel>(dialog, "lastAliasLabel")
                ->text()
                .contains(QLatin1String("+918047112244")));
    QVERIFY(clickButton(dialog, "cancelButton"));
    QTRY_VERIFY(dialog.isNull());
}

void ConsoleEditingTest::createsAndDeletesACredential() {
    const int before = sectionTable("credentialsTable")->model()->rowCount();
    server().clearRequestLog();
    QPointer<QDialog> dialog =
        openFromButton("createCredentialActionButton", "createCredentialDialog");
    QVERIFY(dialog);
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "userNameEdit"), QStringLiteral("pbx_edge"));
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "friendlyNameEdit"),
                     QStringLiteral("Edge PBX"));
    const QString password = visibleChild<QLineEdit>(dialog, "passwordEdit")->text();
    QVERIFY(password.size() >= 20); // generated
    m_passwords << password;
    QVERIFY(clickButton(dialog, "submitButton"));
    QLineEdit *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleChild<QLineEdit>(dialog, "passwordValue")),
                             kConsoleWaitMs);
    QCOMPARE(shown->text(), password);            // shown once
    QVERIFY(clickButton(dialog, "submitButton")); // Done
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(sectionTable("credentialsTable")->model()->rowCount(), before + 1,
                              kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    expectOnlyReloaded(kCredentials);

    QTableView *table = sectionTable("credentialsTable");
    QVERIFY(selectRow(table, CredentialsModel::UserNameColumn, QStringLiteral("pbx_edge")) >= 0);
    auto *del = visibleChild<QToolButton>(&window(), "deleteCredentialActionButton");
    QTRY_VERIFY(del->isEnabled());
    QVERIFY(del->toolTip().contains(QLatin1String("pbx_edge")));
    server().clearRequestLog();
    dialog = openFromButton("deleteCredentialActionButton", "deleteCredentialDialog");
    QVERIFY(dialog);
    QVERIFY(visibleChild<QLabel>(dialog, "deleteWarning")->text().contains(QLatin1String("401")));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before, kConsoleWaitMs);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    QVERIFY(!credentialUserNames().contains(QStringLiteral("pbx_edge")));
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"), kCredentials), 1);
    expectOnlyReloaded(kCredentials);
    QVERIFY(!del->isEnabled());
}

void ConsoleEditingTest::rotatesACredentialKeepingTheOldOneUntilThePeerIsUpdated() {
    const QStringList before = credentialUserNames();
    QVERIFY(!before.isEmpty());
    const QString old = before.first();
    const QString proposed = CredentialRotation::proposeUserName(old, before);
    QVERIFY(selectRow(sectionTable("credentialsTable"), CredentialsModel::UserNameColumn, old) >=
            0);
    server().clearRequestLog();
    QPointer<RotateCredentialDialog> dialog = openFromButton<RotateCredentialDialog>(
        "rotateCredentialActionButton", "rotateCredentialDialog");
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(visibleChild<QLineEdit>(dialog, "newUserNameEdit")->text(), proposed,
                              kConsoleWaitMs);
    QTRY_VERIFY(visibleChild<QPushButton>(dialog, "createButton")->isEnabled());
    QVERIFY(clickButton(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, kConsoleWaitMs);
    const QString password =
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordValue"))->text();
    QVERIFY(password.size() >= 20);
    m_passwords << password;

    // The details page shows both while the engineer updates the peer.
    QTRY_VERIFY_WITH_TIMEOUT(credentialUserNames().contains(proposed), kConsoleWaitMs);
    QVERIFY(credentialUserNames().contains(old));
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"), kCredentials), 0);
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    const QStringList gets = sectionGets();
    QVERIFY(gets.contains(kCredentials));
    QVERIFY2(!gets.contains(kPhoneNumbers) && !gets.contains(kIps) &&
                 !gets.contains(kDestinations) && !gets.contains(QStringLiteral("trunk")),
             qPrintable(gets.join(u' ')));
    QTRY_VERIFY(visibleChild<QToolButton>(&window(), "finishRotationActionButton")->isEnabled());

    QVERIFY(clickButton(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!credentialUserNames().contains(old), kConsoleWaitMs);
    QVERIFY(credentialUserNames().contains(proposed));
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"), kCredentials), 1);
    QVERIFY(clickButton(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!visibleChild<QToolButton>(&window(), "finishRotationActionButton")->isEnabled());
    QVERIFY(CredentialRotation::pending(QStringLiteral("sandbox"), TrunkSid(m_trunkSid)).isEmpty());
}

void ConsoleEditingTest::finishesAnInterruptedRotationFromTheDetailsPage() {
    const QStringList before = credentialUserNames();
    const QString old = before.last();
    const QString proposed = CredentialRotation::proposeUserName(old, before);
    QVERIFY(selectRow(sectionTable("credentialsTable"), CredentialsModel::UserNameColumn, old) >=
            0);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("DELETE");
    fault.pathContains = QStringLiteral("credentials");
    fault.status = 503;
    fault.times = -1;
    server().addFault(fault);

    QPointer<RotateCredentialDialog> dialog = openFromButton<RotateCredentialDialog>(
        "rotateCredentialActionButton", "rotateCredentialDialog");
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(visibleChild<QLineEdit>(dialog, "newUserNameEdit")->text(), proposed,
                              kConsoleWaitMs);
    QTRY_VERIFY(visibleChild<QPushButton>(dialog, "createButton")->isEnabled());
    QVERIFY(clickButton(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, kConsoleWaitMs);
    m_passwords << dialog->findChild<QLineEdit *>(QStringLiteral("passwordValue"))->text();
    QVERIFY(clickButton(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DeleteFailedPage, kConsoleWaitMs);
    QVERIFY(visibleChild<QLabel>(dialog, "deleteErrorLabel")
                ->text()
                .contains(QLatin1String("still exists")));
    QVERIFY(clickButton(dialog, "finishLaterButton"));
    QTRY_VERIFY(dialog.isNull());

    // Back to the list and in again, as after a break: the page offers to finish.
    QVERIFY(clickButton(&window(), "backButton"));
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkList);
    auto *list = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    list->setFocus();
    list->setCurrentIndex(
        list->model()->index(rowOfTrunk(window(), QStringLiteral("test_123")), 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkDetails);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QStringList both = before;
    both << proposed;
    both.sort();
    QCOMPARE(credentialUserNames(), both);
    auto *finish = visibleChild<QToolButton>(&window(), "finishRotationActionButton");
    QVERIFY(finish && finish->isEnabled());
    QVERIFY2(finish->text().contains(proposed), qPrintable(finish->text()));
    QVERIFY(finish->toolTip().contains(old));

    server().clearFaults();
    server().clearRequestLog();
    dialog = openFromButton<RotateCredentialDialog>("finishRotationActionButton",
                                                    "rotateCredentialDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), Page::HandOffPage);
    QVERIFY(dialog->rotation()->isResumed());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordValue"))->text().isEmpty());
    QVERIFY(clickButton(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!credentialUserNames().contains(old), kConsoleWaitMs);
    QVERIFY(credentialUserNames().contains(proposed));
    QVERIFY(!finish->isEnabled());
    QVERIFY(CredentialRotation::pending(QStringLiteral("sandbox"), TrunkSid(m_trunkSid)).isEmpty());
    QTRY_VERIFY(window().detailsController()->sectionsSettled());
    expectOnlyReloaded(kCredentials);
}

void ConsoleEditingTest::passwordsNeverReachTheLogOrTheSettings() {
    QCOMPARE(m_passwords.size(), 3);
    QVERIFY(LogCapture::instance().lineCount() > 0);
    const QString log = LogCapture::instance().text();
    QVERIFY(log.contains(QLatin1String("exotrunk.ui.editing")));
    QSettings settings;
    settings.sync();
    QVERIFY(settings.fileName().startsWith(m_root));
    // The sandbox is never saved: no alias or rotation of it reaches the settings.
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("sandbox")), qPrintable(key));
    for (const QString &password : std::as_const(m_passwords)) {
        QVERIFY(!password.isEmpty());
        QVERIFY(!log.contains(password));
        QVERIFY(filesContaining(m_root, password.toUtf8()).isEmpty());
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    }
}

int main(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("consoleediting"));
    ConsoleEditingTest test(root.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoleediting.moc"
