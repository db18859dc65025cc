#pragma once

#include "sandboxapi.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

// The state of the one account a sandbox serves, and its records as the live API answers them.
// Internal to the sandbox: the handlers (sandboxtrunks.cpp, sandboxnumbers.cpp, …) change it,
// SandboxApi seeds it.
namespace exotrunk::sandbox {

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
    int priority = 0;    // the documented defaults
    int weight = 1;
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

// The vendor documents the default page (50) and that metadata.page_size is the size *applied*,
// but no maximum: by default larger pages are clamped to this, so a greedy client still gets an
// answer and learns the size from the metadata (SandboxApi::setMaxPageSize changes both).
constexpr int kMaxPageSize = 1000;
constexpr int kDefaultPageSize = 50;

struct PageLimits {
    int maxPageSize = kMaxPageSize;
    bool refuseLarger = false; // a larger page_size is answered 400/1002 instead of clamped
};

struct Account {
    QString accountSid;
    SandboxApi::Clock clock;
    std::vector<std::unique_ptr<TrunkRecord>> trunks; // creation order; pages index into it
    QHash<QString, TrunkRecord *> bySid;
    QHash<QString, TrunkRecord *> byName;
    QHash<QString, QString> foreignTrunks; // trunk sid -> owning account
    qint64 nextNumberId = 41500;
    qint64 nextIpId = 1150;
    qint64 nextDestinationId = 2540;
    qint64 nextCredentialId = 1230;
    int generatedTrunks = 0;
    PageLimits pageLimits;
    // Rows the vendor documents only in its samples answer like unknown paths (see
    // SandboxApi::setReferenceOnly).
    bool referenceOnly = false;

    qint64 now() const { return clock(); }
    QString domain() const { return accountSid + QStringLiteral(".pstn.exotel.com"); }
    // "/v2/accounts/{account_sid}" + `relative`: the absolute path of self-links and page URIs.
    QString absolutePath(const QString &relative) const;
    QString newSid() const;

    TrunkRecord *addTrunk(std::unique_ptr<TrunkRecord> trunk);
    void removeTrunk(TrunkRecord *trunk);
    // Keeps the by-name index right; "" is a name the live API accepts (and keeps unindexed).
    void renameTrunk(TrunkRecord *trunk, const QString &name);
    // Every mapping of `number` in the account, in trunk creation order.
    std::vector<std::pair<const TrunkRecord *, const PhoneNumberRecord *>>
    mappingsOf(const QString &number) const;

    // JSON of records, key for key as the live API answers them (passwords never).
    QJsonObject trunkJson(const TrunkRecord &t) const;
    static QJsonObject numberJson(const TrunkRecord &t, const PhoneNumberRecord &n);
    static QJsonObject ipJson(const TrunkRecord &t, const WhitelistedIpRecord &ip);
    static QJsonObject destinationJson(const TrunkRecord &t, const DestinationRecord &d);
    static QJsonObject credentialJson(const TrunkRecord &t, const CredentialRecord &c);
    static QJsonObject settingJson(const TrunkRecord &t, const SettingRecord &s);
};

// The record with this id (phone numbers, IPs, destinations, credentials), or end().
template <typename Record>
typename std::vector<Record>::iterator findRecord(std::vector<Record> &records, const QString &id) {
    return std::find_if(records.begin(), records.end(),
                        [&id](const Record &record) { return record.id == id; });
}

// ISO-8601 UTC, as every date_created / date_updated.
QString isoTime(qint64 ms);
qint64 parseIso(const char *text);

} // namespace exotrunk::sandbox
