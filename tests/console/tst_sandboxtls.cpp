// `exotrunk-console --sandbox-server --tls` as a user runs it: the real executable serves HTTPS
// with the certificate it generated (or the one it was given), and a client that trusts that
// certificate through its configuration talks to it. Plus the command line's own rules.
#include "api/exotelclient.h"
#include "commandline.h"
#include "testcertificates.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestSandboxTls : public QObject {
    Q_OBJECT

private:
    // Starts the server with `arguments`; the printed base URL and certificate file.
    static bool startServer(QProcess &process, const QStringList &arguments, QUrl *url,
                            QString *certificate) {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        // A terminated server cannot remove its generated certificate: it goes in a folder of
        // the test's own, removed with it.
        static QTemporaryDir scratch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), scratch.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(EXOTRUNK_CONSOLE_EXECUTABLE),
                      QStringList{QStringLiteral("--sandbox-server")} + arguments);
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("Sandbox listening on (\\S+)"));
        static const QRegularExpression cert(QStringLiteral("Certificate: (\\S+)"));
        QString out;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && !out.contains(QStringLiteral("Trust it"))) {
            process.waitForReadyRead(200);
            out += QString::fromLocal8Bit(process.readAllStandardOutput());
            if (process.state() != QProcess::Running)
                break;
        }
        *url = QUrl(listening.match(out).captured(1));
        *certificate = cert.match(out).captured(1);
        return url->isValid() && !certificate->isEmpty();
    }

    static ApiError listTrunks(const QUrl &url, const QString &caFile) {
        ClientConfig config;
        config.baseUrl = url;
        config.accountSid = QStringLiteral("ameyo5m");
        config.apiKey = QStringLiteral("sandbox");
        config.apiToken = QStringLiteral("sandbox");
        config.caCertificateFile = caFile;
        ExotelClient client(config);
        std::optional<ApiError> result;
        QObject context;
        client.listTrunks(&context, [&result](const ApiResult<QList<Trunk>> &r) {
            result = r.isOk() ? ApiError() : r.error();
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
            ApiError timedOut;
            timedOut.kind = ApiError::Kind::Cancelled;
            return timedOut;
        }
        return *result;
    }

    static void stop(QProcess &process) {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }

private slots:
    void generatedCertificateServesHttps() {
        QProcess server;
        QUrl url;
        QString certificate;
        QVERIFY2(startServer(server, {QStringLiteral("--tls")}, &url, &certificate),
                 qPrintable(QString::fromLocal8Bit(server.readAllStandardError())));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const ApiError untrusted = listTrunks(url, QString());
        QCOMPARE(untrusted.kind, ApiError::Kind::Tls);
        QVERIFY2(untrusted.userMessage().contains(QStringLiteral("self-signed")),
                 qPrintable(untrusted.userMessage()));
        const ApiError trusted = listTrunks(url, certificate);
        QVERIFY2(!trusted.isError(), qPrintable(trusted.technicalDetails()));
        stop(server);
    }

    void givenCertificateIsServed() {
        TestCertificates certificates;
        const QString problem = certificates.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QProcess server;
        QUrl url;
        QString certificate;
        QVERIFY2(startServer(server,
                             {QStringLiteral("--tls-cert"), certificates.trusted().certificateFile,
                              QStringLiteral("--tls-key"), certificates.trusted().keyFile},
                             &url, &certificate),
                 qPrintable(QString::fromLocal8Bit(server.readAllStandardError())));
        QCOMPARE(certificate, certificates.trusted().certificateFile);
        const ApiError error = listTrunks(url, certificates.caFile());
        QVERIFY2(!error.isError(), qPrintable(error.technicalDetails()));
        stop(server);
    }

    void commandLineRules() {
        const auto parse = [](QStringList arguments) {
            return parseCommandLine(QStringList{QStringLiteral("exotrunk-console")} + arguments);
        };
        const CommandLineParse plain = parse({QStringLiteral("--sandbox-server")});
        QVERIFY(plain.options);
        QVERIFY(!plain.options->sandboxTls);
        const CommandLineParse tls =
            parse({QStringLiteral("--sandbox-server"), QStringLiteral("--tls")});
        QVERIFY(tls.options);
        QVERIFY(tls.options->sandboxTls);
        QVERIFY(tls.options->tlsCertificateFile.isEmpty());
        const CommandLineParse files =
            parse({QStringLiteral("--sandbox-server"), QStringLiteral("--tls-cert"),
                   QStringLiteral("c.pem"), QStringLiteral("--tls-key"), QStringLiteral("k.pem")});
        QVERIFY(files.options);
        QVERIFY(files.options->sandboxTls);
        QCOMPARE(files.options->tlsKeyFile, QStringLiteral("k.pem"));
        const CommandLineParse lonely = parse({QStringLiteral("--sandbox-server"),
                                               QStringLiteral("--tls-cert"), QStringLiteral("c")});
        QVERIFY(!lonely.options);
        QVERIFY2(lonely.error.contains(QStringLiteral("together")), qPrintable(lonely.error));
        const CommandLineParse console = parse({QStringLiteral("--tls")});
        QVERIFY(!console.options);
        QVERIFY2(console.error.contains(QStringLiteral("--sandbox-server only")),
                 qPrintable(console.error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
