#include "sandboxapi.h"
#include "sandboxenvelope.h"
#include "sandboxrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace exotrunk::sandbox {

using namespace rules;

namespace {

const QString kBodyParseMessage = QStringLiteral("Invalid request body,failed parsing ");

// The vendor documents the default page (50) and that metadata.page_size is the size *applied*,
// but no maximum: by default larger pages are clamped to this, so a greedy client still gets an
// answer and learns the size from the metadata (SandboxApi::setMaxPageSize changes both).
constexpr int kMaxPageSize = 1000;
constexpr int kDefaultPageSize = 50;

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseIso(const char *text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch();
}

QJsonValue nullable(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

struct PhoneNumberRecord {
    QString id;
    QString number;
    QString mode;            // null string = the JSON null the API answers when no mode was given
    bool unreadable = false; // answered with a phone_number no client can read (a number)
    qint64 created = 0;
    qint64 updated = 0;
};

struct WhitelistedIpRecord {
    QString id;
    QString ip;
    int mask = 32;
    QString friendlyName;
    qint64 created = 0;
    qint64 updated = 0;
};

struct DestinationRecord {
    QString id;
    QString destination; // with the sip: prefix, as the API stores it
    qint64 created = 0;
    qint64 updated = 0;
};

struct CredentialRecord {
    QString id;
    QString userName;
    QString password; // kept to mirror the API's state; never answered, never logged
    QString friendlyName;
    qint64 created = 0;
    qint64 updated = 0;
};

struct SettingRecord {
    QString name;
    QString value;
    qint64 created = 0;
    qint64 updated = 0;
};

struct TrunkRecord {
    QString sid;
    QString name;
    QString status = QStringLiteral("active");
    QString domain;
    QString authType = QStringLiteral("IP-WHITELIST");
    QString registration = QStringLiteral("disabled");
    QString edge = QStringLiteral("auto");
    QString nso = QStringLiteral("ANY-ANY");
    QString secure = QStringLiteral("disabled");
    bool unreadable = false; // listed with a date_created no client can read
    qint64 created = 0;
    qint64 updated = 0;
    std::vector<PhoneNumberRecord> numbers;
    std::vector<WhitelistedIpRecord> ips;
    std::vector<DestinationRecord> destinations;
    std::vector<CredentialRecord> credentials;
    std::vector<SettingRecord> settings;
};

// A request body field with Go-like typing: wrong JSON types fail the whole body (1007).
enum class FieldState { Absent, Present, WrongType };

FieldState stringField(const QJsonObject &object, const QString &key, QString *out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return FieldState::Absent;
    if (!value.isString())
        return FieldState::WrongType;
    *out = value.toString();
    return FieldState::Present;
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// Lists come in two observed metadata flavours: with total/page (trunks, credentials) and
// without (phone numbers, IPs, destination URIs), and their page URIs order the query
// parameters differently. Both are mirrored so clients are tested against each.
enum class ListStyle { WithTotal, Plain };

} // namespace

struct SandboxApi::Private {
    QString accountSid;
    Clock clock;
    std::vector<std::unique_ptr<TrunkRecord>> trunks; // creation order; pages index into it
    QHash<QString, TrunkRecord *> bySid;
    QHash<QString, TrunkRecord *> byName;
    QHash<QString, QString> foreignTrunks; // trunk sid -> owning account
    qint64 nextNumberId = 41500;
    qint64 nextIpId = 1150;
    qint64 nextDestinationId = 2540;
    qint64 nextCredentialId = 1230;
    int generatedTrunks = 0;
    int maxPageSize = kMaxPageSize;
    bool refuseLargerPages = false;

    qint64 now() const { return clock(); }
    QString domain() const { return accountSid + QStringLiteral(".pstn.exotel.com"); }
    QString trunkPath(const TrunkRecord &t) const {
        return QStringLiteral("/v2/accounts/%1/trunks/%2").arg(accountSid, t.sid);
    }

    QString newSid() const {
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

    TrunkRecord *addTrunk(std::unique_ptr<TrunkRecord> trunk) {
        TrunkRecord *raw = trunk.get();
        bySid.insert(raw->sid, raw);
        if (!raw->name.isEmpty()) // the live API keeps trunks without a name
            byName.insert(raw->name, raw);
        trunks.push_back(std::move(trunk));
        return raw;
    }

    void removeTrunk(TrunkRecord *trunk) {
        bySid.remove(trunk->sid);
        if (byName.value(trunk->name) == trunk)
            byName.remove(trunk->name);
        const auto it = std::find_if(trunks.begin(), trunks.end(),
                                     [trunk](const auto &t) { return t.get() == trunk; });
        if (it != trunks.end())
            trunks.erase(it);
    }

    QJsonObject trunkJson(const TrunkRecord &t) const {
        const QString base = trunkPath(t);
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
        o.insert(QStringLiteral("destination_uris"), base + QStringLiteral("/destination-uris"));
        o.insert(QStringLiteral("whitelisted_ips"), base + QStringLiteral("/whitelisted-ips"));
        o.insert(QStringLiteral("credentials"), base + QStringLiteral("/credentials"));
        o.insert(QStringLiteral("phone_numbers"), base + QStringLiteral("/phone-numbers"));
        return o;
    }

    static QJsonObject numberJson(const TrunkRecord &t, const PhoneNumberRecord &n) {
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

    static QJsonObject ipJson(const TrunkRecord &t, const WhitelistedIpRecord &ip) {
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

    static QJsonObject destinationJson(const TrunkRecord &t, const DestinationRecord &d) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), d.id);
        o.insert(QStringLiteral("destination"), d.destination);
        o.insert(QStringLiteral("date_created"), isoTime(d.created));
        o.insert(QStringLiteral("date_updated"), isoTime(d.updated));
        o.insert(QStringLiteral("type"), QStringLiteral("public"));
        o.insert(QStringLiteral("priority"), 0);
        o.insert(QStringLiteral("weight"), 1);
        o.insert(QStringLiteral("trunk_sid"), t.sid);
        return o;
    }

    static QJsonObject credentialJson(const TrunkRecord &t, const CredentialRecord &c) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("trunk_sid"), t.sid);
        o.insert(QStringLiteral("user_name"), c.userName);
        o.insert(QStringLiteral("friendly_name"), nullable(c.friendlyName));
        o.insert(QStringLiteral("date_created"), isoTime(c.created));
        o.insert(QStringLiteral("date_updated"), isoTime(c.updated));
        return o;
    }

