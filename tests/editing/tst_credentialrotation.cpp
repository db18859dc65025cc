// Credential rotation through RotateCredentialDialog against the sandbox: the old credential
// lives until the peer is confirmed, a failed delete survives closing the dialog and is
// finished after reopening, and the password is never logged or stored.
#include "editing/rotatecredentialdialog.h"
#include "editing/trunkeditactions.h"
#include "editingtestkit.h"
#include "workflows/credentialrotation.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace exotrunk;
using namespace exotrunk::testing;
using Page = RotateCredentialDialog::Page;

class TestCredentialRotation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void proposesTheNextVersionedUserName();
    void refusesANewNameThatIsTakenOrUnchanged();
    void happyPathKeepsTheOldCredentialUntilThePeerIsConfirmed();
    void failedDeleteIsResumedAfterReopening();
    void failedCreateChangesNothing();
    void oldCredentialIsKeptWhenTheNewOneVanished();
    void passwordNeverReachesLogsSettingsOrRotationState();

private:
    RotateCredentialDialog *openRotation(QAction *action);
    QStringList userNames() const;
    void runToHandOff(RotateCredentialDialog *dialog, const QString &expectedNewName,
                      QString *password);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    TrunkSid m_trunk;
    std::unique_ptr<QWidget> m_page;
    TrunkEditActions *m_actions = nullptr;
    QStringList m_passwords;
    const QString m_profile = QStringLiteral("profile-rotation");
};

void TestCredentialRotation::initTestCase() {
    LogCapture::instance().install();
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<ExotelClient>(clientConfigFor(*m_server));
    const auto sid = createTrunk(*m_client, QStringLiteral("rotation_tests"));
    QVERIFY(sid);
    m_trunk = *sid;
    m_page = std::make_unique<QWidget>();
    m_page->resize(900, 700);
    m_page->show();
}

void TestCredentialRotation::cleanupTestCase() {
    m_page.reset();
    m_client.reset();
    m_server.reset();
}

void TestCredentialRotation::init() {
    m_actions = new TrunkEditActions(m_client.get(), m_trunk, m_profile, m_page.get());
}

void TestCredentialRotation::cleanup() {
    if (QDialog *d = m_actions->currentDialog())
        delete d;
    delete m_actions;
    m_actions = nullptr;
    m_server->clearFaults();
}

