// SIP digest credentials of a trunk, and its settings (the caller-ID alias).
#include "sandboxenvelope.h"
#include "sandboxhandlers.h"
#include "sandboxrequest.h"
#include "sandboxrules.h"

#include "api/endpointcatalogue.h"

#include <QJsonArray>

#include <algorithm>

namespace exotrunk::sandbox::handlers {

using namespace rules;

namespace {

// The only setting the API documents.
const QString kAliasSetting = QStringLiteral("trunk_external_alias");

ApiReply credentialNotFound(const ApiRequest &r, const TrunkRecord &t, const QString &id) {
    return notFound(r, QStringLiteral("Credential not found"),
                    QStringLiteral("No credential with id %1 on trunk %2").arg(id, t.sid));
}

struct CredentialFields {
    FieldState userState = FieldState::Absent;
    QString userName;
    FieldState passwordState = FieldState::Absent;
    QString password;
    FieldState nameState = FieldState::Absent;
    QString friendlyName;
};

std::optional<ApiReply> readCredentialFields(const ApiRequest &r, const QJsonObject &body,
                                             CredentialFields *f) {
    const struct {
        const char *key;
        QString *out;
        FieldState *state;
    } fields[] = {{"user_name", &f->userName, &f->userState},
                  {"password", &f->password, &f->passwordState},
                  {"friendly_name", &f->friendlyName, &f->nameState}};
    for (const auto &field : fields) {
        const QString key = QString::fromLatin1(field.key);
        *field.state = stringField(body, key, field.out);
        if (*field.state == FieldState::WrongType)
            return wrongType(r, body, key, QStringLiteral("string"));
    }
    return std::nullopt;
}

// The checks of POST and PUT for the fields given (POST demands user_name and password first).
std::optional<ApiReply> checkCredentialFields(const ApiRequest &r, const CredentialFields &f) {
    if (f.userState == FieldState::Present && f.userName.isEmpty())
        return mandatory(r, QStringLiteral("UserName is mandatory"));
    if (f.passwordState == FieldState::Present && f.password.isEmpty())
        return mandatory(r, QStringLiteral("Password is mandatory"));
    if (f.userState == FieldState::Present && !isCredentialUserName(f.userName))
        return invalid(r, QStringLiteral("Invalid UserName"),
                       QStringLiteral("user_name must be 1 to 64 letters, digits, '_', '.', "
                                      "'@' or '-', starting with a letter or digit"));
    if (f.friendlyName.size() > 32)
        return invalid(r, QStringLiteral("Invalid FriendlyName"),
                       QStringLiteral("friendly_name must be at most 32 characters"));
    return std::nullopt;
}

std::optional<ApiReply> checkUserNameIsFree(const ApiRequest &r, const TrunkRecord &t,
                                            const QString &userName, const QString &selfId) {
    const bool taken =
        std::any_of(t.credentials.begin(), t.credentials.end(), [&](const CredentialRecord &c) {
            return c.userName == userName && c.id != selfId;
        });
    if (!taken)
        return std::nullopt;
    return duplicate(
        r, QStringLiteral("User name %1 already exists on trunk %2").arg(userName, t.sid));
}

QJsonObject applySetting(Account &a, TrunkRecord &t, const QJsonValue &entry) {
    const QJsonObject object = entry.toObject();
    const QString name = object.value(QStringLiteral("name")).toString();
    const QString value = object.value(QStringLiteral("value")).toString();
    if (name.isEmpty())
        return itemFailure(400, 1001, QStringLiteral("Name is mandatory"));
    if (name != kAliasSetting)
        return itemFailure(400, 1002, QStringLiteral("Invalid setting name"),
                           QStringLiteral("Only trunk_external_alias can be set"));
    if (value.isEmpty())
        return itemFailure(400, 1001, QStringLiteral("Value is mandatory"));
    if (!isE164(value))
        return itemFailure(400, 1002, QStringLiteral("Invalid PhoneNumber"),
                           QStringLiteral("trunk_external_alias must be in E.164 format"));
    const qint64 stamp = a.now();
    const auto it = std::find_if(t.settings.begin(), t.settings.end(),
                                 [&](const SettingRecord &s) { return s.name == name; });
    if (it != t.settings.end()) {
        it->value = value;
        it->updated = stamp;
        return itemEnvelope(200, QJsonValue::Null, Account::settingJson(t, *it));
    }
    SettingRecord record{name, value, stamp, stamp};
    t.settings.push_back(record);
    return itemEnvelope(200, QJsonValue::Null, Account::settingJson(t, record));
}

// Every item must be an object of strings, or the whole body fails as Go's decoder fails it.
std::optional<ApiReply> checkSettingItems(const ApiRequest &r, const QJsonArray &settings) {
    const auto badType = [](const QJsonValue &v) {
        return !v.isUndefined() && !v.isNull() && !v.isString();
    };
    for (const QJsonValue &entry : settings) {
        const QJsonObject object = entry.toObject();
        if (!entry.isObject() || badType(object.value(QStringLiteral("name"))) ||
            badType(object.value(QStringLiteral("value"))))
            return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct "
                                             "field .settings of type request.Setting")
                                  .arg(typeName(entry)));
    }
    return std::nullopt;
}

} // namespace

