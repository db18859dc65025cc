// A keychain that answers late. The test stops the throwaway gnome-keyring daemon of its own
// session (SIGSTOP) so that a write outlives the store's deadline, then lets it run on (SIGCONT):
// the write completes after the caller was told it failed. Whatever the caller did next (retried,
// kept the token for one session, gave up), the keychain must hold no token nobody owns. The
// entries are listed straight from the Secret Service over D-Bus, as another program would.
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

using StringMap = QMap<QString, QString>;

// Stops the keyring daemon of this test's private session bus until destroyed.
class KeyringPause {
public:
    explicit KeyringPause(uint pid)
        : m_pid(pid) {
        ::kill(pid_t(m_pid), SIGSTOP);
    }
    ~KeyringPause() { ::kill(pid_t(m_pid), SIGCONT); }
    KeyringPause(const KeyringPause &) = delete;
    KeyringPause &operator=(const KeyringPause &) = delete;

private:
    uint m_pid;
};

// The keys ("api-token/<id>") of every entry the console has in the Secret Service.
QStringList consoleEntries() {
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                           QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const StringMap query{{QStringLiteral("server"), SecretStore::serviceName()}};
    const QDBusMessage reply =
        service.call(QStringLiteral("SearchItems"), QVariant::fromValue(query));
    QStringList keys;
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "SearchItems failed:" << reply.errorMessage();
        return {QStringLiteral("<search failed>")};
    }
    for (const QVariant &list : reply.arguments()) {
        const auto paths = qdbus_cast<QList<QDBusObjectPath>>(list);
        for (const QDBusObjectPath &path : paths) {
            QDBusInterface item(QStringLiteral("org.freedesktop.secrets"), path.path(),
                                QStringLiteral("org.freedesktop.DBus.Properties"));
            const QDBusMessage got =
                item.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Item"),
                          QStringLiteral("Attributes"));
            const auto value = got.arguments().value(0).value<QDBusVariant>().variant();
            const auto attributes = qdbus_cast<StringMap>(value);
            keys.append(attributes.value(QStringLiteral("user")));
        }
    }
    keys.sort();
    return keys;
}

AccountProfile sampleProfile(const QString &id) {
    AccountProfile p;
    p.id = id;
    p.displayName = QStringLiteral("Late ") + id;
    p.accountSid = QStringLiteral("late1");
    p.apiKey = QStringLiteral("latekey");
    return p;
}

constexpr std::chrono::milliseconds kShortDeadline{500};
// Long enough for the keychain to finish the queued jobs after the daemon runs again.
constexpr int kSettleMs = 5000;

} // namespace

