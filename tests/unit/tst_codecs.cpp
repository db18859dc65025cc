// Over ~600 lines: every domain type's decoding, live-shaped and malformed, in one table-driven
// suite.
#include "api/envelope.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksetting.h"
#include "domain/whitelistedip.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exotrunk;

namespace {

QJsonValue parseValue(const QByteArray &json) {
    // Wrapped so that scalars and null can be written as test data too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    if (!doc.isArray())
        qFatal("bad test JSON: %s", json.constData());
    return doc.array().at(0);
}

// Decodes `json` as the named type; returns the error sentence, empty on success.
QString decodeError(const QString &type, const QJsonValue &json) {
    if (type == QLatin1String("Trunk"))
        return Trunk::fromJson(json).error();
    if (type == QLatin1String("PhoneNumber"))
        return PhoneNumber::fromJson(json).error();
    if (type == QLatin1String("WhitelistedIp"))
        return WhitelistedIp::fromJson(json).error();
    if (type == QLatin1String("DestinationUri"))
        return DestinationUri::fromJson(json).error();
    if (type == QLatin1String("Credential"))
        return Credential::fromJson(json).error();
    if (type == QLatin1String("TrunkSetting"))
        return TrunkSetting::fromJson(json).error();
    qFatal("unknown type");
}

QList<QJsonValue> itemsOf(const QString &file) {
    const EnvelopeParse parse = parseEnvelope(testdata::load(file), 200);
    if (!parse.envelope)
        qFatal("%s did not parse: %s", qPrintable(file), qPrintable(parse.error.message));
    QList<QJsonValue> out;
    for (const EnvelopeItem &item : parse.envelope->items)
        out.append(item.data);
    return out;
}

QDateTime utc(const char *iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

} // namespace

class TstCodecs : public QObject {
    Q_OBJECT

private slots:
    void trunkFromDocExamples();
    void phoneNumberFromDocExamples();
    void whitelistedIpFromDocExamples();
    void credentialFromDocExamples();
    void destinationUriFromDocExamples();
    void trunkSettingFromDocExample();
    void everyDocItemDecodes_data();
    void everyDocItemDecodes();
    void malformed_data();
    void malformed();
    void idsAsNumbersOrStrings();
    void unknownFieldsAreIgnored();
    void nullFriendlyNameIsEmpty();
    void timestamps_data();
    void timestamps();
    void roundTrips();
    void numberModeWire();
    void transportWire();
    void destinationParts_data();
    void destinationParts();
    void requestBodies();
    void emptyTrunkNameIsKeptAndShownAsNoName();
};

void TstCodecs::trunkFromDocExamples() {
    const auto created = Trunk::fromJson(itemsOf(QStringLiteral("create_trunk.json")).at(0));
    QVERIFY2(created.isOk(), qPrintable(created.error()));
    const Trunk &t = created.value();
    QCOMPARE(t.sid.value(), QStringLiteral("trmum1f708622631150902801a1n"));
    QCOMPARE(t.name, QStringLiteral("outbound_trunk"));
    QCOMPARE(t.status, QStringLiteral("active"));
    QVERIFY(t.isActive());
    QCOMPARE(t.domainName, QStringLiteral("ameyo5m.pstn.exotel.com"));
    QCOMPARE(t.authType, QStringLiteral("IP-WHITELIST"));
    QCOMPARE(t.registrationEnabled, QStringLiteral("disabled"));
    QCOMPARE(t.edgePreference, QStringLiteral("auto"));
    QCOMPARE(t.nsoCode, QStringLiteral("ANY-ANY"));
    QCOMPARE(t.secureTrunking, QStringLiteral("disabled"));
    QCOMPARE(t.created, QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC));
    QCOMPARE(t.created.timeSpec(), Qt::UTC);
    QCOMPARE(t.updated, t.created);
    QCOMPARE(t.destinationUrisPath,
             QStringLiteral(
                 "/v2/accounts/ameyo5m/trunks/trmum1f708622631150902801a1n/destination-uris"));
    QCOMPARE(
        t.whitelistedIpsPath,
        QStringLiteral("/v2/accounts/ameyo5m/trunks/trmum1f708622631150902801a1n/whitelisted-ips"));
    QCOMPARE(
        t.credentialsPath,
        QStringLiteral("/v2/accounts/ameyo5m/trunks/trmum1f708622631150902801a1n/credentials"));
    QCOMPARE(
        t.phoneNumbersPath,
        QStringLiteral("/v2/accounts/ameyo5m/trunks/trmum1f708622631150902801a1n/phone-numbers"));
    QCOMPARE(t.sipUri(), QStringLiteral("sip:trmum1f708622631150902801a1n"));

