#include "accounts/accountprofile.h"

#include "api/tlstrust.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace exotrunk {

QString AccountProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl AccountProfile::baseUrl() const {
    if (region == Region::Custom)
        return customBaseUrl;
    return regionBaseUrl(region);
}

QString AccountProfile::regionLabel() const {
    switch (region) {
    case Region::Mumbai:
        return QCoreApplication::translate("AccountProfile", "Mumbai");
    case Region::Singapore:
        return QCoreApplication::translate("AccountProfile", "Singapore");
    case Region::Custom:
        break;
    }
    const QUrl url = customBaseUrl;
    if (url.host().isEmpty())
        return QCoreApplication::translate("AccountProfile", "Custom server");
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString AccountProfile::checkFields() const {
    if (displayName.trimmed().isEmpty())
        return QCoreApplication::translate("AccountProfile", "Give the profile a name.");
    if (region == Region::Custom) {
        QString problem = ClientConfig::checkBaseUrl(customBaseUrl);
        if (!problem.isEmpty())
            return problem;
    }
    static const QRegularExpression sidPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (accountSid.isEmpty())
        return QCoreApplication::translate("AccountProfile", "Enter the Account SID.");
    if (!sidPattern.match(accountSid).hasMatch())
        return QCoreApplication::translate(
            "AccountProfile", "The Account SID has only letters, digits, '_' and '-' (no spaces).");
    if (apiKey.isEmpty())
        return QCoreApplication::translate("AccountProfile", "Enter the API key.");
    if (apiKey.trimmed() != apiKey)
        return QCoreApplication::translate("AccountProfile",
                                           "The API key starts or ends with a space.");
    if (!caCertificateFile.isEmpty()) {
        QString problem;
        tls::readCaCertificates(caCertificateFile, &problem);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

ClientConfig AccountProfile::toClientConfig(const QString &token) const {
    ClientConfig config;
    config.baseUrl = baseUrl();
    config.accountSid = accountSid;
    config.apiKey = apiKey;
    config.apiToken = token;
    config.caCertificateFile = caCertificateFile;
    return config;
}

bool operator==(const AccountProfile &a, const AccountProfile &b) {
    return a.id == b.id && a.displayName == b.displayName && a.region == b.region &&
           a.customBaseUrl == b.customBaseUrl && a.accountSid == b.accountSid &&
           a.apiKey == b.apiKey && a.caCertificateFile == b.caCertificateFile &&
           a.transient == b.transient && a.sessionOnlyToken == b.sessionOnlyToken;
}

QString regionKey(Region region) {
    switch (region) {
    case Region::Mumbai:
        return QStringLiteral("mumbai");
    case Region::Singapore:
        return QStringLiteral("singapore");
    case Region::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

Region regionFromKey(const QString &key, Region fallback) {
    if (key == QLatin1String("mumbai"))
        return Region::Mumbai;
    if (key == QLatin1String("singapore"))
        return Region::Singapore;
    if (key == QLatin1String("custom"))
        return Region::Custom;
    return fallback;
}

} // namespace exotrunk
