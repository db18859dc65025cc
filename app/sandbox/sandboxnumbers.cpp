// Phone numbers mapped to a trunk, and the IPs whitelisted on it.
#include "sandboxenvelope.h"
#include "sandboxhandlers.h"
#include "sandboxrequest.h"
#include "sandboxrules.h"

#include "api/endpointcatalogue.h"

#include <algorithm>

namespace exotrunk::sandbox::handlers {

using namespace rules;

namespace {

ListSpec plainList(const Account &a, Endpoint list, const TrunkRecord &t) {
    return {a.absolutePath(endpointPath(list, t.sid)), ListStyle::Plain, {}, a.pageLimits};
}

ApiReply numberNotFound(const ApiRequest &r, const TrunkRecord &t, const QString &id) {
    return notFound(r, QStringLiteral("Phone number not found"),
                    QStringLiteral("No phone number with id %1 on trunk %2").arg(id, t.sid));
}

ApiReply ipNotFound(const ApiRequest &r, const TrunkRecord &t, const QString &id) {
    return notFound(r, QStringLiteral("Whitelisted IP not found"),
                    QStringLiteral("No whitelisted IP with id %1 on trunk %2").arg(id, t.sid));
}

ApiReply invalidMode(const ApiRequest &r) {
    return invalid(r, QStringLiteral("Invalid Mode"), QStringLiteral("mode must be pstn or flow"));
}

// The fields of POST and PUT …/whitelisted-ips, decoded as the live server does: the mask into
// an unsigned byte, so anything that is not an integer 0..255 fails the whole body (1007).
struct IpFields {
    FieldState ipState = FieldState::Absent;
    QString ip;
    FieldState nameState = FieldState::Absent;
    QString friendlyName;
    std::optional<int> mask;
};

std::optional<ApiReply> readIpFields(const ApiRequest &r, const QJsonObject &body,
                                     IpFields *fields) {
    const QString ipKey = QStringLiteral("ip");
    const QString nameKey = QStringLiteral("friendly_name");
    fields->ipState = stringField(body, ipKey, &fields->ip);
    if (fields->ipState == FieldState::WrongType)
        return wrongType(r, body, ipKey, QStringLiteral("string"));
    fields->nameState = stringField(body, nameKey, &fields->friendlyName);
    if (fields->nameState == FieldState::WrongType)
        return wrongType(r, body, nameKey, QStringLiteral("string"));
    return integerField(r, body, QStringLiteral("mask"), 0, 255, QStringLiteral("uint8"),
                        &fields->mask);
}

// The API's own checks, the same for POST and PUT: a strict IPv4 address, a mask of 16 to 32.
std::optional<ApiReply> checkIpFields(const ApiRequest &r, const IpFields &fields) {
    if (fields.ipState == FieldState::Present && fields.ip.isEmpty())
        return mandatory(r, QStringLiteral("Ip is mandatory"));
    if (fields.ipState == FieldState::Present && !parseIpv4(fields.ip))
        return invalid(r, QStringLiteral("Invalid Ip"),
                       QStringLiteral("ip must be an IPv4 address such as 44.248.146.11"));
    if (fields.mask && (*fields.mask < 16 || *fields.mask > 32))
        return invalid(r, QStringLiteral("mask should be in-between 16 and 32"));
    if (fields.friendlyName.size() > 32)
        return invalid(r, QStringLiteral("Invalid FriendlyName"),
                       QStringLiteral("friendly_name must be at most 32 characters"));
    return std::nullopt;
}

// The live API answers a duplicate IP with HTTP 200 whose inner response is a 409.
std::optional<ApiReply> checkIpIsNew(const ApiRequest &r, const TrunkRecord &t, const QString &ip,
                                     const QString &selfId) {
    const bool taken = std::any_of(t.ips.begin(), t.ips.end(), [&](const WhitelistedIpRecord &e) {
        return e.ip == ip && e.id != selfId;
    });
    if (!taken)
        return std::nullopt;
    return SandboxApi::innerDuplicateReply(
        r.method, QStringLiteral("IP %1 is already whitelisted on trunk %2").arg(ip, t.sid));
}

} // namespace

// --- phone numbers ---

ApiReply mapPhoneNumber(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    QString number, mode;
    switch (stringField(*body, QStringLiteral("phone_number"), &number)) {
    case FieldState::WrongType:
        return wrongType(r, *body, QStringLiteral("phone_number"), QStringLiteral("string"));
    case FieldState::Absent:
        return mandatory(r, QStringLiteral("PhoneNumber is mandatory"));
    case FieldState::Present:
        break;
    }
    if (number.isEmpty())
        return mandatory(r, QStringLiteral("PhoneNumber is mandatory"));
    if (stringField(*body, QStringLiteral("mode"), &mode) == FieldState::WrongType)
        return wrongType(r, *body, QStringLiteral("mode"), QStringLiteral("string"));
    if (!isE164(number))
        return invalid(r, QStringLiteral("Invalid PhoneNumber"),
                       QStringLiteral("phone_number must be in E.164 format, e.g. "
                                      "+919876543210"));
    if (!mode.isNull() && mode != QLatin1String("pstn") && mode != QLatin1String("flow"))
        return invalidMode(r);
    const bool taken = std::any_of(t.numbers.begin(), t.numbers.end(),
                                   [&](const auto &n) { return n.number == number; });
    if (taken)
        return SandboxApi::innerDuplicateReply(
            r.method,
            QStringLiteral("Phone number %1 is already mapped to trunk %2").arg(number, t.sid));
    PhoneNumberRecord record;
    record.id = QString::number(a.nextNumberId++);
    record.number = number;
    record.mode = mode;
    record.created = record.updated = a.now();
    t.numbers.push_back(record);
    return singleReply(r.method, Account::numberJson(t, record));
}

ApiReply listPhoneNumbers(Account &a, const Call &c) {
    const TrunkRecord &t = *c.trunk;
    return listReply(c.request, plainList(a, Endpoint::ListPhoneNumbers, t), int(t.numbers.size()),
                     [&t](int i) { return Account::numberJson(t, t.numbers[std::size_t(i)]); });
}

// Both fields are mandatory; phone_number must be the one the id maps (the id is not the number).
ApiReply updatePhoneNumber(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    const auto it = findRecord(t.numbers, c.objectId);
    if (it == t.numbers.end())
        return numberNotFound(r, t, c.objectId);
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    QString number, mode;
    const FieldState numberState = stringField(*body, QStringLiteral("phone_number"), &number);
    if (numberState == FieldState::WrongType)
        return wrongType(r, *body, QStringLiteral("phone_number"), QStringLiteral("string"));
    const FieldState modeState = stringField(*body, QStringLiteral("mode"), &mode);
    if (modeState == FieldState::WrongType)
        return wrongType(r, *body, QStringLiteral("mode"), QStringLiteral("string"));
    if (numberState == FieldState::Absent || number.isEmpty())
        return mandatory(r, QStringLiteral("PhoneNumber is mandatory"));
    if (modeState == FieldState::Absent || mode.isEmpty())
        return mandatory(r, QStringLiteral("Mode is mandatory"));
    if (!isE164(number))
        return invalid(r, QStringLiteral("Invalid PhoneNumber"),
                       QStringLiteral("phone_number must be in E.164 format"));
    if (number != it->number)
        return invalid(
            r, QStringLiteral("PhoneNumber does not match the id"),
            QStringLiteral("Id %1 is mapped to %2, not %3").arg(c.objectId, it->number, number));
    if (mode != QLatin1String("pstn") && mode != QLatin1String("flow"))
        return invalidMode(r);
    it->mode = mode;
    it->updated = a.now();
    return singleReply(r.method, Account::numberJson(t, *it));
}

ApiReply removePhoneNumber(Account &, const Call &c) {
    return removeRecord(c, c.trunk->numbers, &Account::numberJson, &numberNotFound);
}

// --- whitelisted IPs ---

ApiReply whitelistIp(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    IpFields fields;
    if (auto refused = readIpFields(r, *body, &fields))
        return *refused;
    if (fields.ipState == FieldState::Absent)
        return mandatory(r, QStringLiteral("Ip is mandatory"));
    if (auto refused = checkIpFields(r, fields))
        return *refused;
    if (auto refused = checkIpIsNew(r, t, fields.ip, {}))
        return *refused;
    WhitelistedIpRecord record;
    record.id = QString::number(a.nextIpId++);
    record.ip = fields.ip;
    record.mask = fields.mask.value_or(32);
    record.friendlyName = fields.friendlyName;
    record.created = record.updated = a.now();
    t.ips.push_back(record);
    return singleReply(r.method, Account::ipJson(t, record));
}

ApiReply listWhitelistedIps(Account &a, const Call &c) {
    const TrunkRecord &t = *c.trunk;
    return listReply(c.request, plainList(a, Endpoint::ListWhitelistedIps, t), int(t.ips.size()),
                     [&t](int i) { return Account::ipJson(t, t.ips[std::size_t(i)]); });
}

// A partial update of ip, mask and friendly_name, checked as on POST.
ApiReply updateWhitelistedIp(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    const auto it = findRecord(t.ips, c.objectId);
    if (it == t.ips.end())
        return ipNotFound(r, t, c.objectId);
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    IpFields fields;
    if (auto refused = readIpFields(r, *body, &fields))
        return *refused;
    if (fields.ipState == FieldState::Absent && !fields.mask &&
        fields.nameState == FieldState::Absent)
        return mandatory(r, QStringLiteral("One of Ip, Mask or FriendlyName is mandatory"));
    if (auto refused = checkIpFields(r, fields))
        return *refused;
    if (fields.ipState == FieldState::Present) {
        if (auto refused = checkIpIsNew(r, t, fields.ip, it->id))
            return *refused;
        it->ip = fields.ip;
    }
    if (fields.mask)
        it->mask = *fields.mask;
    if (fields.nameState == FieldState::Present)
        it->friendlyName = fields.friendlyName;
    it->updated = a.now();
    return singleReply(r.method, Account::ipJson(t, *it));
}

ApiReply removeWhitelistedIp(Account &, const Call &c) {
    return removeRecord(c, c.trunk->ips, &Account::ipJson, &ipNotFound);
}

} // namespace exotrunk::sandbox::handlers
