// Trunks, and the account-wide look-up of the trunk a number is mapped to.
#include "sandboxenvelope.h"
#include "sandboxhandlers.h"
#include "sandboxrequest.h"
#include "sandboxrules.h"

#include "api/endpointcatalogue.h"

#include <QUrl>

namespace exotrunk::sandbox::handlers {

using namespace rules;

namespace {

// trunk_name as create and rename take it. The live API accepted "" (and lists such trunks), so
// only a non-empty name is checked.
std::optional<ApiReply> checkTrunkName(const ApiRequest &r, const QString &name) {
    if (!name.isEmpty() && !isTrunkName(name))
        return invalid(r, QStringLiteral("Invalid TrunkName"),
                       QStringLiteral("trunk_name must be 1 to 16 letters, digits or underscores"));
    return std::nullopt;
}

// A non-empty name may belong to one trunk only (`self` may keep its own).
std::optional<ApiReply> checkNameIsFree(const Account &a, const ApiRequest &r, const QString &name,
                                        const TrunkRecord *self) {
    const TrunkRecord *holder = a.byName.value(name);
    if (!name.isEmpty() && holder && holder != self)
        return duplicate(r, QStringLiteral("A trunk named %1 already exists").arg(name));
    return std::nullopt;
}

// nso_code as create and update take it: mandatory when given, and shaped like ANY-ANY.
std::optional<ApiReply> checkNsoCode(const ApiRequest &r, const QString &nso) {
    if (nso.isEmpty())
        return mandatory(r, QStringLiteral("NsoCode is mandatory"));
    if (!isNsoCode(nso))
        return invalid(r, QStringLiteral("Invalid NsoCode"),
                       QStringLiteral("nso_code must look like ANY-ANY"));
    return std::nullopt;
}

ListSpec trunkList(const Account &a) {
    return {
        a.absolutePath(endpointPath(Endpoint::ListTrunks)), ListStyle::WithTotal, {}, a.pageLimits};
}

} // namespace

ApiReply createTrunk(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    QString name, nso, domainName;
    const struct {
        const char *key;
        QString *out;
        const char *mandatoryMessage;
    } fields[] = {
        {"trunk_name", &name, "TrunkName is mandatory"},
        {"nso_code", &nso, "NsoCode is mandatory"},
        {"domain_name", &domainName, "DomainName is mandatory"},
    };
    for (const auto &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        switch (stringField(*body, key, f.out)) {
        case FieldState::WrongType:
            return wrongType(r, *body, key, QStringLiteral("string"));
        case FieldState::Absent:
            return mandatory(r, QString::fromLatin1(f.mandatoryMessage));
        case FieldState::Present:
            // The live API accepted "trunk_name": "" (and lists such trunks).
            if (f.out->isEmpty() && f.out != &name)
                return mandatory(r, QString::fromLatin1(f.mandatoryMessage));
            break;
        }
    }
    if (auto refused = checkTrunkName(r, name))
        return *refused;
    if (auto refused = checkNsoCode(r, nso))
        return *refused;
    if (domainName.compare(a.domain(), Qt::CaseInsensitive) != 0)
        return invalid(r, QStringLiteral("Invalid DomainName"),
                       QStringLiteral("domain_name must be %1").arg(a.domain()));
    if (auto refused = checkNameIsFree(a, r, name, nullptr))
        return *refused;
    auto trunk = std::make_unique<TrunkRecord>();
    trunk->sid = a.newSid();
    trunk->name = name;
    trunk->nso = nso;
    trunk->domain = a.domain();
    trunk->created = trunk->updated = a.now();
    return singleReply(r.method, a.trunkJson(*a.addTrunk(std::move(trunk))));
}

ApiReply listTrunks(Account &a, const Call &c) {
    return listReply(c.request, trunkList(a), int(a.trunks.size()),
                     [&a](int i) { return a.trunkJson(*a.trunks[std::size_t(i)]); });
}

// trunk_sid= narrows the list to that trunk (an empty list when there is none).
ApiReply lookUpTrunk(Account &a, const Call &c) {
    const TrunkRecord *t = a.bySid.value(c.objectId);
    return listReply(c.request, trunkList(a), t ? 1 : 0, [&a, t](int) { return a.trunkJson(*t); });
}

ApiReply getTrunk(Account &a, const Call &c) {
    return singleReply(c.request.method, a.trunkJson(*c.trunk));
}

// A partial update: any of trunk_name (the rules of create, "" included), nso_code (as on
// create) and auth_type (only IP-WHITELIST is documented as supported).
ApiReply updateTrunk(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    QString name, nso, authType;
    const QString nameKey = QStringLiteral("trunk_name");
    const QString nsoKey = QStringLiteral("nso_code");
    const QString authKey = QStringLiteral("auth_type");
    const FieldState nameState = stringField(*body, nameKey, &name);
    const FieldState nsoState = stringField(*body, nsoKey, &nso);
    const FieldState authState = stringField(*body, authKey, &authType);
    if (nameState == FieldState::WrongType)
        return wrongType(r, *body, nameKey, QStringLiteral("string"));
    if (nsoState == FieldState::WrongType)
        return wrongType(r, *body, nsoKey, QStringLiteral("string"));
    if (authState == FieldState::WrongType)
        return wrongType(r, *body, authKey, QStringLiteral("string"));
    if (nameState == FieldState::Absent && nsoState == FieldState::Absent &&
        authState == FieldState::Absent)
        return mandatory(r, QStringLiteral("One of TrunkName, NsoCode or AuthType is mandatory"));
    if (nameState == FieldState::Present) {
        if (auto refused = checkTrunkName(r, name))
            return *refused;
    }
    if (nsoState == FieldState::Present) {
        if (auto refused = checkNsoCode(r, nso))
            return *refused;
    }
    if (authState == FieldState::Present && authType != QLatin1String("IP-WHITELIST"))
        return invalid(r, QStringLiteral("Invalid AuthType"),
                       QStringLiteral("auth_type must be IP-WHITELIST, the only type supported"));
    if (nameState == FieldState::Present) {
        if (auto refused = checkNameIsFree(a, r, name, &t))
            return *refused;
        a.renameTrunk(&t, name);
    }
    if (nsoState == FieldState::Present)
        t.nso = nso;
    if (authState == FieldState::Present)
        t.authType = authType;
    t.updated = a.now();
    return singleReply(r.method, a.trunkJson(t));
}

ApiReply deleteTrunk(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    if (c.objectId.isEmpty())
        return mandatory(r, QStringLiteral("TrunkSid is mandatory"));
    ApiReply error;
    TrunkRecord *trunk = findTrunk(a, r, c.objectId, &error);
    if (!trunk)
        return error;
    const QJsonObject data = a.trunkJson(*trunk);
    a.removeTrunk(trunk); // its numbers, IPs, URIs, credentials and settings go with it
    return singleReply(r.method, data);
}

// Which trunks of the account an Exophone is mapped to, optionally narrowed to one trunk (an
// unknown trunk_sid narrows to nothing, as trunk_sid= does on the trunk list).
ApiReply lookUpExophone(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    const QString &exophone = c.objectId;
    if (exophone.isEmpty())
        return mandatory(r, QStringLiteral("Exophone is mandatory"));
    if (!isE164(exophone))
        return invalid(r, QStringLiteral("Invalid PhoneNumber"),
                       QStringLiteral("exophone must be in E.164 format, e.g. +919876543210"));
    const QString trunkKey = QStringLiteral("trunk_sid");
    const QString trunkSid = r.query.queryItemValue(trunkKey, QUrl::FullyDecoded);
    auto maps = a.mappingsOf(exophone);
    if (!trunkSid.isEmpty()) {
        maps.erase(std::remove_if(maps.begin(), maps.end(),
                                  [&](const auto &m) { return m.first->sid != trunkSid; }),
                   maps.end());
    }
    // The page URIs keep the look-up's own parameters; '+' percent-encoded, never a space.
    const QString selector = QString::fromLatin1(endpointRow(Endpoint::LookUpExophone).selector);
    QString filter =
        selector + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(exophone));
    if (!trunkSid.isEmpty())
        filter += QLatin1Char('&') + trunkKey + QLatin1Char('=') +
                  QString::fromLatin1(QUrl::toPercentEncoding(trunkSid));
    const ListSpec spec{a.absolutePath(endpointPath(Endpoint::LookUpExophone)), ListStyle::Plain,
                        filter, a.pageLimits};
    return listReply(r, spec, int(maps.size()), [&maps](int i) {
        const auto &m = maps[std::size_t(i)];
        return Account::numberJson(*m.first, *m.second);
    });
}

} // namespace exotrunk::sandbox::handlers
