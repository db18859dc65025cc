#include "api/clientconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace exotrunk {

QString regionDisplayName(Region region) {
    switch (region) {
    case Region::Mumbai:
        return QCoreApplication::translate("Region", "Mumbai (api.in.exotel.com)");
    case Region::Singapore:
        return QCoreApplication::translate("Region", "Singapore (api.exotel.com)");
    case Region::Custom:
        return QCoreApplication::translate("Region", "Custom server");
    }
    return {};
}

QUrl regionBaseUrl(Region region) {
    switch (region) {
    case Region::Mumbai:
        return QUrl(QStringLiteral("https://api.in.exotel.com"));
    case Region::Singapore:
        return QUrl(QStringLiteral("https://api.exotel.com"));
    case Region::Custom:
        break;
    }
    return {};
}

QString ClientConfig::checkBaseUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ClientConfig",
                                           "The server address is not a valid URL with a host.");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ClientConfig",
            "Do not put credentials in the server address; they would end up in logs.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QHostAddress address(url.host());
        const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                              (!address.isNull() && address.isLoopback());
        if (loopback)
            return {};
        return QCoreApplication::translate(
            "ClientConfig",
            "Plain http:// is only allowed for a server on this machine (127.0.0.1, ::1, "
            "localhost); use https:// for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("ClientConfig",
                                       "The server address must start with https://.");
}

} // namespace exotrunk