    const auto deleted = Trunk::fromJson(itemsOf(QStringLiteral("delete_trunk.json")).at(0));
    QVERIFY2(deleted.isOk(), qPrintable(deleted.error()));
    QCOMPARE(deleted.value().name, QStringLiteral("my_trunk1234"));
    QCOMPARE(deleted.value().sid.value(), QStringLiteral("trmum15f77c83605998cdb9d1a1n"));
}

void TstCodecs::phoneNumberFromDocExamples() {
    const auto mapped =
        PhoneNumber::fromJson(itemsOf(QStringLiteral("map_phone_number.json")).at(0));
    QVERIFY2(mapped.isOk(), qPrintable(mapped.error()));
    QCOMPARE(mapped.value().id.value(), QStringLiteral("41512"));
    QCOMPARE(mapped.value().number, QStringLiteral("+919876543210"));
    QCOMPARE(mapped.value().trunkSid.value(), QStringLiteral("trmum1f708622631150902801a1n"));
    QCOMPARE(mapped.value().mode, NumberMode::Default);
    QCOMPARE(mapped.value().created, utc("2026-01-23T10:26:54Z"));

    const auto listed =
        PhoneNumber::fromJson(itemsOf(QStringLiteral("list_phone_numbers.json")).at(0));
    QVERIFY2(listed.isOk(), qPrintable(listed.error()));
    QCOMPARE(listed.value().id.value(), QStringLiteral("41523"));
    QCOMPARE(listed.value().mode, NumberMode::Flow);
    QCOMPARE(listed.value().updated, utc("2026-01-23T13:41:59Z"));

    const auto updated =
        PhoneNumber::fromJson(itemsOf(QStringLiteral("update_phone_number_mode.json")).at(0));
    QVERIFY2(updated.isOk(), qPrintable(updated.error()));
    QCOMPARE(updated.value().number, QStringLiteral("+918040264208"));
    QCOMPARE(updated.value().mode, NumberMode::Flow);
}

void TstCodecs::whitelistedIpFromDocExamples() {
    for (const char *file : {"map_acl.json", "list_acls.json"}) {
        const auto ip = WhitelistedIp::fromJson(itemsOf(QString::fromLatin1(file)).at(0));
        QVERIFY2(ip.isOk(), qPrintable(ip.error()));
        QCOMPARE(ip.value().ip, QStringLiteral("44.248.146.11"));
        QCOMPARE(ip.value().mask, 32);
        QCOMPARE(ip.value().cidr(), QStringLiteral("44.248.146.11/32"));
        QVERIFY(ip.value().friendlyName.isEmpty());
        QCOMPARE(ip.value().trunkSid.value(), QStringLiteral("trmum1f708622631150902801a1n"));
    }
    QCOMPARE(
        WhitelistedIp::fromJson(itemsOf(QStringLiteral("map_acl.json")).at(0)).value().id.value(),
        QStringLiteral("1153"));
}

void TstCodecs::credentialFromDocExamples() {
    for (const char *file :
         {"create_credential.json", "list_credentials.json", "delete_credential.json"}) {
        const auto c = Credential::fromJson(itemsOf(QString::fromLatin1(file)).at(0));
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        QCOMPARE(c.value().id.value(), QStringLiteral("1234"));
        QCOMPARE(c.value().userName, QStringLiteral("voice_ai_user"));
        QCOMPARE(c.value().friendlyName, QStringLiteral("voice_ai_platform"));
        QCOMPARE(c.value().trunkSid.value(), QStringLiteral("trmum17d8e9a37a3732ecbf91a3u"));
        QCOMPARE(c.value().created, utc("2026-01-23T11:37:36Z"));
        // The API never returns a password and the codec never emits one.
        QVERIFY(!c.value().toJson().contains(QStringLiteral("password")));
    }
}

