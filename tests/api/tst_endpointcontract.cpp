// Over ~600 lines on purpose: one data row per catalogue row, in the order of the table, so a
// reader checks the table against its contract in one place.
// The contract of every catalogue row, against a recording responder on 127.0.0.1: the method,
// path, query and JSON body the client sends for the row, the typed value it decodes from a
// live-shaped envelope, the error it reports for a refusal, and, for the rows documented only in
// the vendor's samples, "not supported on this account" after a 404 or 405.
#include "api/accountpath.h"
#include "api/endpointcatalogue.h"
#include "api/exotelclient.h"
#include "recordingserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

const QString kAccount = QStringLiteral("ameyo5m");
const QString kSid = QStringLiteral("trmum1abc");
const QString kNumber = QStringLiteral("+918047123456");
const QString kDescription = QStringLiteral("mask should be in-between 16 and 32");

// ---- what a callback received, as text that names every decoded field the test checks

struct Outcome {
    bool done = false;
    bool ok = false;
    ApiError error;
    QString summary;
};

QString describe(const Trunk &t) {
    return QStringLiteral("trunk %1 %2 %3").arg(t.sid.value(), t.name, t.domainName);
}
QString describe(const PhoneNumber &n) {
    return QStringLiteral("number %1 %2 %3").arg(n.id.value(), n.number, numberModeToWire(n.mode));
}
QString describe(const WhitelistedIp &w) {
    return QStringLiteral("ip %1 %2").arg(w.id.value(), w.cidr());
}
QString describe(const DestinationUri &d) {
    return QStringLiteral("destination %1 %2 priority %3 weight %4")
        .arg(d.id.value(), d.destination)
        .arg(d.priority)
        .arg(d.weight);
}
QString describe(const Credential &c) {
    return QStringLiteral("credential %1 %2 %3").arg(c.id.value(), c.userName, c.friendlyName);
}
QString describe(const TrunkSetting &s) {
    return QStringLiteral("setting %1 %2").arg(s.name, s.value);
}
QString describe(const TrunkMap &m) {
    return QStringLiteral("map %1 %2 id %3 %4")
        .arg(m.trunkSid.value(), m.phoneNumber, m.id.value(), numberModeToWire(m.mode));
}
template <typename T> QString describe(const ItemOutcome<T> &o) {
    return o.isOk() ? o.input + QStringLiteral(" → ") + describe(*o.value)
                    : o.input + QStringLiteral(" failed");
}
template <typename T> QString describe(const QList<T> &list) {
    QStringList parts;
    for (const T &item : list)
        parts << describe(item);
    return QStringLiteral("[") + parts.join(QStringLiteral("; ")) + QStringLiteral("]");
}

template <typename T> ExotelClient::Callback<T> into(Outcome *out) {
    return [out](const ApiResult<T> &result) {
        out->done = true;
        out->ok = result.isOk();
        if (result.isOk())
            out->summary = describe(result.value());
        else
            out->error = result.error();
    };
}

// ---- live-shaped envelopes

const QByteArray kTrunkData =
    R"({"trunk_sid":"trmum1abc","trunk_name":"scripted","status":"active",)"
    R"("domain_name":"ameyo5m.pstn.exotel.com","auth_type":"IP-WHITELIST",)"
    R"("registration_enabled":"disabled","edge_preference":"auto","nso_code":"ANY-ANY",)"
    R"("secure_trunking":"disabled","date_created":"2026-01-23T09:24:59Z",)"
    R"("date_updated":"2026-01-23T09:24:59Z"})";
const QByteArray kNumberData =
    R"({"id":"4","trunk_sid":"trmum1abc","phone_number":"+918047123456","mode":"flow",)"
    R"("date_created":"2026-01-23T09:24:59Z","date_updated":"2026-01-23T09:24:59Z"})";
const QByteArray kIpData =
    R"({"id":"9","trunk_sid":"trmum1abc","ip":"203.0.113.10","mask":32,"friendly_name":null,)"
    R"("date_created":"2026-01-23T09:24:59Z","date_updated":"2026-01-23T09:24:59Z"})";
const QByteArray kDestinationData =
    R"({"id":"12","trunk_sid":"trmum1abc","destination":"sip:sip.example.com:5061;transport=tls",)"
    R"("type":"public","priority":1,"weight":5,"date_created":"2026-01-23T09:24:59Z"})";
