#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace exotrunk::tls {

// One certificate of a CA file, as the profile editor shows it before the file is saved.
struct CertificateSummary {
    QString subject;     // "CN=Acme Inspection CA, O=Acme"
    QString sha256;      // "AB:CD:…": 32 bytes as colon-separated hex pairs
    QDateTime expiresAt; // UTC
};

struct CaFileSummary {
    QList<CertificateSummary> certificates;
    QString problem; // empty when the file holds at least one usable certificate
};

// Reads the PEM (or single DER) certificates of an extra CA certificate file: the CA of a
// corporate TLS-inspection proxy, or of a test server. On failure `problem` says why in words a
// support engineer can act on (missing, unreadable, no certificate in it, holds a private key).
QList<QSslCertificate> readCaCertificates(const QString &path, QString *problem);
CaFileSummary summarizeCaFile(const QString &path);

QString sha256Fingerprint(const QSslCertificate &certificate);
QString subjectText(const QSslCertificate &certificate);

// The configuration a client uses for a profile with an extra CA file: the system's trusted
// authorities plus the file's (never fewer, never "ignore errors"). Empty with `problem` set when
// the file cannot be used.
std::optional<QSslConfiguration> configurationWithExtraCas(const QString &caFile, QString *problem);

// What stopped a TLS handshake with `host`, and what to do about it: "not trusted", "issued for
// another host name", "expired on <date>" … Ends by saying that nothing was sent.
QString describeCertificateErrors(const QList<QSslError> &errors, const QString &host);

} // namespace exotrunk::tls