void TstCodecs::destinationUriFromDocExamples() {
    const QList<QJsonValue> listed = itemsOf(QStringLiteral("list_destination_uris.json"));
    QCOMPARE(listed.size(), 2);
    const auto fqdn = DestinationUri::fromJson(listed.at(0));
    QVERIFY2(fqdn.isOk(), qPrintable(fqdn.error()));
    QCOMPARE(fqdn.value().id.value(), QStringLiteral("2544"));
    QCOMPARE(fqdn.value().destination, QStringLiteral("sip:sip.company.com:5061;transport=tls"));
    QCOMPARE(fqdn.value().host(), QStringLiteral("sip.company.com"));
    QCOMPARE(fqdn.value().port(), 5061);
    QCOMPARE(fqdn.value().transport(), Transport::Tls);
    QCOMPARE(fqdn.value().type, QStringLiteral("public"));
    QCOMPARE(fqdn.value().priority, 0);
    QCOMPARE(fqdn.value().weight, 1);

    const auto ip = DestinationUri::fromJson(listed.at(1));
    QVERIFY2(ip.isOk(), qPrintable(ip.error()));
    QCOMPARE(ip.value().host(), QStringLiteral("44.248.146.11"));

    const auto mapped =
        DestinationUri::fromJson(itemsOf(QStringLiteral("map_destination_uris.json")).at(0));
    QVERIFY2(mapped.isOk(), qPrintable(mapped.error()));
    QCOMPARE(mapped.value().id.value(), QStringLiteral("2543"));
}

void TstCodecs::trunkSettingFromDocExample() {
    const auto s = TrunkSetting::fromJson(itemsOf(QStringLiteral("set_trunk_alias.json")).at(0));
    QVERIFY2(s.isOk(), qPrintable(s.error()));
    QCOMPARE(s.value().name, QString::fromLatin1(TrunkSetting::ExternalAlias));
    QCOMPARE(s.value().value, QStringLiteral("+919876543210"));
    QCOMPARE(s.value().trunkSid.value(), QStringLiteral("trmum1f708622631150902801a1n"));
    QCOMPARE(s.value().created, utc("2026-01-23T13:34:50Z"));
}

void TstCodecs::everyDocItemDecodes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("items");
    const struct {
        const char *file;
        const char *type;
        int items;
    } rows[] = {
        {"create_trunk.json", "Trunk", 1},
        {"delete_trunk.json", "Trunk", 1},
        {"list_trunks_page1.json", "Trunk", 1},
        {"map_phone_number.json", "PhoneNumber", 1},
        {"list_phone_numbers.json", "PhoneNumber", 1},
        {"update_phone_number_mode.json", "PhoneNumber", 1},
        {"map_acl.json", "WhitelistedIp", 1},
        {"list_acls.json", "WhitelistedIp", 1},
        {"create_credential.json", "Credential", 1},
        {"list_credentials.json", "Credential", 1},
        {"delete_credential.json", "Credential", 1},
        {"map_destination_uris.json", "DestinationUri", 1},
        {"list_destination_uris.json", "DestinationUri", 2},
        {"multistatus_207.json", "DestinationUri", 2},
        {"set_trunk_alias.json", "TrunkSetting", 1},
        {"empty_list_no_metadata.json", "Trunk", 0},
    };
    for (const auto &r : rows)
        QTest::newRow(r.file) << QString::fromLatin1(r.file) << QString::fromLatin1(r.type)
                              << r.items;
}