RotateCredentialDialog *TestCredentialRotation::openRotation(QAction *action) {
    QSignalSpy opened(m_actions, &TrunkEditActions::dialogOpened);
    action->trigger();
    if (opened.count() != 1)
        return nullptr;
    auto *dialog = qobject_cast<RotateCredentialDialog *>(m_actions->currentDialog());
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestCredentialRotation::userNames() const {
    QStringList names;
    for (const Credential &c : credentials(*m_client, m_trunk))
        names << c.userName;
    names.sort();
    return names;
}

// Drives the choose page with the proposal and returns the password shown on the hand-off page.
void TestCredentialRotation::runToHandOff(RotateCredentialDialog *dialog,
                                          const QString &expectedNewName, QString *password) {
    auto *newName = child<QLineEdit>(dialog, "newUserNameEdit");
    QVERIFY(newName);
    QTRY_COMPARE_WITH_TIMEOUT(newName->text(), expectedNewName, 8000);
    QTRY_VERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
    QVERIFY(click(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, 8000);
    *password = child<QLineEdit>(dialog, "passwordValue")->text();
    QVERIFY(!password->isEmpty());
    m_passwords << *password;
}

void TestCredentialRotation::proposesTheNextVersionedUserName() {
    QCOMPARE(CredentialRotation::proposeUserName(QStringLiteral("alice"), {}),
             QStringLiteral("alice_v2"));
    QCOMPARE(CredentialRotation::proposeUserName(
                 QStringLiteral("alice"), {QStringLiteral("alice"), QStringLiteral("alice_v2")}),
             QStringLiteral("alice_v3"));
    QCOMPARE(CredentialRotation::proposeUserName(QStringLiteral("alice_v2"), {}),
             QStringLiteral("alice_v3"));
    QCOMPARE(CredentialRotation::proposeUserName(QStringLiteral("alice_v9"),
                                                 {QStringLiteral("alice_v12")}),
             QStringLiteral("alice_v13"));
    QCOMPARE(
        CredentialRotation::proposeUserName(QStringLiteral("bob"), {QStringLiteral("alice_v2")}),
        QStringLiteral("bob_v2"));
    const QString longName(32, QLatin1Char('x'));
    const QString proposed = CredentialRotation::proposeUserName(longName, {});
    QCOMPARE(proposed.size(), 32);
    QVERIFY(proposed.endsWith(QLatin1String("_v2")));
    QVERIFY(validate::credentialUserName(proposed).isAcceptable());
}

void TestCredentialRotation::refusesANewNameThatIsTakenOrUnchanged() {
    QVERIFY(createCredential(*m_client, m_trunk, QStringLiteral("dave"), generatePassword()));
    QVERIFY(createCredential(*m_client, m_trunk, QStringLiteral("dave_v2"), generatePassword()));
    CredentialRotation rotation(m_client.get(), m_profile, m_trunk);
    QSignalSpy loaded(&rotation, &CredentialRotation::credentialsLoaded);
    rotation.loadCredentials();
    QVERIFY(loaded.wait(8000));
    const auto dave =
        std::find_if(rotation.credentials().cbegin(), rotation.credentials().cend(),
                     [](const Credential &c) { return c.userName == QLatin1String("dave"); });
    QVERIFY(dave != rotation.credentials().cend());
    rotation.choose(*dave);
    QCOMPARE(rotation.newUserName(), QStringLiteral("dave_v3"));
    QVERIFY(rotation.checkNewCredential().isOk());
    rotation.setNewUserName(QStringLiteral("dave_v2"));
    QVERIFY(!rotation.checkNewCredential().isAcceptable());
    rotation.setNewUserName(QStringLiteral("dave"));
    QVERIFY(!rotation.checkNewCredential().isAcceptable());
    m_server->clearRequestLog();
    QVERIFY(!rotation.start()); // nothing is sent
    QCOMPARE(rotation.stage(), RotationStage::Choosing);
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestCredentialRotation::happyPathKeepsTheOldCredentialUntilThePeerIsConfirmed() {
    const auto alice =
        createCredential(*m_client, m_trunk, QStringLiteral("alice"), generatePassword());
    QVERIFY(alice);
    m_actions->setSelectedCredential(*alice);
    QVERIFY(!m_actions->finishRotation()->isEnabled());
    QSignalSpy sections(m_actions, &TrunkEditActions::sectionChanged);

    QPointer<RotateCredentialDialog> dialog = openRotation(m_actions->rotateCredential());
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), Page::ChoosePage);
    auto *list = child<QListWidget>(dialog, "credentialList");
    QTRY_VERIFY(list->count() >= 1);
    QVERIFY(list->currentItem());
    QVERIFY(list->currentItem()->text().startsWith(QLatin1String("alice")));

    QString password;
    runToHandOff(dialog, QStringLiteral("alice_v2"), &password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(password.size() >= 20);
    QVERIFY(validate::password(password).isOk());
    QCOMPARE(child<QLabel>(dialog, "userNameValue")->text(), QStringLiteral("alice_v2"));
    QVERIFY(!child<QLabel>(dialog, "resumeNote")->isVisible());
    const QString handOff = child<QPlainTextEdit>(dialog, "handOffText")->toPlainText();
    for (const QString &needle :
         {QStringLiteral("alice_v2"), password, QStringLiteral("in.voip.exotel.com"),
          QStringLiteral("443"), QStringLiteral("5070"), QStringLiteral("tls"),
          QStringLiteral("tcp")})
        QVERIFY2(handOff.contains(needle), qPrintable(needle));

    // Both exist while the engineer updates the peer, however long that takes.
    QVERIFY(userNames().contains(QStringLiteral("alice")));
    QVERIFY(userNames().contains(QStringLiteral("alice_v2")));
    QTest::qWait(200);
    QVERIFY(userNames().contains(QStringLiteral("alice")));
    const QList<PendingRotation> pending = CredentialRotation::pending(m_profile, m_trunk);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().oldUserName, QStringLiteral("alice"));
    QCOMPARE(pending.first().oldId, alice->id);
    QCOMPARE(pending.first().newUserName, QStringLiteral("alice_v2"));
    QCOMPARE(pending.first().stage, RotationStage::AwaitingPeer);
    QVERIFY(m_actions->finishRotation()->isEnabled());
    QVERIFY(sections.count() >= 1);
    bool deleteSent = false;
    for (const sandbox::LoggedRequest &r : m_server->requestLog())
        deleteSent |= r.method == QLatin1String("DELETE");
    QVERIFY(!deleteSent);

    QVERIFY(click(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, 8000);
    QVERIFY(child<QLabel>(dialog, "doneLabel")->text().contains(QLatin1String("alice_v2")));
    QVERIFY(!userNames().contains(QStringLiteral("alice")));
    QVERIFY(userNames().contains(QStringLiteral("alice_v2")));
    QVERIFY(CredentialRotation::pending(m_profile, m_trunk).isEmpty());
    QVERIFY(!m_actions->finishRotation()->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, "passwordValue")->text().isEmpty()); // wiped
    QVERIFY(click(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
}

void TestCredentialRotation::failedDeleteIsResumedAfterReopening() {
    const auto bob =
        createCredential(*m_client, m_trunk, QStringLiteral("bob"), generatePassword());
    QVERIFY(bob);
    m_actions->setSelectedCredential(*bob);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("DELETE");
    fault.pathContains = QStringLiteral("credentials");
    fault.status = 503;
    fault.times = -1;
    m_server->addFault(fault);

    QPointer<RotateCredentialDialog> dialog = openRotation(m_actions->rotateCredential());
    QVERIFY(dialog);
    QString password;
    runToHandOff(dialog, QStringLiteral("bob_v2"), &password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(click(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DeleteFailedPage, 8000);
    QVERIFY(
        child<QLabel>(dialog, "deleteErrorLabel")->text().contains(QLatin1String("still exists")));
    QVERIFY(child<QPushButton>(dialog, "retryDeleteButton")->isVisible());
    QCOMPARE(CredentialRotation::pending(m_profile, m_trunk).first().stage,
             RotationStage::DeleteFailed);

    // Retry while the fault lasts: fails again, nothing lost.
    QVERIFY(click(dialog, "retryDeleteButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DeleteFailedPage, 8000);
    int deletes = 0;
    for (const sandbox::LoggedRequest &r : m_server->requestLog())
        deletes += r.method == QLatin1String("DELETE") && r.status == 503;
    QVERIFY(deletes >= 2);

    // Close the dialog: the rotation is not forgotten.
    QVERIFY(click(dialog, "finishLaterButton"));
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(userNames().contains(QStringLiteral("bob")));
    QVERIFY(userNames().contains(QStringLiteral("bob_v2")));
    const QList<PendingRotation> pending = CredentialRotation::pending(m_profile, m_trunk);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().oldUserName, QStringLiteral("bob"));
    QCOMPARE(pending.first().newUserName, QStringLiteral("bob_v2"));
    QCOMPARE(pending.first().stage, RotationStage::DeleteFailed);
    QVERIFY(m_actions->finishRotation()->isEnabled());
    QVERIFY(m_actions->finishRotation()->text().contains(QLatin1String("bob_v2")));

    // A fresh page (as after a restart) sees it too, and "Finish rotation" resumes it.
    delete m_actions;
    m_actions = new TrunkEditActions(m_client.get(), m_trunk, m_profile, m_page.get());
    QVERIFY(m_actions->finishRotation()->isEnabled());
    m_server->clearFaults();
    dialog = openRotation(m_actions->finishRotation());
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), Page::HandOffPage);
    QVERIFY(dialog->rotation()->isResumed());
    auto *note = child<QLabel>(dialog, "resumeNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("cannot be shown again")));
    QVERIFY(!child<QLineEdit>(dialog, "passwordValue")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "passwordValue")->text().isEmpty());
    QVERIFY(!child<QPlainTextEdit>(dialog, "handOffText")->toPlainText().contains(password));
    QVERIFY(child<QPushButton>(dialog, "peerUpdatedButton")->text().contains(QLatin1String("bob")));

    QVERIFY(click(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, 8000);
    QVERIFY(!userNames().contains(QStringLiteral("bob")));
    QVERIFY(userNames().contains(QStringLiteral("bob_v2")));
    QVERIFY(CredentialRotation::pending(m_profile, m_trunk).isEmpty());
    QVERIFY(!m_actions->finishRotation()->isEnabled());
    QVERIFY(click(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
}

void TestCredentialRotation::failedCreateChangesNothing() {
    const auto erin =
        createCredential(*m_client, m_trunk, QStringLiteral("erin"), generatePassword());
    QVERIFY(erin);
    m_actions->setSelectedCredential(*erin);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("POST");
    fault.pathContains = QStringLiteral("credentials");
    fault.times = 1;
    m_server->addFault(fault);

    QPointer<RotateCredentialDialog> dialog = openRotation(m_actions->rotateCredential());
    QVERIFY(dialog);
    auto *newName = child<QLineEdit>(dialog, "newUserNameEdit");
    QTRY_COMPARE_WITH_TIMEOUT(newName->text(), QStringLiteral("erin_v2"), 8000);
    // The proposal is editable.
    newName->selectAll();
    QTest::keyClicks(newName, QStringLiteral("erin_2027"));
    QCOMPARE(dialog->rotation()->newUserName(), QStringLiteral("erin_2027"));
    QVERIFY(click(dialog, "createButton"));
    auto *error = child<QLabel>(dialog, "chooseErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 8000);
    QCOMPARE(dialog->currentPage(), Page::ChoosePage);
    QVERIFY(CredentialRotation::pending(m_profile, m_trunk).isEmpty());
    QVERIFY(userNames().contains(QStringLiteral("erin")));
    QVERIFY(!userNames().contains(QStringLiteral("erin_2027")));

    // The fault was one-off: creating again works and the rotation completes.
    QVERIFY(click(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, 8000);
    m_passwords << child<QLineEdit>(dialog, "passwordValue")->text();
    QVERIFY(click(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, 8000);
    QVERIFY(!userNames().contains(QStringLiteral("erin")));
    QVERIFY(userNames().contains(QStringLiteral("erin_2027")));
}

void TestCredentialRotation::oldCredentialIsKeptWhenTheNewOneVanished() {
    const auto carol =
        createCredential(*m_client, m_trunk, QStringLiteral("carol"), generatePassword());
    QVERIFY(carol);
    m_actions->setSelectedCredential(*carol);
    QPointer<RotateCredentialDialog> dialog = openRotation(m_actions->rotateCredential());
    QVERIFY(dialog);
    QString password;
    runToHandOff(dialog, QStringLiteral("carol_v2"), &password);
    if (QTest::currentTestFailed())
        return;

    // Someone deletes the new credential behind the console's back.
    const auto carol2 = credentialNamed(*m_client, m_trunk, QStringLiteral("carol_v2"));
    QVERIFY(carol2);
    const auto removed =
        runCall<Credential>([&](QObject *ctx, ExotelClient::Callback<Credential> done) {
            m_client->deleteCredential(m_trunk, carol2->id, ctx, done);
        });
    QVERIFY(removed && removed->isOk());

    QVERIFY(click(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DeleteFailedPage, 8000);
    QVERIFY(dialog->rotation()->isNewCredentialMissing());
    QVERIFY(child<QLabel>(dialog, "deleteErrorLabel")
                ->text()
                .contains(QLatin1String("no longer exists")));
    QVERIFY(userNames().contains(QStringLiteral("carol"))); // never deleted without a successor

    QVERIFY(click(dialog, "abandonButton"));
    QTRY_COMPARE(dialog->currentPage(), Page::DonePage);
    QCOMPARE(dialog->rotation()->stage(), RotationStage::Abandoned);
    QVERIFY(CredentialRotation::pending(m_profile, m_trunk).isEmpty());
    QVERIFY(userNames().contains(QStringLiteral("carol")));
}

void TestCredentialRotation::passwordNeverReachesLogsSettingsOrRotationState() {
    QVERIFY(m_passwords.size() >= 3);
    // A rotation left pending, so that the persisted state exists while it is searched.
    const auto frank =
        createCredential(*m_client, m_trunk, QStringLiteral("frank"), generatePassword());
    QVERIFY(frank);
    m_actions->setSelectedCredential(*frank);
    QPointer<RotateCredentialDialog> dialog = openRotation(m_actions->rotateCredential());
    QVERIFY(dialog);
    QString pendingPassword;
    runToHandOff(dialog, QStringLiteral("frank_v2"), &pendingPassword);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(click(dialog, "copyHandOffButton"));
    QVERIFY(click(dialog, "finishLaterButton"));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(CredentialRotation::pending(m_profile, m_trunk).size(), 1);

    const QString log = LogCapture::instance().text();
    QVERIFY(log.contains(QLatin1String("exotrunk.workflows.rotation")));
    QVERIFY(log.contains(QLatin1String("exotrunk.api")));
    QSettings settings;
    settings.sync();
    QVERIFY(!filesContaining(m_settingsDir.path(), QStringLiteral("frank_v2")).isEmpty());
    const QStringList keys = settings.allKeys();
    QVERIFY(keys.size() >= 5);
    for (const QString &password : std::as_const(m_passwords)) {
        QVERIFY(password.size() >= 20);
        QVERIFY2(!log.contains(password), "a password reached the log");
        QVERIFY2(filesContaining(m_settingsDir.path(), password).isEmpty(),
                 "a password reached the settings file");
        for (const QString &key : keys)
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    }
}

QTEST_MAIN(TestCredentialRotation)
#include "tst_credentialrotation.moc"
