// Over ~600 lines on purpose: a case per catalogue row and per new endpoint's errors.
// Every row of the endpoint catalogue, served by the sandbox over real HTTP: each row reaches a
// handler, the rows added with the catalogue (updates, removals, reads by id, the trunk-map
// look-up) answer as the live API does, success and error alike, and --sandbox-reference-only
// turns exactly the vendor-sample rows into unknown paths.
#include "api/endpointcatalogue.h"
#include "httpprobe.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::sandbox;
using namespace exotrunk::testing;

Q_DECLARE_METATYPE(exotrunk::Endpoint)

namespace {

const QSet<QString> kSingleTop = keySet({"request_id", "method", "http_code", "response"});
const QSet<QString> kItem = keySet({"code", "error_data", "status", "data"});
const QSet<QString> kErrorData = keySet({"code", "message", "description"});
const QSet<QString> kTrunkKeys =
    keySet({"trunk_name", "date_created", "date_updated", "trunk_sid", "status", "domain_name",
            "auth_type", "registration_enabled", "edge_preference", "nso_code", "secure_trunking",
            "destination_uris", "whitelisted_ips", "credentials", "phone_numbers"});
const QSet<QString> kNumberKeys =
    keySet({"id", "phone_number", "trunk_sid", "date_created", "date_updated", "mode"});
const QSet<QString> kIpKeys =
    keySet({"id", "mask", "trunk_sid", "ip", "friendly_name", "date_created", "date_updated"});
const QSet<QString> kDestinationKeys = keySet({"id", "destination", "date_created", "date_updated",
                                               "type", "priority", "weight", "trunk_sid"});
const QSet<QString> kCredentialKeys =
    keySet({"id", "trunk_sid", "user_name", "friendly_name", "date_created", "date_updated"});
const QSet<QString> kSettingKeys =
    keySet({"name", "value", "trunk_sid", "date_created", "date_updated"});

// The demo trunk with every kind of sub-resource, and the number mapped to it first.
const QString kTrunkName = QStringLiteral("test_123");
const QString kExophone = QStringLiteral("+918047361001");
const QString kAlias = QStringLiteral("trunk_external_alias");

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray trunkBody(const QString &name, const QString &nso = QStringLiteral("ANY-ANY")) {
    return json({{QStringLiteral("trunk_name"), name},
                 {QStringLiteral("nso_code"), nso},
                 {QStringLiteral("domain_name"), QStringLiteral("ameyo5m.pstn.exotel.com")}});
}

QString categoryOf(int code) {
    switch (code) {
    case 1000:
        return QStringLiteral("Not Found");
    case 1001:
        return QStringLiteral("Mandatory parameter missing");
    case 1003:
        return QStringLiteral("Authorization failed");
    case 1007:
        return QStringLiteral("Invalid request body,failed parsing ");
    case 1008:
        return QStringLiteral("Duplicate resource");
    default:
        return QStringLiteral("Invalid parameter");
    }
}

// One request of a row: what the test sends.
struct Sample {
    QByteArray verb;
    QString relative; // after /v2/accounts/{sid}, with its query
    QByteArray body;
};

} // namespace

