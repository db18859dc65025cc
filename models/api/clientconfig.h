#pragma once

#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace exotrunk {

enum class Region { Mumbai, Singapore, Custom };

QString regionDisplayName(Region region); // "Mumbai (api.in.exotel.com)"
QUrl regionBaseUrl(Region region);        // empty for Custom

// Everything an ExotelClient needs to talk to one account. The token is held in memory only.
struct ClientConfig {
    QUrl baseUrl; // e.g. https://api.in.exotel.com — paths get /v2/accounts/{sid}
    QString accountSid;
    QString apiKey;
    QString apiToken;
    std::chrono::milliseconds transferTimeout{30000}; // inactivity: no byte for this long
    // The whole request, from sending to the last byte of the answer: a server that trickles
    // bytes never trips the inactivity timeout.
    std::chrono::milliseconds requestDeadline{120000};
    // The largest answer read; a larger one is aborted (a page of 1000 trunks is under 1 MiB).
    qint64 maxAnswerBytes = qint64{16} * 1024 * 1024;
    int requestsPerMinute = 200; // the documented per-account limit
    int maxConcurrentRequests = 6;
    // A PEM (or DER) file of CA certificates trusted besides the system's: a corporate
    // TLS-inspection proxy, a test server. Empty: the system's authorities only. A file that
    // cannot be read fails every request (it is never silently dropped).
    QString caCertificateFile;

    // Empty when the base URL is acceptable: https, or plain http on a loopback address only.
    static QString checkBaseUrl(const QUrl &url);
};

} // namespace exotrunk