const QByteArray kCredentialData =
    R"({"id":"7","trunk_sid":"trmum1abc","user_name":"frank","friendly_name":"PBX",)"
    R"("date_created":"2026-01-23T09:24:59Z","date_updated":"2026-01-23T09:24:59Z"})";
const QByteArray kSettingData =
    R"({"name":"trunk_external_alias","value":"+918047123456","trunk_sid":"trmum1abc"})";
const QByteArray kMapData =
    R"({"trunk_sid":"trmum1abc","phone_number":"+918047123456","id":"4","mode":"pstn"})";

const QString kTrunkText = QStringLiteral("trunk trmum1abc scripted ameyo5m.pstn.exotel.com");
const QString kNumberText = QStringLiteral("number 4 +918047123456 flow");
const QString kIpText = QStringLiteral("ip 9 203.0.113.10/32");
const QString kDestinationText =
    QStringLiteral("destination 12 sip:sip.example.com:5061;transport=tls priority 1 weight 5");
const QString kCredentialText = QStringLiteral("credential 7 frank PBX");
const QString kSettingText = QStringLiteral("setting trunk_external_alias +918047123456");

enum class Shape { Single, List };

QByteArray item(const QByteArray &data) {
    return R"({"code":200,"error_data":null,"status":"success","data":)" + data + "}";
}

QByteArray successEnvelope(Shape shape, const QByteArray &data) {
    if (shape == Shape::Single)
        return R"({"request_id":"r-ok","method":"X","http_code":200,"response":)" + item(data) +
               "}";
    return R"({"request_id":"r-ok","method":"X","http_code":200,"metadata":{"total":1,)"
           R"("page_size":50,"first_page_uri":null,"prev_page_uri":null,"next_page_uri":null},)"
           R"("response":[)" +
           item(data) + "]}";
}

QByteArray refusal(int status, int code, const char *message, const QString &description) {
    return R"({"request_id":"r-refused","method":"X","http_code":)" + QByteArray::number(status) +
           R"(,"response":{"code":)" + QByteArray::number(status) + R"(,"error_data":{"code":)" +
           QByteArray::number(code) + R"(,"message":")" + message + R"(","description":")" +
           description.toUtf8() + R"("},"status":"failure","data":null}})";
}

// ---- one case per catalogue row

using Call = std::function<ApiCall *(ExotelClient &, QObject *, Outcome *)>;

struct ContractCase {
    Endpoint id;
    Shape shape;
    QByteArray data;  // the "data" of the answer
    QByteArray body;  // the JSON body the client must send; empty: none
    QString objectId; // {id} in the path or the selector's value, decoded
    QList<QPair<QString, QString>> extraQuery;
    QString summary; // describe() of the decoded value
    Call call;
};