void TstCodecs::everyDocItemDecodes() {
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(int, items);
    const EnvelopeParse parse = parseEnvelope(testdata::load(file), 200);
    QVERIFY2(parse.envelope.has_value(), qPrintable(parse.error.message));
    QCOMPARE(parse.envelope->items.size(), items);
    for (const EnvelopeItem &item : parse.envelope->items) {
        if (!item.isSuccess()) {
            QVERIFY(item.data.isNull());
            continue;
        }
        const QString error = decodeError(type, item.data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TstCodecs::malformed_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the error sentence

    QTest::newRow("trunk null") << "Trunk" << QByteArray("null")
                                << "Trunk: expected a JSON object, got null.";
    QTest::newRow("trunk array") << "Trunk" << QByteArray("[]")
                                 << "expected a JSON object, got an array";
    QTest::newRow("trunk string") << "Trunk" << QByteArray("\"trmum1\"")
                                  << "expected a JSON object, got a string";
    QTest::newRow("trunk without sid")
        << "Trunk" << QByteArray(R"({"trunk_name":"a"})") << "Trunk: field 'trunk_sid' is missing.";
    QTest::newRow("trunk sid number")
        << "Trunk" << QByteArray(R"({"trunk_sid":5,"trunk_name":"a"})")
        << "field 'trunk_sid' must be a string, got a number";
    QTest::newRow("trunk sid empty")
        << "Trunk" << QByteArray(R"({"trunk_sid":"","trunk_name":"a"})")
        << "field 'trunk_sid' must not be empty";
    QTest::newRow("trunk sid null")
        << "Trunk" << QByteArray(R"({"trunk_sid":null,"trunk_name":"a"})")
        << "field 'trunk_sid' must be a string, got null";
    QTest::newRow("trunk without name")
        << "Trunk" << QByteArray(R"({"trunk_sid":"t1"})") << "field 'trunk_name' is missing";
    QTest::newRow("trunk status object")
        << "Trunk" << QByteArray(R"({"trunk_sid":"t1","trunk_name":"a","status":{}})")
        << "field 'status' must be a string or null, got an object";
    QTest::newRow("trunk bad month")
        << "Trunk"
        << QByteArray(
               R"({"trunk_sid":"t1","trunk_name":"a","date_created":"2026-13-01T00:00:00Z"})")
        << "field 'date_created' is not an ISO-8601 timestamp";
    QTest::newRow("trunk date only")
        << "Trunk"
        << QByteArray(R"({"trunk_sid":"t1","trunk_name":"a","date_updated":"2026-01-23"})")
        << "field 'date_updated' is not an ISO-8601 timestamp";
    QTest::newRow("trunk date number")
        << "Trunk" << QByteArray(R"({"trunk_sid":"t1","trunk_name":"a","date_created":1769160299})")
        << "field 'date_created' must be an ISO-8601 timestamp string, got a number";
    QTest::newRow("trunk feb 30")
        << "Trunk"
        << QByteArray(
               R"({"trunk_sid":"t1","trunk_name":"a","date_created":"2026-02-30T10:00:00Z"})")
        << "is not an ISO-8601 timestamp";
    QTest::newRow("trunk hour 25")
        << "Trunk"
        << QByteArray(
               R"({"trunk_sid":"t1","trunk_name":"a","date_created":"2026-02-03T25:00:00Z"})")
        << "is not an ISO-8601 timestamp";
    QTest::newRow("number without id")
        << "PhoneNumber" << QByteArray(R"({"phone_number":"+919876543210"})")
        << "PhoneNumber: field 'id' is missing.";
    QTest::newRow("number id object")
        << "PhoneNumber" << QByteArray(R"({"id":{},"phone_number":"+919876543210"})")
        << "field 'id' must be a string or a number, got an object";
    QTest::newRow("number id fraction")
        << "PhoneNumber" << QByteArray(R"({"id":1.5,"phone_number":"+919876543210"})")
        << "field 'id' must be a whole, non-negative number or a string";
    QTest::newRow("number id negative")
        << "PhoneNumber" << QByteArray(R"({"id":-3,"phone_number":"+919876543210"})")
        << "field 'id' must be a whole, non-negative number or a string";
    QTest::newRow("number id bool")
        << "PhoneNumber" << QByteArray(R"({"id":true,"phone_number":"+9198"})") << "got a boolean";
    QTest::newRow("number without number")
        << "PhoneNumber" << QByteArray(R"({"id":"1"})") << "field 'phone_number' is missing";
    QTest::newRow("number unknown mode")
        << "PhoneNumber" << QByteArray(R"({"id":"1","phone_number":"+919876543210","mode":"sip"})")
        << "field 'mode' must be \"pstn\", \"flow\" or null, got \"sip\"";
    QTest::newRow("number mode number")
        << "PhoneNumber" << QByteArray(R"({"id":"1","phone_number":"+919876543210","mode":1})")
        << "field 'mode' must be a string or null, got a number";
    QTest::newRow("ip mask string")
        << "WhitelistedIp" << QByteArray(R"({"id":"1","ip":"44.248.146.11","mask":"32"})")
        << "field 'mask' must be a number, got a string";
    QTest::newRow("ip mask too large")
        << "WhitelistedIp" << QByteArray(R"({"id":"1","ip":"44.248.146.11","mask":33})")
        << "field 'mask' must be between 0 and 32";
    QTest::newRow("ip mask fraction")
        << "WhitelistedIp" << QByteArray(R"({"id":"1","ip":"44.248.146.11","mask":31.5})")
        << "field 'mask' must be a whole number";
    QTest::newRow("ip mask huge") << "WhitelistedIp"
                                  << QByteArray(R"({"id":"1","ip":"44.248.146.11","mask":1e300})")
                                  << "field 'mask' must be between 0 and 32";
    QTest::newRow("ip missing ip")
        << "WhitelistedIp" << QByteArray(R"({"id":"1","mask":32})") << "field 'ip' is missing";
    QTest::newRow("ip friendly number")
        << "WhitelistedIp" << QByteArray(R"({"id":"1","ip":"44.248.146.11","friendly_name":7})")
        << "field 'friendly_name' must be a string or null, got a number";
    QTest::newRow("uri without destination")
        << "DestinationUri" << QByteArray(R"({"id":"1"})") << "field 'destination' is missing";
    QTest::newRow("uri priority string")
        << "DestinationUri"
        << QByteArray(R"({"id":"1","destination":"sip:a.b:5061","priority":"0"})")
        << "field 'priority' must be a number, got a string";
    QTest::newRow("uri weight array")
        << "DestinationUri" << QByteArray(R"({"id":"1","destination":"sip:a.b:5061","weight":[]})")
        << "field 'weight' must be a number, got an array";
    QTest::newRow("credential null user")
        << "Credential" << QByteArray(R"({"id":"1","user_name":null})")
        << "field 'user_name' must be a string, got null";
    QTest::newRow("credential null")
        << "Credential" << QByteArray("null") << "Credential: expected a JSON object";
    QTest::newRow("setting without name") << "TrunkSetting" << QByteArray(R"({"value":"+91"})")
                                          << "TrunkSetting: field 'name' is missing.";
    QTest::newRow("setting value object")
        << "TrunkSetting" << QByteArray(R"({"name":"trunk_external_alias","value":{}})")
        << "field 'value' must be a string or null, got an object";
}

void TstCodecs::malformed() {
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString error = decodeError(type, parseValue(json));
    QVERIFY2(!error.isEmpty(), "decoding should have failed");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error)); // a full sentence
}