// --- credentials ---

ApiReply createCredential(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    CredentialFields fields;
    if (auto refused = readCredentialFields(r, *body, &fields))
        return *refused;
    if (fields.userName.isEmpty())
        return mandatory(r, QStringLiteral("UserName is mandatory"));
    if (fields.password.isEmpty())
        return mandatory(r, QStringLiteral("Password is mandatory"));
    if (auto refused = checkCredentialFields(r, fields))
        return *refused;
    if (auto refused = checkUserNameIsFree(r, t, fields.userName, {}))
        return *refused;
    CredentialRecord record;
    record.id = QString::number(a.nextCredentialId++);
    record.userName = fields.userName;
    record.password = fields.password;
    record.friendlyName = fields.friendlyName;
    record.created = record.updated = a.now();
    t.credentials.push_back(record);
    return singleReply(r.method, Account::credentialJson(t, record));
}

ApiReply listCredentials(Account &a, const Call &c) {
    const TrunkRecord &t = *c.trunk;
    const ListSpec spec{a.absolutePath(endpointPath(Endpoint::ListCredentials, t.sid)),
                        ListStyle::WithTotal,
                        {},
                        a.pageLimits};
    return listReply(c.request, spec, int(t.credentials.size()), [&t](int i) {
        return Account::credentialJson(t, t.credentials[std::size_t(i)]);
    });
}

ApiReply getCredential(Account &, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    if (c.objectId.isEmpty())
        return mandatory(r, QStringLiteral("Id is mandatory"));
    const auto it = findRecord(t.credentials, c.objectId);
    if (it == t.credentials.end())
        return credentialNotFound(r, t, c.objectId);
    return singleReply(r.method, Account::credentialJson(t, *it));
}

// Any of user_name, password and friendly_name, checked as on POST; the password is not echoed.
ApiReply updateCredential(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    const auto it = findRecord(t.credentials, c.objectId);
    if (it == t.credentials.end())
        return credentialNotFound(r, t, c.objectId);
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    CredentialFields fields;
    if (auto refused = readCredentialFields(r, *body, &fields))
        return *refused;
    if (fields.userState == FieldState::Absent && fields.passwordState == FieldState::Absent &&
        fields.nameState == FieldState::Absent)
        return mandatory(r,
                         QStringLiteral("One of UserName, Password or FriendlyName is mandatory"));
    if (auto refused = checkCredentialFields(r, fields))
        return *refused;
    if (fields.userState == FieldState::Present) {
        if (auto refused = checkUserNameIsFree(r, t, fields.userName, it->id))
            return *refused;
        it->userName = fields.userName;
    }
    if (fields.passwordState == FieldState::Present)
        it->password = fields.password;
    if (fields.nameState == FieldState::Present)
        it->friendlyName = fields.friendlyName;
    it->updated = a.now();
    return singleReply(r.method, Account::credentialJson(t, *it));
}

ApiReply deleteCredential(Account &, const Call &c) {
    return removeRecord(c, c.trunk->credentials, &Account::credentialJson, &credentialNotFound);
}

// --- settings ---

ApiReply setSettings(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    const QJsonValue list = body->value(QStringLiteral("settings"));
    if (list.isUndefined() || list.isNull())
        return mandatory(r, QStringLiteral("Settings is mandatory"));
    if (!list.isArray())
        return wrongType(r, *body, QStringLiteral("settings"), QStringLiteral("[]request.Setting"));
    const QJsonArray settings = list.toArray();
    if (settings.isEmpty())
        return mandatory(r, QStringLiteral("Settings is mandatory"));
    if (auto refused = checkSettingItems(r, settings))
        return *refused;
    QJsonArray items;
    for (const QJsonValue &entry : settings)
        items.append(applySetting(a, *c.trunk, entry));
    return multiReply(r.method, items, false);
}

ApiReply listSettings(Account &a, const Call &c) {
    const TrunkRecord &t = *c.trunk;
    const ListSpec spec{a.absolutePath(endpointPath(Endpoint::ListSettings, t.sid)),
                        ListStyle::Plain,
                        {},
                        a.pageLimits};
    return listReply(c.request, spec, int(t.settings.size()),
                     [&t](int i) { return Account::settingJson(t, t.settings[std::size_t(i)]); });
}

// Removes a setting by name; a name the API does not know, or one not set, is 404/1000.
ApiReply removeSetting(Account &, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    const QString &name = c.objectId;
    if (name.isEmpty())
        return mandatory(r, QStringLiteral("Name is mandatory"));
    if (name != kAliasSetting)
        return notFound(
            r, QStringLiteral("Setting not found"),
            QStringLiteral("%1 is not a setting; only trunk_external_alias is known").arg(name));
    const auto it = std::find_if(t.settings.begin(), t.settings.end(),
                                 [&](const SettingRecord &s) { return s.name == name; });
    if (it == t.settings.end())
        return notFound(r, QStringLiteral("Setting not found"),
                        QStringLiteral("Trunk %1 has no %2").arg(t.sid, name));
    const QJsonObject data = Account::settingJson(t, *it);
    t.settings.erase(it);
    return singleReply(r.method, data);
}

} // namespace exotrunk::sandbox::handlers