QList<ContractCase> contractCases() {
    using E = Endpoint;
    const TrunkSid sid(kSid);
    NewTrunk trunk;
    trunk.name = QStringLiteral("alpha_1");
    CredentialUpdate credentialUpdate;
    credentialUpdate.password = QStringLiteral("N3wSecretPassw0rdY");
    credentialUpdate.friendlyName = QStringLiteral("PBX 2");
    const NewCredential credential{QStringLiteral("frank"), QStringLiteral("Sup3rSecretPassw0rdX"),
                                   QStringLiteral("PBX")};
    const QString list1 = QStringLiteral("[%1]");
    return {
        {E::CreateTrunk,
         Shape::Single,
         kTrunkData,
         R"({"trunk_name":"alpha_1","nso_code":"ANY-ANY","domain_name":"ameyo5m.pstn.exotel.com"})",
         {},
         {},
         kTrunkText,
         [trunk](ExotelClient &c, QObject *x, Outcome *o) {
             return c.createTrunk(trunk, x, into<Trunk>(o));
         }},
        {E::ListTrunks,
         Shape::List,
         kTrunkData,
         {},
         {},
         {{QStringLiteral("page_size"), QStringLiteral("200")}},
         list1.arg(kTrunkText),
         [](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listTrunks(x, into<QList<Trunk>>(o), {}, 200);
         }},
        {E::LookUpTrunk,
         Shape::List,
         kTrunkData,
         {},
         kSid,
         {},
         list1.arg(kTrunkText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.lookUpTrunk(sid, x, into<QList<Trunk>>(o));
         }},
        {E::GetTrunk,
         Shape::Single,
         kTrunkData,
         {},
         {},
         {},
         kTrunkText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.getTrunk(sid, x, into<Trunk>(o));
         }},
        {E::UpdateTrunk,
         Shape::Single,
         kTrunkData,
         R"({"trunk_name":"beta_2"})",
         {},
         {},
         kTrunkText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.renameTrunk(sid, QStringLiteral("beta_2"), x, into<Trunk>(o));
         }},
        {E::DeleteTrunk,
         Shape::Single,
         kTrunkData,
         {},
         kSid,
         {},
         kTrunkText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.deleteTrunk(sid, x, into<Trunk>(o));
         }},
        {E::MapPhoneNumber,
         Shape::Single,
         kNumberData,
         R"({"phone_number":"+918047123456","mode":"flow"})",
         {},
         {},
         kNumberText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.mapPhoneNumber(sid, NewPhoneNumber{kNumber, NumberMode::Flow}, x,
                                     into<PhoneNumber>(o));
         }},
        {E::ListPhoneNumbers,
         Shape::List,
         kNumberData,
         {},
         {},
         {},
         list1.arg(kNumberText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listPhoneNumbers(sid, x, into<QList<PhoneNumber>>(o));
         }},
        {E::UpdatePhoneNumber,
         Shape::Single,
         kNumberData,
         R"({"phone_number":"+918047123456","mode":"pstn"})",
         QStringLiteral("4"),
         {},
         kNumberText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.updatePhoneNumberMode(sid, PhoneNumberId(QStringLiteral("4")), kNumber,
                                            NumberMode::Default, x, into<PhoneNumber>(o));
         }},
        {E::RemovePhoneNumber,
         Shape::Single,
         kNumberData,
         {},
         QStringLiteral("4"),
         {},
         kNumberText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.removePhoneNumber(sid, PhoneNumberId(QStringLiteral("4")), x,
                                        into<PhoneNumber>(o));
         }},
        {E::WhitelistIp,
         Shape::Single,
         kIpData,
         R"({"ip":"203.0.113.10","mask":32})",
         {},
         {},
         kIpText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.whitelistIp(sid, NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32}, x,
                                  into<WhitelistedIp>(o));
         }},
        {E::ListWhitelistedIps,
         Shape::List,
         kIpData,
         {},
         {},
         {},
         list1.arg(kIpText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listWhitelistedIps(sid, x, into<QList<WhitelistedIp>>(o));
         }},
        {E::UpdateWhitelistedIp,
         Shape::Single,
         kIpData,
         R"({"ip":"203.0.113.11","mask":31})",
         QStringLiteral("9"),
         {},
         kIpText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.updateWhitelistedIp(sid, WhitelistedIpId(QStringLiteral("9")),
                                          QStringLiteral("203.0.113.11"), 31, x,
                                          into<WhitelistedIp>(o));
         }},
        {E::RemoveWhitelistedIp,
         Shape::Single,
         kIpData,
         {},
         QStringLiteral("9"),
         {},
         kIpText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.removeWhitelistedIp(sid, WhitelistedIpId(QStringLiteral("9")), x,
                                          into<WhitelistedIp>(o));
         }},
        {E::AddDestinationUris,
         Shape::List,
         kDestinationData,
         R"({"destinations":[{"destination":"sip.example.com:5061;transport=tls"}]})",
         {},
         {},
         QStringLiteral("[sip.example.com:5061;transport=tls → %1]").arg(kDestinationText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.addDestinationUris(
                 sid, {NewDestination{QStringLiteral("sip.example.com"), 5061, Transport::Tls}}, x,
                 into<QList<ItemOutcome<DestinationUri>>>(o));
         }},
        {E::ListDestinationUris,
         Shape::List,
         kDestinationData,
         {},
         {},
         {},
         list1.arg(kDestinationText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listDestinationUris(sid, x, into<QList<DestinationUri>>(o));
         }},
        {E::UpdateDestinationUri,
         Shape::Single,
         kDestinationData,
         R"({"priority":1,"weight":5})",
         QStringLiteral("12"),
         {},
         kDestinationText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.updateDestinationUri(sid, DestinationUriId(QStringLiteral("12")), 1, 5, x,
                                           into<DestinationUri>(o));
         }},
        {E::RemoveDestinationUri,
         Shape::Single,
         kDestinationData,
         {},
         QStringLiteral("12"),
         {},
         kDestinationText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.removeDestinationUri(sid, DestinationUriId(QStringLiteral("12")), x,
                                           into<DestinationUri>(o));
         }},
        {E::CreateCredential,
         Shape::Single,
         kCredentialData,
         R"({"user_name":"frank","password":"Sup3rSecretPassw0rdX","friendly_name":"PBX"})",
         {},
         {},
         kCredentialText,
         [sid, credential](ExotelClient &c, QObject *x, Outcome *o) {
             return c.createCredential(sid, credential, x, into<Credential>(o));
         }},
        {E::ListCredentials,
         Shape::List,
         kCredentialData,
         {},
         {},
         {},
         list1.arg(kCredentialText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listCredentials(sid, x, into<QList<Credential>>(o));
         }},
        {E::GetCredential,
         Shape::Single,
         kCredentialData,
         {},
         QStringLiteral("7"),
         {},
         kCredentialText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.getCredential(sid, CredentialId(QStringLiteral("7")), x, into<Credential>(o));
         }},
        {E::UpdateCredential,
         Shape::Single,
         kCredentialData,
         R"({"password":"N3wSecretPassw0rdY","friendly_name":"PBX 2"})",
         QStringLiteral("7"),
         {},
         kCredentialText,
         [sid, credentialUpdate](ExotelClient &c, QObject *x, Outcome *o) {
             return c.updateCredential(sid, CredentialId(QStringLiteral("7")), credentialUpdate, x,
                                       into<Credential>(o));
         }},
        {E::DeleteCredential,
         Shape::Single,
         kCredentialData,
         {},
         QStringLiteral("7"),
         {},
         kCredentialText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.deleteCredential(sid, CredentialId(QStringLiteral("7")), x,
                                       into<Credential>(o));
         }},
        {E::SetSettings,
         Shape::List,
         kSettingData,
         R"({"settings":[{"name":"trunk_external_alias","value":"+918047123456"}]})",
         {},
         {},
         kSettingText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.setCallerIdAlias(sid, kNumber, x, into<TrunkSetting>(o));
         }},
        {E::ListSettings,
         Shape::List,
         kSettingData,
         {},
         {},
         {},
         list1.arg(kSettingText),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.listSettings(sid, x, into<QList<TrunkSetting>>(o));
         }},
        {E::RemoveSetting,
         Shape::Single,
         kSettingData,
         {},
         QStringLiteral("trunk_external_alias"),
         {},
         kSettingText,
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.removeSetting(sid, QStringLiteral("trunk_external_alias"), x,
                                    into<TrunkSetting>(o));
         }},
        {E::LookUpExophone,
         Shape::List,
         kMapData,
         {},
         kNumber,
         {{QStringLiteral("trunk_sid"), kSid}},
         QStringLiteral("[map trmum1abc +918047123456 id 4 pstn]"),
         [sid](ExotelClient &c, QObject *x, Outcome *o) {
             return c.lookUpExophone(kNumber, sid, x, into<QList<TrunkMap>>(o));
         }},
    };
}