void TstCodecs::idsAsNumbersOrStrings() {
    const auto fromNumber =
        PhoneNumber::fromJson(parseValue(R"({"id":41512,"phone_number":"+919876543210"})"));
    QVERIFY2(fromNumber.isOk(), qPrintable(fromNumber.error()));
    QCOMPARE(fromNumber.value().id.value(), QStringLiteral("41512"));
    const auto big = Credential::fromJson(parseValue(R"({"id":9007199254740991,"user_name":"u"})"));
    QVERIFY2(big.isOk(), qPrintable(big.error()));
    QCOMPARE(big.value().id.value(), QStringLiteral("9007199254740991"));
    const auto fromString = WhitelistedIp::fromJson(parseValue(R"({"id":"1153","ip":"1.2.3.4"})"));
    QVERIFY(fromString.isOk());
    QCOMPARE(fromString.value().id.value(), QStringLiteral("1153"));
    QCOMPARE(fromString.value().mask, 32); // absent mask is the documented default
}

void TstCodecs::unknownFieldsAreIgnored() {
    const auto d = DestinationUri::fromJson(parseValue(
        R"({"id":"7","destination":"sip:a.example.com:5060;transport=tcp","future":{"x":[1,2]},"region":"mum"})"));
    QVERIFY2(d.isOk(), qPrintable(d.error()));
    QCOMPARE(d.value().transport(), Transport::Tcp);
    QCOMPARE(d.value().priority, 0);
    QCOMPARE(d.value().weight, 1);
    QVERIFY(!d.value().created.isValid());
}

