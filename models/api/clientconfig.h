#pragma once

#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace exotrunk {

enum class Region { Mumbai, Singapore, Custom };

QString regionDisplayName(Region region);  // "Mumbai (api.in.exotel.com)"
QUrl regionBaseUrl(Region region);           // empty for Custom

// Everything an ExotelClient needs to talk to one account. The token is held in memory only.
struct ClientConfig {
    QUrl baseUrl;        // e.g. https://api.in.exotel.com — paths get /v2/accounts/{sid}
    QString accountSid;
    QString apiKey;
    QString apiToken;
    std::chrono::milliseconds transferTimeout{30000};
    int requestsPerMinute = 200;  // the documented per-account limit
    int maxConcurrentRequests = 6;
    // A PEM (or DER) file of CA certificates trusted besides the system's: a corporate
    // TLS-inspection proxy, a test server. Empty: the system's authorities only. A file that
    // cannot be read fails every request (it is never silently dropped).
    QString caCertificateFile;

    // Empty when the base URL is acceptable: https, or plain http on a loopback address only.
    static QString checkBaseUrl(const QUrl &url);
};

} // namespace exotrunk