class TestSandboxEndpoints : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;
    QString m_sid; // kTrunkName's

    bool startServer(const SandboxOptions &options = {}) {
        m_probe.reset();
        m_server = startSandbox(options);
        if (!m_server)
            return false;
        m_probe = std::make_unique<HttpProbe>(*m_server);
        m_sid = m_server->trunkSid(kTrunkName);
        return !m_sid.isEmpty();
    }

    static QString relativeOf(Endpoint id, const QString &trunkSid, const QString &objectId,
                              const QString &selectorValue = {}) {
        QString relative = endpointPath(id, trunkSid, objectId);
        const QUrlQuery query = endpointQuery(id, selectorValue);
        if (!query.isEmpty())
            relative += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        return relative;
    }

    // The id of the first item the trunk's list answers (read past HTTP, faults and limits).
    QString firstId(Endpoint list) const {
        const QJsonObject state = m_server->readState(endpointPath(list, m_sid));
        return state.value(QStringLiteral("response"))
            .toArray()
            .first()[QStringLiteral("data")][QStringLiteral("id")]
            .toString();
    }

    QJsonObject firstItem(Endpoint list) const {
        const QJsonObject state = m_server->readState(endpointPath(list, m_sid));
        return state.value(QStringLiteral("response"))
            .toArray()
            .first()[QStringLiteral("data")]
            .toObject();
    }

    HttpAnswer send(const Sample &sample) {
        return m_probe->api(sample.verb, sample.relative, sample.body);
    }

    // A request of the row that succeeds on the demo data.
    Sample sampleFor(Endpoint id) const;

    // What a path the API does not have answers (the reply the sandbox gave unknown routes
    // before routing by the catalogue): 404/1000, "No <METHOD> endpoint at /<path>".
    static void verifyUnknownRoute(const HttpAnswer &a, const Sample &sample) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, 404);
        QCOMPARE(keySet(a.json), kSingleTop);
        QCOMPARE(a.json.value(QStringLiteral("method")).toString(),
                 QString::fromLatin1(sample.verb));
        QCOMPARE(a.errorCode(), 1000);
        QCOMPARE(a.errorMessage(), QStringLiteral("Not Found"));
        const QString path = sample.relative.section(QLatin1Char('?'), 0, 0);
        QCOMPARE(
            a.errorDescription(),
            QStringLiteral("No %1 endpoint at %2").arg(QString::fromLatin1(sample.verb), path));
    }

    static bool isUnknownRoute(const HttpAnswer &a) {
        static const QRegularExpression re(QStringLiteral("^No [A-Z]+ endpoint at "));
        return a.status == 404 && re.match(a.errorDescription()).hasMatch();
    }

    static void verifyError(const HttpAnswer &a, int http, int code, const QString &specific = {}) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, http);
        QCOMPARE(keySet(a.json), kSingleTop);
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), http);
        QCOMPARE(keySet(a.response()), kItem);
        QCOMPARE(a.response().value(QStringLiteral("code")).toInt(), http);
        QCOMPARE(a.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failure"));
        QVERIFY(a.response().value(QStringLiteral("data")).isNull());
        QCOMPARE(keySet(a.errorData()), kErrorData);
        QCOMPARE(a.errorCode(), code);
        QCOMPARE(a.errorMessage(), categoryOf(code));
        QVERIFY(!a.errorDescription().isEmpty());
        QVERIFY2(!isUnknownRoute(a), qPrintable(a.errorDescription()));
        if (!specific.isEmpty())
            QVERIFY2(a.errorDescription().startsWith(specific), qPrintable(a.errorDescription()));
    }

    static void verifySingle(const HttpAnswer &a, const char *method,
                             const QSet<QString> &dataKeys) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, 200);
        QCOMPARE(keySet(a.json), kSingleTop);
        QCOMPARE(a.json.value(QStringLiteral("method")).toString(), QString::fromLatin1(method));
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), 200);
        QCOMPARE(keySet(a.response()), kItem);
        QCOMPARE(a.response().value(QStringLiteral("code")).toInt(), 200);
        QVERIFY(a.response().value(QStringLiteral("error_data")).isNull());
        QCOMPARE(a.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QCOMPARE(keySet(a.data()), dataKeys);
    }

    // The data of every item of a list answer, checked for the list envelope's item shape.
    static QList<QJsonObject> listData(const HttpAnswer &a) {
        QList<QJsonObject> data;
        if (a.status != 200 || !a.json.value(QStringLiteral("response")).isArray())
            return data;
        for (const QJsonValue &item : a.items()) {
            if (keySet(item.toObject()) != kItem)
                return {};
            data.append(item[QStringLiteral("data")].toObject());
        }
        return data;
    }

    void addRows() {
        QTest::addColumn<Endpoint>("endpoint");
        for (const EndpointRow &row : endpointCatalogue())
            QTest::newRow(row.key) << row.id;
    }