void TstCodecs::nullFriendlyNameIsEmpty() {
    const auto c =
        Credential::fromJson(parseValue(R"({"id":"1","user_name":"u","friendly_name":null})"));
    QVERIFY(c.isOk());
    QVERIFY(c.value().friendlyName.isEmpty());
    QVERIFY(c.value().toJson().value(QStringLiteral("friendly_name")).isNull());
}

void TstCodecs::timestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z") << "2026-01-23T09:24:59Z"
                       << QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC);
    QTest::newRow("IST offset") << "2026-01-23T14:54:59+05:30"
                                << QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC);
    QTest::newRow("negative offset")
        << "2026-01-23T04:24:59-0500" << QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC);
    QTest::newRow("fraction") << "2026-01-23T09:24:59.123456Z"
                              << QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59, 123), Qt::UTC);
    QTest::newRow("no zone is UTC")
        << "2026-01-23T09:24:59" << QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC);
    QTest::newRow("day rollover") << "2026-01-01T02:00:00+05:30"
                                  << QDateTime(QDate(2025, 12, 31), QTime(20, 30, 0), Qt::UTC);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("trailing text") << "2026-01-23T09:24:59Zjunk" << QDateTime();
    QTest::newRow("offset hour 24") << "2026-01-23T09:24:59+24:00" << QDateTime();
    QTest::newRow("unicode digits") << QString::fromUtf8("٢٠٢٦-01-23T09:24:59Z") << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TstCodecs::timestamps() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QJsonObject json{{QStringLiteral("trunk_sid"), QStringLiteral("t")},
                           {QStringLiteral("trunk_name"), QStringLiteral("n")},
                           {QStringLiteral("date_created"), text}};
    const auto t = Trunk::fromJson(json);
    if (!expected.isValid()) {
        QVERIFY(!t.isOk());
        QVERIFY2(t.error().contains(QStringLiteral("date_created")), qPrintable(t.error()));
        return;
    }
    QVERIFY2(t.isOk(), qPrintable(t.error()));
    QCOMPARE(t.value().created, expected);
    QCOMPARE(t.value().created.timeSpec(), Qt::UTC);
}

void TstCodecs::roundTrips() {
    const auto trunk = Trunk::fromJson(itemsOf(QStringLiteral("create_trunk.json")).at(0)).value();
    const auto trunkAgain = Trunk::fromJson(trunk.toJson());
    QVERIFY2(trunkAgain.isOk(), qPrintable(trunkAgain.error()));
    QCOMPARE(trunkAgain.value().toJson(), trunk.toJson());
    QCOMPARE(trunk.toJson().value(QStringLiteral("date_created")).toString(),
             QStringLiteral("2026-01-23T09:24:59Z"));
    QCOMPARE(trunk.toJson(), itemsOf(QStringLiteral("create_trunk.json")).at(0).toObject());

    for (const char *file : {"map_phone_number.json", "list_phone_numbers.json"}) {
        const QJsonObject original = itemsOf(QString::fromLatin1(file)).at(0).toObject();
        QCOMPARE(PhoneNumber::fromJson(original).value().toJson(), original);
    }
    const QJsonObject acl = itemsOf(QStringLiteral("map_acl.json")).at(0).toObject();
    QCOMPARE(WhitelistedIp::fromJson(acl).value().toJson(), acl);
    const QJsonObject cred = itemsOf(QStringLiteral("list_credentials.json")).at(0).toObject();
    QCOMPARE(Credential::fromJson(cred).value().toJson(), cred);
    const QJsonObject uri = itemsOf(QStringLiteral("list_destination_uris.json")).at(0).toObject();
    QCOMPARE(DestinationUri::fromJson(uri).value().toJson(), uri);

    PhoneNumber withMs;
    withMs.id = PhoneNumberId(QStringLiteral("9"));
    withMs.number = QStringLiteral("+919876543210");
    withMs.mode = NumberMode::Pstn;
    withMs.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const auto back = PhoneNumber::fromJson(withMs.toJson());
    QVERIFY2(back.isOk(), qPrintable(back.error()));
    QCOMPARE(back.value().created, withMs.created);
    QCOMPARE(back.value().mode, NumberMode::Pstn);
    QVERIFY(!back.value().updated.isValid());
}

