#include "diagnostics/probetexts.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace exotrunk {

namespace {

QString dateText(const QDateTime &when) {
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

bool isUntrusted(QSslError::SslError error) {
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

} // namespace

QString ProbeText::certificateNames(const QSslCertificate &certificate) {
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? tr("no host name") : names.join(QStringLiteral(", "));
}

QString ProbeText::connectFailed(QAbstractSocket::SocketError error, const QString &errorString,
                                 const QString &where) {
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("%1 refused the connection: nothing listens on that port, or a firewall "
                  "rejects it. Check the port in the destination and that the SIP server "
                  "listens on it.")
            .arg(where);
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return tr("%1 cannot be reached from this computer (%2). Check the address, and the "
                  "routes and firewalls between here and there.")
            .arg(where, errorString);
    default:
        break;
    }
    return tr("Could not connect to %1: %2.").arg(where, errorString);
}

QString ProbeText::tlsTrusted(const QSslCertificate &certificate, const QString &host,
                              int daysLeft) {
    QString text =
        tr("The certificate chain is trusted and the certificate is valid for %1 "
           "(issued for %2). It expires on %3, in %n day(s).",
           nullptr, daysLeft)
            .arg(host, certificateNames(certificate), dateText(certificate.expiryDate()));
    if (daysLeft < 30)
        text += QLatin1Char(' ') +
                tr("Ask the server's operator to renew it before then: calls fail the day it "
                   "expires.");
    return text;
}

QString ProbeText::tlsRefused(const QList<QSslError> &errors, const QString &host) {
    QStringList sentences;
    bool untrustedSaid = false;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        if (error.error() == QSslError::HostNameMismatch) {
            sentences << tr("The certificate is issued for %1, not for %2: Exotel would refuse "
                            "it too. Put a host name the certificate covers in the destination, "
                            "or have the certificate reissued for %2.")
                             .arg(certificateNames(certificate), host);
        } else if (error.error() == QSslError::CertificateExpired) {
            const qint64 days = certificate.expiryDate().daysTo(QDateTime::currentDateTimeUtc());
            sentences << tr("The certificate expired on %1, %n day(s) ago. The server's operator "
                            "must renew it.",
                            nullptr, int(days))
                             .arg(dateText(certificate.expiryDate()));
        } else if (error.error() == QSslError::CertificateNotYetValid) {
            sentences << tr("The certificate is valid only from %1. Check this computer's date "
                            "and time, and the server's.")
                             .arg(dateText(certificate.effectiveDate()));
        } else if (isUntrusted(error.error()) && !untrustedSaid) {
            untrustedSaid = true;
            sentences << tr("The certificate chain is not trusted: its issuer (%1) is not a "
                            "certificate authority this computer trusts. A self-signed or "
                            "private-CA certificate may be refused by Exotel as well; use one "
                            "from a public authority.")
                             .arg(certificate.isNull() ? tr("unknown")
                                                       : certificate.issuerDisplayName());
        } else if (!isUntrusted(error.error())) {
            sentences << tr("The certificate could not be verified: %1.").arg(error.errorString());
        }
    }
    if (sentences.isEmpty())
        sentences << tr("The certificate could not be verified.");
    sentences.removeDuplicates();
    return sentences.join(QLatin1Char(' '));
}

QString ProbeText::tlsBroken(const QString &errorString, const QString &where) {
    return tr("The TLS handshake with %1 failed (%2). The port may not speak TLS: check the "
              "port and the transport of the destination.")
        .arg(where, errorString);
}

QString ProbeText::sipAnswered(const sip::Response &response, qint64 roundTripMs, int sends,
                               bool *ok) {
    const QString code = QString::number(response.status) + QLatin1Char(' ') + response.reason;
    QString text = tr("Answered %1 in %n ms.", nullptr, int(roundTripMs)).arg(code.trimmed());
    if (sends > 1)
        text += QLatin1Char(' ') +
                tr("The request was sent %n time(s) before the answer came; packets may be "
                   "lost on the way.",
                   nullptr, sends);
    *ok = true;
    if (response.status >= 200 && response.status < 300)
        return text;
    switch (response.status) {
    case 401:
    case 407:
    case 403:
        return text + QLatin1Char(' ') +
               tr("The SIP server is reachable but does not accept requests from this "
                  "computer; it may accept only Exotel's signalling IPs (§15), so this need not "
                  "mean it refuses Exotel.");
    case 405:
    case 501:
        return text + QLatin1Char(' ') +
               tr("The SIP server is reachable; it does not answer OPTIONS, which does not "
                  "stop calls.");
    default:
        break;
    }
    *ok = false;
    return text + QLatin1Char(' ') +
           tr("The SIP server answers but reports a problem: look the code up in the SIP error "
              "guide (§16).");
}

QString ProbeText::sipStreamError(QAbstractSocket::SocketError error, const QString &errorString,
                                  const QString &where) {
    if (error == QAbstractSocket::RemoteHostClosedError)
        return tr("%1 closed the connection without answering OPTIONS. The SIP server may reject "
                  "this computer's address; check its logs.")
            .arg(where);
    return tr("The connection to %1 broke before an answer came (%2).").arg(where, errorString);
}

QString ProbeText::sipUdpError(QAbstractSocket::SocketError error, const QString &errorString,
                               const QString &where) {
    if (error == QAbstractSocket::ConnectionRefusedError)
        return tr("Nothing listens on UDP at %1: the port is closed (the computer there "
                  "answered \"port unreachable\"). Check the port, and that the SIP server "
                  "listens on UDP.")
            .arg(where);
    return tr("Sending OPTIONS over UDP to %1 failed (%2).").arg(where, errorString);
}

QString ProbeText::timedOut(ProbeStepKind step, Transport transport, qint64 ms,
                            const QString &where, int sends) {
    const int n = int(ms);
    switch (step) {
    case ProbeStepKind::Dns:
        return tr("No DNS answer for %1 within %n ms. Check this computer's DNS server, and the "
                  "spelling of the host.",
                  nullptr, n)
            .arg(where);
    case ProbeStepKind::TcpConnect:
        return tr("No answer to the connection request within %n ms from %1: a firewall drops "
                  "it, or the host is down.",
                  nullptr, n)
            .arg(where);
    case ProbeStepKind::TlsHandshake:
        return tr("Connected, but the TLS handshake did not finish within %n ms. The port may "
                  "not speak TLS: check the port and the transport.",
                  nullptr, n);
    case ProbeStepKind::SipOptions:
        break;
    }
    if (transport == Transport::Udp)
        return tr("No answer to OPTIONS within %n ms from %1 over UDP (requests sent: %2). A "
                  "firewall may drop SIP, or nothing listens on this port.",
                  nullptr, n)
            .arg(where)
            .arg(sends);
    return tr("Connected to %1, but no answer to OPTIONS within %n ms. The SIP server may ignore "
              "requests from this computer's address.",
              nullptr, n)
        .arg(where);
}

} // namespace exotrunk
