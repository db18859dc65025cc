// "Rotate API token" against the sandbox over HTTP and a real keychain (KEYCHAIN suite):
// a wrong new token leaves everything as it was; the right one replaces the keychain entry.
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accounts/tokenrotationdialog.h"
#include "accountstesting.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

const QString kOldToken = QStringLiteral("old-token-before-rotation");
const QString kNewToken = QStringLiteral("rotated-token-1234");

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTokenRotation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        // The account's current token at Exotel is the new one: the saved one is outdated.
        options.apiToken = kNewToken;
        m_sandbox = startSandbox(options);
        QVERIFY(m_sandbox);
    }

    void init() {
        m_settingsPath = m_dir.filePath(QStringLiteral("rotation-%1.ini").arg(++m_counter));
        m_manager =
            std::make_unique<AccountManager>(std::make_unique<ProfileStore>(m_settingsPath));
        AccountProfile p;
        p.displayName = QStringLiteral("Sandbox account");
        p.region = Region::Custom;
        p.customBaseUrl = m_sandbox->baseUrl();
        p.accountSid = m_sandbox->options().accountSid;
        p.apiKey = m_sandbox->options().apiKey;
        const auto added = waitForResult<SecretResult>(
            [&](auto cb) { m_manager->addProfile(p, kOldToken, false, nullptr, cb); });
        QVERIFY(added);
        QVERIFY2(added->isOk(), qPrintable(added->message));
        m_id = added->value;
        m_before = *m_manager->profile(m_id);
        m_settingsBefore = fileBytes(m_settingsPath);
        QVERIFY(!m_settingsBefore.isEmpty());
    }

    void cleanup() {
        if (m_manager && !m_id.isEmpty())
            waitForResult<SecretResult>(
                [&](auto cb) { m_manager->removeProfile(m_id, nullptr, cb); });
        m_manager.reset();
    }

    void wrongNewTokenLeavesEverythingAsItWas() {
        QSignalSpy credentials(m_manager.get(), &AccountManager::credentialsChanged);
        QList<AccountManager::RotationStage> stages;
        const auto result = waitForResult<RotationResult>([&](auto cb) {
            m_manager->rotateToken(
                m_id, QString(), QStringLiteral("not-the-token"), makeExotelVerifier(), nullptr, cb,
                [&stages](AccountManager::RotationStage s) { stages.append(s); });
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->verification.kind, ApiError::Kind::Authentication);
        QCOMPARE(result->verification.exotelCode, 1010);
        QVERIFY(!result->userMessage().contains(QStringLiteral("not-the-token")));
        QCOMPARE(stages,
                 QList<AccountManager::RotationStage>{AccountManager::RotationStage::Verifying});
        QCOMPARE(credentials.size(), 0);

        QCOMPARE(*m_manager->profile(m_id), m_before);
        QCOMPARE(fileBytes(m_settingsPath), m_settingsBefore);
        SecretStore store;
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { store.readToken(m_id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value, kOldToken);
    }

    void wrongNewKeyIsNotSavedEither() {
        const auto result = waitForResult<RotationResult>([&](auto cb) {
            m_manager->rotateToken(m_id, QStringLiteral("other-key"), kNewToken,
                                   makeExotelVerifier(), nullptr, cb);
        });
        QVERIFY(result && !result->isOk());
        QCOMPARE(result->verification.kind, ApiError::Kind::Authentication);
        QCOMPARE(m_manager->profile(m_id)->apiKey, m_before.apiKey);
        QCOMPARE(fileBytes(m_settingsPath), m_settingsBefore);
    }

    void unreachableServerChangesNothing() {
        // Rotating while the server cannot be reached must not store an unverified token.
        auto verifier = makeExotelVerifier();
        ConnectionVerifier offline = [verifier](const ClientConfig &config, QObject *context,
                                                VerifyDone done) {
            ClientConfig unreachable = config;
            unreachable.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
            verifier(unreachable, context, std::move(done));
        };
        const auto result = waitForResult<RotationResult>([&](auto cb) {
            m_manager->rotateToken(m_id, QString(), kNewToken, offline, nullptr, cb);
        });
        QVERIFY(result && !result->isOk());
        QCOMPARE(result->verification.kind, ApiError::Kind::Network);
        SecretStore store;
        QCOMPARE(waitForResult<SecretResult>([&](auto cb) {
                     store.readToken(m_id, nullptr, cb);
                 })->value,
                 kOldToken);
    }

    void rightNewTokenReplacesKeychainEntry() {
        QSignalSpy credentials(m_manager.get(), &AccountManager::credentialsChanged);
        const auto result = waitForResult<RotationResult>([&](auto cb) {
            m_manager->rotateToken(m_id, QString(), kNewToken, makeExotelVerifier(), nullptr, cb);
        });
        QVERIFY(result);
        QVERIFY2(result->isOk(), qPrintable(result->userMessage()));
        QCOMPARE(credentials.size(), 1);
        SecretStore store;
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { store.readToken(m_id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value, kNewToken);
        QVERIFY(!fileBytes(m_settingsPath).contains(kNewToken.toUtf8()));
        QVERIFY(!fileBytes(m_settingsPath).contains(kOldToken.toUtf8()));
        // A fresh start reads the rotated token from the keychain.
        AccountManager fresh(std::make_unique<ProfileStore>(m_settingsPath));
        QCOMPARE(
            waitForResult<SecretResult>([&](auto cb) { fresh.tokenFor(m_id, nullptr, cb); })->value,
            kNewToken);
    }

    void dialogRefusesWrongTokenThenRotates() {
        TokenRotationDialog dialog(m_manager.get(), makeExotelVerifier(), m_id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("newApiKeyEdit"));
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("newApiTokenEdit"));
        auto *rotate = dialog.findChild<QPushButton *>(QStringLiteral("rotateTokenButton"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("rotationStatusLabel"));
        QVERIFY(key && token && rotate && status);
        QCOMPARE(key->text(), m_before.apiKey);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!rotate->isEnabled());

        QTest::keyClicks(token, QStringLiteral("wrong-one"));
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("nothing was changed")),
                                 kKeychainWaitMs);
        QVERIFY(status->text().contains(QStringLiteral("rejected the API key or token")));
        QVERIFY(dialog.isVisible());
        SecretStore store;
        QCOMPARE(waitForResult<SecretResult>([&](auto cb) {
                     store.readToken(m_id, nullptr, cb);
                 })->value,
                 kOldToken);

        QSignalSpy rotated(&dialog, &TokenRotationDialog::tokenRotated);
        token->clear();
        QTest::keyClicks(token, kNewToken);
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, kKeychainWaitMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(waitForResult<SecretResult>([&](auto cb) {
                     store.readToken(m_id, nullptr, cb);
                 })->value,
                 kNewToken);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<AccountManager> m_manager;
    QString m_settingsPath;
    QString m_id;
    AccountProfile m_before;
    QByteArray m_settingsBefore;
    int m_counter = 0;
};

QTEST_MAIN(TestTokenRotation)
#include "tst_tokenrotation.moc"
