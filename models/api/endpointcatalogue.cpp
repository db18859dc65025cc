#include "api/endpointcatalogue.h"

#include <QtGlobal>

namespace exotrunk {

namespace {
constexpr auto Ref = EndpointSource::Reference;
constexpr auto Samples = EndpointSource::VendorSamples;

// The order must follow enum Endpoint (checked by endpointRow()).
const QList<EndpointRow> kRows = {
    {Endpoint::CreateTrunk, "trunk.create", "POST", "/trunks", "", false, Ref},
    {Endpoint::ListTrunks, "trunk.list", "GET", "/trunks", "", true, Samples},
    {Endpoint::LookUpTrunk, "trunk.lookup", "GET", "/trunks", "trunk_sid", true, Samples},
    {Endpoint::GetTrunk, "trunk.get", "GET", "/trunks/{trunk_sid}", "", true, Samples},
    {Endpoint::UpdateTrunk, "trunk.update", "PUT", "/trunks/{trunk_sid}", "", false, Samples},
    {Endpoint::DeleteTrunk, "trunk.delete", "DELETE", "/trunks", "trunk_sid", false, Ref},
    {Endpoint::MapPhoneNumber, "number.map", "POST", "/trunks/{trunk_sid}/phone-numbers", "", false,
     Ref},
    {Endpoint::ListPhoneNumbers, "number.list", "GET", "/trunks/{trunk_sid}/phone-numbers", "",
     true, Ref},
    {Endpoint::UpdatePhoneNumber, "number.update", "PUT", "/trunks/{trunk_sid}/phone-numbers/{id}",
     "", false, Ref},
    {Endpoint::RemovePhoneNumber, "number.remove", "DELETE", "/trunks/{trunk_sid}/phone-numbers",
     "id", false, Samples},
    {Endpoint::WhitelistIp, "ip.add", "POST", "/trunks/{trunk_sid}/whitelisted-ips", "", false,
     Ref},
    {Endpoint::ListWhitelistedIps, "ip.list", "GET", "/trunks/{trunk_sid}/whitelisted-ips", "",
     true, Ref},
    {Endpoint::UpdateWhitelistedIp, "ip.update", "PUT", "/trunks/{trunk_sid}/whitelisted-ips/{id}",
     "", false, Samples},
    {Endpoint::RemoveWhitelistedIp, "ip.remove", "DELETE", "/trunks/{trunk_sid}/whitelisted-ips",
     "id", false, Samples},
    {Endpoint::AddDestinationUris, "destination.add", "POST",
     "/trunks/{trunk_sid}/destination-uris", "", false, Ref},
    {Endpoint::ListDestinationUris, "destination.list", "GET",
     "/trunks/{trunk_sid}/destination-uris", "", true, Ref},
    {Endpoint::UpdateDestinationUri, "destination.update", "PUT",
     "/trunks/{trunk_sid}/destination-uris/{id}", "", false, Samples},
    {Endpoint::RemoveDestinationUri, "destination.remove", "DELETE",
     "/trunks/{trunk_sid}/destination-uris", "id", false, Samples},
    {Endpoint::CreateCredential, "credential.create", "POST", "/trunks/{trunk_sid}/credentials", "",
     false, Ref},
    {Endpoint::ListCredentials, "credential.list", "GET", "/trunks/{trunk_sid}/credentials", "",
     true, Ref},
    {Endpoint::GetCredential, "credential.get", "GET", "/trunks/{trunk_sid}/credentials", "id",
     true, Samples},
    {Endpoint::UpdateCredential, "credential.update", "PUT", "/trunks/{trunk_sid}/credentials/{id}",
     "", false, Samples},
    {Endpoint::DeleteCredential, "credential.delete", "DELETE", "/trunks/{trunk_sid}/credentials",
     "id", false, Ref},
    {Endpoint::SetSettings, "setting.set", "POST", "/trunks/{trunk_sid}/settings", "", false, Ref},
    {Endpoint::ListSettings, "setting.list", "GET", "/trunks/{trunk_sid}/settings", "", true,
     Samples},
    {Endpoint::RemoveSetting, "setting.remove", "DELETE", "/trunks/{trunk_sid}/settings", "name",
     false, Samples},
    {Endpoint::LookUpExophone, "number.lookup", "GET", "/trunk-maps", "exophone", true, Samples},
};

QStringList templateSegments(const EndpointRow &row) {
    return QString::fromLatin1(row.path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// Whether `segments` fit the row's template; fills the placeholders into `match`.
bool fitsTemplate(const EndpointRow &row, const QStringList &segments, EndpointMatch *match) {
    const QStringList parts = templateSegments(row);
    if (parts.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("{trunk_sid}"))
            match->trunkSid = segments.at(i);
        else if (parts.at(i) == QLatin1String("{id}"))
            match->objectId = segments.at(i);
        else if (parts.at(i) != segments.at(i))
            return false;
    }
    return true;
}
} // namespace

const QList<EndpointRow> &endpointCatalogue() {
    return kRows;
}

const EndpointRow &endpointRow(Endpoint id) {
    const EndpointRow &row = kRows.at(qsizetype(id));
    Q_ASSERT(row.id == id);
    return row;
}

QString endpointPath(Endpoint id, const QString &trunkSid, const QString &objectId) {
    QString path = QString::fromLatin1(endpointRow(id).path);
    path.replace(QLatin1String("{trunk_sid}"), trunkSid);
    path.replace(QLatin1String("{id}"), objectId);
    return path;
}

QUrlQuery endpointQuery(Endpoint id, const QString &selectorValue) {
    QUrlQuery query;
    const char *selector = endpointRow(id).selector;
    if (*selector != '\0')
        query.addQueryItem(QString::fromLatin1(selector), selectorValue);
    return query;
}

QString endpointSignature(Endpoint id) {
    const EndpointRow &row = endpointRow(id);
    QString signature =
        QString::fromLatin1(row.method) + QLatin1Char(' ') + QString::fromLatin1(row.path);
    if (*row.selector != '\0')
        signature += QLatin1Char('?') + QString::fromLatin1(row.selector) + QLatin1Char('=');
    return signature;
}

std::optional<EndpointMatch> matchEndpoint(const QString &method, const QStringList &segments,
                                           const QUrlQuery &query) {
    std::optional<EndpointMatch> withSelector, withoutSelector, selectorMissing;
    for (const EndpointRow &row : kRows) {
        EndpointMatch match{row.id, {}, {}};
        if (method != QLatin1String(row.method) || !fitsTemplate(row, segments, &match))
            continue;
        const QString selector = QString::fromLatin1(row.selector);
        if (selector.isEmpty()) {
            withoutSelector = match;
        } else if (query.hasQueryItem(selector)) {
            match.objectId = query.queryItemValue(selector, QUrl::FullyDecoded);
            withSelector = match;
        } else if (!selectorMissing) {
            selectorMissing = match;
        }
    }
    if (withSelector)
        return withSelector;
    if (withoutSelector)
        return withoutSelector;
    return selectorMissing;
}

} // namespace exotrunk
