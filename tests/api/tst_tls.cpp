// HTTPS end to end: the sandbox serves TLS, the client trusts an extra CA from its configuration,
// and every certificate it must refuse is refused before anything is sent, in words a support
// engineer can act on.
#include "api/exotelclient.h"
#include "api/tlstrust.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"
#include "testcertificates.h"

#include <QFile>
#include <QLocale>
#include <QSslConfiguration>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;
using sandbox::TlsFiles;

class TestTls : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certificates;

    std::unique_ptr<SandboxServer> serve(const TlsFiles &files) {
        SandboxOptions options;
        options.tls = files;
        return startSandbox(options);
    }

    // Lists the trunks of `server` with `caFile` as the extra CA; the error, or None on success.
    ApiError listWith(const SandboxServer &server, const QString &caFile) {
        ClientConfig config = clientConfigFor(server);
        config.caCertificateFile = caFile;
        ExotelClient client(config);
        Capture<QList<Trunk>> capture;
        client.listTrunks(this, capture.callback());
        if (!capture.wait()) {
            ApiError timedOut;
            timedOut.kind = ApiError::Kind::Cancelled;
            timedOut.message = QStringLiteral("no answer from the client within the wait");
            return timedOut;
        }
        return capture.isOk() ? ApiError() : capture.error();
    }

private slots:
    void initTestCase() {
        const QString problem = m_certificates.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void sandboxServesHttps() {
        const auto server = serve(m_certificates.trusted());
        QVERIFY2(server, "the sandbox did not start with TLS");
        QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
    }

    void trustedChainSucceeds() {
        const auto server = serve(m_certificates.trusted());
        QVERIFY(server);
        const ApiError error = listWith(*server, m_certificates.caFile());
        QVERIFY2(!error.isError(), qPrintable(error.technicalDetails()));
        QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("/trunks")), 1);
    }

    void unknownIssuerIsNotTrusted() {
        const auto server = serve(m_certificates.trusted());
        QVERIFY(server);
        const ApiError error = listWith(*server, QString()); // the test CA is not added
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("certificate is not trusted")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Exotrunk Test CA")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("extra CA certificate")) ||
                     text.contains(QStringLiteral("CA certificate to the account profile")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing was sent")), qPrintable(text));
        QVERIFY(server->requestLog().isEmpty());
    }

    void selfSignedIsRefused() {
        const auto server = serve(m_certificates.selfSigned());
        QVERIFY(server);
        const ApiError error = listWith(*server, m_certificates.caFile());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("certificate is not trusted")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("self-signed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing was sent")), qPrintable(text));
        QVERIFY(server->requestLog().isEmpty());
    }

    // What `--tls` generates is usable: named as the profile's extra CA, it is trusted.
    void selfSignedTrustedOnceAddedAsCa() {
        const auto server = serve(m_certificates.selfSigned());
        QVERIFY(server);
        const ApiError error = listWith(*server, m_certificates.selfSigned().certificateFile);
        QVERIFY2(!error.isError(), qPrintable(error.technicalDetails()));
        QCOMPARE(server->requestLog().size(), 1);
    }

    void wrongHostNameIsRefused() {
        const auto server = serve(m_certificates.wrongHost());
        QVERIFY(server);
        const ApiError error = listWith(*server, m_certificates.caFile());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("issued for another host name (wrong.example.com), "
                                              "not for 127.0.0.1")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Check the server address")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("not trusted")), qPrintable(text));
        QVERIFY(server->requestLog().isEmpty());
    }

    void expiredIsRefused() {
        const auto server = serve(m_certificates.expired());
        QVERIFY(server);
        const ApiError error = listWith(*server, m_certificates.caFile());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        const QString text = error.userMessage();
        const QDateTime expiry(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC);
        const QString date = QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat);
        QVERIFY2(text.contains(QStringLiteral("certificate expired on ") + date), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("date and time")), qPrintable(text));
        QVERIFY(server->requestLog().isEmpty());
    }

    // A CA file that cannot be used fails the request before anything is sent; it is never
    // dropped silently (which would leave the user with the system's authorities only).
    void unusableCaFileFailsEveryRequest() {
        const auto server = serve(m_certificates.trusted());
        QVERIFY(server);
        const ApiError missing = listWith(*server, m_certificates.path(QStringLiteral("none.pem")));
        QCOMPARE(missing.kind, ApiError::Kind::Tls);
        QVERIFY2(missing.userMessage().contains(QStringLiteral("does not exist")),
                 qPrintable(missing.userMessage()));
        const ApiError key = listWith(*server, m_certificates.trusted().keyFile);
        QCOMPARE(key.kind, ApiError::Kind::Tls);
        QVERIFY2(key.userMessage().contains(QStringLiteral("private key")),
                 qPrintable(key.userMessage()));
        QVERIFY(server->requestLog().isEmpty());
    }

    // An extra CA adds trust: the system's authorities stay (setting the list turns off Qt's
    // on-demand loading of the system store, so they must be put in explicitly).
    void extraCaKeepsTheSystemAuthorities() {
        QString problem;
        const std::optional<QSslConfiguration> configuration =
            tls::configurationWithExtraCas(m_certificates.caFile(), &problem);
        QVERIFY2(configuration, qPrintable(problem));
        const QList<QSslCertificate> cas = configuration->caCertificates();
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        for (const QSslCertificate &certificate : system)
            QVERIFY(cas.contains(certificate));
        QString readProblem;
        const QList<QSslCertificate> extra =
            tls::readCaCertificates(m_certificates.caFile(), &readProblem);
        QCOMPARE(extra.size(), 1);
        QVERIFY(cas.contains(extra.constFirst()));
    }

    void summaryShowsSubjectAndFingerprint() {
        const tls::CaFileSummary summary = tls::summarizeCaFile(m_certificates.caFile());
        QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
        QCOMPARE(summary.certificates.size(), 1);
        QCOMPARE(summary.certificates.constFirst().subject, QStringLiteral("CN=Exotrunk Test CA"));
        const QString fingerprint = summary.certificates.constFirst().sha256;
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);
        QFile file(m_certificates.caFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(file.readAll(), QSsl::Pem);
        QCOMPARE(fingerprint,
                 QString::fromLatin1(
                     certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
