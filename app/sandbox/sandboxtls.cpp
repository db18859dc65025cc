#include "sandboxtls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>

namespace exotrunk::sandbox {

namespace {

QString readFile(const QString &path, QByteArray *data) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("SandboxTls", "Cannot read %1: %2")
            .arg(path, file.errorString());
    *data = file.readAll();
    return {};
}

} // namespace

std::optional<TlsFiles> generateSelfSignedCertificate(const QString &directory, QString *error) {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QCoreApplication::translate(
            "SandboxTls", "The openssl command is needed to generate the sandbox's certificate "
                          "(install the openssl package), or give --tls-cert and --tls-key.");
        return std::nullopt;
    }
    const QDir dir(directory);
    TlsFiles files{dir.filePath(QStringLiteral("sandbox-cert.pem")),
                   dir.filePath(QStringLiteral("sandbox-key.pem"))};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Exotrunk sandbox"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), files.keyFile, QStringLiteral("-out"),
                   files.certificateFile});
    const bool finished = process.waitForFinished(30000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QCoreApplication::translate("SandboxTls",
                                             "openssl could not generate a certificate: %1")
                     .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return std::nullopt;
    }
    QFile::setPermissions(files.keyFile, QFile::ReadOwner | QFile::WriteOwner);
    return files;
}

std::optional<QSslConfiguration> serverTlsConfiguration(const TlsFiles &files, QString *error) {
    QByteArray certificateData;
    QByteArray keyData;
    *error = readFile(files.certificateFile, &certificateData);
    if (error->isEmpty())
        *error = readFile(files.keyFile, &keyData);
    if (!error->isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QCoreApplication::translate("SandboxTls", "%1 holds no PEM certificate.")
                     .arg(files.certificateFile);
        return std::nullopt;
    }
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QCoreApplication::translate(
                     "SandboxTls", "%1 holds no unencrypted RSA or EC private key in PEM form.")
                     .arg(files.keyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    return configuration;
}

} // namespace exotrunk::sandbox