class TestKeychainLateWrite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qDBusRegisterMetaType<StringMap>();
        QVERIFY(m_dir.isValid());
        // Starts the Secret Service (and libsecret's session with it) before any pause.
        SecretStore store;
        const auto probe =
            waitForResult<SecretResult>([&](auto cb) { store.checkAvailable(nullptr, cb); });
        QVERIFY2(probe->isOk(), qPrintable(probe->detail));
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        QVERIFY(pid.isValid());
        m_keyringPid = pid.value();
        QVERIFY(m_keyringPid > 0);
        QCOMPARE(consoleEntries(), QStringList());
    }

    void init() {
        m_settingsPath = m_dir.filePath(QStringLiteral("late-%1.ini").arg(++m_counter));
        m_manager =
            std::make_unique<AccountManager>(std::make_unique<ProfileStore>(m_settingsPath));
        m_manager->secretStore()->setTimeout(kShortDeadline);
    }

    void cleanup() {
        m_manager.reset();
        // Leaves the keyring empty for the next test, whatever this one left there.
        SecretStore store;
        for (const QString &key : consoleEntries())
            waitForResult<SecretResult>([&](auto cb) {
                store.removeToken(key.mid(QStringLiteral("api-token/").size()), nullptr, cb);
            });
    }

    void lateWriteOfAnAbandonedAddIsDeleted() {
        const AccountProfile p = sampleProfile(QStringLiteral("abandoned"));
        {
            KeyringPause pause(m_keyringPid);
            const auto added = waitForResult<SecretResult>([&](auto cb) {
                m_manager->addProfile(p, QStringLiteral("late-token"), false, nullptr, cb);
            });
            QCOMPARE(added->error, SecretResult::Error::Unavailable);
        }
        QVERIFY(m_manager->profiles().isEmpty());
        // Keychain jobs run one at a time: this read runs after the late write completed.
        SecretStore reader;
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { reader.readToken(p.id, nullptr, cb); });
        QVERIFY2(read->isOk(), "the paused write should have completed late");
        QTRY_COMPARE_WITH_TIMEOUT(consoleEntries(), QStringList(), kSettleMs);
        QVERIFY(ProfileStore(m_settingsPath).load().isEmpty());
    }

    void retriedSaveLeavesOneEntry() {
        AccountDialog dialog(m_manager.get(), makeExotelVerifier());
        fillDialog(dialog);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
        QVERIFY(save);
        {
            KeyringPause pause(m_keyringPid);
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog.findChild<QWidget *>(QStringLiteral("keychainPanel"))->isVisible(),
                kKeychainWaitMs);
        }
        // The keychain answers again; the user tries once more.
        m_manager->secretStore()->setTimeout(std::chrono::milliseconds(kKeychainWaitMs));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kKeychainWaitMs);
        const QString id = dialog.savedProfileId();
        QVERIFY(!id.isEmpty());

        const QStringList expected{SecretStore::keyFor(id)};
        QTRY_COMPARE_WITH_TIMEOUT(consoleEntries(), expected, kSettleMs);
        const auto read = waitForResult<SecretResult>(
            [&](auto cb) { m_manager->secretStore()->readToken(id, nullptr, cb); });
        QCOMPARE(read->value, QStringLiteral("retried-token"));
    }

    void lateWriteAfterSessionOnlyIsDeleted() {
        AccountDialog dialog(m_manager.get(), makeExotelVerifier());
        fillDialog(dialog);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
        auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QVERIFY(save && sessionOnly);
        QSignalSpy landed(m_manager->secretStore(), &SecretStore::unconfirmedWriteLanded);
        {
            KeyringPause pause(m_keyringPid);
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), kKeychainWaitMs);
            QTRY_VERIFY(sessionOnly->isEnabled());
            QTest::mouseClick(sessionOnly, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QString id = dialog.savedProfileId();
        QVERIFY(m_manager->profile(id));
        QVERIFY(m_manager->profile(id)->sessionOnlyToken);
        // The paused write lands some time after the keyring resumes (later under the sanitizer
        // build, so waited for rather than read at once), and its entry is then deleted.
        QTRY_VERIFY2_WITH_TIMEOUT(landed.count() >= 1,
                                  "the paused write should have completed late", kSettleMs);
        QTRY_COMPARE_WITH_TIMEOUT(consoleEntries(), QStringList(), kSettleMs);
        // The session keeps its token in memory.
        const auto token =
            waitForResult<SecretResult>([&](auto cb) { m_manager->tokenFor(id, nullptr, cb); });
        QCOMPARE(token->value, QStringLiteral("retried-token"));
    }

private:
    static void fillDialog(AccountDialog &dialog) {
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit")),
                         QStringLiteral("Late"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountSidEdit")),
                         QStringLiteral("late1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")),
                         QStringLiteral("latekey"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiTokenEdit")),
                         QStringLiteral("retried-token"));
    }

    QTemporaryDir m_dir;
    QString m_settingsPath;
    int m_counter = 0;
    uint m_keyringPid = 0;
    std::unique_ptr<AccountManager> m_manager;
};

QTEST_MAIN(TestKeychainLateWrite)
#include "tst_keychainlatewrite.moc"
