// A keychain that never answers. Without Qt's glib event loop (QT_NO_GLIB=1) libsecret's
// replies are never dispatched, so a job hangs the way one does behind an unseen unlock
// prompt. The store must give up on its own deadline and call it "not available".
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestKeychainTimeout : public QObject {
    Q_OBJECT

private slots:
    void deadlineMeansUnavailable() {
        SecretStore store;
        store.setTimeout(std::chrono::milliseconds(800));
        const auto written = waitForResult<SecretResult>([&](auto cb) {
            store.writeToken(QStringLiteral("hung"), QStringLiteral("never-stored"), nullptr, cb);
        });
        QVERIFY(written);
        QCOMPARE(written->error, SecretResult::Error::Unavailable);
        QVERIFY(written->keychainUnusable());
        QVERIFY(written->message.contains(QStringLiteral("for this session only")));
        QVERIFY(written->detail.contains(QStringLiteral("did not answer")));
        QCOMPARE(store.pendingCount(), 0);

        // The hung job is still queued (it is never deleted); later operations queue behind
        // it and end on their own deadlines too, each exactly once.
        int calls = 0;
        store.readToken(QStringLiteral("hung"), nullptr, [&calls](const SecretResult &r) {
            ++calls;
            QCOMPARE(r.error, SecretResult::Error::Unavailable);
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QTest::qWait(300);
        QCOMPARE(calls, 1);
    }

    void managerKeepsNothingWhenKeychainHangs() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hang.ini"));
        AccountManager manager(std::make_unique<ProfileStore>(path));
        manager.secretStore()->setTimeout(std::chrono::milliseconds(800));
        AccountProfile p;
        p.displayName = QStringLiteral("Hang");
        p.accountSid = QStringLiteral("hang");
        p.apiKey = QStringLiteral("hangkey");
        const auto added = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(p, QStringLiteral("hang-token"), false, nullptr, cb);
        });
        QVERIFY(added);
        QCOMPARE(added->error, SecretResult::Error::Unavailable);
        QVERIFY(manager.profiles().isEmpty());
        QVERIFY(ProfileStore(path).load().isEmpty());
    }
};

int main(int argc, char **argv) {
    // Must be set before the application object picks its event dispatcher.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    TestKeychainTimeout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintimeout.moc"