    static QJsonObject settingJson(const TrunkRecord &t, const SettingRecord &s) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("value"), s.value);
        o.insert(QStringLiteral("trunk_sid"), t.sid);
        o.insert(QStringLiteral("date_created"), isoTime(s.created));
        o.insert(QStringLiteral("date_updated"), isoTime(s.updated));
        return o;
    }

    ApiReply notFound(const ApiRequest &r, const QString &text, const QString &detail) const {
        return errorReply(r.method, 404, 1000, categoryOf(1000), specific(text, detail));
    }
    ApiReply mandatory(const ApiRequest &r, const QString &text) const {
        return errorReply(r.method, 400, 1001, categoryOf(1001), text);
    }
    ApiReply invalid(const ApiRequest &r, const QString &text, const QString &detail = {}) const {
        return errorReply(r.method, 400, 1002, categoryOf(1002), specific(text, detail));
    }
    ApiReply badBody(const ApiRequest &r, const QString &description) const {
        return errorReply(r.method, 400, 1007, kBodyParseMessage, description);
    }
    ApiReply wrongType(const ApiRequest &r, const QJsonObject &body, const QString &field,
                       const QString &goType) const {
        return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct field .%2 of "
                                         "type %3")
                              .arg(typeName(body.value(field)), field, goType));
    }

    // Parses the body as a JSON object, or answers 1007 like the live API.
    std::optional<QJsonObject> parseBody(const ApiRequest &r, ApiReply *error) const {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = badBody(r, r.body.trimmed().isEmpty() ? QStringLiteral("EOF")
                                                           : parseError.errorString());
            return std::nullopt;
        }
        if (!document.isObject()) {
            *error = badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                               "request")
                                    .arg(document.isArray() ? QStringLiteral("array")
                                                            : QStringLiteral("value")));
            return std::nullopt;
        }
        return document.object();
    }

    // Resolves a trunk of this account; answers 1003 for another account's trunk, 1000 else.
    TrunkRecord *findTrunk(const ApiRequest &r, const QString &sid, ApiReply *error) const {
        if (TrunkRecord *t = bySid.value(sid))
            return t;
        if (foreignTrunks.contains(sid)) {
            *error = errorReply(
                r.method, 403, 1003, QStringLiteral("Authorization failed"),
                QStringLiteral("Trunk %1 does not belong to account %2").arg(sid, accountSid));
        } else {
            *error = notFound(r, QStringLiteral("Trunk not found"),
                              QStringLiteral("No trunk with trunk_sid %1").arg(sid));
        }
        return nullptr;
    }

    ApiReply listReply(const ApiRequest &r, const QString &path, ListStyle style, int total,
                       const std::function<QJsonObject(int)> &itemAt) const {
        int offset = 0;
        int pageSize = kDefaultPageSize;
        if (r.query.hasQueryItem(QStringLiteral("offset"))) {
            bool ok = false;
            offset = r.query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
            if (!ok || offset < 0)
                return invalid(r, QStringLiteral("Invalid offset"),
                               QStringLiteral("offset must be a non-negative integer"));
        }
        if (r.query.hasQueryItem(QStringLiteral("page_size"))) {
            bool ok = false;
            pageSize = r.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
            if (!ok || pageSize < 1)
                return invalid(r, QStringLiteral("Invalid page_size"),
                               QStringLiteral("page_size must be a positive integer"));
            if (pageSize > maxPageSize && refuseLargerPages)
                return invalid(r, QStringLiteral("Invalid page_size"),
                               QStringLiteral("page_size must not exceed %1").arg(maxPageSize));
            pageSize = std::min(pageSize, maxPageSize);
        }

        ApiReply reply;
        reply.body = topEnvelope(r.method, 200);
        if (total == 0) {
            // The live API answers an empty collection without any metadata.
            reply.body.insert(QStringLiteral("response"), QJsonArray());
            return reply;
        }
        const auto pageUri = [&](int pageOffset) {
            const QString query =
                style == ListStyle::WithTotal
                    ? QStringLiteral("?page_size=%1&offset=%2").arg(pageSize).arg(pageOffset)
                    : QStringLiteral("?offset=%1&page_size=%2").arg(pageOffset).arg(pageSize);
            return QJsonValue(path + query);
        };
        QJsonObject metadata;
        if (style == ListStyle::WithTotal) {
            metadata.insert(QStringLiteral("total"), total);
            metadata.insert(QStringLiteral("page"), offset / pageSize + 1);
        }
        metadata.insert(QStringLiteral("page_size"), pageSize);
        metadata.insert(QStringLiteral("first_page_uri"), pageUri(0));
        metadata.insert(QStringLiteral("prev_page_uri"),
                        offset > 0 ? pageUri(std::max(0, offset - pageSize))
                                   : QJsonValue(QJsonValue::Null));
        metadata.insert(QStringLiteral("next_page_uri"), offset + pageSize < total
                                                             ? pageUri(offset + pageSize)
                                                             : QJsonValue(QJsonValue::Null));
        QJsonArray items;
        const int end = std::min(total, offset + pageSize);
        for (int i = offset; i < end; ++i)
            items.append(itemEnvelope(200, QJsonValue::Null, itemAt(i)));
        reply.body.insert(QStringLiteral("metadata"), metadata);
        reply.body.insert(QStringLiteral("response"), items);
        return reply;
    }

    // --- trunks ---

    ApiReply createTrunk(const ApiRequest &r) {
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
        if (!name.isEmpty() && !isTrunkName(name))
            return invalid(r, QStringLiteral("Invalid TrunkName"),
                           QStringLiteral("trunk_name must be 1 to 16 letters, digits or "
                                          "underscores"));
        if (!isNsoCode(nso))
            return invalid(r, QStringLiteral("Invalid NsoCode"),
                           QStringLiteral("nso_code must look like ANY-ANY"));
        if (domainName.compare(domain(), Qt::CaseInsensitive) != 0)
            return invalid(r, QStringLiteral("Invalid DomainName"),
                           QStringLiteral("domain_name must be %1").arg(domain()));
        if (!name.isEmpty() && byName.contains(name))
            return errorReply(r.method, 409, 1008, categoryOf(1008),
                              QStringLiteral("A trunk named %1 already exists").arg(name));
        auto trunk = std::make_unique<TrunkRecord>();
        trunk->sid = newSid();
        trunk->name = name;
        trunk->nso = nso;
        trunk->domain = domain();
        trunk->created = trunk->updated = now();
        return singleReply(r.method, trunkJson(*addTrunk(std::move(trunk))));
    }

    ApiReply listTrunks(const ApiRequest &r) const {
        // trunk_sid= narrows the list to that trunk (an empty list when there is none).
        if (r.query.hasQueryItem(QStringLiteral("trunk_sid"))) {
            const TrunkRecord *t = bySid.value(r.query.queryItemValue(QStringLiteral("trunk_sid")));
            return listReply(r, QStringLiteral("/v2/accounts/%1/trunks").arg(accountSid),
                             ListStyle::WithTotal, t ? 1 : 0,
                             [this, t](int) { return trunkJson(*t); });
        }
        return listReply(r, QStringLiteral("/v2/accounts/%1/trunks").arg(accountSid),
                         ListStyle::WithTotal, int(trunks.size()),
                         [this](int i) { return trunkJson(*trunks[std::size_t(i)]); });
    }

    ApiReply deleteTrunk(const ApiRequest &r) {
        const QString sid = r.query.queryItemValue(QStringLiteral("trunk_sid"));
        if (sid.isEmpty())
            return mandatory(r, QStringLiteral("TrunkSid is mandatory"));
        ApiReply error;
        TrunkRecord *trunk = findTrunk(r, sid, &error);
        if (!trunk)
            return error;
        const QJsonObject data = trunkJson(*trunk);
        removeTrunk(trunk); // its numbers, IPs, URIs, credentials and settings go with it
        return singleReply(r.method, data);
    }

    // --- phone numbers ---

    ApiReply addNumber(const ApiRequest &r, TrunkRecord &t) {
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
            return invalid(r, QStringLiteral("Invalid Mode"),
                           QStringLiteral("mode must be pstn or flow"));
        const bool duplicate = std::any_of(t.numbers.begin(), t.numbers.end(),
                                           [&](const auto &n) { return n.number == number; });
        if (duplicate)
            return innerDuplicateReply(r.method,
                                       QStringLiteral("Phone number %1 is already mapped to "
                                                      "trunk %2")
                                           .arg(number, t.sid));
        PhoneNumberRecord record;
        record.id = QString::number(nextNumberId++);
        record.number = number;
        record.mode = mode;
        record.created = record.updated = now();
        t.numbers.push_back(record);
        return singleReply(r.method, numberJson(t, record));
    }

    ApiReply updateNumber(const ApiRequest &r, TrunkRecord &t, const QString &id) {
        const auto it = std::find_if(t.numbers.begin(), t.numbers.end(),
                                     [&](const auto &n) { return n.id == id; });
        if (it == t.numbers.end())
            return notFound(
                r, QStringLiteral("Phone number not found"),
                QStringLiteral("No phone number with id %1 on trunk %2").arg(id, t.sid));
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
                QStringLiteral("Id %1 is mapped to %2, not %3").arg(id, it->number, number));
        if (mode != QLatin1String("pstn") && mode != QLatin1String("flow"))
            return invalid(r, QStringLiteral("Invalid Mode"),
                           QStringLiteral("mode must be pstn or flow"));
        it->mode = mode;
        it->updated = now();
        return singleReply(r.method, numberJson(t, *it));
    }

    // --- whitelisted IPs ---

    ApiReply addIp(const ApiRequest &r, TrunkRecord &t) {
        ApiReply error;
        const auto body = parseBody(r, &error);
        if (!body)
            return error;
        QString ip, friendlyName;
        switch (stringField(*body, QStringLiteral("ip"), &ip)) {
        case FieldState::WrongType:
            return wrongType(r, *body, QStringLiteral("ip"), QStringLiteral("string"));
        case FieldState::Absent:
            return mandatory(r, QStringLiteral("Ip is mandatory"));
        case FieldState::Present:
            break;
        }
        if (stringField(*body, QStringLiteral("friendly_name"), &friendlyName) ==
            FieldState::WrongType)
            return wrongType(r, *body, QStringLiteral("friendly_name"), QStringLiteral("string"));
        int mask = 32;
        const QJsonValue maskValue = body->value(QStringLiteral("mask"));
        if (!maskValue.isUndefined() && !maskValue.isNull()) {
            // The live server decodes the mask into an unsigned byte: anything that is not an
            // integer 0..255 fails the whole body, before any range check.
            const double raw = maskValue.toDouble(-1);
            if (!maskValue.isDouble() || raw < 0 || raw > 255 || raw != double(int(raw)))
                return wrongType(r, *body, QStringLiteral("mask"), QStringLiteral("uint8"));
            mask = int(raw);
        }
        if (ip.isEmpty())
            return mandatory(r, QStringLiteral("Ip is mandatory"));
        if (!parseIpv4(ip))
            return invalid(r, QStringLiteral("Invalid Ip"),
                           QStringLiteral("ip must be an IPv4 address such as 44.248.146.11"));
        if (mask < 16 || mask > 32)
            return invalid(r, QStringLiteral("mask should be in-between 16 and 32"));
        if (friendlyName.size() > 32)
            return invalid(r, QStringLiteral("Invalid FriendlyName"),
                           QStringLiteral("friendly_name must be at most 32 characters"));
        const bool duplicate =
            std::any_of(t.ips.begin(), t.ips.end(), [&](const auto &e) { return e.ip == ip; });
        if (duplicate)
            return innerDuplicateReply(
                r.method,
                QStringLiteral("IP %1 is already whitelisted on trunk %2").arg(ip, t.sid));
        WhitelistedIpRecord record;
        record.id = QString::number(nextIpId++);
        record.ip = ip;
        record.mask = mask;
        record.friendlyName = friendlyName;
        record.created = record.updated = now();
        t.ips.push_back(record);
        return singleReply(r.method, ipJson(t, record));
    }

    // --- destination URIs ---

    bool isWhitelisted(const TrunkRecord &t, quint32 address) const {
        return std::any_of(t.ips.begin(), t.ips.end(), [&](const WhitelistedIpRecord &e) {
            const quint32 bits = maskBits(e.mask);
            return (parseIpv4(e.ip).value_or(0) & bits) == (address & bits);
        });
    }

    QJsonObject addDestinationItem(TrunkRecord &t, const QString &text) {
        if (text.isEmpty())
            return itemFailure(400, 1001, QStringLiteral("Destination is mandatory"));
        QString rest = text;
        if (rest.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive))
            rest = rest.mid(4);
        const QStringList parts = rest.split(QLatin1Char(';'));
        const QString hostPort = parts.first();
        for (int i = 1; i < parts.size(); ++i) {
            const QString &param = parts.at(i);
            if (!param.startsWith(QLatin1String("transport="), Qt::CaseInsensitive))
                continue;
            const QString transport = param.mid(10).toLower();
            if (transport != QLatin1String("tls") && transport != QLatin1String("tcp") &&
                transport != QLatin1String("udp"))
                return itemFailure(400, 1002, QStringLiteral("Invalid transport"),
                                   QStringLiteral("transport must be tls, tcp or udp"));
        }
        QString host = hostPort;
        const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = hostPort.left(colon);
            bool ok = false;
            const int port = hostPort.mid(colon + 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return itemFailure(400, 1002, QStringLiteral("Invalid port"),
                                   QStringLiteral("port must be between 1 and 65535"));
        }
        static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
        const std::optional<quint32> address = parseIpv4(host);
        if (!address && (numeric.match(host).hasMatch() || !isFqdn(host)))
            return itemFailure(
                400, 1002, QStringLiteral("Destination is not a valid Ip or Fqdn"),
                QStringLiteral("%1 is neither an IPv4 address nor a domain name").arg(host));
        if (address && !isWhitelisted(t, *address))
            return itemFailure(400, 1002, QStringLiteral("Destination not whitelisted"),
                               QStringLiteral("Whitelist %1 on trunk %2 before using it as a "
                                              "destination")
                                   .arg(host, t.sid));
        const QString stored = QStringLiteral("sip:") + rest;
        const bool duplicate =
            std::any_of(t.destinations.begin(), t.destinations.end(),
                        [&](const DestinationRecord &r) { return r.destination == stored; });
        if (duplicate)
            return itemFailure(
                409, 1008,
                QStringLiteral("%1 is already a destination of trunk %2").arg(stored, t.sid));
        DestinationRecord record;
        record.id = QString::number(nextDestinationId++);
        record.destination = stored;
        record.created = record.updated = now();
        t.destinations.push_back(record);
        return itemEnvelope(200, QJsonValue::Null, destinationJson(t, record));
    }

    ApiReply addDestinations(const ApiRequest &r, TrunkRecord &t) {
        ApiReply error;
        const auto body = parseBody(r, &error);
        if (!body)
            return error;
        const QJsonValue list = body->value(QStringLiteral("destinations"));
        if (list.isUndefined() || list.isNull())
            return mandatory(r, QStringLiteral("Destinations is mandatory"));
        if (!list.isArray())
            return wrongType(r, *body, QStringLiteral("destinations"),
                             QStringLiteral("[]request.Destination"));
        const QJsonArray destinations = list.toArray();
        if (destinations.isEmpty())
            return mandatory(r, QStringLiteral("Destinations is mandatory"));
        QStringList texts;
        for (const QJsonValue &entry : destinations) {
            const QJsonValue destination = entry.toObject().value(QStringLiteral("destination"));
            if (!entry.isObject() ||
                (!destination.isUndefined() && !destination.isNull() && !destination.isString()))
                return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct "
                                                 "field .destinations of type "
                                                 "request.Destination")
                                      .arg(typeName(entry)));
            texts.append(destination.toString());
        }
        QJsonArray items;
        for (const QString &text : texts)
            items.append(addDestinationItem(t, text));
        return multiReply(r.method, items, true);
    }

    // --- credentials ---

    ApiReply addCredential(const ApiRequest &r, TrunkRecord &t) {
        ApiReply error;
        const auto body = parseBody(r, &error);
        if (!body)
            return error;
        QString userName, password, friendlyName;
        const struct {
            const char *key;
            QString *out;
        } fields[] = {
            {"user_name", &userName}, {"password", &password}, {"friendly_name", &friendlyName}};
        for (const auto &f : fields) {
            const QString key = QString::fromLatin1(f.key);
            if (stringField(*body, key, f.out) == FieldState::WrongType)
                return wrongType(r, *body, key, QStringLiteral("string"));
        }
        if (userName.isEmpty())
            return mandatory(r, QStringLiteral("UserName is mandatory"));
        if (password.isEmpty())
            return mandatory(r, QStringLiteral("Password is mandatory"));
        if (!isCredentialUserName(userName))
            return invalid(r, QStringLiteral("Invalid UserName"),
                           QStringLiteral("user_name must be 1 to 64 letters, digits, '_', '.', "
                                          "'@' or '-', starting with a letter or digit"));
        if (friendlyName.size() > 32)
            return invalid(r, QStringLiteral("Invalid FriendlyName"),
                           QStringLiteral("friendly_name must be at most 32 characters"));
        const bool duplicate =
            std::any_of(t.credentials.begin(), t.credentials.end(),
                        [&](const CredentialRecord &c) { return c.userName == userName; });
        if (duplicate)
            return errorReply(
                r.method, 409, 1008, categoryOf(1008),
                QStringLiteral("User name %1 already exists on trunk %2").arg(userName, t.sid));
        CredentialRecord record;
        record.id = QString::number(nextCredentialId++);
        record.userName = userName;
        record.password = password;
        record.friendlyName = friendlyName;
        record.created = record.updated = now();
        t.credentials.push_back(record);
        return singleReply(r.method, credentialJson(t, record));
    }

    ApiReply deleteCredential(const ApiRequest &r, TrunkRecord &t) {
        const QString id = r.query.queryItemValue(QStringLiteral("id"));
        if (id.isEmpty())
            return mandatory(r, QStringLiteral("Id is mandatory"));
        const auto it = std::find_if(t.credentials.begin(), t.credentials.end(),
                                     [&](const CredentialRecord &c) { return c.id == id; });
        if (it == t.credentials.end())
            return notFound(r, QStringLiteral("Credential not found"),
                            QStringLiteral("No credential with id %1 on trunk %2").arg(id, t.sid));
        const QJsonObject data = credentialJson(t, *it);
        t.credentials.erase(it);
        return singleReply(r.method, data);
    }

    // --- settings ---

    QJsonObject applySetting(TrunkRecord &t, const QJsonValue &entry) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString value = object.value(QStringLiteral("value")).toString();
        if (name.isEmpty())
            return itemFailure(400, 1001, QStringLiteral("Name is mandatory"));
        if (name != QLatin1String("trunk_external_alias"))
            return itemFailure(400, 1002, QStringLiteral("Invalid setting name"),
                               QStringLiteral("Only trunk_external_alias can be set"));
        if (value.isEmpty())
            return itemFailure(400, 1001, QStringLiteral("Value is mandatory"));
        if (!isE164(value))
            return itemFailure(400, 1002, QStringLiteral("Invalid PhoneNumber"),
                               QStringLiteral("trunk_external_alias must be in E.164 format"));
        const qint64 stamp = now();
        const auto it = std::find_if(t.settings.begin(), t.settings.end(),
                                     [&](const SettingRecord &s) { return s.name == name; });
        if (it != t.settings.end()) {
            it->value = value;
            it->updated = stamp;
            return itemEnvelope(200, QJsonValue::Null, settingJson(t, *it));
        }
        SettingRecord record{name, value, stamp, stamp};
        t.settings.push_back(record);
        return itemEnvelope(200, QJsonValue::Null, settingJson(t, record));
    }

    ApiReply applySettings(const ApiRequest &r, TrunkRecord &t) {
        ApiReply error;
        const auto body = parseBody(r, &error);
        if (!body)
            return error;
        const QJsonValue list = body->value(QStringLiteral("settings"));
        if (list.isUndefined() || list.isNull())
            return mandatory(r, QStringLiteral("Settings is mandatory"));
        if (!list.isArray())
            return wrongType(r, *body, QStringLiteral("settings"),
                             QStringLiteral("[]request.Setting"));
        const QJsonArray settings = list.toArray();
        if (settings.isEmpty())
            return mandatory(r, QStringLiteral("Settings is mandatory"));
        for (const QJsonValue &entry : settings) {
            const QJsonObject object = entry.toObject();
            const QJsonValue name = object.value(QStringLiteral("name"));
            const QJsonValue value = object.value(QStringLiteral("value"));
            const auto badType = [](const QJsonValue &v) {
                return !v.isUndefined() && !v.isNull() && !v.isString();
            };
            if (!entry.isObject() || badType(name) || badType(value))
                return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct "
                                                 "field .settings of type request.Setting")
                                      .arg(typeName(entry)));
        }
        QJsonArray items;
        for (const QJsonValue &entry : settings)
            items.append(applySetting(t, entry));
        return multiReply(r.method, items, false);
    }

    // --- routing ---

    ApiReply route(const ApiRequest &r) {
        const QStringList &s = r.segments;
        const QString &m = r.method;
        const auto is = [&m](const char *method) {
            return m == QLatin1String(method);
        };
        if (s.isEmpty() || s.first() != QLatin1String("trunks"))
            return noRoute(r);
        if (s.size() == 1) {
            if (is("POST"))
                return createTrunk(r);
            if (is("GET"))
                return listTrunks(r);
            if (is("DELETE"))
                return deleteTrunk(r);
            return noRoute(r);
        }
        ApiReply error;
        TrunkRecord *trunk = findTrunk(r, s.at(1), &error);
        if (s.size() == 2) {
            if (!is("GET"))
                return noRoute(r);
            return trunk ? singleReply(m, trunkJson(*trunk)) : error;
        }
        const QString &collection = s.at(2);
        const auto known = [&](const char *name, std::initializer_list<const char *> methods) {
            if (collection != QLatin1String(name))
                return false;
            return std::any_of(methods.begin(), methods.end(),
                               [&](const char *method) { return is(method); });
        };
        const bool routed = s.size() == 3 ? (known("phone-numbers", {"GET", "POST"}) ||
                                             known("whitelisted-ips", {"GET", "POST"}) ||
                                             known("destination-uris", {"GET", "POST"}) ||
                                             known("credentials", {"GET", "POST", "DELETE"}) ||
                                             known("settings", {"POST"}))
                                          : (s.size() == 4 && known("phone-numbers", {"PUT"}));
        if (!routed)
            return noRoute(r);
        if (!trunk)
            return error;
        TrunkRecord &t = *trunk;
        const QString path = trunkPath(t) + QLatin1Char('/') + collection;
        if (s.size() == 4)
            return updateNumber(r, t, s.at(3));
        if (collection == QLatin1String("phone-numbers")) {
            if (is("POST"))
                return addNumber(r, t);
            return listReply(r, path, ListStyle::Plain, int(t.numbers.size()),
                             [&t](int i) { return numberJson(t, t.numbers[std::size_t(i)]); });
        }
        if (collection == QLatin1String("whitelisted-ips")) {
            if (is("POST"))
                return addIp(r, t);
            return listReply(r, path, ListStyle::Plain, int(t.ips.size()),
                             [&t](int i) { return ipJson(t, t.ips[std::size_t(i)]); });
        }
        if (collection == QLatin1String("destination-uris")) {
            if (is("POST"))
                return addDestinations(r, t);
            // The live API lists the newest destination first.
            const int count = int(t.destinations.size());
            return listReply(r, path, ListStyle::Plain, count, [&t, count](int i) {
                return destinationJson(t, t.destinations[std::size_t(count - 1 - i)]);
            });
        }
        if (collection == QLatin1String("credentials")) {
            if (is("POST"))
                return addCredential(r, t);
            if (is("DELETE"))
                return deleteCredential(r, t);
            return listReply(r, path, ListStyle::WithTotal, int(t.credentials.size()), [&t](int i) {
                return credentialJson(t, t.credentials[std::size_t(i)]);
            });
        }
        return applySettings(r, t);
    }

    ApiReply noRoute(const ApiRequest &r) const {
        return notFound(r,
                        QStringLiteral("No %1 endpoint at /%2")
                            .arg(r.method, r.segments.join(QLatin1Char('/'))),
                        {});
    }

    // --- seeding ---

    TrunkRecord *seedTrunk(const char *sid, const char *name, const char *status,
                           const char *created, const char *updated) {
        auto trunk = std::make_unique<TrunkRecord>();
        trunk->sid = QString::fromLatin1(sid);
        trunk->name = QString::fromLatin1(name);
        trunk->status = QString::fromLatin1(status);
        trunk->domain = domain();
        trunk->created = parseIso(created);
        trunk->updated = parseIso(updated);
        return addTrunk(std::move(trunk));
    }

    void seedNumber(TrunkRecord *t, const char *number, const char *mode, const char *created,
                    const char *updated) {
        PhoneNumberRecord n;
        n.id = QString::number(nextNumberId++);
        n.number = QString::fromLatin1(number);
        n.mode = mode ? QString::fromLatin1(mode) : QString();
        n.created = parseIso(created);
        n.updated = parseIso(updated);
        t->numbers.push_back(n);
    }

    void seedIp(TrunkRecord *t, const char *ip, int mask, const char *friendlyName,
                const char *created) {
        WhitelistedIpRecord e;
        e.id = QString::number(nextIpId++);
        e.ip = QString::fromLatin1(ip);
        e.mask = mask;
        e.friendlyName = friendlyName ? QString::fromLatin1(friendlyName) : QString();
        e.created = e.updated = parseIso(created);
        t->ips.push_back(e);
    }

    void seedDestination(TrunkRecord *t, const char *destination, const char *created) {
        DestinationRecord r;
        r.id = QString::number(nextDestinationId++);
        r.destination = QString::fromLatin1(destination);
        r.created = r.updated = parseIso(created);
        t->destinations.push_back(r);
    }

    void seedCredential(TrunkRecord *t, const char *userName, const char *friendlyName,
                        const char *created) {
        CredentialRecord c;
        c.id = QString::number(nextCredentialId++);
        c.userName = QString::fromLatin1(userName);
        c.password = QUuid::createUuid().toString(QUuid::Id128);
        c.friendlyName = friendlyName ? QString::fromLatin1(friendlyName) : QString();
        c.created = c.updated = parseIso(created);
        t->credentials.push_back(c);
    }

    void seedSetting(TrunkRecord *t, const char *value, const char *created) {
        const qint64 stamp = parseIso(created);
        t->settings.push_back(SettingRecord{QStringLiteral("trunk_external_alias"),
                                            QString::fromLatin1(value), stamp, stamp});
    }
};

