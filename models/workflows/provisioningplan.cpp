#include "workflows/provisioningplan.h"

#include "api/accountpath.h"
#include "api/endpointbodies.h"
#include "domain/trunk.h"
#include "domain/trunksetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace exotrunk {

namespace {

QString tr(const char *text) {
    // lupdate files a bare tr("…") outside a class under the enclosing namespace: look the
    // sentence up there, or its translation is never found.
    return QCoreApplication::translate("exotrunk", text);
}

QString kindKey(ProvisioningStep::Kind kind) {
    switch (kind) {
    case ProvisioningStep::Kind::CreateTrunk:
        return QStringLiteral("create_trunk");
    case ProvisioningStep::Kind::MapNumber:
        return QStringLiteral("map_number");
    case ProvisioningStep::Kind::WhitelistIp:
        return QStringLiteral("whitelist_ip");
    case ProvisioningStep::Kind::AddDestinations:
        return QStringLiteral("add_destinations");
    case ProvisioningStep::Kind::CreateCredential:
        return QStringLiteral("create_credential");
    case ProvisioningStep::Kind::SetAlias:
        return QStringLiteral("set_alias");
    }
    return {};
}

ProvisioningStep::Kind kindFromKey(const QString &key) {
    using K = ProvisioningStep::Kind;
    for (K k : {K::CreateTrunk, K::MapNumber, K::WhitelistIp, K::AddDestinations,
                K::CreateCredential, K::SetAlias}) {
        if (kindKey(k) == key)
            return k;
    }
    return K::CreateTrunk;
}

QString stateKey(ProvisioningStep::State s) {
    switch (s) {
    case ProvisioningStep::State::Waiting:
        return QStringLiteral("waiting");
    case ProvisioningStep::State::Running:
        return QStringLiteral("running");
    case ProvisioningStep::State::Done:
        return QStringLiteral("done");
    case ProvisioningStep::State::Failed:
        return QStringLiteral("failed");
    case ProvisioningStep::State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

ProvisioningStep::State stateFromKey(const QString &key) {
    using S = ProvisioningStep::State;
    for (S s : {S::Waiting, S::Running, S::Done, S::Failed, S::Skipped}) {
        if (stateKey(s) == key)
            return s;
    }
    return S::Waiting;
}

QString pretty(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

QString destinationsText(const QList<NewDestination> &list) {
    QStringList parts;
    for (const NewDestination &d : list)
        parts << d.toUriString();
    return parts.join(QLatin1String(", "));
}

QJsonObject errorToJson(const ApiError &e) {
    QJsonObject o;
    o.insert(QStringLiteral("kind"), static_cast<int>(e.kind));
    o.insert(QStringLiteral("http"), e.httpStatus);
    o.insert(QStringLiteral("code"), e.exotelCode);
    o.insert(QStringLiteral("message"), e.message);
    o.insert(QStringLiteral("description"), e.description);
    o.insert(QStringLiteral("request_id"), e.requestId);
    return o;
}

ApiError errorFromJson(const QJsonObject &o) {
    ApiError e;
    const int kind = o.value(QStringLiteral("kind")).toInt(0);
    if (kind >= 0 && kind <= static_cast<int>(ApiError::Kind::Unsupported))
        e.kind = static_cast<ApiError::Kind>(kind);
    e.httpStatus = o.value(QStringLiteral("http")).toInt();
    e.exotelCode = o.value(QStringLiteral("code")).toInt();
    e.message = o.value(QStringLiteral("message")).toString();
    e.description = o.value(QStringLiteral("description")).toString();
    e.requestId = o.value(QStringLiteral("request_id")).toString();
    return e;
}

} // namespace

QString stepStateName(ProvisioningStep::State state) {
    switch (state) {
    case ProvisioningStep::State::Waiting:
        return tr("Waiting");
    case ProvisioningStep::State::Running:
        return tr("Running");
    case ProvisioningStep::State::Done:
        return tr("Done");
    case ProvisioningStep::State::Failed:
        return tr("Failed");
    case ProvisioningStep::State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ProvisioningStep::title() const {
    switch (kind) {
    case Kind::CreateTrunk:
        return tr("Create trunk %1").arg(trunkName);
    case Kind::MapNumber:
        return tr("Map %1 (mode %2)").arg(number, numberModeToWire(mode));
    case Kind::WhitelistIp:
        return autoWhitelisted ? tr("Whitelist %1/%2 (IP destination)").arg(ip.ip).arg(ip.mask)
                               : tr("Whitelist %1/%2").arg(ip.ip).arg(ip.mask);
    case Kind::AddDestinations:
        return tr("Add destination URI %1").arg(destinationsText(destinations));
    case Kind::CreateCredential:
        return tr("Create SIP credentials for %1").arg(userName);
    case Kind::SetAlias:
        return tr("Set caller-ID alias %1").arg(alias);
    }
    return {};
}

Endpoint ProvisioningStep::endpoint() const {
    switch (kind) {
    case Kind::CreateTrunk:
        return Endpoint::CreateTrunk;
    case Kind::MapNumber:
        return Endpoint::MapPhoneNumber;
    case Kind::WhitelistIp:
        return Endpoint::WhitelistIp;
    case Kind::AddDestinations:
        return Endpoint::AddDestinationUris;
    case Kind::CreateCredential:
        return Endpoint::CreateCredential;
    case Kind::SetAlias:
        return Endpoint::SetSettings;
    }
    return Endpoint::CreateTrunk;
}

QString ProvisioningStep::method() const {
    return QString::fromLatin1(endpointRow(endpoint()).method);
}

QString ProvisioningStep::path(const QString &accountSid, const QString &trunkSid) const {
    const QString sid = trunkSid.isEmpty() ? QStringLiteral("{trunk_sid}") : trunkSid;
    return accountPath(accountSid) + endpointPath(endpoint(), sid);
}

QJsonObject ProvisioningStep::requestBody() const {
    switch (kind) {
    case Kind::CreateTrunk: {
        NewTrunk t;
        t.name = trunkName;
        t.domainName = domainName;
        return endpointbody::createTrunk(t, QString());
    }
    case Kind::MapNumber:
        return endpointbody::mapPhoneNumber(NewPhoneNumber{number, mode});
    case Kind::WhitelistIp:
        return endpointbody::whitelistIp(ip);
    case Kind::AddDestinations:
        return endpointbody::addDestinationUris(destinations);
    case Kind::CreateCredential: {
        NewCredential c;
        c.userName = userName;
        c.friendlyName = friendlyName;
        return endpointbody::createCredential(c);
    }
    case Kind::SetAlias:
        return endpointbody::setSetting(QLatin1String(TrunkSetting::ExternalAlias), alias);
    }
    return {};
}

QString ProvisioningStep::maskedBody() const {
    return pretty(endpointbody::masked(requestBody()));
}

QString ProvisioningStep::apiCallText(const QString &accountSid, const QString &trunkSid) const {
    return method() + QLatin1Char(' ') + path(accountSid, trunkSid) + QLatin1Char('\n') +
           maskedBody();
}

QString ProvisioningStep::failureText() const {
    if (state == State::Failed && !note.isEmpty())
        return note;
    return error.userMessage();
}

QJsonObject ProvisioningStep::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kindKey(kind));
    o.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(dependsOn));
    o.insert(QStringLiteral("state"), stateKey(state));
    if (error.isError())
        o.insert(QStringLiteral("error"), errorToJson(error));
    o.insert(QStringLiteral("note"), note);
    o.insert(QStringLiteral("attempts"), attempts);
    if (firstSentAt.isValid())
        o.insert(QStringLiteral("first_sent_at"), firstSentAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("answer_lost"), answerLost);
    o.insert(QStringLiteral("auto_whitelisted"), autoWhitelisted);
    o.insert(QStringLiteral("trunk_name"), trunkName);
    o.insert(QStringLiteral("domain_name"), domainName);
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("mode"), numberModeToWire(mode));
    o.insert(QStringLiteral("ip"), ip.toJson());
    QJsonArray dests;
    for (int i = 0; i < destinations.size(); ++i) {
        QJsonObject d;
        d.insert(QStringLiteral("host"), destinations[i].host);
        d.insert(QStringLiteral("port"), destinations[i].port);
        d.insert(QStringLiteral("transport"), transportToWire(destinations[i].transport));
        d.insert(QStringLiteral("done"), destinationDone.value(i, false));
        dests.append(d);
    }
    o.insert(QStringLiteral("destinations"), dests);
    o.insert(QStringLiteral("user_name"), userName);
    o.insert(QStringLiteral("friendly_name"), friendlyName);
    o.insert(QStringLiteral("alias"), alias);
    return o;
}

ProvisioningStep ProvisioningStep::fromJson(const QJsonObject &o) {
    ProvisioningStep s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
    for (const auto &v : o.value(QStringLiteral("depends_on")).toArray())
        s.dependsOn << v.toString();
    s.state = stateFromKey(o.value(QStringLiteral("state")).toString());
    s.error = errorFromJson(o.value(QStringLiteral("error")).toObject());
    s.note = o.value(QStringLiteral("note")).toString();
    s.attempts = o.value(QStringLiteral("attempts")).toInt();
    s.firstSentAt = QDateTime::fromString(o.value(QStringLiteral("first_sent_at")).toString(),
                                          Qt::ISODateWithMs);
    s.answerLost = o.value(QStringLiteral("answer_lost")).toBool();
    s.autoWhitelisted = o.value(QStringLiteral("auto_whitelisted")).toBool();
    s.trunkName = o.value(QStringLiteral("trunk_name")).toString();
    s.domainName = o.value(QStringLiteral("domain_name")).toString();
    s.number = o.value(QStringLiteral("number")).toString();
    s.mode = numberModeFromWire(o.value(QStringLiteral("mode"))).value_or(NumberMode::Default);
    const QJsonObject ip = o.value(QStringLiteral("ip")).toObject();
    s.ip.ip = ip.value(QStringLiteral("ip")).toString();
    s.ip.mask = ip.value(QStringLiteral("mask")).toInt(32);
    for (const auto &v : o.value(QStringLiteral("destinations")).toArray()) {
        const QJsonObject d = v.toObject();
        NewDestination nd;
        nd.host = d.value(QStringLiteral("host")).toString();
        nd.port = d.value(QStringLiteral("port")).toInt(5061);
        nd.transport =
            validate::transportFromString(d.value(QStringLiteral("transport")).toString())
                .value_or(Transport::Tls);
        s.destinations << nd;
        s.destinationDone << d.value(QStringLiteral("done")).toBool();
    }
    s.userName = o.value(QStringLiteral("user_name")).toString();
    s.friendlyName = o.value(QStringLiteral("friendly_name")).toString();
    s.alias = o.value(QStringLiteral("alias")).toString();
    return s;
}

ProvisioningPlan ProvisioningPlan::build(const ProvisioningRequest &request,
                                         const QString &accountSid, const QString &profileId) {
    ProvisioningPlan plan;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.profileId = profileId;
    plan.accountSid = accountSid;
    plan.request = request;
    if (request.credential)
        plan.credentialPassword = request.credential->password;
    // The plan keeps its own copy of the password; the request in it never holds one.
    if (plan.request.credential)
        plan.request.credential->password.clear();

    const QString trunkId = QStringLiteral("trunk");
    ProvisioningStep trunk;
    trunk.id = trunkId;
    trunk.kind = ProvisioningStep::Kind::CreateTrunk;
    trunk.trunkName = request.trunkName;
    trunk.domainName = NewTrunk::domainFor(accountSid);
    plan.steps << trunk;

    if (!request.number.isEmpty()) {
        ProvisioningStep s;
        s.id = QStringLiteral("number");
        s.kind = ProvisioningStep::Kind::MapNumber;
        s.dependsOn << trunkId;
        s.number = request.number;
        s.mode = request.numberMode;
        plan.steps << s;
    }

    QStringList whitelistIds; // steps a destination must wait for
    for (const NewWhitelistedIp &entry : request.whitelistEntries()) {
        ProvisioningStep s;
        s.kind = ProvisioningStep::Kind::WhitelistIp;
        s.ip = entry;
        s.id = QStringLiteral("ip:%1/%2").arg(s.ip.ip).arg(s.ip.mask);
        if (plan.indexOf(s.id) >= 0)
            continue;
        s.dependsOn << trunkId;
        plan.steps << s;
        for (const NewDestination &d : request.destinations) {
            if (validate::isIpv4Literal(d.host) && ipCoveredBy(d.host, s.ip)) {
                whitelistIds << s.id;
                break;
            }
        }
    }
    for (const QString &destinationIp : request.destinationIpsNeedingWhitelist()) {
        ProvisioningStep s;
        s.kind = ProvisioningStep::Kind::WhitelistIp;
        s.ip.ip = destinationIp;
        s.ip.mask = 32;
        s.autoWhitelisted = true;
        s.id = QStringLiteral("ip:%1/32").arg(destinationIp);
        s.dependsOn << trunkId;
        plan.steps << s;
        whitelistIds << s.id;
    }

    if (!request.destinations.isEmpty()) {
        ProvisioningStep s;
        s.id = QStringLiteral("destinations");
        s.kind = ProvisioningStep::Kind::AddDestinations;
        s.dependsOn << trunkId << whitelistIds;
        s.destinations = request.destinations;
        for (int i = 0; i < s.destinations.size(); ++i)
            s.destinationDone << false;
        plan.steps << s;
    }

    if (request.credential) {
        ProvisioningStep s;
        s.id = QStringLiteral("credential");
        s.kind = ProvisioningStep::Kind::CreateCredential;
        s.dependsOn << trunkId;
        s.userName = request.credential->userName;
        s.friendlyName = request.credential->friendlyName;
        plan.steps << s;
    }

    if (!request.alias.isEmpty()) {
        ProvisioningStep s;
        s.id = QStringLiteral("alias");
        s.kind = ProvisioningStep::Kind::SetAlias;
        s.dependsOn << trunkId;
        s.alias = request.alias;
        plan.steps << s;
    }
    return plan;
}

int ProvisioningPlan::indexOf(const QString &stepId) const {
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return i;
    }
    return -1;
}

