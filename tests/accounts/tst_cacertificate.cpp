// A profile's extra CA certificate file (corporate TLS inspection), through the real
// AccountDialog driven by object name: the field shows the file's subject and SHA-256
// fingerprint, refuses a file it cannot use with a clear message, tests the connection against
// the sandbox over HTTPS with it, and saves it in the profile settings (KEYCHAIN suite).
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accountstesting.h"
#include "sandboxfixture.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

template <typename T> T *child(QWidget *parent, const char *name) {
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

QString fingerprintOf(const QString &pemFile) {
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate certificate(file.readAll(), QSsl::Pem);
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class TestCaCertificate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString problem = m_certificates.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        sandbox::SandboxOptions options;
        options.tls = m_certificates.trusted();
        m_sandbox = startSandbox(options);
        QVERIFY(m_sandbox);
        QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    }

    void init() {
        m_settingsPath = m_dir.filePath(QStringLiteral("ca-%1.ini").arg(++m_counter));
        m_manager =
            std::make_unique<AccountManager>(std::make_unique<ProfileStore>(m_settingsPath));
        m_dialog = std::make_unique<AccountDialog>(m_manager.get(), makeExotelVerifier());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_sandbox->clearRequestLog();
    }

    void cleanup() {
        m_dialog.reset();
        for (const AccountProfile &p : m_manager->profiles())
            waitForResult<SecretResult>(
                [&](auto cb) { m_manager->removeProfile(p.id, nullptr, cb); });
        m_manager.reset();
    }

    void fieldHasNamedControls() {
        for (const char *name :
             {"caCertificateEdit", "caCertificateBrowseButton", "caCertificateClearButton"})
            QVERIFY2(!child<QWidget>(m_dialog.get(), name)->accessibleName().isEmpty(), name);
        QCOMPARE(child<QLabel>(m_dialog.get(), "caCertificateSummaryLabel")->textFormat(),
                 Qt::PlainText);
    }

    void showsSubjectAndFingerprintAndSaves() {
        fillAccount(QStringLiteral("sandbox"));
        auto *summary = child<QLabel>(m_dialog.get(), "caCertificateSummaryLabel");
        QVERIFY(!summary->isVisible());
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "caCertificateEdit"),
                         m_certificates.caFile());
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("Subject: CN=Exotrunk Test CA")),
                 qPrintable(summary->text()));
        const QString fingerprint = fingerprintOf(m_certificates.caFile());
        QCOMPARE(fingerprint.size(), 95);
        QVERIFY2(summary->text().contains(QStringLiteral("SHA-256: ") + fingerprint),
                 qPrintable(summary->text()));
        auto *save = child<QPushButton>(m_dialog.get(), "saveAccountButton");
        QVERIFY(save->isEnabled());

        QSignalSpy saved(m_dialog.get(), &AccountDialog::profileSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kKeychainWaitMs);
        const QString id = m_dialog->savedProfileId();
        QCOMPARE(m_manager->profile(id)->caCertificateFile, m_certificates.caFile());
        // In the settings file, read back by a store of its own.
        const auto stored = ProfileStore(m_settingsPath).profile(id);
        QVERIFY(stored);
        QCOMPARE(stored->caCertificateFile, m_certificates.caFile());
        QCOMPARE(stored->toClientConfig(QStringLiteral("t")).caCertificateFile,
                 m_certificates.caFile());

        // Editing it again shows the file and its fingerprint at once.
        AccountDialog edit(m_manager.get(), makeExotelVerifier());
        edit.setProfile(*stored);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QCOMPARE(child<QLineEdit>(&edit, "caCertificateEdit")->text(), m_certificates.caFile());
        QVERIFY(child<QLabel>(&edit, "caCertificateSummaryLabel")->isVisible());
        QVERIFY(child<QLabel>(&edit, "caCertificateSummaryLabel")->text().contains(fingerprint));
    }

    void unusableFilesAreRefusedAndNotSaved() {
        fillAccount(QStringLiteral("sandbox"));
        auto *edit = child<QLineEdit>(m_dialog.get(), "caCertificateEdit");
        auto *save = child<QPushButton>(m_dialog.get(), "saveAccountButton");
        auto *validation = child<QLabel>(m_dialog.get(), "validationMessageLabel");
        auto *summary = child<QLabel>(m_dialog.get(), "caCertificateSummaryLabel");

        QFile junk(m_dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();
        const struct {
            QString path;
            QString expected;
        } cases[] = {
            {m_dir.filePath(QStringLiteral("missing.pem")), QStringLiteral("does not exist")},
            {junk.fileName(), QStringLiteral("holds no certificate in PEM or DER form")},
            {m_certificates.trusted().keyFile, QStringLiteral("contains a private key")},
        };
        for (const auto &c : cases) {
            edit->clear();
            QTest::keyClicks(edit, c.path);
            QVERIFY2(!save->isEnabled(), qPrintable(c.path));
            QVERIFY2(validation->isVisible(), qPrintable(c.path));
            QVERIFY2(validation->text().contains(c.expected), qPrintable(validation->text()));
            QVERIFY2(validation->text().contains(c.path), qPrintable(validation->text()));
            QVERIFY(!summary->isVisible());
        }
        // Enter does not save it either.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(m_manager->profiles().isEmpty());

        // Nor does the account manager, asked directly.
        AccountProfile profile = m_dialog->profileFromFields();
        const auto refused = waitForResult<SecretResult>([&](auto cb) {
            m_manager->addProfile(profile, QStringLiteral("sandbox"), false, nullptr, cb);
        });
        QVERIFY(refused && !refused->isOk());
        QVERIFY2(refused->message.contains(QStringLiteral("contains a private key")),
                 qPrintable(refused->message));
        QVERIFY(m_manager->profiles().isEmpty());
        QVERIFY(ProfileStore(m_settingsPath).load().isEmpty());

        // Clearing the field makes the profile valid again.
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "caCertificateClearButton"),
                          Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(save->isEnabled());
    }

    // "Test connection" uses the CA file as typed: refused without it (nothing sent),
    // connected with it.
    void testConnectionUsesTheCaFile() {
        fillAccount(m_sandbox->options().apiToken);
        auto *status = child<QLabel>(m_dialog.get(), "connectionStatusLabel");
        auto *test = child<QPushButton>(m_dialog.get(), "testConnectionButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("not trusted")), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("Nothing was sent")),
                 qPrintable(status->text()));
        QVERIFY(m_sandbox->requestLog().isEmpty());

        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "caCertificateEdit"),
                         m_certificates.caFile());
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 10000);
        QVERIFY(!m_sandbox->requestLog().isEmpty());
    }

private:
    void fillAccount(const QString &token) {
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "accountNameEdit"),
                         QStringLiteral("Inspected"));
        QTest::mouseClick(child<QToolButton>(m_dialog.get(), "advancedToggle"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "customUrlEdit"),
                         m_sandbox->baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "accountSidEdit"),
                         m_sandbox->options().accountSid);
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "apiKeyEdit"),
                         m_sandbox->options().apiKey);
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "apiTokenEdit"), token);
        QVERIFY(child<QPushButton>(m_dialog.get(), "saveAccountButton")->isEnabled());
    }

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<AccountManager> m_manager;
    std::unique_ptr<AccountDialog> m_dialog;
    QString m_settingsPath;
    int m_counter = 0;
};

QTEST_MAIN(TestCaCertificate)
#include "tst_cacertificate.moc"