SandboxApi::SandboxApi(QString accountSid, Clock clock)
    : d(std::make_unique<Private>()) {
    d->accountSid = std::move(accountSid);
    d->clock = std::move(clock);
    // A trunk of the docs' other example account: using it from this account answers 1003.
    d->foreignTrunks.insert(QStringLiteral("trmum17d8e9a37a3732ecbf91a3u"),
                            QStringLiteral("exotelveenotesting1m"));
}

SandboxApi::~SandboxApi() = default;

ApiReply SandboxApi::handle(const ApiRequest &request) {
    return d->route(request);
}

QString SandboxApi::newRequestId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

QJsonObject SandboxApi::errorData(int code, const QString &message, const QString &description) {
    QJsonObject e;
    e.insert(QStringLiteral("code"), code);
    e.insert(QStringLiteral("message"), message);
    e.insert(QStringLiteral("description"), description);
    return e;
}

ApiReply SandboxApi::errorReply(const QString &method, int httpStatus, int code,
                                const QString &message, const QString &description) {
    ApiReply reply;
    reply.status = httpStatus;
    reply.body = topEnvelope(method, httpStatus);
    reply.body.insert(
        QStringLiteral("response"),
        itemEnvelope(httpStatus, errorData(code, message, description), QJsonValue::Null));
    return reply;
}

