// Over ~600 lines: the documentation's examples one by one; the rows added with the catalogue
// are in tst_sandboxendpoints.
// The sandbox must answer like the live Exotel v2 trunk API, quirks included: these tests talk
// raw HTTP to it and compare what comes back with the vendor documentation's examples.
#include "httpprobe.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::sandbox;
using namespace exotrunk::testing;

namespace {

// Key sets of the vendor docs' example responses.
const QSet<QString> kSingleTop = keySet({"request_id", "method", "http_code", "response"});
const QSet<QString> kListTop =
    keySet({"request_id", "method", "http_code", "metadata", "response"});
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
const QSet<QString> kPlainListMeta =
    keySet({"page_size", "first_page_uri", "prev_page_uri", "next_page_uri"});
const QSet<QString> kTotalListMeta =
    keySet({"total", "page_size", "page", "first_page_uri", "prev_page_uri", "next_page_uri"});

// Request bodies exactly as printed in the vendor docs' curl examples (spacing included).
const QByteArray kDocsCreateTrunk = "{\n"
                                    "  \"trunk_name\": \"outbound_trunk\",\n"
                                    "  \"nso_code\": \"ANY-ANY\",\n"
                                    "  \"domain_name\": \"<your_sid>.pstn.exotel.com\"\n"
                                    "}";
const QByteArray kDocsMapNumber = "{  \n  \"phone_number\": \"+919876543210\"  \n}";
const QByteArray kDocsMapNumberFlow =
    "{  \n  \"phone_number\": \"+919876543210\",  \n  \"mode\": \"flow\"  \n}";
// The docs print this one without its closing brace.
const QByteArray kDocsMapAcl = "{  \n  \"ip\": \"44.248.146.11\",  \n  \"mask\": 32  \n";
const QByteArray kDocsCredentials = "{\n"
                                    "  \"user_name\": \"voice_ai_user\",\n"
                                    "  \"password\": \"REPLACE_WITH_STRONG_PASSWORD\",\n"
                                    "  \"friendly_name\": \"voice_ai_platform\"\n"
                                    "}";
const QByteArray kDocsDestinationIp =
    "{\n"
    "  \"destinations\": [\n"
    "    {\n"
    "      \"destination\": \"44.248.146.11:5061;transport=tls\"\n"
    "    }\n"
    "  ]\n"
    "}";
const QByteArray kDocsDestinationFqdn =
    "{\n"
    "  \"destinations\": [\n"
    "    {\n"
    "      \"destination\": \"sip.yourcompany.com:5061;transport=tls\"\n"
    "    }\n"
    "  ]\n"
    "}";
const QByteArray kDocsUpdateFlow =
    "{  \n    \"phone_number\": \"+918040264208\",  \n    \"mode\": \"flow\"  \n  }";
// The docs print the pstn variant without its closing brace as well.
const QByteArray kDocsUpdatePstn =
    "{\n\"phone_number\": \"+918040264208\",  \n\"mode\": \"pstn\"  \n";
const QByteArray kDocsSettings = "{  \n"
                                 "  \"settings\": [  \n"
                                 "    {  \n"
                                 "      \"name\": \"trunk_external_alias\",  \n"
                                 "      \"value\": \"+919876543210\"  \n"
                                 "    }  \n"
                                 "  ]\n"
                                 "}";

const QStringList kDemoTrunks = {QStringLiteral("test_123"),    QStringLiteral("test_alias1"),
                                 QStringLiteral("test_alias2"), QStringLiteral("test_alias3"),
                                 QStringLiteral("test_ui_3"),   QStringLiteral("test_trunk_ui2")};

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray trunkBody(const QString &name) {
    return json({{QStringLiteral("trunk_name"), name},
                 {QStringLiteral("nso_code"), QStringLiteral("ANY-ANY")},
                 {QStringLiteral("domain_name"), QStringLiteral("ameyo5m.pstn.exotel.com")}});
}

bool isIsoUtc(const QJsonValue &value) {
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return re.match(value.toString()).hasMatch();
}

bool isRequestId(const QJsonValue &value) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(value.toString()).hasMatch();
}

bool isNumericId(const QJsonValue &value) {
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return value.isString() && re.match(value.toString()).hasMatch();
}

SandboxOptions emptyOptions() {
    SandboxOptions options;
    options.seedDemoData = false;
    return options;
}

} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;

    bool startServer(const SandboxOptions &options = {}) {
        m_probe.reset();
        m_server = startSandbox(options);
        if (!m_server)
            return false;
        m_probe = std::make_unique<HttpProbe>(*m_server);
        return true;
    }

    // A new trunk's sid, or an empty string with the answer printed.
    QString createTrunk(const QString &name) {
        const HttpAnswer a = m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(name));
        if (a.status != 200) {
            qWarning("create trunk failed: %d %s", a.status, a.body.constData());
            return {};
        }
        return a.data().value(QStringLiteral("trunk_sid")).toString();
    }

    HttpAnswer addIp(const QString &sid, const QString &ip, int mask = 32) {
        return m_probe->api("POST", QStringLiteral("/trunks/%1/whitelisted-ips").arg(sid),
                            json({{QStringLiteral("ip"), ip}, {QStringLiteral("mask"), mask}}));
    }

    // error_data as the live API fills it: `message` is the category of the vendor's table,
    // `description` the specific text. A body-parse error (1007) keeps the live API's message.
    static QString categoryOf(int code) {
        switch (code) {
        case 1000:
            return QStringLiteral("Not Found");
        case 1001:
            return QStringLiteral("Mandatory parameter missing");
        case 1008:
            return QStringLiteral("Duplicate resource");
        default:
            return QStringLiteral("Invalid parameter");
        }
    }
    static void verifyErrorText(const QJsonObject &errorData, int code, const QString &specific) {
        const QString message = errorData.value(QStringLiteral("message")).toString();
        const QString description = errorData.value(QStringLiteral("description")).toString();
        if (code == 1007) {
            QCOMPARE(message, specific);
            return;
        }
        QCOMPARE(message, categoryOf(code));
        QVERIFY2(description.startsWith(specific), qPrintable(description));
    }

    void verifyError(const HttpAnswer &a, int http, int code) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, http);
        QCOMPARE(keySet(a.json), kSingleTop);
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), http);
        QVERIFY(isRequestId(a.json.value(QStringLiteral("request_id"))));
        QCOMPARE(keySet(a.response()), kItem);
        QCOMPARE(a.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failure"));
        QCOMPARE(a.response().value(QStringLiteral("code")).toInt(), http);
        QVERIFY(a.response().value(QStringLiteral("data")).isNull());
        QCOMPARE(keySet(a.errorData()), kErrorData);
        QCOMPARE(a.errorCode(), code);
        QVERIFY(!a.errorMessage().isEmpty());
    }

    void verifySuccess(const HttpAnswer &a, const char *method, const QSet<QString> &dataKeys) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, 200);
        QCOMPARE(keySet(a.json), kSingleTop);
        QCOMPARE(a.json.value(QStringLiteral("method")).toString(), QString::fromLatin1(method));
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), 200);
        QVERIFY(isRequestId(a.json.value(QStringLiteral("request_id"))));
        QCOMPARE(keySet(a.response()), kItem);
        QCOMPARE(a.response().value(QStringLiteral("code")).toInt(), 200);
        QVERIFY(a.response().value(QStringLiteral("error_data")).isNull());
        QCOMPARE(a.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QCOMPARE(keySet(a.data()), dataKeys);
        QVERIFY(isIsoUtc(a.data().value(QStringLiteral("date_created"))));
        QVERIFY(isIsoUtc(a.data().value(QStringLiteral("date_updated"))));
    }

    void verifyInnerDuplicate(const HttpAnswer &a) {
        QVERIFY2(a.isJson, a.body.constData());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), 200);
        QCOMPARE(keySet(a.response()), kItem);
        QCOMPARE(a.response().value(QStringLiteral("code")).toInt(), 409);
        QCOMPARE(a.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failure"));
        QVERIFY(a.response().value(QStringLiteral("data")).isNull());
        QCOMPARE(a.errorCode(), 1008);
    }