void TstCodecs::numberModeWire() {
    QCOMPARE(numberModeToWire(NumberMode::Pstn), QStringLiteral("pstn"));
    QCOMPARE(numberModeToWire(NumberMode::Flow), QStringLiteral("flow"));
    QCOMPARE(numberModeToWire(NumberMode::Default), QString());
    QCOMPARE(numberModeFromWire(QJsonValue(QJsonValue::Null)), std::optional(NumberMode::Default));
    QCOMPARE(numberModeFromWire(QJsonValue()), std::optional(NumberMode::Default));
    QCOMPARE(numberModeFromWire(QStringLiteral("pstn")), std::optional(NumberMode::Pstn));
    QCOMPARE(numberModeFromWire(QStringLiteral("FLOW")), std::optional(NumberMode::Flow));
    QVERIFY(!numberModeFromWire(QStringLiteral("")).has_value());
    QVERIFY(!numberModeFromWire(QStringLiteral("voicebot")).has_value());
    QVERIFY(!numberModeFromWire(QJsonValue(2)).has_value());
}

void TstCodecs::transportWire() {
    QCOMPARE(transportToWire(Transport::Tls), QStringLiteral("tls"));
    QCOMPARE(transportToWire(Transport::Tcp), QStringLiteral("tcp"));
    QCOMPARE(transportToWire(Transport::Udp), QStringLiteral("udp"));
    QCOMPARE(defaultPortFor(Transport::Tls), 5061);
    QCOMPARE(defaultPortFor(Transport::Tcp), 5060);
    QCOMPARE(defaultPortFor(Transport::Udp), 5060);
}

void TstCodecs::destinationParts_data() {
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Transport>("transport");
    QTest::newRow("doc tls fqdn") << "sip:sip.company.com:5061;transport=tls"
                                  << "sip.company.com" << 5061 << Transport::Tls;
    QTest::newRow("doc tls ip") << "sip:44.248.146.11:5061;transport=tls"
                                << "44.248.146.11" << 5061 << Transport::Tls;
    QTest::newRow("no transport is udp") << "sip:13.200.45.61:5060"
                                         << "13.200.45.61" << 5060 << Transport::Udp;
    QTest::newRow("tcp") << "sip:sip.rtc.elevenlabs.io:5060;transport=tcp"
                         << "sip.rtc.elevenlabs.io" << 5060 << Transport::Tcp;
    QTest::newRow("upper case") << "SIP:Host.Example.com:5070;TRANSPORT=TCP"
                                << "Host.Example.com" << 5070 << Transport::Tcp;
    QTest::newRow("no scheme") << "sip.company.com:5061;transport=tls"
                               << "sip.company.com" << 5061 << Transport::Tls;
    QTest::newRow("no port") << "sip:sip.company.com;transport=tls"
                             << "sip.company.com" << 0 << Transport::Tls;
    QTest::newRow("extra params") << "sip:a.example.com:5061;lr;transport=tls"
                                  << "a.example.com" << 5061 << Transport::Tls;
    QTest::newRow("user part") << "sip:bot@a.example.com:5060;transport=udp"
                               << "a.example.com" << 5060 << Transport::Udp;
    QTest::newRow("bad port") << "sip:a.example.com:99999"
                              << "a.example.com" << 0 << Transport::Udp;
    QTest::newRow("ipv6") << "sip:[2001:db8::1]:5061;transport=tls"
                          << "[2001:db8::1]" << 5061 << Transport::Tls;
    QTest::newRow("sips") << "sips:a.example.com:5061"
                          << "a.example.com" << 5061 << Transport::Tls;
    QTest::newRow("empty") << ""
                           << "" << 0 << Transport::Udp;
}