ApiReply SandboxApi::innerDuplicateReply(const QString &method, const QString &description) {
    ApiReply reply;
    reply.status = 200;
    reply.body = topEnvelope(method, 200);
    reply.body.insert(
        QStringLiteral("response"),
        itemEnvelope(409,
                     errorData(1008, categoryOf(1008),
                               description.isEmpty() ? QStringLiteral("Resource already exists")
                                                     : description),
                     QJsonValue::Null));
    return reply;
}

ApiReply SandboxApi::allItemsFailedReply(const QString &method, const QByteArray &body) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    qsizetype count = object.value(QStringLiteral("destinations")).toArray().size();
    count = std::max(count, object.value(QStringLiteral("settings")).toArray().size());
    count = std::max<qsizetype>(count, 1);
    QJsonArray items;
    for (qsizetype i = 0; i < count; ++i)
        items.append(
            itemFailure(400, 1002, QStringLiteral("Parameter value is invalid or malformed")));
    return multiReply(method, items, true);
}

void SandboxApi::seedDemoData() {
    Private &p = *d;
    // The dashboard screenshot in the vendor docs, oldest first; times are the IST ones shown.
    TrunkRecord *ui2 = p.seedTrunk("trmum1ae6b6b417234d4a5dc19as", "test_trunk_ui2", "active",
                                   "2025-10-28T11:27:12Z", "2025-10-28T11:27:12Z");
    TrunkRecord *ui3 = p.seedTrunk("trmum1d88f38992d93479a4e19as", "test_ui_3", "inactive",
                                   "2025-10-28T11:51:40Z", "2025-10-28T11:51:40Z");
    TrunkRecord *alias1 = p.seedTrunk("trmum1a12d69fad92d39739219at", "test_alias1", "active",
                                      "2025-10-29T16:44:05Z", "2025-10-29T16:44:05Z");
    TrunkRecord *alias2 = p.seedTrunk("trmum18cae99187c65dbc96a19at", "test_alias2", "active",
                                      "2025-10-29T16:45:18Z", "2025-10-29T16:45:18Z");
    TrunkRecord *alias3 = p.seedTrunk("trmum12eab312fa53292b25819at", "test_alias3", "active",
                                      "2025-10-29T16:45:51Z", "2025-10-29T16:45:51Z");
    TrunkRecord *t123 = p.seedTrunk("trmum1c99b47f41d1f4a4d5c19au", "test_123", "active",
                                    "2025-10-30T08:31:27Z", "2025-10-30T08:31:27Z");
    Q_UNUSED(ui3) // left empty on purpose: the UI's empty states show on it

    p.seedNumber(ui2, "+918047361020", nullptr, "2025-10-28T11:29:03Z", "2025-10-28T11:29:03Z");
    p.seedNumber(ui2, "+918047361021", "pstn", "2025-10-28T11:29:40Z", "2025-10-28T11:29:40Z");
    p.seedNumber(ui2, "+918047361022", "flow", "2025-10-28T11:30:11Z", "2025-11-03T06:12:45Z");
    p.seedIp(ui2, "65.0.12.44", 32, "office-sbc", "2025-10-28T11:31:02Z");
    p.seedIp(ui2, "65.0.13.0", 24, nullptr, "2025-10-28T11:31:30Z");
    p.seedDestination(ui2, "sip:65.0.12.44:5061;transport=tls", "2025-10-28T11:33:15Z");
    p.seedDestination(ui2, "sip:65.0.13.20:5060;transport=tcp", "2025-10-28T11:33:52Z");

    p.seedNumber(alias1, "+918047361012", "pstn", "2025-10-29T16:46:20Z", "2025-10-29T16:46:20Z");
    p.seedIp(alias1, "3.6.88.120", 32, nullptr, "2025-10-29T16:47:01Z");
    p.seedDestination(alias1, "sip:3.6.88.120:5061;transport=tls", "2025-10-29T16:47:40Z");
    p.seedCredential(alias1, "alias1_pbx", "asterisk-lab", "2025-10-29T16:48:10Z");
    p.seedSetting(alias1, "+918047361012", "2025-10-29T16:49:00Z");

    p.seedNumber(alias2, "+918047361011", "flow", "2025-10-29T16:50:12Z", "2025-10-29T16:50:12Z");
    p.seedDestination(alias2, "sip:sip.rtc.elevenlabs.io:5060;transport=tcp",
                      "2025-10-29T16:51:33Z");
    p.seedCredential(alias2, "elevenlabs_prod", "elevenlabs-prod", "2025-10-29T16:52:02Z");
    p.seedSetting(alias2, "+918047361011", "2025-10-29T16:52:40Z");

    p.seedNumber(alias3, "+918047361010", nullptr, "2025-10-29T16:55:09Z", "2025-10-29T16:55:09Z");
    p.seedIp(alias3, "35.154.22.9", 32, "voice-bot", "2025-10-29T16:55:44Z");
    p.seedDestination(alias3, "sip:35.154.22.9:5060;transport=tcp", "2025-10-29T16:56:20Z");
    p.seedDestination(alias3, "sip:sip.retellai.com:5060;transport=tcp", "2025-10-29T16:56:58Z");

    p.seedNumber(t123, "+918047361001", "pstn", "2025-10-30T08:33:02Z", "2025-10-30T08:33:02Z");
    p.seedNumber(t123, "+918047361002", "flow", "2025-10-30T08:33:45Z", "2025-10-31T10:04:19Z");
    p.seedIp(t123, "52.66.10.21", 32, "ameyo-sbc-1", "2025-10-30T08:34:30Z");
    p.seedIp(t123, "13.232.45.8", 32, "ameyo-sbc-2", "2025-10-30T08:34:58Z");
    p.seedDestination(t123, "sip:52.66.10.21:5061;transport=tls", "2025-10-30T08:35:40Z");
    p.seedDestination(t123, "sip:pbx.ameyo.net:5061;transport=tls", "2025-10-30T08:36:12Z");
    p.seedCredential(t123, "ameyo_pbx", "ameyo-mumbai", "2025-10-30T08:37:00Z");
    p.seedCredential(t123, "livekit_staging", "livekit-staging", "2025-10-30T08:37:31Z");
    p.seedSetting(t123, "+918047361001", "2025-10-30T08:38:05Z");
}

