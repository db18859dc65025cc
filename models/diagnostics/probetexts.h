#pragma once

#include "diagnostics/reachabilityprobe.h"
#include "diagnostics/sipoptions.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <optional>

// The sentences of the reachability probe's steps, in words a support engineer can act on.
namespace exotrunk {

class ProbeText {
    Q_DECLARE_TR_FUNCTIONS(exotrunk::ProbeText)
public:
    // Why a TCP connection to `where` ("203.0.113.10:5061") did not open.
    static QString connectFailed(QAbstractSocket::SocketError error, const QString &errorString,
                                 const QString &where);
    // The handshake succeeded: who the certificate is for, that it matches `host`, when it expires.
    static QString tlsTrusted(const QSslCertificate &certificate, const QString &host,
                              int daysLeft);
    // The handshake was refused for `errors`; `host` is the name the certificate should carry.
    static QString tlsRefused(const QList<QSslError> &errors, const QString &host);
    // The handshake broke without a certificate error (no TLS on that port, reset, …).
    static QString tlsBroken(const QString &errorString, const QString &where);
    // A final answer to OPTIONS and whether it counts as reachable.
    static QString sipAnswered(const sip::Response &response, qint64 roundTripMs, int sends,
                               bool *ok);
    // Nothing came back from a stream transport or a UDP port before an error.
    static QString sipStreamError(QAbstractSocket::SocketError error, const QString &errorString,
                                  const QString &where);
    static QString sipUdpError(QAbstractSocket::SocketError error, const QString &errorString,
                               const QString &where);

    // A step ran out of time; `where` is the name looked up or the address connected to, `sends`
    // how many times OPTIONS went out.
    static QString timedOut(ProbeStepKind step, Transport transport, qint64 ms,
                            const QString &where, int sends);

    static QString certificateNames(const QSslCertificate &certificate);
};

} // namespace exotrunk