bool ProvisioningPlan::isComplete() const {
    for (const ProvisioningStep &s : steps) {
        if (s.state != ProvisioningStep::State::Done)
            return false;
    }
    return !steps.isEmpty();
}

bool ProvisioningPlan::needsPasswordReentry() const {
    const int i = indexOf(QStringLiteral("credential"));
    return i >= 0 && steps[i].state != ProvisioningStep::State::Done &&
           credentialPassword.isEmpty();
}

QStringList ProvisioningPlan::missingItems() const {
    QStringList out;
    for (const ProvisioningStep &s : steps) {
        if (s.state == ProvisioningStep::State::Done)
            continue;
        QString line;
        switch (s.kind) {
        case ProvisioningStep::Kind::CreateTrunk:
            line = tr("The trunk %1 itself was not created.").arg(s.trunkName);
            break;
        case ProvisioningStep::Kind::MapNumber:
            line = tr("Number %1 is not mapped: no calls in or out with it.").arg(s.number);
            break;
        case ProvisioningStep::Kind::WhitelistIp:
            line = tr("IP %1/%2 is not whitelisted.").arg(s.ip.ip).arg(s.ip.mask);
            break;
        case ProvisioningStep::Kind::AddDestinations: {
            QList<NewDestination> missing;
            for (int i = 0; i < s.destinations.size(); ++i) {
                if (!s.destinationDone.value(i, false))
                    missing << s.destinations[i];
            }
            line = tr("Destination URI %1 is missing: inbound calls cannot reach you.")
                       .arg(destinationsText(missing));
            break;
        }
        case ProvisioningStep::Kind::CreateCredential:
            line = tr("SIP credentials %1 do not exist: digest authentication will fail.")
                       .arg(s.userName);
            break;
        case ProvisioningStep::Kind::SetAlias:
            line = tr("Caller-ID alias %1 is not set.").arg(s.alias);
            break;
        }
        if (s.error.isError())
            line += QLatin1Char(' ') + tr("Reason: %1").arg(s.failureText());
        out << line;
    }
    return out;
}