private slots:
    void cleanup() {
        m_probe.reset();
        m_server.reset();
    }

    // --- the whole catalogue ---

    void everyRowReachesItsHandler_data() { addRows(); }
    void everyRowReachesItsHandler() {
        QFETCH(Endpoint, endpoint);
        QVERIFY(startServer());
        const Sample sample = sampleFor(endpoint);
        const HttpAnswer a = send(sample);
        QVERIFY2(!isUnknownRoute(a), qPrintable(a.errorDescription()));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json.value(QStringLiteral("method")).toString(),
                 QString::fromLatin1(endpointRow(endpoint).method));
    }

    void referenceOnlyAnswersOnlyTheReference_data() { addRows(); }
    void referenceOnlyAnswersOnlyTheReference() {
        QFETCH(Endpoint, endpoint);
        SandboxOptions options;
        options.referenceOnly = true;
        QVERIFY(startServer(options));
        const Sample sample = sampleFor(endpoint);
        const HttpAnswer a = send(sample);
        if (endpointRow(endpoint).source == EndpointSource::VendorSamples) {
            verifyUnknownRoute(a, sample);
            // Nothing changed behind the 404: the demo trunk is still there as it was.
            QCOMPARE(m_server->trunkSid(kTrunkName), m_sid);
        } else {
            QVERIFY2(a.status == 200, a.body.constData());
        }
    }

    void referenceOnlyCanBeSwitchedAtRunTime() {
        QVERIFY(startServer());
        const Sample list{"GET", endpointPath(Endpoint::ListTrunks), {}};
        QCOMPARE(send(list).status, 200);
        m_server->setReferenceOnly(true);
        QVERIFY(m_server->options().referenceOnly);
        verifyUnknownRoute(send(list), list);
        m_server->setReferenceOnly(false);
        QCOMPARE(send(list).status, 200);
    }

    void unknownRoutesStayUnknown() {
        QVERIFY(startServer());
        const Sample samples[] = {
            {"DELETE", endpointPath(Endpoint::GetTrunk, m_sid), {}},
            {"PATCH", endpointPath(Endpoint::UpdateTrunk, m_sid), "{}"},
            {"POST", endpointPath(Endpoint::LookUpExophone), "{}"},
            {"GET", endpointPath(Endpoint::ListSettings, m_sid) + QStringLiteral("/x"), {}},
        };
        for (const Sample &sample : samples)
            verifyUnknownRoute(send(sample), sample);
    }

    // --- trunks: rename and nso_code ---

    void renameTrunk() {
        QVERIFY(startServer());
        const QString path = endpointPath(Endpoint::UpdateTrunk, m_sid);
        const HttpAnswer renamed = m_probe->api(
            "PUT", path, json({{QStringLiteral("trunk_name"), QStringLiteral("t_9")}}));
        verifySingle(renamed, "PUT", kTrunkKeys);
        QCOMPARE(renamed.data().value(QStringLiteral("trunk_name")).toString(),
                 QStringLiteral("t_9"));
        QCOMPARE(renamed.data().value(QStringLiteral("trunk_sid")).toString(), m_sid);
        QCOMPARE(m_server->trunkSid(QStringLiteral("t_9")), m_sid);
        QVERIFY(m_server->trunkSid(kTrunkName).isEmpty());
        // The old name is free again; keeping one's own name is no conflict.
        QCOMPARE(
            m_probe->api("POST", endpointPath(Endpoint::CreateTrunk), trunkBody(kTrunkName)).status,
            200);
        QCOMPARE(
            m_probe->api("PUT", path, json({{QStringLiteral("trunk_name"), QStringLiteral("t_9")}}))
                .status,
            200);
        // "" is accepted like on create (the live API keeps trunks without a name).
        const HttpAnswer unnamed =
            m_probe->api("PUT", path, json({{QStringLiteral("trunk_name"), QString()}}));
        verifySingle(unnamed, "PUT", kTrunkKeys);
        QCOMPARE(unnamed.data().value(QStringLiteral("trunk_name")).toString(), QString());
        QVERIFY(m_server->trunkSid(QStringLiteral("t_9")).isEmpty());
    }

    void renameTrunkErrors() {
        QVERIFY(startServer());
        const QString path = endpointPath(Endpoint::UpdateTrunk, m_sid);
        const auto rename = [&](const QJsonValue &name) {
            return m_probe->api("PUT", path, json({{QStringLiteral("trunk_name"), name}}));
        };
        verifyError(rename(QStringLiteral("my-trunk")), 400, 1002,
                    QStringLiteral("Invalid TrunkName"));
        verifyError(rename(QStringLiteral("abcdefghijklmnopq")), 400, 1002,
                    QStringLiteral("Invalid TrunkName"));
        verifyError(rename(QStringLiteral("test_alias1")), 409, 1008);
        verifyError(rename(12), 400, 1007);
        verifyError(m_probe->api("PUT", path, "{}"), 400, 1001);
        verifyError(m_probe->api("PUT", path, "trunk_name=x"), 400, 1007);
        verifyError(m_probe->api("PUT",
                                 endpointPath(Endpoint::UpdateTrunk,
                                              QStringLiteral("trmum1000000000000000000001a1n")),
                                 json({{QStringLiteral("trunk_name"), QStringLiteral("x")}})),
                    404, 1000);
        verifyError(m_probe->api("PUT",
                                 endpointPath(Endpoint::UpdateTrunk, m_server->foreignTrunkSid()),
                                 json({{QStringLiteral("trunk_name"), QStringLiteral("x")}})),
                    403, 1003);
        QCOMPARE(m_server->trunkSid(kTrunkName), m_sid); // unchanged by every refusal
    }

    void updateTrunkNsoAndAuthType() {
        QVERIFY(startServer());
        const QString path = endpointPath(Endpoint::UpdateTrunk, m_sid);
        const HttpAnswer a =
            m_probe->api("PUT", path,
                         json({{QStringLiteral("nso_code"), QStringLiteral("IN-MUM")},
                               {QStringLiteral("auth_type"), QStringLiteral("IP-WHITELIST")}}));
        verifySingle(a, "PUT", kTrunkKeys);
        QCOMPARE(a.data().value(QStringLiteral("nso_code")).toString(), QStringLiteral("IN-MUM"));
        QCOMPARE(a.data().value(QStringLiteral("trunk_name")).toString(), kTrunkName);
        verifyError(m_probe->api("PUT", path,
                                 json({{QStringLiteral("auth_type"), QStringLiteral("DIGEST")}})),
                    400, 1002, QStringLiteral("Invalid AuthType"));
    }

    // The live API rejects an invalid nso_code: create and update alike, 400/1002.
    void invalidNsoCodeIsRejected_data() {
        QTest::addColumn<QString>("nso");
        QTest::newRow("space") << QStringLiteral("any any");
        QTest::newRow("no dash") << QStringLiteral("ANYANY");
        QTest::newRow("lower case") << QStringLiteral("any-any");
        QTest::newRow("too long") << QStringLiteral("ABCDEFGHIJK-ANY");
        QTest::newRow("three parts") << QStringLiteral("ANY-ANY-ANY");
    }
    void invalidNsoCodeIsRejected() {
        QFETCH(QString, nso);
        QVERIFY(startServer());
        const int before = m_server->trunkCount();
        verifyError(m_probe->api("POST", endpointPath(Endpoint::CreateTrunk),
                                 trunkBody(QStringLiteral("nso_check"), nso)),
                    400, 1002, QStringLiteral("Invalid NsoCode"));
        QCOMPARE(m_server->trunkCount(), before);
        verifyError(m_probe->api("PUT", endpointPath(Endpoint::UpdateTrunk, m_sid),
                                 json({{QStringLiteral("nso_code"), nso}})),
                    400, 1002, QStringLiteral("Invalid NsoCode"));
        const QJsonObject trunk =
            m_server
                ->readState(endpointPath(Endpoint::GetTrunk,
                                         m_sid))[QStringLiteral("response")][QStringLiteral("data")]
                .toObject();
        QCOMPARE(trunk.value(QStringLiteral("nso_code")).toString(), QStringLiteral("ANY-ANY"));
    }

    void emptyNsoCodeIsMandatory() {
        QVERIFY(startServer());
        verifyError(m_probe->api("PUT", endpointPath(Endpoint::UpdateTrunk, m_sid),
                                 json({{QStringLiteral("nso_code"), QString()}})),
                    400, 1001, QStringLiteral("NsoCode is mandatory"));
    }

    // --- phone numbers ---

    void removePhoneNumber() {
        QVERIFY(startServer());
        const QJsonObject number = firstItem(Endpoint::ListPhoneNumbers);
        const QString id = number.value(QStringLiteral("id")).toString();
        const HttpAnswer removed =
            m_probe->api("DELETE", relativeOf(Endpoint::RemovePhoneNumber, m_sid, {}, id));
        verifySingle(removed, "DELETE", kNumberKeys);
        QCOMPARE(removed.data(), number);
        const HttpAnswer left =
            m_probe->api("GET", endpointPath(Endpoint::ListPhoneNumbers, m_sid));
        QCOMPARE(listData(left).size(), 1);
        verifyError(m_probe->api("DELETE", relativeOf(Endpoint::RemovePhoneNumber, m_sid, {}, id)),
                    404, 1000);
        verifyError(m_probe->api("DELETE", endpointPath(Endpoint::RemovePhoneNumber, m_sid)), 400,
                    1001);
    }

    // --- whitelisted IPs ---

    void updateWhitelistedIp() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListWhitelistedIps);
        const QString path = endpointPath(Endpoint::UpdateWhitelistedIp, m_sid, id);
        const HttpAnswer a =
            m_probe->api("PUT", path,
                         json({{QStringLiteral("ip"), QStringLiteral("52.66.10.0")},
                               {QStringLiteral("mask"), 24}}));
        verifySingle(a, "PUT", kIpKeys);
        QCOMPARE(a.data().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(a.data().value(QStringLiteral("ip")).toString(), QStringLiteral("52.66.10.0"));
        QCOMPARE(a.data().value(QStringLiteral("mask")).toInt(), 24);
        QCOMPARE(firstItem(Endpoint::ListWhitelistedIps), a.data());
        // Only the mask: the ip stays.
        const HttpAnswer mask = m_probe->api("PUT", path, json({{QStringLiteral("mask"), 32}}));
        QCOMPARE(mask.data().value(QStringLiteral("ip")).toString(), QStringLiteral("52.66.10.0"));
        QCOMPARE(mask.data().value(QStringLiteral("mask")).toInt(), 32);
    }

    void updateWhitelistedIpErrors() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListWhitelistedIps);
        const QString path = endpointPath(Endpoint::UpdateWhitelistedIp, m_sid, id);
        const auto put = [&](const QByteArray &body) {
            return m_probe->api("PUT", path, body);
        };
        verifyError(put(R"({"mask":15})"), 400, 1002,
                    QStringLiteral("mask should be in-between 16 and 32"));
        verifyError(put(R"({"mask":33})"), 400, 1002,
                    QStringLiteral("mask should be in-between 16 and 32"));
        verifyError(put(R"({"mask":-1})"), 400, 1007);
        verifyError(put(R"({"mask":"24"})"), 400, 1007);
        verifyError(put(R"({"ip":"01.2.3.4"})"), 400, 1002, QStringLiteral("Invalid Ip"));
        verifyError(put(R"({"ip":""})"), 400, 1001);
        verifyError(put("{}"), 400, 1001);
        verifyError(m_probe->api("PUT",
                                 endpointPath(Endpoint::UpdateWhitelistedIp, m_sid,
                                              QStringLiteral("999999")),
                                 R"({"mask":32})"),
                    404, 1000);
        QCOMPARE(firstItem(Endpoint::ListWhitelistedIps).value(QStringLiteral("mask")).toInt(), 32);
    }

    void removeWhitelistedIp() {
        QVERIFY(startServer());
        const QJsonObject ip = firstItem(Endpoint::ListWhitelistedIps);
        const QString id = ip.value(QStringLiteral("id")).toString();
        const HttpAnswer removed =
            m_probe->api("DELETE", relativeOf(Endpoint::RemoveWhitelistedIp, m_sid, {}, id));
        verifySingle(removed, "DELETE", kIpKeys);
        QCOMPARE(removed.data(), ip);
        QCOMPARE(
            listData(m_probe->api("GET", endpointPath(Endpoint::ListWhitelistedIps, m_sid))).size(),
            1);
        verifyError(
            m_probe->api("DELETE", relativeOf(Endpoint::RemoveWhitelistedIp, m_sid, {}, id)), 404,
            1000);
    }

    // --- destination URIs ---

    void updateDestinationUri() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListDestinationUris);
        const QString path = endpointPath(Endpoint::UpdateDestinationUri, m_sid, id);
        const HttpAnswer a = m_probe->api("PUT", path, R"({"priority":2,"weight":65535})");
        verifySingle(a, "PUT", kDestinationKeys);
        QCOMPARE(a.data().value(QStringLiteral("priority")).toInt(), 2);
        QCOMPARE(a.data().value(QStringLiteral("weight")).toInt(), 65535);
        QCOMPARE(firstItem(Endpoint::ListDestinationUris), a.data());
        const HttpAnswer weight = m_probe->api("PUT", path, R"({"weight":0})");
        QCOMPARE(weight.data().value(QStringLiteral("priority")).toInt(), 2);
        QCOMPARE(weight.data().value(QStringLiteral("weight")).toInt(), 0);
    }

    void updateDestinationUriErrors() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListDestinationUris);
        const QString path = endpointPath(Endpoint::UpdateDestinationUri, m_sid, id);
        const auto put = [&](const QByteArray &body) {
            return m_probe->api("PUT", path, body);
        };
        verifyError(put(R"({"priority":65536})"), 400, 1002, QStringLiteral("Invalid priority"));
        verifyError(put(R"({"weight":-1})"), 400, 1002, QStringLiteral("Invalid weight"));
        verifyError(put(R"({"priority":"1"})"), 400, 1007);
        verifyError(put(R"({"weight":1.5})"), 400, 1007);
        verifyError(put("{}"), 400, 1001);
        verifyError(m_probe->api("PUT",
                                 endpointPath(Endpoint::UpdateDestinationUri, m_sid,
                                              QStringLiteral("999999")),
                                 R"({"priority":1})"),
                    404, 1000);
        const QJsonObject unchanged = firstItem(Endpoint::ListDestinationUris);
        QCOMPARE(unchanged.value(QStringLiteral("priority")).toInt(), 0);
        QCOMPARE(unchanged.value(QStringLiteral("weight")).toInt(), 1);
    }

    void removeDestinationUri() {
        QVERIFY(startServer());
        const QJsonObject destination = firstItem(Endpoint::ListDestinationUris);
        const QString id = destination.value(QStringLiteral("id")).toString();
        const HttpAnswer removed =
            m_probe->api("DELETE", relativeOf(Endpoint::RemoveDestinationUri, m_sid, {}, id));
        verifySingle(removed, "DELETE", kDestinationKeys);
        QCOMPARE(removed.data(), destination);
        QCOMPARE(listData(m_probe->api("GET", endpointPath(Endpoint::ListDestinationUris, m_sid)))
                     .size(),
                 1);
        verifyError(
            m_probe->api("DELETE", relativeOf(Endpoint::RemoveDestinationUri, m_sid, {}, id)), 404,
            1000);
    }

    // --- settings ---

    void listAndRemoveSettings() {
        QVERIFY(startServer());
        const HttpAnswer list = m_probe->api("GET", endpointPath(Endpoint::ListSettings, m_sid));
        const QList<QJsonObject> settings = listData(list);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(keySet(settings.first()), kSettingKeys);
        QCOMPARE(settings.first().value(QStringLiteral("name")).toString(), kAlias);
        QCOMPARE(settings.first().value(QStringLiteral("value")).toString(), kExophone);

        const QString remove = relativeOf(Endpoint::RemoveSetting, m_sid, {}, kAlias);
        const HttpAnswer removed = m_probe->api("DELETE", remove);
        verifySingle(removed, "DELETE", kSettingKeys);
        QCOMPARE(removed.data(), settings.first());
        const HttpAnswer empty = m_probe->api("GET", endpointPath(Endpoint::ListSettings, m_sid));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.items().isEmpty());
        verifyError(m_probe->api("DELETE", remove), 404, 1000); // no longer set
    }

    void removeSettingErrors() {
        QVERIFY(startServer());
        verifyError(m_probe->api("DELETE", relativeOf(Endpoint::RemoveSetting, m_sid, {},
                                                      QStringLiteral("trunk_music"))),
                    404, 1000);
        verifyError(m_probe->api("DELETE", endpointPath(Endpoint::RemoveSetting, m_sid)), 400,
                    1001);
        QCOMPARE(listData(m_probe->api("GET", endpointPath(Endpoint::ListSettings, m_sid))).size(),
                 1);
    }

    // --- credentials ---

    void getCredential() {
        QVERIFY(startServer());
        const QJsonObject credential = firstItem(Endpoint::ListCredentials);
        const QString id = credential.value(QStringLiteral("id")).toString();
        const HttpAnswer a =
            m_probe->api("GET", relativeOf(Endpoint::GetCredential, m_sid, {}, id));
        verifySingle(a, "GET", kCredentialKeys);
        QCOMPARE(a.data(), credential);
        verifyError(m_probe->api("GET", relativeOf(Endpoint::GetCredential, m_sid, {},
                                                   QStringLiteral("999999"))),
                    404, 1000);
    }

    void updateCredential() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListCredentials);
        const QString path = endpointPath(Endpoint::UpdateCredential, m_sid, id);
        const QByteArray password = "N3w-Secret-Passw0rd";
        const HttpAnswer a = m_probe->api(
            "PUT", path,
            json({{QStringLiteral("user_name"), QStringLiteral("ameyo_pbx2")},
                  {QStringLiteral("password"), QString::fromLatin1(password)},
                  {QStringLiteral("friendly_name"), QStringLiteral("ameyo-rotated")}}));
        verifySingle(a, "PUT", kCredentialKeys); // no password key
        QVERIFY(!a.body.contains(password));
        QCOMPARE(a.data().value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("ameyo_pbx2"));
        QCOMPARE(a.data().value(QStringLiteral("friendly_name")).toString(),
                 QStringLiteral("ameyo-rotated"));
        QCOMPARE(firstItem(Endpoint::ListCredentials), a.data());
        // The password alone: accepted, never echoed.
        const HttpAnswer only = m_probe->api("PUT", path, R"({"password":"SIP_PASS"})");
        verifySingle(only, "PUT", kCredentialKeys);
        QVERIFY(!only.body.contains("SIP_PASS"));
    }

    void updateCredentialErrors() {
        QVERIFY(startServer());
        const QString id = firstId(Endpoint::ListCredentials);
        const QString path = endpointPath(Endpoint::UpdateCredential, m_sid, id);
        const auto put = [&](const QByteArray &body) {
            return m_probe->api("PUT", path, body);
        };
        verifyError(put(R"({"friendly_name":"abcdefghijklmnopqrstuvwxyz0123456"})"), 400, 1002,
                    QStringLiteral("Invalid FriendlyName"));
        verifyError(put(R"({"user_name":"-bad"})"), 400, 1002, QStringLiteral("Invalid UserName"));
        verifyError(put(R"({"user_name":"livekit_staging"})"), 409, 1008);
        verifyError(put(R"({"password":""})"), 400, 1001);
        verifyError(put(R"({"password":7})"), 400, 1007);
        verifyError(put("{}"), 400, 1001);
        verifyError(
            m_probe->api("PUT",
                         endpointPath(Endpoint::UpdateCredential, m_sid, QStringLiteral("999999")),
                         R"({"friendly_name":"x"})"),
            404, 1000);
        QCOMPARE(firstItem(Endpoint::ListCredentials).value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("ameyo_pbx"));
    }

    // --- the trunk-map look-up ---

    void lookUpExophone() {
        QVERIFY(startServer());
        // Mapped on a second trunk too: the look-up is account-wide.
        const QString other = m_server->trunkSid(QStringLiteral("test_ui_3"));
        QCOMPARE(m_probe
                     ->api("POST", endpointPath(Endpoint::MapPhoneNumber, other),
                           json({{QStringLiteral("phone_number"), kExophone}}))
                     .status,
                 200);
        const HttpAnswer both =
            m_probe->api("GET", relativeOf(Endpoint::LookUpExophone, {}, {}, kExophone));
        const QList<QJsonObject> maps = listData(both);
        QCOMPARE(maps.size(), 2);
        QCOMPARE(keySet(maps.first()), kNumberKeys);
        QCOMPARE(maps.at(0).value(QStringLiteral("trunk_sid")).toString(), other); // older trunk
        QCOMPARE(maps.at(1).value(QStringLiteral("trunk_sid")).toString(), m_sid);
        QCOMPARE(maps.at(1).value(QStringLiteral("mode")).toString(), QStringLiteral("pstn"));
        for (const QJsonObject &map : maps)
            QCOMPARE(map.value(QStringLiteral("phone_number")).toString(), kExophone);
        // The page URIs keep the look-up's parameters.
        QVERIFY(both.metadata()
                    .value(QStringLiteral("first_page_uri"))
                    .toString()
                    .contains(QLatin1String("exophone=%2B918047361001")));

        // Percent-encoded '+' and trunk_sid narrowing.
        const QString narrowed = endpointPath(Endpoint::LookUpExophone) +
                                 QStringLiteral("?exophone=%2B918047361001&trunk_sid=") + m_sid;
        const QList<QJsonObject> one = listData(m_probe->api("GET", narrowed));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().value(QStringLiteral("trunk_sid")).toString(), m_sid);
        // A number mapped nowhere: an empty list.
        const HttpAnswer none = m_probe->api(
            "GET", relativeOf(Endpoint::LookUpExophone, {}, {}, QStringLiteral("+919999999999")));
        QCOMPARE(none.status, 200);
        QVERIFY(none.items().isEmpty());
    }

    void lookUpExophoneErrors() {
        QVERIFY(startServer());
        verifyError(m_probe->api("GET", relativeOf(Endpoint::LookUpExophone, {}, {},
                                                   QStringLiteral("08047361001"))),
                    400, 1002, QStringLiteral("Invalid PhoneNumber"));
        verifyError(m_probe->api("GET", relativeOf(Endpoint::LookUpExophone, {}, {},
                                                   QStringLiteral("+91 80473"))),
                    400, 1002);
        verifyError(m_probe->api("GET", endpointPath(Endpoint::LookUpExophone)), 400, 1001);
    }
};