void TstCodecs::destinationParts() {
    QFETCH(QString, destination);
    DestinationUri d;
    d.destination = destination;
    QTEST(d.host(), "host");
    QTEST(d.port(), "port");
    QTEST(d.transport(), "transport");
}

void TstCodecs::requestBodies() {
    NewTrunk trunk;
    trunk.name = QStringLiteral("outbound_trunk");
    trunk.domainName = NewTrunk::domainFor(QStringLiteral("ameyo5m"));
    QCOMPARE(
        trunk.toJson(),
        (QJsonObject{{QStringLiteral("trunk_name"), QStringLiteral("outbound_trunk")},
                     {QStringLiteral("nso_code"), QStringLiteral("ANY-ANY")},
                     {QStringLiteral("domain_name"), QStringLiteral("ameyo5m.pstn.exotel.com")}}));

    NewPhoneNumber number;
    number.number = QStringLiteral("+919876543210");
    QCOMPARE(number.toJson(),
             (QJsonObject{{QStringLiteral("phone_number"), QStringLiteral("+919876543210")}}));
    number.mode = NumberMode::Flow;
    QCOMPARE(number.toJson().value(QStringLiteral("mode")).toString(), QStringLiteral("flow"));

    NewWhitelistedIp ip;
    ip.ip = QStringLiteral("44.248.146.11");
    QCOMPARE(ip.toJson(), (QJsonObject{{QStringLiteral("ip"), QStringLiteral("44.248.146.11")},
                                       {QStringLiteral("mask"), 32}}));
    QVERIFY(ip.toJson().value(QStringLiteral("mask")).isDouble());

    NewCredential cred;
    cred.userName = QStringLiteral("voice_ai_user");
    cred.password = QStringLiteral("Secr3tPassw0rd");
    QCOMPARE(cred.toJson().size(), 2);
    cred.friendlyName = QStringLiteral("voice_ai_platform");
    QCOMPARE(cred.toJson().value(QStringLiteral("friendly_name")).toString(),
             QStringLiteral("voice_ai_platform"));

    NewDestination dest;
    dest.host = QStringLiteral("44.248.146.11");
    QCOMPARE(dest.toUriString(), QStringLiteral("44.248.146.11:5061;transport=tls"));
    QCOMPARE(dest.toJson(), (QJsonObject{{QStringLiteral("destination"),
                                          QStringLiteral("44.248.146.11:5061;transport=tls")}}));
    dest.transport = Transport::Tcp;
    dest.port = 5060;
    QCOMPARE(dest.toUriString(), QStringLiteral("44.248.146.11:5060;transport=tcp"));
    // UDP goes bare, as the vendor's samples send it; never ";transport=udp".
    dest.transport = Transport::Udp;
    QCOMPARE(dest.toUriString(), QStringLiteral("44.248.146.11:5060"));
    QCOMPARE(dest.toJson(),
             (QJsonObject{{QStringLiteral("destination"), QStringLiteral("44.248.146.11:5060")}}));

    TrunkSetting alias;
    alias.name = QString::fromLatin1(TrunkSetting::ExternalAlias);
    alias.value = QStringLiteral("+919876543210");
    QCOMPARE(alias.toJson(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("trunk_external_alias")},
                          {QStringLiteral("value"), QStringLiteral("+919876543210")}}));
}

void TstCodecs::emptyTrunkNameIsKeptAndShownAsNoName() {
    const auto decoded =
        Trunk::fromJson(QJsonObject{{QStringLiteral("trunk_sid"), QStringLiteral("t1")},
                                    {QStringLiteral("trunk_name"), QString()}});
    QVERIFY2(decoded.isOk(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().name, QString()); // the data is never rewritten
    QCOMPARE(decoded.value().displayName(), QStringLiteral("(no name)"));
    QCOMPARE(decoded.value().toJson().value(QStringLiteral("trunk_name")).toString(), QString());
    const auto named =
        Trunk::fromJson(QJsonObject{{QStringLiteral("trunk_sid"), QStringLiteral("t2")},
                                    {QStringLiteral("trunk_name"), QStringLiteral("a")}});
    QCOMPARE(named.value().displayName(), QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(TstCodecs)
#include "tst_codecs.moc"
