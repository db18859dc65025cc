#include "api/tlstrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>

namespace exotrunk::tls {

namespace {

// A CA bundle is a few hundred kilobytes at most; anything far larger is not one.
constexpr qint64 kMaxCaFileBytes = qint64(4) * 1024 * 1024;

QString dateText(const QDateTime &when) {
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

// The names a certificate is valid for: its subject alternative names, else its common name.
QString issuedForText(const QSslCertificate &certificate) {
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty())
        return QCoreApplication::translate("TlsTrust", "no host name");
    return names.join(QStringLiteral(", "));
}

enum class Problem { HostName, Expired, NotYetValid, Revoked, SelfSigned, Untrusted, Other };

Problem problemOf(const QSslError &error) {
    switch (error.error()) {
    case QSslError::HostNameMismatch:
        return Problem::HostName;
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::CertificateRevoked:
        return Problem::Revoked;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Problem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return Problem::Untrusted;
    default:
        return Problem::Other;
    }
}

QString sentenceFor(Problem problem, const QSslError &error, const QString &host) {
    const QSslCertificate certificate = error.certificate();
    switch (problem) {
    case Problem::HostName:
        return QCoreApplication::translate(
                   "TlsTrust",
                   "The server's certificate was issued for another host name (%1), not for %2. "
                   "Check the server address of the account: a wrong address, or a proxy, may be "
                   "answering.")
            .arg(issuedForText(certificate), host);
    case Problem::Expired:
        return QCoreApplication::translate(
                   "TlsTrust",
                   "The server's certificate expired on %1. Check this computer's date and time; "
                   "if they are right, the server's operator must renew the certificate.")
            .arg(dateText(certificate.expiryDate()));
    case Problem::NotYetValid:
        return QCoreApplication::translate(
                   "TlsTrust",
                   "The server's certificate is valid only from %1. Check this computer's date and "
                   "time.")
            .arg(dateText(certificate.effectiveDate()));
    case Problem::Revoked:
        return QCoreApplication::translate(
            "TlsTrust",
            "The server's certificate was revoked by its issuer. Do not use this connection; "
            "tell the server's operator.");
    case Problem::SelfSigned:
        return QCoreApplication::translate(
                   "TlsTrust",
                   "The server's certificate is not trusted: it is self-signed (%1). If this is "
                   "your own test server, add that certificate to the account profile as its extra "
                   "CA certificate (Edit account, Advanced); otherwise do not use this connection.")
            .arg(subjectText(certificate));
    case Problem::Untrusted:
        return QCoreApplication::translate(
                   "TlsTrust",
                   "The server's certificate is not trusted: its issuer (%1) is not among the "
                   "certificate authorities this computer trusts. If your network inspects HTTPS "
                   "traffic, add your organisation's CA certificate to the account profile (Edit "
                   "account, Advanced); otherwise do not use this connection.")
            .arg(certificate.isNull() ? QCoreApplication::translate("TlsTrust", "unknown")
                                      : certificate.issuerDisplayName());
    case Problem::Other:
        break;
    }
    return QCoreApplication::translate("TlsTrust",
                                       "The server's certificate could not be verified: %1.")
        .arg(error.errorString());
}

} // namespace

QList<QSslCertificate> readCaCertificates(const QString &path, QString *problem) {
    const QString &shown = path;
    QFile file(path);
    if (path.isEmpty() || !file.exists()) {
        *problem = QCoreApplication::translate(
                       "TlsTrust",
                       "The CA certificate file %1 does not exist. Choose it again, or clear the "
                       "field.")
                       .arg(shown);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem =
            QCoreApplication::translate(
                "TlsTrust",
                "The CA certificate file %1 cannot be read (%2). Check its permissions, or choose "
                "another copy.")
                .arg(shown, file.errorString());
        return {};
    }
    if (file.size() > kMaxCaFileBytes) {
        *problem =
            QCoreApplication::translate(
                "TlsTrust",
                "The file %1 is too large to be a CA certificate file. Choose the PEM or DER "
                "file with the CA certificate.")
                .arg(shown);
        return {};
    }
    const QByteArray data = file.readAll();
    if (data.contains("PRIVATE KEY-----")) {
        *problem =
            QCoreApplication::translate(
                "TlsTrust", "The file %1 contains a private key. Choose a file with only the CA "
                            "certificate, and keep the key secret.")
                .arg(shown);
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        *problem =
            QCoreApplication::translate(
                "TlsTrust", "The file %1 holds no certificate in PEM or DER form. Choose the CA "
                            "certificate file your IT department gave you (usually .pem or .crt).")
                .arg(shown);
        return {};
    }
    problem->clear();
    return certificates;
}

CaFileSummary summarizeCaFile(const QString &path) {
    CaFileSummary summary;
    const QList<QSslCertificate> certificates = readCaCertificates(path, &summary.problem);
    for (const QSslCertificate &certificate : certificates)
        summary.certificates.append(
            {subjectText(certificate), sha256Fingerprint(certificate), certificate.expiryDate()});
    return summary;
}

QString sha256Fingerprint(const QSslCertificate &certificate) {
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString subjectText(const QSslCertificate &certificate) {
    QStringList parts;
    const QList<QByteArray> attributes = certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.isEmpty() ? certificate.subjectDisplayName() : parts.join(QStringLiteral(", "));
}

std::optional<QSslConfiguration> configurationWithExtraCas(const QString &caFile,
                                                           QString *problem) {
    const QList<QSslCertificate> extra = readCaCertificates(caFile, problem);
    if (extra.isEmpty())
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the list turns off Qt's on-demand loading of the system store, so the system's
    // authorities are put in explicitly: an extra CA adds trust, it never replaces it.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return configuration;
}

QString describeCertificateErrors(const QList<QSslError> &errors, const QString &host) {
    static const Problem order[] = {Problem::HostName, Problem::Expired,    Problem::NotYetValid,
                                    Problem::Revoked,  Problem::SelfSigned, Problem::Untrusted,
                                    Problem::Other};
    QStringList sentences;
    for (const Problem problem : order) {
        for (const QSslError &error : errors) {
            if (problemOf(error) == problem) {
                sentences << sentenceFor(problem, error, host);
                break;
            }
        }
    }
    if (sentences.isEmpty())
        sentences << QCoreApplication::translate("TlsTrust",
                                                 "The server's certificate could not be verified.");
    sentences << QCoreApplication::translate("TlsTrust", "Nothing was sent to the server.");
    return sentences.join(QLatin1Char(' '));
}

} // namespace exotrunk::tls