void SandboxApi::setMaxPageSize(int maxPageSize, bool refuseLarger) {
    d->maxPageSize = std::max(1, maxPageSize);
    d->refuseLargerPages = refuseLarger;
}

void SandboxApi::seedTrunks(int n) {
    if (n <= 0)
        return;
    Private &p = *d;
    p.trunks.reserve(p.trunks.size() + std::size_t(n));
    p.bySid.reserve(int(p.trunks.size()) + n);
    p.byName.reserve(int(p.trunks.size()) + n);
    const qint64 base = parseIso("2025-11-01T00:00:00Z");
    for (int i = 0; i < n; ++i) {
        const int index = ++p.generatedTrunks;
        auto trunk = std::make_unique<TrunkRecord>();
        trunk->sid = p.newSid();
        trunk->name = QStringLiteral("gen_%1").arg(index, 5, 10, QLatin1Char('0'));
        trunk->domain = p.domain();
        trunk->status = index % 7 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        trunk->created = trunk->updated = base + qint64(index) * 60000;
        if (p.byName.contains(trunk->name))
            continue;
        p.addTrunk(std::move(trunk));
    }
}

QString SandboxApi::addTrunkNamed(const QString &name) {
    auto trunk = std::make_unique<TrunkRecord>();
    trunk->sid = d->newSid();
    trunk->name = name;
    trunk->domain = d->domain();
    trunk->created = trunk->updated = d->now();
    return d->addTrunk(std::move(trunk))->sid;
}

QString SandboxApi::addUnreadableTrunk() {
    const QString sid = addTrunkNamed(QStringLiteral("unreadable_%1").arg(d->trunks.size()));
    d->bySid.value(sid)->unreadable = true;
    return sid;
}

void SandboxApi::addUnreadablePhoneNumber(const QString &trunkSid) {
    TrunkRecord *t = d->bySid.value(trunkSid);
    if (!t)
        return;
    PhoneNumberRecord n;
    n.id = QString::number(d->nextNumberId++);
    n.number = QStringLiteral("918047369999");
    n.unreadable = true;
    n.created = n.updated = d->now();
    t->numbers.push_back(n);
}

int SandboxApi::trunkCount() const {
    return int(d->trunks.size());
}

QString SandboxApi::trunkSid(const QString &trunkName) const {
    const TrunkRecord *t = d->byName.value(trunkName);
    return t ? t->sid : QString();
}

QString SandboxApi::foreignTrunkSid() const {
    return d->foreignTrunks.keys().value(0);
}

} // namespace exotrunk::sandbox