const ContractCase &caseFor(Endpoint id) {
    static const QList<ContractCase> cases = contractCases();
    for (const ContractCase &c : cases) {
        if (c.id == id)
            return c;
    }
    qFatal("no contract case for %s", endpointRow(id).key);
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

using QueryItems = QList<QPair<QString, QString>>;

QueryItems sorted(QueryItems items) {
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace

class TestEndpointContract : public QObject {
    Q_OBJECT
private slots:
    void everyRowHasACase();
    void sendsTheRowAndDecodesTheAnswer_data() { rows(); }
    void sendsTheRowAndDecodesTheAnswer();
    void refusalShowsTheDescriptionFirst_data() { rows(); }
    void refusalShowsTheDescriptionFirst();
    void vendorSampleRowUnsupportedOnThisAccount_data();
    void vendorSampleRowUnsupportedOnThisAccount();
    void referenceRow404IsNotFound();
    void secretsNeverReachTheLog();

private:
    static void rows() {
        QTest::addColumn<int>("endpoint");
        for (const EndpointRow &row : endpointCatalogue())
            QTest::newRow(row.key) << int(row.id);
    }
    std::unique_ptr<ExotelClient> clientFor(const RecordingServer &server) {
        ClientConfig config;
        config.baseUrl = server.url();
        config.accountSid = kAccount;
        config.apiKey = QStringLiteral("contract_key");
        config.apiToken = QStringLiteral("contract-token-not-logged");
        config.transferTimeout = std::chrono::milliseconds(5000);
        return std::make_unique<ExotelClient>(config);
    }
    // Runs the row's call and waits for its callback.
    Outcome run(ExotelClient &client, const ContractCase &c) {
        Outcome outcome;
        c.call(client, this, &outcome);
        if (!QTest::qWaitFor([&outcome] { return outcome.done; }, 8000))
            qWarning("no answer for %s", endpointRow(c.id).key);
        return outcome;
    }
};

void TestEndpointContract::everyRowHasACase() {
    QCOMPARE(contractCases().size(), endpointCatalogue().size());
    for (const EndpointRow &row : endpointCatalogue())
        QCOMPARE(int(caseFor(row.id).id), int(row.id));
}

void TestEndpointContract::sendsTheRowAndDecodesTheAnswer() {
    QFETCH(int, endpoint);
    const Endpoint id = Endpoint(endpoint);
    const EndpointRow &row = endpointRow(id);
    const ContractCase &c = caseFor(id);
    RecordingServer server;
    server.setReply({200, "OK", "application/json", successEnvelope(c.shape, c.data)});
    auto client = clientFor(server);

    const Outcome outcome = run(*client, c);
    QVERIFY2(outcome.done && outcome.ok, qPrintable(outcome.error.technicalDetails()));
    QCOMPARE(outcome.summary, c.summary);
    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest &sent = server.requests().first();

    // Method, path and query are the row's.
    QCOMPARE(sent.method, QByteArray(row.method));
    const bool idInPath = QString::fromLatin1(row.path).contains(QLatin1String("{id}"));
    QCOMPARE(sent.path,
             accountPath(kAccount) + endpointPath(id, kSid, idInPath ? c.objectId : QString()));
    QueryItems expected = endpointQuery(id, c.objectId).queryItems(QUrl::FullyDecoded);
    expected << c.extraQuery;
    QCOMPARE(sorted(sent.query.queryItems(QUrl::FullyDecoded)), sorted(expected));
    if (id == Endpoint::LookUpExophone) // a "+" in a query would read as a space
        QVERIFY2(sent.rawQuery.contains("exophone=%2B918047123456"), sent.rawQuery.constData());
    // The server routes it back to the same row.
    const QStringList segments =
        sent.path.mid(accountPath(kAccount).size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const std::optional<EndpointMatch> match =
        matchEndpoint(QString::fromLatin1(sent.method), segments, sent.query);
    QVERIFY(match);
    QCOMPARE(int(match->id), endpoint);

    // The body.
    if (c.body.isEmpty()) {
        QVERIFY2(sent.body.isEmpty(), sent.body.constData());
    } else {
        QCOMPARE(QJsonDocument::fromJson(sent.body), QJsonDocument::fromJson(c.body));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
    }
    QVERIFY(sent.headers.value("authorization").startsWith("Basic "));
    QVERIFY(client->isSupported(id));
}

void TestEndpointContract::refusalShowsTheDescriptionFirst() {
    QFETCH(int, endpoint);
    const ContractCase &c = caseFor(Endpoint(endpoint));
    RecordingServer server;
    server.setReply({400, "Bad Request", "application/json",
                     refusal(400, 1002, "Invalid parameter", kDescription)});
    auto client = clientFor(server);

    const Outcome outcome = run(*client, c);
    QVERIFY(outcome.done);
    QVERIFY(!outcome.ok);
    // A refusal is never re-sent; only a refused page_size is asked again without it.
    QCOMPARE(server.requestCount(), Endpoint(endpoint) == Endpoint::ListTrunks ? 2 : 1);
    const ApiError &e = outcome.error;
    QCOMPARE(e.kind, ApiError::Kind::Validation);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.exotelCode, 1002);
    QCOMPARE(e.requestId, QStringLiteral("r-refused"));
    QVERIFY2(e.serverText().startsWith(kDescription), qPrintable(e.serverText()));
    const QString message = e.userMessage();
    QVERIFY2(message.contains(kDescription), qPrintable(message));
    QVERIFY2(message.indexOf(kDescription) < message.indexOf(QLatin1String("Invalid parameter")),
             qPrintable(message));
    QVERIFY(client->isSupported(Endpoint(endpoint)));
}

void TestEndpointContract::vendorSampleRowUnsupportedOnThisAccount_data() {
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("status");
    for (const EndpointRow &row : endpointCatalogue()) {
        if (row.source != EndpointSource::VendorSamples)
            continue;
        for (int status : {404, 405})
            QTest::addRow("%s %d", row.key, status) << int(row.id) << status;
    }
}

void TestEndpointContract::vendorSampleRowUnsupportedOnThisAccount() {
    QFETCH(int, endpoint);
    QFETCH(int, status);
    const Endpoint id = Endpoint(endpoint);
    const ContractCase &c = caseFor(id);
    RecordingServer server;
    if (status == 404)
        server.setReply({404, "Not Found", "application/json",
                         refusal(404, 1000, "Not found", QStringLiteral("Resource not found"))});
    else
        server.setReply({405, "Method Not Allowed", "text/plain", "405 method not allowed"});
    auto client = clientFor(server);
    QSignalSpy changed(client.get(), &ExotelClient::supportChanged);

    const Outcome first = run(*client, c);
    QVERIFY(first.done);
    QVERIFY(!first.ok);
    QCOMPARE(server.requestCount(), 1);

    // A 404 on the two trunk reads keeps its meaning: the trunk list's fallback decides.
    if (status == 404 && (id == Endpoint::GetTrunk || id == Endpoint::LookUpTrunk)) {
        QCOMPARE(first.error.kind, ApiError::Kind::NotFound);
        QVERIFY(client->isSupported(id));
        QVERIFY(client->unsupportedReason(id).isEmpty());
        const Outcome again = run(*client, c);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(again.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(changed.count(), 0);
        return;
    }

    QCOMPARE(first.error.kind, ApiError::Kind::Unsupported);
    QCOMPARE(first.error.httpStatus, status); // the trunk list's fallback reads the status
    QVERIFY(!client->isSupported(id));
    const QString reason = client->unsupportedReason(id);
    QVERIFY2(reason.contains(endpointSignature(id)), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("Nothing was changed")), qPrintable(reason));
    QVERIFY2(first.error.userMessage().contains(endpointSignature(id)),
             qPrintable(first.error.userMessage()));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Endpoint>(), id);
    // Other rows are not affected.
    for (const EndpointRow &row : endpointCatalogue()) {
        if (row.id != id)
            QVERIFY2(client->isSupported(row.id), row.key);
    }

    // Later calls fail at once, with the same error, and send nothing.
    const Outcome again = run(*client, c);
    QVERIFY(again.done);
    QVERIFY(!again.ok);
    QCOMPARE(again.error.kind, ApiError::Kind::Unsupported);
    QCOMPARE(again.error.message, first.error.message);
    QCOMPARE(server.requestCount(), 1);
    QTest::qWait(20);
    QCOMPARE(changed.count(), 1);
}

// A 404 on a reference row means what it says: not found, and the row stays usable.
void TestEndpointContract::referenceRow404IsNotFound() {
    RecordingServer server;
    server.setReply({404, "Not Found", "application/json",
                     refusal(404, 1000, "Not found", QStringLiteral("Credential not found"))});
    auto client = clientFor(server);
    for (const EndpointRow &row : endpointCatalogue()) {
        if (row.source != EndpointSource::Reference)
            continue;
        const Outcome outcome = run(*client, caseFor(row.id));
        QVERIFY2(outcome.done && !outcome.ok, row.key);
        QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
        QVERIFY2(client->isSupported(row.id), row.key);
    }
}

// The passwords of CreateCredential and UpdateCredential, and the API token, are sent but never
// logged: not with the request, not with a refusal.
void TestEndpointContract::secretsNeverReachTheLog() {
    QLoggingCategory::setFilterRules(QStringLiteral("exotrunk.*.debug=true"));
    capturedLog.clear();
    previousHandler = qInstallMessageHandler(captureMessages);
    RecordingServer server;
    auto client = clientFor(server);
    for (const Endpoint id : {Endpoint::CreateCredential, Endpoint::UpdateCredential}) {
        const ContractCase &c = caseFor(id);
        server.setReply({200, "OK", "application/json", successEnvelope(c.shape, c.data)});
        QVERIFY(run(*client, c).ok);
        server.setReply({400, "Bad Request", "application/json",
                         refusal(400, 1002, "Invalid parameter", kDescription)});
        QVERIFY(!run(*client, c).ok);
    }
    qInstallMessageHandler(previousHandler);
    QCOMPARE(server.requestCount(), 4);
    QVERIFY(server.requests().at(0).body.contains("Sup3rSecretPassw0rdX"));
    QVERIFY(server.requests().at(2).body.contains("N3wSecretPassw0rdY"));
    const QString log = capturedLog.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("credentials")), "the requests were logged");
    for (const char *secret :
         {"Sup3rSecretPassw0rdX", "N3wSecretPassw0rdY", "contract-token-not-logged"})
        QVERIFY2(!log.contains(QLatin1String(secret)), secret);
}

QTEST_GUILESS_MAIN(TestEndpointContract)
#include "tst_endpointcontract.moc"
