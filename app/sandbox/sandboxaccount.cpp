#include "sandboxaccount.h"

#include "api/endpointcatalogue.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRandomGenerator>

#include <algorithm>

namespace exotrunk::sandbox {

namespace {

QJsonValue nullable(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseIso(const char *text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch();
}

QString Account::absolutePath(const QString &relative) const {
    return QStringLiteral("/v2/accounts/") + accountSid + relative;
}

QString Account::newSid() const {
    auto *random = QRandomGenerator::global();
    for (;;) {
        QString hex;
        for (int i = 0; i < 18; ++i)
            hex.append(QLatin1Char("0123456789abcdef"[random->bounded(16)]));
        const QString sid = QStringLiteral("trmum1") + hex + QStringLiteral("1a1n");
        if (!bySid.contains(sid) && !foreignTrunks.contains(sid))
            return sid;
    }
}

TrunkRecord *Account::addTrunk(std::unique_ptr<TrunkRecord> trunk) {
    TrunkRecord *raw = trunk.get();
    bySid.insert(raw->sid, raw);
    if (!raw->name.isEmpty()) // the live API keeps trunks without a name
        byName.insert(raw->name, raw);
    trunks.push_back(std::move(trunk));
    return raw;
}

void Account::removeTrunk(TrunkRecord *trunk) {
    bySid.remove(trunk->sid);
    if (byName.value(trunk->name) == trunk)
        byName.remove(trunk->name);
    const auto it = std::find_if(trunks.begin(), trunks.end(),
                                 [trunk](const auto &t) { return t.get() == trunk; });
    if (it != trunks.end())
        trunks.erase(it);
}

void Account::renameTrunk(TrunkRecord *trunk, const QString &name) {
    if (byName.value(trunk->name) == trunk)
        byName.remove(trunk->name);
    trunk->name = name;
    if (!name.isEmpty())
        byName.insert(name, trunk);
}

std::vector<std::pair<const TrunkRecord *, const PhoneNumberRecord *>>
Account::mappingsOf(const QString &number) const {
    std::vector<std::pair<const TrunkRecord *, const PhoneNumberRecord *>> found;
    for (const auto &trunk : trunks) {
        for (const PhoneNumberRecord &n : trunk->numbers) {
            if (!n.unreadable && n.number == number)
                found.emplace_back(trunk.get(), &n);
        }
    }
    return found;
}

QJsonObject Account::trunkJson(const TrunkRecord &t) const {
    // The sub-resource links are data the live API answers; built from the catalogue's paths.
    const auto link = [&](Endpoint list) {
        return absolutePath(endpointPath(list, t.sid));
    };
    QJsonObject o;
    o.insert(QStringLiteral("trunk_name"), t.name);
    o.insert(QStringLiteral("date_created"),
             t.unreadable ? QStringLiteral("yesterday") : isoTime(t.created));
    o.insert(QStringLiteral("date_updated"), isoTime(t.updated));
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    o.insert(QStringLiteral("status"), t.status);
    o.insert(QStringLiteral("domain_name"), t.domain);
    o.insert(QStringLiteral("auth_type"), t.authType);
    o.insert(QStringLiteral("registration_enabled"), t.registration);
    o.insert(QStringLiteral("edge_preference"), t.edge);
    o.insert(QStringLiteral("nso_code"), t.nso);
    o.insert(QStringLiteral("secure_trunking"), t.secure);
    o.insert(QStringLiteral("destination_uris"), link(Endpoint::ListDestinationUris));
    o.insert(QStringLiteral("whitelisted_ips"), link(Endpoint::ListWhitelistedIps));
    o.insert(QStringLiteral("credentials"), link(Endpoint::ListCredentials));
    o.insert(QStringLiteral("phone_numbers"), link(Endpoint::ListPhoneNumbers));
    return o;
}

QJsonObject Account::numberJson(const TrunkRecord &t, const PhoneNumberRecord &n) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), n.id);
    o.insert(QStringLiteral("phone_number"),
             n.unreadable ? QJsonValue(n.number.toDouble()) : QJsonValue(n.number));
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    o.insert(QStringLiteral("date_created"), isoTime(n.created));
    o.insert(QStringLiteral("date_updated"), isoTime(n.updated));
    o.insert(QStringLiteral("mode"), nullable(n.mode));
    return o;
}

QJsonObject Account::ipJson(const TrunkRecord &t, const WhitelistedIpRecord &ip) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), ip.id);
    o.insert(QStringLiteral("mask"), ip.mask);
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    o.insert(QStringLiteral("ip"), ip.ip);
    o.insert(QStringLiteral("friendly_name"), nullable(ip.friendlyName));
    o.insert(QStringLiteral("date_created"), isoTime(ip.created));
    o.insert(QStringLiteral("date_updated"), isoTime(ip.updated));
    return o;
}

QJsonObject Account::destinationJson(const TrunkRecord &t, const DestinationRecord &d) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("destination"), d.destination);
    o.insert(QStringLiteral("date_created"), isoTime(d.created));
    o.insert(QStringLiteral("date_updated"), isoTime(d.updated));
    o.insert(QStringLiteral("type"), QStringLiteral("public"));
    o.insert(QStringLiteral("priority"), d.priority);
    o.insert(QStringLiteral("weight"), d.weight);
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    return o;
}

QJsonObject Account::credentialJson(const TrunkRecord &t, const CredentialRecord &c) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    o.insert(QStringLiteral("user_name"), c.userName);
    o.insert(QStringLiteral("friendly_name"), nullable(c.friendlyName));
    o.insert(QStringLiteral("date_created"), isoTime(c.created));
    o.insert(QStringLiteral("date_updated"), isoTime(c.updated));
    return o;
}

QJsonObject Account::settingJson(const TrunkRecord &t, const SettingRecord &s) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("value"), s.value);
    o.insert(QStringLiteral("trunk_sid"), t.sid);
    o.insert(QStringLiteral("date_created"), isoTime(s.created));
    o.insert(QStringLiteral("date_updated"), isoTime(s.updated));
    return o;
}

} // namespace exotrunk::sandbox