Trunk ProvisioningPlan::createdTrunk() const {
    Trunk t;
    t.sid = trunkSid;
    t.name = request.trunkName;
    const int at = indexOf(QStringLiteral("trunk"));
    if (at >= 0 && !steps[at].trunkName.isEmpty())
        t.name = steps[at].trunkName;
    t.domainName = domainName();
    return t;
}

QStringList ProvisioningPlan::reviewLines() const {
    QStringList out;
    int n = 1;
    for (const ProvisioningStep &s : steps) {
        QString deps;
        if (s.dependsOn.size() > 1)
            deps = QLatin1Char(' ') + tr("(after the whitelist)");
        out << QStringLiteral("%1. %2%3\n%4")
                   .arg(n++)
                   .arg(s.title(), deps, s.apiCallText(accountSid, trunkSid.value()));
    }
    return out;
}

QJsonObject ProvisioningPlan::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("account_sid"), accountSid);
    ProvisioningRequest withoutSecret = request;
    if (withoutSecret.credential)
        withoutSecret.credential->password.clear();
    o.insert(QStringLiteral("request"), withoutSecret.toJson());
    o.insert(QStringLiteral("trunk_sid"), trunkSid.value());
    QJsonArray list;
    for (const ProvisioningStep &s : steps)
        list.append(s.toJson());
    o.insert(QStringLiteral("steps"), list);
    o.insert(QStringLiteral("password_regenerated"), passwordRegenerated);
    o.insert(QStringLiteral("kept"), kept);
    return o;
}

ProvisioningPlan ProvisioningPlan::fromJson(const QJsonObject &o) {
    ProvisioningPlan p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.profileId = o.value(QStringLiteral("profile_id")).toString();
    p.accountSid = o.value(QStringLiteral("account_sid")).toString();
    p.request = ProvisioningRequest::fromJson(o.value(QStringLiteral("request")).toObject());
    p.trunkSid = TrunkSid(o.value(QStringLiteral("trunk_sid")).toString());
    for (const auto &v : o.value(QStringLiteral("steps")).toArray())
        p.steps << ProvisioningStep::fromJson(v.toObject());
    p.passwordRegenerated = o.value(QStringLiteral("password_regenerated")).toBool();
    p.kept = o.value(QStringLiteral("kept")).toBool();
    return p;
}

} // namespace exotrunk
