#include "sandboxapi.h"

#include "sandboxaccount.h"
#include "sandboxenvelope.h"
#include "sandboxrouting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace exotrunk::sandbox {

namespace {

// --- seeding: the records of the vendor docs' dashboard screenshot ---

TrunkRecord *seedTrunk(Account &a, const char *sid, const char *name, const char *status,
                       const char *created, const char *updated) {
    auto trunk = std::make_unique<TrunkRecord>();
    trunk->sid = QString::fromLatin1(sid);
    trunk->name = QString::fromLatin1(name);
    trunk->status = QString::fromLatin1(status);
    trunk->domain = a.domain();
    trunk->created = parseIso(created);
    trunk->updated = parseIso(updated);
    return a.addTrunk(std::move(trunk));
}

void seedNumber(Account &a, TrunkRecord *t, const char *number, const char *mode,
                const char *created, const char *updated) {
    PhoneNumberRecord n;
    n.id = QString::number(a.nextNumberId++);
    n.number = QString::fromLatin1(number);
    n.mode = mode ? QString::fromLatin1(mode) : QString();
    n.created = parseIso(created);
    n.updated = parseIso(updated);
    t->numbers.push_back(n);
}

void seedIp(Account &a, TrunkRecord *t, const char *ip, int mask, const char *friendlyName,
            const char *created) {
    WhitelistedIpRecord e;
    e.id = QString::number(a.nextIpId++);
    e.ip = QString::fromLatin1(ip);
    e.mask = mask;
    e.friendlyName = friendlyName ? QString::fromLatin1(friendlyName) : QString();
    e.created = e.updated = parseIso(created);
    t->ips.push_back(e);
}

void seedDestination(Account &a, TrunkRecord *t, const char *destination, const char *created) {
    DestinationRecord r;
    r.id = QString::number(a.nextDestinationId++);
    r.destination = QString::fromLatin1(destination);
    r.created = r.updated = parseIso(created);
    t->destinations.push_back(r);
}

void seedCredential(Account &a, TrunkRecord *t, const char *userName, const char *friendlyName,
                    const char *created) {
    CredentialRecord c;
    c.id = QString::number(a.nextCredentialId++);
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

} // namespace

struct SandboxApi::Private {
    Account account;
};

SandboxApi::SandboxApi(QString accountSid, Clock clock)
    : d(std::make_unique<Private>()) {
    d->account.accountSid = std::move(accountSid);
    d->account.clock = std::move(clock);
    // A trunk of the docs' other example account: using it from this account answers 1003.
    d->account.foreignTrunks.insert(QStringLiteral("trmum17d8e9a37a3732ecbf91a3u"),
                                    QStringLiteral("exotelveenotesting1m"));
}

SandboxApi::~SandboxApi() = default;

ApiReply SandboxApi::handle(const ApiRequest &request) {
    return dispatch(d->account, request);
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
    Account &p = d->account;
    // The dashboard screenshot in the vendor docs, oldest first; times are the IST ones shown.
    TrunkRecord *ui2 = seedTrunk(p, "trmum1ae6b6b417234d4a5dc19as", "test_trunk_ui2", "active",
                                 "2025-10-28T11:27:12Z", "2025-10-28T11:27:12Z");
    TrunkRecord *ui3 = seedTrunk(p, "trmum1d88f38992d93479a4e19as", "test_ui_3", "inactive",
                                 "2025-10-28T11:51:40Z", "2025-10-28T11:51:40Z");
    TrunkRecord *alias1 = seedTrunk(p, "trmum1a12d69fad92d39739219at", "test_alias1", "active",
                                    "2025-10-29T16:44:05Z", "2025-10-29T16:44:05Z");
    TrunkRecord *alias2 = seedTrunk(p, "trmum18cae99187c65dbc96a19at", "test_alias2", "active",
                                    "2025-10-29T16:45:18Z", "2025-10-29T16:45:18Z");
    TrunkRecord *alias3 = seedTrunk(p, "trmum12eab312fa53292b25819at", "test_alias3", "active",
                                    "2025-10-29T16:45:51Z", "2025-10-29T16:45:51Z");
    TrunkRecord *t123 = seedTrunk(p, "trmum1c99b47f41d1f4a4d5c19au", "test_123", "active",
                                  "2025-10-30T08:31:27Z", "2025-10-30T08:31:27Z");
    Q_UNUSED(ui3) // left empty on purpose: the UI's empty states show on it

    seedNumber(p, ui2, "+918047361020", nullptr, "2025-10-28T11:29:03Z", "2025-10-28T11:29:03Z");
    seedNumber(p, ui2, "+918047361021", "pstn", "2025-10-28T11:29:40Z", "2025-10-28T11:29:40Z");
    seedNumber(p, ui2, "+918047361022", "flow", "2025-10-28T11:30:11Z", "2025-11-03T06:12:45Z");
    seedIp(p, ui2, "65.0.12.44", 32, "office-sbc", "2025-10-28T11:31:02Z");
    seedIp(p, ui2, "65.0.13.0", 24, nullptr, "2025-10-28T11:31:30Z");
    seedDestination(p, ui2, "sip:65.0.12.44:5061;transport=tls", "2025-10-28T11:33:15Z");
    seedDestination(p, ui2, "sip:65.0.13.20:5060;transport=tcp", "2025-10-28T11:33:52Z");

    seedNumber(p, alias1, "+918047361012", "pstn", "2025-10-29T16:46:20Z", "2025-10-29T16:46:20Z");
    seedIp(p, alias1, "3.6.88.120", 32, nullptr, "2025-10-29T16:47:01Z");
    seedDestination(p, alias1, "sip:3.6.88.120:5061;transport=tls", "2025-10-29T16:47:40Z");
    seedCredential(p, alias1, "alias1_pbx", "asterisk-lab", "2025-10-29T16:48:10Z");
    seedSetting(alias1, "+918047361012", "2025-10-29T16:49:00Z");

    seedNumber(p, alias2, "+918047361011", "flow", "2025-10-29T16:50:12Z", "2025-10-29T16:50:12Z");
    seedDestination(p, alias2, "sip:sip.rtc.elevenlabs.io:5060;transport=tcp",
                    "2025-10-29T16:51:33Z");
    seedCredential(p, alias2, "elevenlabs_prod", "elevenlabs-prod", "2025-10-29T16:52:02Z");
    seedSetting(alias2, "+918047361011", "2025-10-29T16:52:40Z");

    seedNumber(p, alias3, "+918047361010", nullptr, "2025-10-29T16:55:09Z", "2025-10-29T16:55:09Z");
    seedIp(p, alias3, "35.154.22.9", 32, "voice-bot", "2025-10-29T16:55:44Z");
    seedDestination(p, alias3, "sip:35.154.22.9:5060;transport=tcp", "2025-10-29T16:56:20Z");
    seedDestination(p, alias3, "sip:sip.retellai.com:5060;transport=tcp", "2025-10-29T16:56:58Z");

    seedNumber(p, t123, "+918047361001", "pstn", "2025-10-30T08:33:02Z", "2025-10-30T08:33:02Z");
    seedNumber(p, t123, "+918047361002", "flow", "2025-10-30T08:33:45Z", "2025-10-31T10:04:19Z");
    seedIp(p, t123, "52.66.10.21", 32, "ameyo-sbc-1", "2025-10-30T08:34:30Z");
    seedIp(p, t123, "13.232.45.8", 32, "ameyo-sbc-2", "2025-10-30T08:34:58Z");
    seedDestination(p, t123, "sip:52.66.10.21:5061;transport=tls", "2025-10-30T08:35:40Z");
    seedDestination(p, t123, "sip:pbx.ameyo.net:5061;transport=tls", "2025-10-30T08:36:12Z");
    seedCredential(p, t123, "ameyo_pbx", "ameyo-mumbai", "2025-10-30T08:37:00Z");
    seedCredential(p, t123, "livekit_staging", "livekit-staging", "2025-10-30T08:37:31Z");
    seedSetting(t123, "+918047361001", "2025-10-30T08:38:05Z");
}

void SandboxApi::setMaxPageSize(int maxPageSize, bool refuseLarger) {
    d->account.pageLimits.maxPageSize = std::max(1, maxPageSize);
    d->account.pageLimits.refuseLarger = refuseLarger;
}

void SandboxApi::setReferenceOnly(bool referenceOnly) {
    d->account.referenceOnly = referenceOnly;
}

bool SandboxApi::isReferenceOnly() const {
    return d->account.referenceOnly;
}

void SandboxApi::seedTrunks(int n) {
    if (n <= 0)
        return;
    Account &p = d->account;
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
    trunk->sid = d->account.newSid();
    trunk->name = name;
    trunk->domain = d->account.domain();
    trunk->created = trunk->updated = d->account.now();
    return d->account.addTrunk(std::move(trunk))->sid;
}

QString SandboxApi::addUnreadableTrunk() {
    const QString sid =
        addTrunkNamed(QStringLiteral("unreadable_%1").arg(d->account.trunks.size()));
    d->account.bySid.value(sid)->unreadable = true;
    return sid;
}

void SandboxApi::addUnreadablePhoneNumber(const QString &trunkSid) {
    TrunkRecord *t = d->account.bySid.value(trunkSid);
    if (!t)
        return;
    PhoneNumberRecord n;
    n.id = QString::number(d->account.nextNumberId++);
    n.number = QStringLiteral("918047369999");
    n.unreadable = true;
    n.created = n.updated = d->account.now();
    t->numbers.push_back(n);
}

int SandboxApi::trunkCount() const {
    return int(d->account.trunks.size());
}

QString SandboxApi::trunkSid(const QString &trunkName) const {
    const TrunkRecord *t = d->account.byName.value(trunkName);
    return t ? t->sid : QString();
}

QString SandboxApi::foreignTrunkSid() const {
    return d->account.foreignTrunks.keys().value(0);
}

} // namespace exotrunk::sandbox