// A request per row that succeeds on the demo data (test_123 has every kind of sub-resource).
Sample TestSandboxEndpoints::sampleFor(Endpoint id) const {
    const auto put = [&](const QString &objectId, const QByteArray &body) {
        return Sample{"PUT", relativeOf(id, m_sid, objectId), body};
    };
    const auto select = [&](const char *verb, const QString &value) {
        return Sample{verb, relativeOf(id, m_sid, {}, value), {}};
    };
    const Sample plain{endpointRow(id).method, relativeOf(id, m_sid, {}), {}};
    switch (id) {
    case Endpoint::CreateTrunk:
        return {"POST", plain.relative, trunkBody(QStringLiteral("fresh_trunk"))};
    case Endpoint::UpdateTrunk:
        return put({}, R"({"trunk_name":"renamed"})");
    case Endpoint::LookUpTrunk:
    case Endpoint::DeleteTrunk:
        return select(endpointRow(id).method, m_sid);
    case Endpoint::MapPhoneNumber:
        return {"POST", plain.relative, R"({"phone_number":"+919999900001","mode":"flow"})"};
    case Endpoint::UpdatePhoneNumber: {
        const QJsonObject number = firstItem(Endpoint::ListPhoneNumbers);
        return put(
            number.value(QStringLiteral("id")).toString(),
            json({{QStringLiteral("phone_number"), number.value(QStringLiteral("phone_number"))},
                  {QStringLiteral("mode"), QStringLiteral("flow")}}));
    }
    case Endpoint::RemovePhoneNumber:
        return select("DELETE", firstId(Endpoint::ListPhoneNumbers));
    case Endpoint::WhitelistIp:
        return {"POST", plain.relative, R"({"ip":"1.2.3.4","mask":32})"};
    case Endpoint::UpdateWhitelistedIp:
        return put(firstId(Endpoint::ListWhitelistedIps), R"({"mask":24})");
    case Endpoint::RemoveWhitelistedIp:
        return select("DELETE", firstId(Endpoint::ListWhitelistedIps));
    case Endpoint::AddDestinationUris:
        return {"POST", plain.relative,
                R"({"destinations":[{"destination":"sip.example.com:5061;transport=tls"}]})"};
    case Endpoint::UpdateDestinationUri:
        return put(firstId(Endpoint::ListDestinationUris), R"({"priority":1,"weight":5})");
    case Endpoint::RemoveDestinationUri:
        return select("DELETE", firstId(Endpoint::ListDestinationUris));
    case Endpoint::CreateCredential:
        return {"POST", plain.relative, R"({"user_name":"new_user","password":"S3cret-pass"})"};
    case Endpoint::GetCredential:
        return select("GET", firstId(Endpoint::ListCredentials));
    case Endpoint::UpdateCredential:
        return put(firstId(Endpoint::ListCredentials), R"({"friendly_name":"renamed"})");
    case Endpoint::DeleteCredential:
        return select("DELETE", firstId(Endpoint::ListCredentials));
    case Endpoint::SetSettings:
        return {"POST", plain.relative,
                R"({"settings":[{"name":"trunk_external_alias","value":"+918047361002"}]})"};
    case Endpoint::RemoveSetting:
        return select("DELETE", kAlias);
    case Endpoint::LookUpExophone:
        return {"GET", relativeOf(id, {}, {}, kExophone), {}};
    case Endpoint::ListTrunks:
    case Endpoint::GetTrunk:
    case Endpoint::ListPhoneNumbers:
    case Endpoint::ListWhitelistedIps:
    case Endpoint::ListDestinationUris:
    case Endpoint::ListCredentials:
    case Endpoint::ListSettings:
        return plain;
    }
    return plain;
}

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "tst_sandboxendpoints.moc"