private slots:
    void cleanup() {
        m_probe.reset();
        m_server.reset();
    }

    // --- trunks ---

    void createTrunkFromDocsExample() {
        QVERIFY(startServer());
        QByteArray body = kDocsCreateTrunk;
        body.replace("<your_sid>", "ameyo5m");
        const HttpAnswer a = m_probe->api("POST", QStringLiteral("/trunks"), body);
        verifySuccess(a, "POST", kTrunkKeys);
        const QJsonObject data = a.data();
        const QString sid = data.value(QStringLiteral("trunk_sid")).toString();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^trmum1[0-9a-f]{18}1a1n$")).match(sid).hasMatch(),
            qPrintable(sid));
        QCOMPARE(sid.size(), QStringLiteral("trmum1f708622631150902801a1n").size());
        QCOMPARE(data.value(QStringLiteral("trunk_name")).toString(),
                 QStringLiteral("outbound_trunk"));
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(data.value(QStringLiteral("domain_name")).toString(),
                 QStringLiteral("ameyo5m.pstn.exotel.com"));
        QCOMPARE(data.value(QStringLiteral("auth_type")).toString(),
                 QStringLiteral("IP-WHITELIST"));
        QCOMPARE(data.value(QStringLiteral("registration_enabled")).toString(),
                 QStringLiteral("disabled"));
        QCOMPARE(data.value(QStringLiteral("edge_preference")).toString(), QStringLiteral("auto"));
        QCOMPARE(data.value(QStringLiteral("nso_code")).toString(), QStringLiteral("ANY-ANY"));
        QCOMPARE(data.value(QStringLiteral("secure_trunking")).toString(),
                 QStringLiteral("disabled"));
        const QString base = QStringLiteral("/v2/accounts/ameyo5m/trunks/") + sid;
        QCOMPARE(data.value(QStringLiteral("destination_uris")).toString(),
                 base + QStringLiteral("/destination-uris"));
        QCOMPARE(data.value(QStringLiteral("whitelisted_ips")).toString(),
                 base + QStringLiteral("/whitelisted-ips"));
        QCOMPARE(data.value(QStringLiteral("credentials")).toString(),
                 base + QStringLiteral("/credentials"));
        QCOMPARE(data.value(QStringLiteral("phone_numbers")).toString(),
                 base + QStringLiteral("/phone-numbers"));
        QCOMPARE(m_server->trunkSid(QStringLiteral("outbound_trunk")), sid);

        // The literal placeholder of the docs is not a valid domain for this account.
        const HttpAnswer placeholder =
            m_probe->api("POST", QStringLiteral("/trunks"), kDocsCreateTrunk);
        verifyError(placeholder, 400, 1002);
    }

    void timestampsFollowTheInjectedClock() {
        QVERIFY(startServer(emptyOptions()));
        const qint64 t0 = QDateTime::fromString(QStringLiteral("2026-01-23T09:24:59Z"), Qt::ISODate)
                              .toMSecsSinceEpoch();
        qint64 fakeNow = t0;
        m_server->setClock([&fakeNow]() { return fakeNow; });
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("clocked")));
        QCOMPARE(a.data().value(QStringLiteral("date_created")).toString(),
                 QStringLiteral("2026-01-23T09:24:59Z"));
        fakeNow += (61 * 60 + 55) * 1000;
        const QString sid = a.data().value(QStringLiteral("trunk_sid")).toString();
        const HttpAnswer n = m_probe->api(
            "POST", QStringLiteral("/trunks/%1/phone-numbers").arg(sid), kDocsMapNumber);
        QCOMPARE(n.data().value(QStringLiteral("date_created")).toString(),
                 QStringLiteral("2026-01-23T10:26:54Z"));
    }

    void createTrunkValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("name missing")
            << QByteArray(R"({"nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1001 << QStringLiteral("TrunkName is mandatory");
        QTest::newRow("nso missing")
            << QByteArray(R"({"trunk_name":"abc","domain_name":"ameyo5m.pstn.exotel.com"})") << 400
            << 1001 << QStringLiteral("NsoCode is mandatory");
        QTest::newRow("domain missing")
            << QByteArray(R"({"trunk_name":"abc","nso_code":"ANY-ANY"})") << 400 << 1001
            << QStringLiteral("DomainName is mandatory");
        QTest::newRow("name 17 chars")
            << QByteArray(
                   R"({"trunk_name":"abcdefghijklmnopq","nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid TrunkName");
        QTest::newRow("name with dash")
            << QByteArray(
                   R"({"trunk_name":"my-trunk","nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid TrunkName");
        QTest::newRow("name with space")
            << QByteArray(
                   R"({"trunk_name":" abc","nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid TrunkName");
        QTest::newRow("name unicode")
            << QByteArray(
                   R"({"trunk_name":"tr\u00fcnk","nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid TrunkName");
        QTest::newRow("bad nso")
            << QByteArray(
                   R"({"trunk_name":"abc","nso_code":"any any","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid NsoCode");
        QTest::newRow("nso without dash")
            << QByteArray(
                   R"({"trunk_name":"abc","nso_code":"ANYANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid NsoCode");
        QTest::newRow("nso lower case")
            << QByteArray(
                   R"({"trunk_name":"abc","nso_code":"any-any","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid NsoCode");
        QTest::newRow("nso empty")
            << QByteArray(
                   R"({"trunk_name":"abc","nso_code":"","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1001 << QStringLiteral("NsoCode is mandatory");
        QTest::newRow("other account domain")
            << QByteArray(
                   R"({"trunk_name":"abc","nso_code":"ANY-ANY","domain_name":"other.pstn.exotel.com"})")
            << 400 << 1002 << QStringLiteral("Invalid DomainName");
        QTest::newRow("name is a number")
            << QByteArray(
                   R"({"trunk_name":12,"nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})")
            << 400 << 1007 << QStringLiteral("Invalid request body,failed parsing ");
        QTest::newRow("not json") << QByteArray("trunk_name=abc") << 400 << 1007
                                  << QStringLiteral("Invalid request body,failed parsing ");
        QTest::newRow("truncated json") << QByteArray(R"({"trunk_name":"abc")") << 400 << 1007
                                        << QStringLiteral("Invalid request body,failed parsing ");
        QTest::newRow("array") << QByteArray("[]") << 400 << 1007
                               << QStringLiteral("Invalid request body,failed parsing ");
        QTest::newRow("empty body") << QByteArray() << 400 << 1007
                                    << QStringLiteral("Invalid request body,failed parsing ");
    }

    void createTrunkValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(startServer(emptyOptions()));
        const HttpAnswer a = m_probe->api("POST", QStringLiteral("/trunks"), body);
        verifyError(a, http, code);
        verifyErrorText(a.errorData(), code, message);
        QCOMPARE(m_server->trunkCount(), 0);
    }

    void duplicateTrunkNameIs409() {
        QVERIFY(startServer());
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("test_123")));
        verifyError(a, 409, 1008);
        QCOMPARE(m_server->trunkCount(), 6);
    }

    void getOneTrunk() {
        QVERIFY(startServer());
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        QCOMPARE(sid, QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks/") + sid);
        verifySuccess(a, "GET", kTrunkKeys);
        QCOMPARE(a.data().value(QStringLiteral("trunk_name")).toString(),
                 QStringLiteral("test_123"));

        verifyError(m_probe->api("GET", QStringLiteral("/trunks/trmum1000000000000000000001a1n")),
                    404, 1000);
    }

    void listTrunksMirrorsTheDashboard() {
        QVERIFY(startServer());
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 200);
        QCOMPARE(keySet(a.json), kListTop);
        QCOMPARE(keySet(a.metadata()), kTotalListMeta);
        QCOMPARE(a.metadata().value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(a.metadata().value(QStringLiteral("page_size")).toInt(), 50);
        QCOMPARE(a.metadata().value(QStringLiteral("first_page_uri")).toString(),
                 QStringLiteral("/v2/accounts/ameyo5m/trunks?page_size=50&offset=0"));
        QVERIFY(a.metadata().value(QStringLiteral("prev_page_uri")).isNull());
        QVERIFY(a.metadata().value(QStringLiteral("next_page_uri")).isNull());
        QStringList names;
        QSet<QString> statuses;
        for (const QJsonValue &item : a.items()) {
            QCOMPARE(keySet(item.toObject()), kItem);
            const QJsonObject data = item.toObject().value(QStringLiteral("data")).toObject();
            QCOMPARE(keySet(data), kTrunkKeys);
            QCOMPARE(data.value(QStringLiteral("domain_name")).toString(),
                     QStringLiteral("ameyo5m.pstn.exotel.com"));
            QVERIFY(isIsoUtc(data.value(QStringLiteral("date_created"))));
            QVERIFY(data.value(QStringLiteral("date_created"))
                        .toString()
                        .startsWith(QStringLiteral("2025-10-")));
            names << data.value(QStringLiteral("trunk_name")).toString();
            statuses << data.value(QStringLiteral("status")).toString();
        }
        QStringList expected = kDemoTrunks;
        expected.sort();
        names.sort();
        QCOMPARE(names, expected);
        QCOMPARE(statuses, keySet({"active", "inactive"}));
    }

    void demoTrunksCarrySubResources() {
        QVERIFY(startServer());
        int empty = 0;
        QSet<QString> modes;
        for (const QString &name : kDemoTrunks) {
            const QString sid = m_server->trunkSid(name);
            QVERIFY(!sid.isEmpty());
            int total = 0;
            for (const char *collection :
                 {"phone-numbers", "whitelisted-ips", "destination-uris", "credentials"}) {
                const HttpAnswer a = m_probe->api(
                    "GET", QStringLiteral("/trunks/%1/%2").arg(sid, QLatin1String(collection)));
                QCOMPARE(a.status, 200);
                total += int(a.items().size());
                if (qstrcmp(collection, "phone-numbers") == 0) {
                    for (const QJsonValue &item : a.items()) {
                        const QJsonValue mode =
                            item[QStringLiteral("data")][QStringLiteral("mode")];
                        modes << (mode.isNull() ? QStringLiteral("null") : mode.toString());
                    }
                }
            }
            if (total == 0)
                ++empty;
        }
        QCOMPARE(empty, 1);
        QCOMPARE(modes, keySet({"pstn", "flow", "null"}));
    }

    void emptyListHasNoMetadata() {
        QVERIFY(startServer(emptyOptions()));
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 200);
        QCOMPARE(keySet(a.json), kSingleTop);
        QVERIFY(a.json.value(QStringLiteral("response")).isArray());
        QVERIFY(a.items().isEmpty());
        QVERIFY(!a.json.contains(QStringLiteral("metadata")));

        const QString sid = createTrunk(QStringLiteral("bare"));
        QVERIFY(!sid.isEmpty());
        for (const char *collection :
             {"phone-numbers", "whitelisted-ips", "destination-uris", "credentials"}) {
            const HttpAnswer list = m_probe->api(
                "GET", QStringLiteral("/trunks/%1/%2").arg(sid, QLatin1String(collection)));
            QCOMPARE(list.status, 200);
            QCOMPARE(keySet(list.json), kSingleTop);
            QVERIFY(list.items().isEmpty());
        }
    }

    void paginationAcrossThreePages() {
        SandboxOptions options = emptyOptions();
        options.extraTrunks = 120;
        QVERIFY(startServer(options));
        QString uri = m_probe->accountPath(QStringLiteral("/trunks"));
        QList<int> pageSizes;
        QStringList names;
        QString previousUri;
        while (!uri.isEmpty()) {
            const HttpAnswer a = m_probe->send("GET", uri);
            QCOMPARE(a.status, 200);
            QCOMPARE(keySet(a.metadata()), kTotalListMeta);
            QCOMPARE(a.metadata().value(QStringLiteral("total")).toInt(), 120);
            QCOMPARE(a.metadata().value(QStringLiteral("page")).toInt(), pageSizes.size() + 1);
            if (pageSizes.isEmpty())
                QVERIFY(a.metadata().value(QStringLiteral("prev_page_uri")).isNull());
            else
                QVERIFY(!a.metadata().value(QStringLiteral("prev_page_uri")).toString().isEmpty());
            pageSizes << int(a.items().size());
            for (const QJsonValue &item : a.items())
                names << item[QStringLiteral("data")][QStringLiteral("trunk_name")].toString();
            const QJsonValue next = a.metadata().value(QStringLiteral("next_page_uri"));
            QVERIFY(next.isNull() || next.isString());
            previousUri = uri;
            uri = next.toString();
            QVERIFY(pageSizes.size() <= 3);
        }
        QCOMPARE(pageSizes, (QList<int>{50, 50, 20}));
        QCOMPARE(previousUri,
                 QStringLiteral("/v2/accounts/ameyo5m/trunks?page_size=50&offset=100"));
        QCOMPARE(names.size(), 120);
        QCOMPARE(names.first(), QStringLiteral("gen_00001"));
        QCOMPARE(names.last(), QStringLiteral("gen_00120"));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 120);

        const HttpAnswer small =
            m_probe->api("GET", QStringLiteral("/trunks?offset=10&page_size=5"));
        QCOMPARE(small.items().size(), 5);
        QCOMPARE(
            small.items().first()[QStringLiteral("data")][QStringLiteral("trunk_name")].toString(),
            QStringLiteral("gen_00011"));
        QCOMPARE(small.metadata().value(QStringLiteral("next_page_uri")).toString(),
                 QStringLiteral("/v2/accounts/ameyo5m/trunks?page_size=5&offset=15"));
        QCOMPARE(small.metadata().value(QStringLiteral("prev_page_uri")).toString(),
                 QStringLiteral("/v2/accounts/ameyo5m/trunks?page_size=5&offset=5"));

        verifyError(m_probe->api("GET", QStringLiteral("/trunks?page_size=abc")), 400, 1002);
        verifyError(m_probe->api("GET", QStringLiteral("/trunks?offset=-1")), 400, 1002);
    }

    void subResourceListsPaginateWithoutTotal() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("numbers"));
        QVERIFY(!sid.isEmpty());
        for (int i = 0; i < 7; ++i) {
            const HttpAnswer a = m_probe->api(
                "POST", QStringLiteral("/trunks/%1/phone-numbers").arg(sid),
                json({{QStringLiteral("phone_number"), QStringLiteral("+9180400000%1").arg(i)}}));
            QCOMPARE(a.status, 200);
        }
        QString uri =
            m_probe->accountPath(QStringLiteral("/trunks/%1/phone-numbers?page_size=3").arg(sid));
        QList<int> sizes;
        while (!uri.isEmpty() && sizes.size() < 5) {
            const HttpAnswer a = m_probe->send("GET", uri);
            QCOMPARE(a.status, 200);
            QCOMPARE(keySet(a.metadata()), kPlainListMeta);
            sizes << int(a.items().size());
            uri = a.metadata().value(QStringLiteral("next_page_uri")).toString();
        }
        QCOMPARE(sizes, (QList<int>{3, 3, 1}));
        const HttpAnswer first =
            m_probe->api("GET", QStringLiteral("/trunks/%1/phone-numbers").arg(sid));
        QCOMPARE(
            first.metadata().value(QStringLiteral("first_page_uri")).toString(),
            QStringLiteral("/v2/accounts/ameyo5m/trunks/%1/phone-numbers?offset=0&page_size=50")
                .arg(sid));
    }

    void deleteTrunkCascades() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("my_trunk1234"));
        const QString other = createTrunk(QStringLiteral("keeper"));
        QVERIFY(!sid.isEmpty() && !other.isEmpty());
        QCOMPARE(
            m_probe
                ->api("POST", QStringLiteral("/trunks/%1/phone-numbers").arg(sid), kDocsMapNumber)
                .status,
            200);
        QCOMPARE(addIp(sid, QStringLiteral("44.248.146.11")).status, 200);
        QCOMPARE(m_probe
                     ->api("POST", QStringLiteral("/trunks/%1/destination-uris").arg(sid),
                           kDocsDestinationIp)
                     .status,
                 200);
        QCOMPARE(
            m_probe
                ->api("POST", QStringLiteral("/trunks/%1/credentials").arg(sid), kDocsCredentials)
                .status,
            200);
        QCOMPARE(
            m_probe
                ->api("POST", QStringLiteral("/trunks/%1/phone-numbers").arg(other), kDocsMapNumber)
                .status,
            200);

        const HttpAnswer deleted =
            m_probe->api("DELETE", QStringLiteral("/trunks?trunk_sid=") + sid);
        verifySuccess(deleted, "DELETE", kTrunkKeys);
        QCOMPARE(deleted.data().value(QStringLiteral("trunk_sid")).toString(), sid);
        QCOMPARE(deleted.data().value(QStringLiteral("trunk_name")).toString(),
                 QStringLiteral("my_trunk1234"));
        QCOMPARE(m_server->trunkCount(), 1);

        verifyError(m_probe->api("GET", QStringLiteral("/trunks/") + sid), 404, 1000);
        for (const char *collection :
             {"phone-numbers", "whitelisted-ips", "destination-uris", "credentials"})
            verifyError(
                m_probe->api("GET",
                             QStringLiteral("/trunks/%1/%2").arg(sid, QLatin1String(collection))),
                404, 1000);
        verifyError(m_probe->api("DELETE", QStringLiteral("/trunks?trunk_sid=") + sid), 404, 1000);
        verifyError(m_probe->api("DELETE", QStringLiteral("/trunks")), 400, 1001);

        // The other trunk keeps its number; the name is free again.
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks/%1/phone-numbers").arg(other))
                     .items()
                     .size(),
                 1);
        const QString again = createTrunk(QStringLiteral("my_trunk1234"));
        QVERIFY(!again.isEmpty());
        QVERIFY(again != sid);
        QVERIFY(m_probe->api("GET", QStringLiteral("/trunks/%1/phone-numbers").arg(again))
                    .items()
                    .isEmpty());
    }

    // --- phone numbers ---

    void phoneNumbersFromDocsExamples() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("numbers"));
        QVERIFY(!sid.isEmpty());
        const QString path = QStringLiteral("/trunks/%1/phone-numbers").arg(sid);

        const HttpAnswer plain = m_probe->api("POST", path, kDocsMapNumber);
        verifySuccess(plain, "POST", kNumberKeys);
        QVERIFY(isNumericId(plain.data().value(QStringLiteral("id"))));
        QCOMPARE(plain.data().value(QStringLiteral("phone_number")).toString(),
                 QStringLiteral("+919876543210"));
        QCOMPARE(plain.data().value(QStringLiteral("trunk_sid")).toString(), sid);
        QVERIFY(plain.data().value(QStringLiteral("mode")).isNull());

        // The same number again: HTTP 200 with an inner 409, as the live API answers.
        verifyInnerDuplicate(m_probe->api("POST", path, kDocsMapNumberFlow));

        const HttpAnswer flow =
            m_probe->api("POST", path, R"({"phone_number":"+918040264208","mode":"flow"})");
        verifySuccess(flow, "POST", kNumberKeys);
        QCOMPARE(flow.data().value(QStringLiteral("mode")).toString(), QStringLiteral("flow"));

        const HttpAnswer list = m_probe->api("GET", path);
        QCOMPARE(list.status, 200);
        QCOMPARE(keySet(list.json), kListTop);
        QCOMPARE(keySet(list.metadata()), kPlainListMeta);
        QCOMPARE(list.items().size(), 2);
        for (const QJsonValue &item : list.items()) {
            QCOMPARE(keySet(item.toObject()), kItem);
            QCOMPARE(keySet(item[QStringLiteral("data")].toObject()), kNumberKeys);
        }
        QVERIFY(plain.data().value(QStringLiteral("id")).toString() !=
                flow.data().value(QStringLiteral("id")).toString());
    }

    void phoneNumberValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray("{}") << 1001
                                 << QStringLiteral("PhoneNumber is mandatory");
        QTest::newRow("no plus") << QByteArray(R"({"phone_number":"919876543210"})") << 1002
                                 << QStringLiteral("Invalid PhoneNumber");
        QTest::newRow("too long") << QByteArray(R"({"phone_number":"+9198765432101234"})") << 1002
                                  << QStringLiteral("Invalid PhoneNumber");
        QTest::newRow("letters") << QByteArray(R"({"phone_number":"+91987654321O"})") << 1002
                                 << QStringLiteral("Invalid PhoneNumber");
        QTest::newRow("leading zero cc") << QByteArray(R"({"phone_number":"+0198765432"})") << 1002
                                         << QStringLiteral("Invalid PhoneNumber");
        QTest::newRow("bad mode") << QByteArray(R"({"phone_number":"+919876543210","mode":"sip"})")
                                  << 1002 << QStringLiteral("Invalid Mode");
        QTest::newRow("number as int") << QByteArray(R"({"phone_number":919876543210})") << 1007
                                       << QStringLiteral("Invalid request body,failed parsing ");
    }

    void phoneNumberValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("numbers"));
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks/%1/phone-numbers").arg(sid), body);
        verifyError(a, 400, code);
        verifyErrorText(a.errorData(), code, message);
    }

    void updateNumberMode() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("modes"));
        const QString path = QStringLiteral("/trunks/%1/phone-numbers").arg(sid);
        const HttpAnswer mapped = m_probe->api("POST", path, R"({"phone_number":"+918040264208"})");
        QCOMPARE(mapped.status, 200);
        const QString id = mapped.data().value(QStringLiteral("id")).toString();

        const HttpAnswer flow = m_probe->api("PUT", path + QLatin1Char('/') + id, kDocsUpdateFlow);
        verifySuccess(flow, "PUT", kNumberKeys);
        QCOMPARE(flow.data().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(flow.data().value(QStringLiteral("mode")).toString(), QStringLiteral("flow"));

        // The docs print the pstn example without braces: a real server cannot parse it.
        verifyError(m_probe->api("PUT", path + QLatin1Char('/') + id, kDocsUpdatePstn), 400, 1007);
        const HttpAnswer pstn = m_probe->api("PUT", path + QLatin1Char('/') + id,
                                             R"({"phone_number":"+918040264208","mode":"pstn"})");
        verifySuccess(pstn, "PUT", kNumberKeys);
        QCOMPARE(pstn.data().value(QStringLiteral("mode")).toString(), QStringLiteral("pstn"));

        const HttpAnswer list = m_probe->api("GET", path);
        QCOMPARE(list.items().first()[QStringLiteral("data")][QStringLiteral("mode")].toString(),
                 QStringLiteral("pstn"));

        const HttpAnswer mismatch =
            m_probe->api("PUT", path + QLatin1Char('/') + id,
                         R"({"phone_number":"+919876543210","mode":"flow"})");
        verifyError(mismatch, 400, 1002);
        const HttpAnswer noMode = m_probe->api("PUT", path + QLatin1Char('/') + id,
                                               R"({"phone_number":"+918040264208"})");
        verifyError(noMode, 400, 1001);
        verifyErrorText(noMode.errorData(), 1001, QStringLiteral("Mode is mandatory"));
        verifyError(m_probe->api("PUT", path + QLatin1Char('/') + id, R"({"mode":"flow"})"), 400,
                    1001);
        verifyError(m_probe->api("PUT", path + QLatin1Char('/') + id,
                                 R"({"phone_number":"+918040264208","mode":"voice"})"),
                    400, 1002);
        // The id is the mapping id, not the number.
        verifyError(m_probe->api("PUT", path + QStringLiteral("/+918040264208"), kDocsUpdateFlow),
                    404, 1000);
        verifyError(m_probe->api("PUT", path + QStringLiteral("/999999"), kDocsUpdateFlow), 404,
                    1000);
    }

    // --- whitelisted IPs ---

    void whitelistIpFromDocsExample() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("acl"));
        const QString path = QStringLiteral("/trunks/%1/whitelisted-ips").arg(sid);
        // Printed without its closing brace in the docs: the server rejects it as 1007.
        verifyError(m_probe->api("POST", path, kDocsMapAcl), 400, 1007);

        const HttpAnswer a = m_probe->api("POST", path, kDocsMapAcl + "}");
        verifySuccess(a, "POST", kIpKeys);
        QVERIFY(isNumericId(a.data().value(QStringLiteral("id"))));
        QCOMPARE(a.data().value(QStringLiteral("ip")).toString(), QStringLiteral("44.248.146.11"));
        QCOMPARE(a.data().value(QStringLiteral("mask")).toInt(), 32);
        QVERIFY(a.data().value(QStringLiteral("friendly_name")).isNull());
        QCOMPARE(a.data().value(QStringLiteral("trunk_sid")).toString(), sid);

        verifyInnerDuplicate(m_probe->api("POST", path, kDocsMapAcl + "}"));

        const HttpAnswer defaulted = m_probe->api("POST", path, R"({"ip":"203.0.113.50"})");
        QCOMPARE(defaulted.status, 200);
        QCOMPARE(defaulted.data().value(QStringLiteral("mask")).toInt(), 32);

        const HttpAnswer list = m_probe->api("GET", path);
        QCOMPARE(keySet(list.json), kListTop);
        QCOMPARE(keySet(list.metadata()), kPlainListMeta);
        QCOMPARE(list.items().size(), 2);
        QCOMPARE(keySet(list.items().first()[QStringLiteral("data")].toObject()), kIpKeys);
    }

    void whitelistIpValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString maskMessage = QStringLiteral("mask should be in-between 16 and 32");
        const QString parse = QStringLiteral("Invalid request body,failed parsing ");
        QTest::newRow("mask 15") << QByteArray(R"({"ip":"44.248.146.11","mask":15})") << 1002
                                 << maskMessage;
        QTest::newRow("mask 33") << QByteArray(R"({"ip":"44.248.146.11","mask":33})") << 1002
                                 << maskMessage;
        QTest::newRow("mask 0") << QByteArray(R"({"ip":"44.248.146.11","mask":0})") << 1002
                                << maskMessage;
        QTest::newRow("mask -1") << QByteArray(R"({"ip":"44.248.146.11","mask":-1})") << 1007
                                 << parse;
        QTest::newRow("mask 256") << QByteArray(R"({"ip":"44.248.146.11","mask":256})") << 1007
                                  << parse;
        QTest::newRow("mask 24.5")
            << QByteArray(R"({"ip":"44.248.146.11","mask":24.5})") << 1007 << parse;
        QTest::newRow("mask string")
            << QByteArray(R"({"ip":"44.248.146.11","mask":"32"})") << 1007 << parse;
        QTest::newRow("ip missing")
            << QByteArray(R"({"mask":32})") << 1001 << QStringLiteral("Ip is mandatory");
        QTest::newRow("leading zero")
            << QByteArray(R"({"ip":"01.2.3.4"})") << 1002 << QStringLiteral("Invalid Ip");
        QTest::newRow("octet 256")
            << QByteArray(R"({"ip":"256.0.0.1"})") << 1002 << QStringLiteral("Invalid Ip");
        QTest::newRow("five parts")
            << QByteArray(R"({"ip":"1.2.3.4.5"})") << 1002 << QStringLiteral("Invalid Ip");
        QTest::newRow("ipv6") << QByteArray(R"({"ip":"2001:db8::1"})") << 1002
                              << QStringLiteral("Invalid Ip");
        QTest::newRow("cidr in ip")
            << QByteArray(R"({"ip":"44.248.146.0/24"})") << 1002 << QStringLiteral("Invalid Ip");
    }

    void whitelistIpValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("acl"));
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks/%1/whitelisted-ips").arg(sid), body);
        verifyError(a, 400, code);
        verifyErrorText(a.errorData(), code, message);
    }

    void maskBoundariesAccepted() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("acl"));
        QCOMPARE(addIp(sid, QStringLiteral("10.20.0.0"), 16).status, 200);
        const HttpAnswer last = addIp(sid, QStringLiteral("44.248.146.11"), 32);
        QCOMPARE(last.status, 200);
        QCOMPARE(last.data().value(QStringLiteral("mask")).toInt(), 32);
    }

    // --- destination URIs ---

    void destinationsFromDocsExamples() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("inbound"));
        const QString path = QStringLiteral("/trunks/%1/destination-uris").arg(sid);

        const HttpAnswer fqdn = m_probe->api("POST", path, kDocsDestinationFqdn);
        QCOMPARE(fqdn.status, 200);
        QCOMPARE(keySet(fqdn.json), kListTop);
        QCOMPARE(fqdn.json.value(QStringLiteral("http_code")).toInt(), 200);
        QCOMPARE(keySet(fqdn.metadata()), keySet({"total", "success", "failed"}));
        QCOMPARE(fqdn.metadata().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(fqdn.metadata().value(QStringLiteral("success")).toInt(), 1);
        QCOMPARE(fqdn.metadata().value(QStringLiteral("failed")).toInt(), 0);
        const QJsonObject item = fqdn.items().first().toObject();
        QCOMPARE(keySet(item), kItem);
        const QJsonObject data = item.value(QStringLiteral("data")).toObject();
        QCOMPARE(keySet(data), kDestinationKeys);
        QCOMPARE(data.value(QStringLiteral("destination")).toString(),
                 QStringLiteral("sip:sip.yourcompany.com:5061;transport=tls"));
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("public"));
        QCOMPARE(data.value(QStringLiteral("priority")).toInt(-1), 0);
        QCOMPARE(data.value(QStringLiteral("weight")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("trunk_sid")).toString(), sid);
        QVERIFY(isNumericId(data.value(QStringLiteral("id"))));

        // An IP destination needs the IP whitelisted on the trunk first.
        const HttpAnswer refused = m_probe->api("POST", path, kDocsDestinationIp);
        QCOMPARE(refused.status, 207);
        QCOMPARE(refused.json.value(QStringLiteral("http_code")).toInt(), 207);
        QCOMPARE(refused.metadata().value(QStringLiteral("failed")).toInt(), 1);
        const QJsonObject failure = refused.items().first().toObject();
        QCOMPARE(failure.value(QStringLiteral("status")).toString(), QStringLiteral("failure"));
        QVERIFY(failure.value(QStringLiteral("data")).isNull());
        QCOMPARE(failure[QStringLiteral("error_data")][QStringLiteral("code")].toInt(), 1002);
        verifyErrorText(failure.value(QStringLiteral("error_data")).toObject(), 1002,
                        QStringLiteral("Destination not whitelisted"));

        QCOMPARE(addIp(sid, QStringLiteral("44.248.146.11")).status, 200);
        const HttpAnswer accepted = m_probe->api("POST", path, kDocsDestinationIp);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.items()
                     .first()[QStringLiteral("data")][QStringLiteral("destination")]
                     .toString(),
                 QStringLiteral("sip:44.248.146.11:5061;transport=tls"));

        // Listed newest first, like the docs' example.
        const HttpAnswer list = m_probe->api("GET", path);
        QCOMPARE(keySet(list.json), kListTop);
        QCOMPARE(keySet(list.metadata()), kPlainListMeta);
        QCOMPARE(list.items().size(), 2);
        QCOMPARE(
            list.items().at(0)[QStringLiteral("data")][QStringLiteral("destination")].toString(),
            QStringLiteral("sip:44.248.146.11:5061;transport=tls"));
        QCOMPARE(
            list.items().at(1)[QStringLiteral("data")][QStringLiteral("destination")].toString(),
            QStringLiteral("sip:sip.yourcompany.com:5061;transport=tls"));
    }

    void multiStatusWithOneFailingItem() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("mixed"));
        QCOMPARE(addIp(sid, QStringLiteral("13.200.45.0"), 24).status, 200);
        const QByteArray body = R"({"destinations":[
            {"destination":"13.200.45.61:5060"},
            {"destination":"52.1.2.3:5061;transport=tls"},
            {"destination":"sip.rtc.elevenlabs.io:5060;transport=tcp"}]})";
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks/%1/destination-uris").arg(sid), body);
        QCOMPARE(a.status, 207);
        QCOMPARE(a.json.value(QStringLiteral("http_code")).toInt(), 207);
        QCOMPARE(a.metadata().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(a.metadata().value(QStringLiteral("success")).toInt(), 2);
        QCOMPARE(a.metadata().value(QStringLiteral("failed")).toInt(), 1);
        const QJsonArray items = a.items();
        QCOMPARE(items.size(), 3);
        // Without ;transport= the destination is accepted; a /24 ACL covers the host.
        QCOMPARE(items.at(0)[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QCOMPARE(items.at(0)[QStringLiteral("data")][QStringLiteral("destination")].toString(),
                 QStringLiteral("sip:13.200.45.61:5060"));
        QCOMPARE(items.at(1)[QStringLiteral("status")].toString(), QStringLiteral("failure"));
        QCOMPARE(items.at(1)[QStringLiteral("code")].toInt(), 400);
        verifyErrorText(items.at(1)[QStringLiteral("error_data")].toObject(), 1002,
                        QStringLiteral("Destination not whitelisted"));
        QCOMPARE(items.at(2)[QStringLiteral("status")].toString(), QStringLiteral("success"));
        const HttpAnswer list =
            m_probe->api("GET", QStringLiteral("/trunks/%1/destination-uris").arg(sid));
        QCOMPARE(list.items().size(), 2);
    }

    void destinationValidation_data() {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString host = QStringLiteral("Destination is not a valid Ip or Fqdn");
        QTest::newRow("five octets") << QStringLiteral("1.2.3.4.5:5060") << 1002 << host;
        QTest::newRow("octet 256") << QStringLiteral("256.0.0.1:5060") << 1002 << host;
        QTest::newRow("single label") << QStringLiteral("localhost:5060") << 1002 << host;
        QTest::newRow("underscore") << QStringLiteral("sip_host.example.com:5060") << 1002 << host;
        QTest::newRow("space") << QStringLiteral("sip .example.com:5060") << 1002 << host;
        QTest::newRow("port 0") << QStringLiteral("sip.example.com:0") << 1002
                                << QStringLiteral("Invalid port");
        QTest::newRow("port 65536") << QStringLiteral("sip.example.com:65536;transport=tcp") << 1002
                                    << QStringLiteral("Invalid port");
        QTest::newRow("bad transport") << QStringLiteral("sip.example.com:5060;transport=sctp")
                                       << 1002 << QStringLiteral("Invalid transport");
        QTest::newRow("empty") << QString() << 1001 << QStringLiteral("Destination is mandatory");
    }

    void destinationValidation() {
        QFETCH(QString, destination);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("dest"));
        const QJsonObject entry{{QStringLiteral("destination"), destination}};
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks/%1/destination-uris").arg(sid),
                         json({{QStringLiteral("destinations"), QJsonArray{entry}}}));
        QCOMPARE(a.status, 207);
        const QJsonObject item = a.items().first().toObject();
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("failure"));
        QCOMPARE(keySet(item.value(QStringLiteral("error_data")).toObject()), kErrorData);
        QCOMPARE(item[QStringLiteral("error_data")][QStringLiteral("code")].toInt(), code);
        verifyErrorText(item.value(QStringLiteral("error_data")).toObject(), code, message);
    }

    void destinationBodyErrors() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("dest"));
        const QString path = QStringLiteral("/trunks/%1/destination-uris").arg(sid);
        verifyError(m_probe->api("POST", path, "{}"), 400, 1001);
        verifyError(m_probe->api("POST", path, R"({"destinations":[]})"), 400, 1001);
        verifyError(m_probe->api("POST", path, R"({"destinations":"a.b.com:5060"})"), 400, 1007);
        verifyError(m_probe->api("POST", path, R"({"destinations":[{"destination":5060}]})"), 400,
                    1007);
    }

    // --- credentials ---

    void credentialsFromDocsExamples() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("digest"));
        const QString path = QStringLiteral("/trunks/%1/credentials").arg(sid);
        const HttpAnswer created = m_probe->api("POST", path, kDocsCredentials);
        verifySuccess(created, "POST", kCredentialKeys);
        QVERIFY(!created.body.contains("REPLACE_WITH_STRONG_PASSWORD"));
        QVERIFY(!created.body.contains("password"));
        QCOMPARE(created.data().value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("voice_ai_user"));
        QCOMPARE(created.data().value(QStringLiteral("friendly_name")).toString(),
                 QStringLiteral("voice_ai_platform"));
        const QString id = created.data().value(QStringLiteral("id")).toString();
        QVERIFY(isNumericId(id));

        verifyError(m_probe->api("POST", path, kDocsCredentials), 409, 1008);

        const HttpAnswer list = m_probe->api("GET", path);
        QCOMPARE(list.status, 200);
        QCOMPARE(keySet(list.json), kListTop);
        QCOMPARE(keySet(list.metadata()), kTotalListMeta);
        QCOMPARE(list.metadata().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(list.metadata().value(QStringLiteral("first_page_uri")).toString(),
                 QStringLiteral("/v2/accounts/ameyo5m/trunks/%1/credentials?page_size=50&offset=0")
                     .arg(sid));
        QCOMPARE(keySet(list.items().first()[QStringLiteral("data")].toObject()), kCredentialKeys);
        QVERIFY(!list.body.contains("REPLACE_WITH_STRONG_PASSWORD"));

        verifyError(m_probe->api("DELETE", path), 400, 1001);
        verifyError(m_probe->api("DELETE", path + QStringLiteral("?id=999999")), 404, 1000);
        const HttpAnswer deleted = m_probe->api("DELETE", path + QStringLiteral("?id=") + id);
        verifySuccess(deleted, "DELETE", kCredentialKeys);
        QCOMPARE(deleted.data().value(QStringLiteral("id")).toString(), id);
        QVERIFY(!deleted.body.contains("REPLACE_WITH_STRONG_PASSWORD"));
        const HttpAnswer after = m_probe->api("GET", path);
        QVERIFY(after.items().isEmpty());
        QVERIFY(!after.json.contains(QStringLiteral("metadata")));
    }

    void credentialValidation() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("digest"));
        const QString path = QStringLiteral("/trunks/%1/credentials").arg(sid);
        HttpAnswer a = m_probe->api("POST", path, R"({"password":"Secret123456"})");
        verifyError(a, 400, 1001);
        verifyErrorText(a.errorData(), 1001, QStringLiteral("UserName is mandatory"));
        a = m_probe->api("POST", path, R"({"user_name":"bot"})");
        verifyError(a, 400, 1001);
        verifyErrorText(a.errorData(), 1001, QStringLiteral("Password is mandatory"));
        a = m_probe->api(
            "POST", path,
            R"({"user_name":"bot","password":"Secret123456","friendly_name":"123456789012345678901234567890123"})");
        verifyError(a, 400, 1002);
        a = m_probe->api("POST", path, R"({"user_name":"bot user","password":"Secret123456"})");
        verifyError(a, 400, 1002);
    }

    // --- settings ---

    void settingsFromDocsExample() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("alias"));
        const QString path = QStringLiteral("/trunks/%1/settings").arg(sid);
        const HttpAnswer a = m_probe->api("POST", path, kDocsSettings);
        QCOMPARE(a.status, 200);
        QCOMPARE(keySet(a.json), kListTop);
        QCOMPARE(keySet(a.metadata()), keySet({"total", "success"}));
        QCOMPARE(a.metadata().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(a.metadata().value(QStringLiteral("success")).toInt(), 1);
        const QJsonObject item = a.items().first().toObject();
        QCOMPARE(keySet(item), kItem);
        const QJsonObject data = item.value(QStringLiteral("data")).toObject();
        QCOMPARE(keySet(data), kSettingKeys);
        QCOMPARE(data.value(QStringLiteral("name")).toString(),
                 QStringLiteral("trunk_external_alias"));
        QCOMPARE(data.value(QStringLiteral("value")).toString(), QStringLiteral("+919876543210"));
        QCOMPARE(data.value(QStringLiteral("trunk_sid")).toString(), sid);

        const HttpAnswer mixed = m_probe->api(
            "POST", path,
            R"({"settings":[{"name":"trunk_external_alias","value":"+918040264208"},{"name":"codec","value":"PCMA"}]})");
        QCOMPARE(mixed.status, 207);
        QCOMPARE(mixed.metadata().value(QStringLiteral("success")).toInt(), 1);
        QCOMPARE(mixed.metadata().value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(mixed.items().at(1)[QStringLiteral("error_data")][QStringLiteral("code")].toInt(),
                 1002);
        verifyError(m_probe->api("POST", path, "{}"), 400, 1001);
        // Read back through GET …/settings (the vendor's samples; tst_sandboxendpoints has more).
        const HttpAnswer read = m_probe->api("GET", path);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.items().size(), 1);
        QCOMPARE(read.items().first()[QStringLiteral("data")][QStringLiteral("value")].toString(),
                 QStringLiteral("+918040264208"));
    }

    // --- auth, account, content type, routing ---

    void authorizationIsChecked() {
        QVERIFY(startServer());
        HttpProbe::Overrides none;
        none.authorization = QByteArray();
        verifyError(m_probe->api("GET", QStringLiteral("/trunks"), {}, none), 401, 1010);
        HttpProbe::Overrides wrong;
        wrong.authorization = "Basic " + QByteArray("sandbox:wrong").toBase64();
        verifyError(m_probe->api("GET", QStringLiteral("/trunks"), {}, wrong), 401, 1010);
        HttpProbe::Overrides bearer;
        bearer.authorization = "Bearer sandbox";
        verifyError(
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("x")), bearer),
            401, 1010);
        QCOMPARE(m_server->trunkCount(), 6);
    }

    void customCredentialsAreHonoured() {
        SandboxOptions options;
        options.accountSid = QStringLiteral("acme42");
        options.apiKey = QStringLiteral("key-1");
        options.apiToken = QStringLiteral("s3cr3t");
        QVERIFY(startServer(options));
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 200);
        QCOMPARE(
            a.items().first()[QStringLiteral("data")][QStringLiteral("domain_name")].toString(),
            QStringLiteral("acme42.pstn.exotel.com"));
        const HttpAnswer created = m_probe->api(
            "POST", QStringLiteral("/trunks"),
            R"({"trunk_name":"t1","nso_code":"ANY-ANY","domain_name":"acme42.pstn.exotel.com"})");
        QCOMPARE(created.status, 200);
        HttpProbe::Overrides sandboxDefaults;
        sandboxDefaults.authorization = "Basic " + QByteArray("sandbox:sandbox").toBase64();
        verifyError(m_probe->api("GET", QStringLiteral("/trunks"), {}, sandboxDefaults), 401, 1010);
    }

    void otherAccountIsForbidden() {
        QVERIFY(startServer());
        verifyError(m_probe->send("GET", QStringLiteral("/v2/accounts/someoneelse/trunks")), 403,
                    1003);
        const QString foreign = m_server->foreignTrunkSid();
        QVERIFY(!foreign.isEmpty());
        verifyError(m_probe->api("GET", QStringLiteral("/trunks/") + foreign), 403, 1003);
        verifyError(m_probe->api("GET", QStringLiteral("/trunks/%1/credentials").arg(foreign)), 403,
                    1003);
        verifyError(m_probe->api("POST", QStringLiteral("/trunks/%1/phone-numbers").arg(foreign),
                                 kDocsMapNumber),
                    403, 1003);
        verifyError(m_probe->api("DELETE", QStringLiteral("/trunks?trunk_sid=") + foreign), 403,
                    1003);
    }

    void contentTypeIsRequired() {
        QVERIFY(startServer());
        HttpProbe::Overrides none;
        none.contentType = QByteArray();
        verifyError(
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("ct")), none),
            415, 1011);
        HttpProbe::Overrides text;
        text.contentType = "text/plain";
        verifyError(
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("ct")), text),
            415, 1011);
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        verifyError(m_probe->api("PUT", QStringLiteral("/trunks/%1/phone-numbers/1").arg(sid),
                                 kDocsUpdateFlow, text),
                    415, 1011);
        QCOMPARE(m_server->trunkCount(), 6);
        HttpProbe::Overrides charset;
        charset.contentType = "application/json; charset=utf-8";
        QCOMPARE(
            m_probe
                ->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("ct")), charset)
                .status,
            200);
    }

    void unknownPathsAre404() {
        QVERIFY(startServer());
        verifyError(m_probe->api("GET", QStringLiteral("/calls")), 404, 1000);
        verifyError(m_probe->api("GET", QStringLiteral("/trunks/%1/unknown")
                                            .arg(m_server->trunkSid(QStringLiteral("test_123")))),
                    404, 1000);
        verifyError(m_probe->send("GET", QStringLiteral("/v1/whatever")), 404, 1000);
        verifyError(m_probe->api("PATCH", QStringLiteral("/trunks"), "{}"), 404, 1000);
    }

    // --- rate limit ---

    void rateLimitAnswers429WithRetryAfter() {
        QVERIFY(startServer());
        qint64 fakeNow = 1'000'000'000'000;
        m_server->setClock([&fakeNow]() { return fakeNow; });
        for (int i = 0; i < 200; ++i) {
            const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks?page_size=1"));
            QCOMPARE(a.status, 200);
            if (i == 99)
                fakeNow += 20'000; // the second half of the burst is 20 s later
        }
        // 200 in the window; the oldest leaves it 40 s from now.
        HttpAnswer limited = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("40"));
        QVERIFY(limited.isJson);
        QCOMPARE(limited.json.value(QStringLiteral("http_code")).toInt(), 429);

        fakeNow += 30'000;
        limited = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("10"));

        // The first hundred have left the window; the second hundred stay for 10 s more.
        fakeNow += 20'000;
        for (int i = 0; i < 100; ++i)
            QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks?page_size=1")).status, 200);
        limited = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("10"));
    }

    void lowerRateLimit() {
        SandboxOptions options;
        options.requestsPerMinute = 3;
        QVERIFY(startServer(options));
        qint64 fakeNow = 5'000'000;
        m_server->setClock([&fakeNow]() { return fakeNow; });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
            fakeNow += 1500;
        }
        const HttpAnswer limited = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("56")); // 60 - 4.5 s, rounded up
        m_server->setRequestsPerMinute(5);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
        // Rejected and unauthenticated requests are not counted.
        HttpProbe::Overrides wrong;
        wrong.authorization = "Basic " + QByteArray("x:y").toBase64();
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks"), {}, wrong).status, 401);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 429);
        m_server->setRequestsPerMinute(0); // no limit
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks?page_size=1")).status, 200);
    }

    // --- faults ---

    void faultServerError() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::ServerError;
        fault.status = 503;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/trunks");
        m_server->addFault(fault);
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 503);
        QVERIFY(a.isJson);
        QCOMPARE(keySet(a.errorData()), kErrorData);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200); // times = 1

        // A status the HTTP layer cannot write becomes a plain 500, body and header alike.
        fault.status = 599;
        m_server->addFault(fault);
        const HttpAnswer odd = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(odd.status, 500);
        QCOMPARE(odd.json.value(QStringLiteral("http_code")).toInt(), 500);
    }

    void faultFiltersByMethodAndPath() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::ServerError;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/whitelisted-ips");
        fault.times = -1;
        m_server->addFault(fault);
        const QString sid = m_server->trunkSid(QStringLiteral("test_ui_3"));
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks/%1/whitelisted-ips").arg(sid)).status,
                 200);
        QCOMPARE(addIp(sid, QStringLiteral("44.248.146.11")).status, 500);
        QCOMPARE(addIp(sid, QStringLiteral("44.248.146.11")).status, 500); // until cleared
        m_server->clearFaults();
        QCOMPARE(addIp(sid, QStringLiteral("44.248.146.11")).status, 200);
    }

    void faultDrop() {
        QVERIFY(startServer());
        // QNetworkAccessManager silently resends a request whose connection closed before
        // any answer once, so a single drop is invisible to it: drop twice.
        Fault fault;
        fault.kind = Fault::Kind::Drop;
        fault.times = 2;
        m_server->addFault(fault);
        m_server->clearRequestLog();
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QVERIFY(a.finished);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        const QList<LoggedRequest> log = m_server->requestLog();
        QVERIFY(!log.isEmpty());
        for (const LoggedRequest &entry : log)
            QCOMPARE(entry.status, 0);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
    }

    void faultDelayDoesNotBlockOtherRequests() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::Delay;
        fault.delayMs = 1500;
        fault.pathContains = QStringLiteral("/credentials");
        m_server->addFault(fault);
        m_server->clearRequestLog();
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        QNetworkReply *slow = m_probe->start(
            "GET", m_probe->accountPath(QStringLiteral("/trunks/%1/credentials").arg(sid)));
        const HttpAnswer fast = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(fast.status, 200);
        const HttpAnswer slowAnswer = m_probe->finish(slow);
        QCOMPARE(slowAnswer.status, 200);
        QCOMPARE(slowAnswer.items().size(), 2);

        const QList<LoggedRequest> log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        const auto slowEntry = std::find_if(log.begin(), log.end(), [](const LoggedRequest &e) {
            return e.path.endsWith(QStringLiteral("/credentials"));
        });
        const auto fastEntry = std::find_if(log.begin(), log.end(), [](const LoggedRequest &e) {
            return e.path == QStringLiteral("/v2/accounts/ameyo5m/trunks");
        });
        QVERIFY(slowEntry != log.end() && fastEntry != log.end());
        QCOMPARE(slowEntry->status, 200);
        QCOMPARE(fastEntry->status, 200);
        QVERIFY(slowEntry->answeredMs - slowEntry->receivedMs >= 1500);
        // The fast request was taken and answered while the slow one was still pending.
        QVERIFY(fastEntry->receivedMs < slowEntry->answeredMs);
        QVERIFY(fastEntry->answeredMs < slowEntry->answeredMs);
    }

    void clientLeavingDuringDelayIsHarmless() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::Delay;
        fault.delayMs = 300;
        m_server->addFault(fault);
        m_server->clearRequestLog();
        QNetworkReply *reply =
            m_probe->start("GET", m_probe->accountPath(QStringLiteral("/trunks")));
        QTRY_COMPARE(m_server->requestLog().size(), 1);
        reply->abort();
        reply->deleteLater();
        // The held answer finds its socket gone; the server keeps serving.
        QTRY_COMPARE(m_server->requestLog().first().answeredMs > 0, true);
        QCOMPARE(m_server->requestLog().first().status, 0);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
    }

    void latencyAppliesToEveryAnswer() {
        SandboxOptions options;
        options.latencyMs = 150;
        QVERIFY(startServer(options));
        m_server->clearRequestLog();
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
        m_server->setLatencyMs(0);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
        const QList<LoggedRequest> log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).answeredMs - log.at(0).receivedMs >= 150);
        QVERIFY(log.at(1).answeredMs >= log.at(1).receivedMs);
    }

    void faultTooManyRequests() {
        QVERIFY(startServer());
        Fault withRetry;
        withRetry.kind = Fault::Kind::TooManyRequests;
        withRetry.retryAfterSeconds = 7;
        m_server->addFault(withRetry);
        HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("Retry-After"), QByteArray("7"));

        Fault bare;
        bare.kind = Fault::Kind::TooManyRequests;
        m_server->addFault(bare);
        a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 429);
        QVERIFY(!a.headers.contains("retry-after"));
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);

        // The other documented 429 shape: retry_after in the body, no header.
        Fault inBody;
        inBody.kind = Fault::Kind::TooManyRequests;
        inBody.retryAfterInBody = 60;
        m_server->addFault(inBody);
        a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 429);
        QVERIFY(!a.headers.contains("retry-after"));
        QCOMPARE(a.json.value(QStringLiteral("retry_after")).toInt(), 60);
    }

    void faultTruncated() {
        QVERIFY(startServer());
        const HttpAnswer whole = m_probe->api("GET", QStringLiteral("/trunks"));
        Fault fault;
        fault.kind = Fault::Kind::Truncated;
        m_server->addFault(fault);
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 200);
        QVERIFY(!a.isJson);
        QVERIFY(a.body.startsWith("{"));
        QVERIFY(a.body.size() > 0);
        QVERIFY(a.body.size() < whole.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(a.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void faultNotJson() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::NotJson;
        m_server->addFault(fault);
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 502);
        QVERIFY(!a.isJson);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QVERIFY(a.body.contains("<html>"));
    }

    void faultWrongContentType() {
        QVERIFY(startServer());
        Fault fault;
        fault.kind = Fault::Kind::WrongContentType;
        m_server->addFault(fault);
        const HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY(a.isJson);
        QCOMPARE(a.items().size(), 6);
    }

    void faultInnerDuplicate() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("dup"));
        Fault fault;
        fault.kind = Fault::Kind::InnerDuplicate;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/phone-numbers");
        m_server->addFault(fault);
        const QString path = QStringLiteral("/trunks/%1/phone-numbers").arg(sid);
        verifyInnerDuplicate(m_probe->api("POST", path, kDocsMapNumber));
        QVERIFY(m_probe->api("GET", path).items().isEmpty()); // nothing was mapped
        QCOMPARE(m_probe->api("POST", path, kDocsMapNumber).status, 200);
    }

    void faultAllItemsFailed() {
        QVERIFY(startServer(emptyOptions()));
        const QString sid = createTrunk(QStringLiteral("allfail"));
        Fault fault;
        fault.kind = Fault::Kind::AllItemsFailed;
        fault.pathContains = QStringLiteral("/destination-uris");
        m_server->addFault(fault);
        const QByteArray body =
            R"({"destinations":[{"destination":"a.example.com:5061;transport=tls"},
                                                   {"destination":"b.example.com:5061;transport=tls"}]})";
        const HttpAnswer a =
            m_probe->api("POST", QStringLiteral("/trunks/%1/destination-uris").arg(sid), body);
        QCOMPARE(a.status, 207);
        QCOMPARE(a.metadata().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(a.metadata().value(QStringLiteral("success")).toInt(), 0);
        QCOMPARE(a.metadata().value(QStringLiteral("failed")).toInt(), 2);
        for (const QJsonValue &item : a.items()) {
            QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("failure"));
            QVERIFY(item[QStringLiteral("data")].isNull());
            QCOMPARE(keySet(item[QStringLiteral("error_data")].toObject()), kErrorData);
        }
        QVERIFY(m_probe->api("GET", QStringLiteral("/trunks/%1/destination-uris").arg(sid))
                    .items()
                    .isEmpty());
    }

    void failureAndDropRates() {
        QVERIFY(startServer());
        m_server->setRandomSeed(7);
        m_server->setFailureRate(1.0);
        HttpAnswer a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 503);
        QVERIFY(a.isJson);
        m_server->setFailureRate(0.0);
        m_server->setDropRate(1.0);
        a = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        m_server->setDropRate(0.0);

        // Half the requests fail on average; a fixed seed makes the split reproducible.
        m_server->setFailureRate(0.5);
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += m_probe->api("GET", QStringLiteral("/trunks?page_size=1")).status == 503;
        QVERIFY(failed > 0);
        QVERIFY(failed < 40);
    }

    void listTrunksCanBeUnsupported() {
        SandboxOptions options;
        options.listTrunksSupported = false;
        QVERIFY(startServer(options));
        verifyError(m_probe->api("GET", QStringLiteral("/trunks")), 404, 1000);
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks/") + sid).status, 200);
        // One trunk through the list endpoint still answers, unless that is refused too.
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks?trunk_sid=") + sid).status, 200);
        QCOMPARE(
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("ok"))).status,
            200);
        m_server->setListTrunksSupported(true);
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks")).status, 200);
    }

    // --- scale, log, lifecycle ---

    void seedsTenThousandTrunks() {
        SandboxOptions options = emptyOptions();
        options.extraTrunks = 10000;
        QElapsedTimer seeding;
        seeding.start();
        QVERIFY(startServer(options));
        qDebug() << "seeded 10000 trunks in" << seeding.elapsed() << "ms";
        QCOMPARE(m_server->trunkCount(), 10000);
        const HttpAnswer last =
            m_probe->api("GET", QStringLiteral("/trunks?offset=9950&page_size=50"));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.metadata().value(QStringLiteral("total")).toInt(), 10000);
        QCOMPARE(last.items().size(), 50);
        QVERIFY(last.metadata().value(QStringLiteral("next_page_uri")).isNull());
        QCOMPARE(
            last.items().last()[QStringLiteral("data")][QStringLiteral("trunk_name")].toString(),
            QStringLiteral("gen_10000"));
        m_server->seedTrunks(5);
        QCOMPARE(m_server->trunkCount(), 10005);
        QVERIFY(!m_server->trunkSid(QStringLiteral("gen_10005")).isEmpty());
        const HttpAnswer created =
            m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QStringLiteral("gen_00002")));
        verifyError(created, 409, 1008);
    }

    void requestLogRecordsEveryRequest() {
        QVERIFY(startServer());
        m_server->clearRequestLog();
        QCOMPARE(m_server->requestLog().size(), 0);
        m_probe->api("GET", QStringLiteral("/trunks?offset=0&page_size=2"));
        m_probe->api("POST", QStringLiteral("/trunks"), "{}");
        const QList<LoggedRequest> log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).method, QStringLiteral("GET"));
        QCOMPARE(log.at(0).path,
                 QStringLiteral("/v2/accounts/ameyo5m/trunks?offset=0&page_size=2"));
        QCOMPARE(log.at(0).status, 200);
        QCOMPARE(log.at(1).method, QStringLiteral("POST"));
        QCOMPARE(log.at(1).status, 400);
        QVERIFY(log.at(0).receivedMs <= log.at(0).answeredMs);
        QVERIFY(log.at(0).answeredMs <= log.at(1).receivedMs);
    }

    void startTwiceAndPortInUse() {
        QVERIFY(startServer());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));
        QVERIFY(!m_server->start(0));
        QVERIFY(!m_server->errorString().isEmpty());
        SandboxServer second;
        QVERIFY(!second.start(m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
