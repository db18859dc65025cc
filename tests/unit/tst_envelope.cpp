#include "api/envelope.h"
#include "domain/destinationuri.h"
#include "testdata.h"

#include <QJsonObject>
#include <QTest>

using namespace exotrunk;

Q_DECLARE_METATYPE(exotrunk::ApiError::Kind)

class TstEnvelope : public QObject {
    Q_OBJECT

private slots:
    void singleEnvelope();
    void listEnvelopeWithMetadata();
    void multiItemPostMetadata();
    void emptyListWithoutMetadata();
    void nextPageUri();
    void duplicateInsideHttp200();
    void multiStatus207();
    void documentedErrorEnvelopes_data();
    void documentedErrorEnvelopes();
    void itemWithoutStatusFollowsHttp();
    void errorStatusWithoutFailureIsAnError();
    void innerNon2xxCodeAloneIsAFailure();
    void unreadableListItemIsMarkedNotFatal();
    void notAnEnvelope_data();
    void notAnEnvelope();
    void httpErrorWithoutEnvelope_data();
    void httpErrorWithoutEnvelope();
    void everyDocExampleParses_data();
    void everyDocExampleParses();
};

void TstEnvelope::singleEnvelope() {
    const EnvelopeParse p = parseEnvelope(testdata::load(QStringLiteral("create_trunk.json")), 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QVERIFY(!p.error.isError());
    const Envelope &e = *p.envelope;
    QCOMPARE(e.requestId, QStringLiteral("10a67da360d446378d5c2b66407b7f18"));
    QCOMPARE(e.method, QStringLiteral("POST"));
    QCOMPARE(e.httpCode, 200);
    QVERIFY(!e.isList);
    QVERIFY(!e.metadata.has_value());
    QCOMPARE(e.items.size(), 1);
    QVERIFY(e.items.at(0).isSuccess());
    QCOMPARE(e.items.at(0).code, 200);
    QCOMPARE(e.items.at(0).status, QStringLiteral("success"));
    QCOMPARE(e.items.at(0).data.toObject().value(QStringLiteral("trunk_sid")).toString(),
             QStringLiteral("trmum1f708622631150902801a1n"));
}

void TstEnvelope::listEnvelopeWithMetadata() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("list_credentials.json")), 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    const Envelope &e = *p.envelope;
    QVERIFY(e.isList);
    QVERIFY(e.metadata.has_value());
    QCOMPARE(e.metadata->total, std::optional<int>(1));
    QCOMPARE(e.metadata->pageSize, std::optional<int>(50));
    QCOMPARE(e.metadata->page, std::optional<int>(1));
    QVERIFY(!e.metadata->success.has_value());
    QVERIFY(e.metadata->firstPageUri.endsWith(QStringLiteral("credentials?page_size=50&offset=0")));
    QVERIFY(e.metadata->prevPageUri.isEmpty());
    QVERIFY(e.metadata->nextPageUri.isEmpty());
    QCOMPARE(e.items.size(), 1);

    // The phone-number list has page_size but no total and no page.
    const EnvelopeParse numbers =
        parseEnvelope(testdata::load(QStringLiteral("list_phone_numbers.json")), 200);
    QVERIFY(numbers.envelope.has_value());
    QVERIFY(!numbers.envelope->metadata->total.has_value());
    QVERIFY(!numbers.envelope->metadata->page.has_value());
    QCOMPARE(numbers.envelope->metadata->pageSize, std::optional<int>(50));
}

void TstEnvelope::multiItemPostMetadata() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("map_destination_uris.json")), 200);
    QVERIFY(p.envelope.has_value());
    QCOMPARE(p.envelope->metadata->total, std::optional<int>(1));
    QCOMPARE(p.envelope->metadata->success, std::optional<int>(1));
    QCOMPARE(p.envelope->metadata->failed, std::optional<int>(0));
    const EnvelopeParse settings =
        parseEnvelope(testdata::load(QStringLiteral("set_trunk_alias.json")), 200);
    QVERIFY(settings.envelope.has_value());
    QCOMPARE(settings.envelope->metadata->success, std::optional<int>(1));
    QVERIFY(!settings.envelope->metadata->failed.has_value());
}

void TstEnvelope::emptyListWithoutMetadata() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("empty_list_no_metadata.json")), 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QVERIFY(p.envelope->isList);
    QVERIFY(p.envelope->items.isEmpty());
    QVERIFY(!p.envelope->metadata.has_value());
}

void TstEnvelope::nextPageUri() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("list_trunks_page1.json")), 200);
    QVERIFY(p.envelope.has_value());
    QCOMPARE(p.envelope->metadata->nextPageUri,
             QStringLiteral("/v2/accounts/ameyo5m/trunks?offset=1&page_size=1"));
    QCOMPARE(p.envelope->metadata->total, std::optional<int>(2));
}

void TstEnvelope::duplicateInsideHttp200() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("duplicate_inner_409.json")), 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QVERIFY(!p.error.isError());
    const EnvelopeItem &item = p.envelope->items.at(0);
    QVERIFY(!item.isSuccess());
    QCOMPARE(item.code, 409);
    QCOMPARE(item.error.kind, ApiError::Kind::Duplicate);
    QCOMPARE(item.error.exotelCode, 1008);
    QCOMPARE(item.error.httpStatus, 409);
    QCOMPARE(item.error.message, QStringLiteral("Duplicate resource"));
    QCOMPARE(item.error.description, QStringLiteral("IP already whitelisted"));
    QCOMPARE(item.error.requestId, QStringLiteral("5d1c8e0f6a7b4c2d9e3f1a2b3c4d5e6f"));
    QVERIFY(item.data.isNull());

    // Only the inner code, no error_data: still a duplicate.
    const EnvelopeParse bare = parseEnvelope(
        R"({"request_id":"r","http_code":200,"response":{"code":409,"status":"failure","data":null}})",
        200);
    QVERIFY(bare.envelope.has_value());
    QCOMPARE(bare.envelope->items.at(0).error.kind, ApiError::Kind::Duplicate);
    QVERIFY(!bare.envelope->items.at(0).error.message.isEmpty());

    // status "failure" with code 200 is a failure too: the item's own word wins.
    const EnvelopeParse contradictory = parseEnvelope(
        R"({"response":{"code":200,"status":"failure","error_data":null,"data":{"id":"1"}}})", 200);
    QVERIFY(contradictory.envelope.has_value());
    QVERIFY(!contradictory.envelope->items.at(0).isSuccess());
    QVERIFY(contradictory.envelope->items.at(0).data.isNull());
}

void TstEnvelope::multiStatus207() {
    const EnvelopeParse p =
        parseEnvelope(testdata::load(QStringLiteral("multistatus_207.json")), 207);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QCOMPARE(p.envelope->httpCode, 207);
    QCOMPARE(p.envelope->items.size(), 2);
    QVERIFY(p.envelope->items.at(0).isSuccess());
    const auto created = DestinationUri::fromJson(p.envelope->items.at(0).data);
    QVERIFY(created.isOk());
    const EnvelopeItem &failed = p.envelope->items.at(1);
    QVERIFY(!failed.isSuccess());
    QCOMPARE(failed.error.kind, ApiError::Kind::Validation);
    QCOMPARE(failed.error.exotelCode, 1002);
    QCOMPARE(failed.error.description, QStringLiteral("Destination not whitelisted"));
    QCOMPARE(p.envelope->metadata->failed, std::optional<int>(1));
}

void TstEnvelope::documentedErrorEnvelopes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("1010") << "error_1010.json" << 401 << ApiError::Kind::Authentication << 1010;
    QTest::newRow("1000") << "error_1000.json" << 404 << ApiError::Kind::NotFound << 1000;
    QTest::newRow("1001") << "error_1001.json" << 400 << ApiError::Kind::Validation << 1001;
}

void TstEnvelope::documentedErrorEnvelopes() {
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);
    const EnvelopeParse p = parseEnvelope(testdata::load(file), status);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    const EnvelopeItem &item = p.envelope->items.at(0);
    QVERIFY(!item.isSuccess());
    QCOMPARE(item.error.kind, kind);
    QCOMPARE(item.error.exotelCode, code);
    QCOMPARE(item.error.httpStatus, status);
    QVERIFY(!item.error.requestId.isEmpty());
}

void TstEnvelope::itemWithoutStatusFollowsHttp() {
    const QByteArray body = R"({"request_id":"r1","response":{"data":{"id":"1"}}})";
    const EnvelopeParse ok = parseEnvelope(body, 200);
    QVERIFY(ok.envelope.has_value());
    QVERIFY(ok.envelope->items.at(0).isSuccess());
    QCOMPARE(ok.envelope->items.at(0).data.toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("1"));
    const EnvelopeParse failed = parseEnvelope(body, 404);
    QVERIFY(failed.envelope.has_value());
    QCOMPARE(failed.envelope->items.at(0).error.kind, ApiError::Kind::NotFound);
    QCOMPARE(failed.envelope->items.at(0).error.requestId, QStringLiteral("r1"));

    // error_data code as a numeric string is accepted.
    const EnvelopeParse stringCode = parseEnvelope(
        R"({"response":{"code":"400","status":"failure","error_data":{"code":"1002","message":"Invalid parameter"}}})",
        200);
    QVERIFY2(stringCode.envelope.has_value(), qPrintable(stringCode.error.message));
    QCOMPARE(stringCode.envelope->items.at(0).error.exotelCode, 1002);
    QCOMPARE(stringCode.envelope->items.at(0).code, 400);
}

// The rule on its own: HTTP 200, no status, no error_data, only an inner code outside 2xx.
void TstEnvelope::innerNon2xxCodeAloneIsAFailure() {
    const EnvelopeParse p =
        parseEnvelope(R"({"request_id":"r4","response":{"code":409,"data":{"id":"7"}}})", 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    const EnvelopeItem &item = p.envelope->items.at(0);
    QVERIFY(!item.isSuccess());
    QCOMPARE(item.error.kind, ApiError::Kind::Duplicate);
    QCOMPARE(item.error.httpStatus, 409);
    QVERIFY(item.data.isNull()); // a failed item carries no data
    // A 2xx inner code with nothing else is a success.
    const EnvelopeParse ok = parseEnvelope(R"({"response":{"code":201,"data":{"id":"7"}}})", 200);
    QVERIFY(ok.envelope->items.at(0).isSuccess());
}

// One element of a list that is not an item at all must not hide the others.
void TstEnvelope::unreadableListItemIsMarkedNotFatal() {
    const EnvelopeParse p = parseEnvelope(
        R"({"request_id":"r5","response":[{"status":"success","data":{"id":"1"}},3,)"
        R"({"code":"abc","status":"success"},{"status":"success","data":{"id":"4"}}]})",
        200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QCOMPARE(p.envelope->items.size(), 4);
    QVERIFY(p.envelope->items.at(0).isSuccess());
    QCOMPARE(p.envelope->items.at(1).unreadable,
             QStringLiteral("response[1] must be an object, got a number"));
    QVERIFY(!p.envelope->items.at(1).isSuccess());
    QVERIFY(p.envelope->items.at(2).unreadable.contains(QStringLiteral("response[2].code")));
    QVERIFY(p.envelope->items.at(3).isSuccess());
}

void TstEnvelope::errorStatusWithoutFailureIsAnError() {
    const EnvelopeParse p = parseEnvelope(R"({"request_id":"r9","response":[]})", 503);
    QVERIFY(!p.envelope.has_value());
    QCOMPARE(p.error.kind, ApiError::Kind::Server);
    QCOMPARE(p.error.httpStatus, 503);
    QCOMPARE(p.error.requestId, QStringLiteral("r9"));
}

void TstEnvelope::notAnEnvelope_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << testdata::load(QStringLiteral("malformed_truncated.json"))
                               << "not valid JSON";
    QTest::newRow("html") << testdata::load(QStringLiteral("malformed_html.html")) << "HTML";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n ") << "empty";
    QTest::newRow("array") << QByteArray("[]") << "array";
    QTest::newRow("no response") << QByteArray(R"({"request_id":"r","http_code":200})")
                                 << "no \"response\"";
    QTest::newRow("response null") << QByteArray(R"({"response":null})") << "got null";
    QTest::newRow("response string") << QByteArray(R"({"response":"ok"})") << "got a string";
    QTest::newRow("single item not object")
        << QByteArray(R"({"response":3})") << "\"response\" must be an object or an array";
    QTest::newRow("code string") << QByteArray(R"({"response":{"code":"abc","status":"success"}})")
                                 << "response.code must be a whole number";
    QTest::newRow("code fraction")
        << QByteArray(R"({"response":{"code":200.5}})") << "response.code must be a whole number";
    QTest::newRow("status number") << QByteArray(R"({"response":{"code":200,"status":1}})")
                                   << "response.status must be a string";
    QTest::newRow("error_data string")
        << QByteArray(R"({"response":{"code":400,"status":"failure","error_data":"bad"}})")
        << "error_data must be an object or null";
    QTest::newRow("error_data message number")
        << QByteArray(R"({"response":{"status":"failure","error_data":{"code":1002,"message":5}}})")
        << "error_data.message must be a string";
    QTest::newRow("error_data code bool")
        << QByteArray(R"({"response":{"status":"failure","error_data":{"code":true}}})")
        << "error_data.code must be a number";
    QTest::newRow("metadata array")
        << QByteArray(R"({"metadata":[],"response":[]})") << "metadata must be an object";
    QTest::newRow("metadata total string")
        << QByteArray(R"({"metadata":{"total":"1"},"response":[]})")
        << "metadata.total must be a whole number";
    QTest::newRow("next page number")
        << QByteArray(R"({"metadata":{"next_page_uri":2},"response":[]})")
        << "metadata.next_page_uri must be a string or null";
    QTest::newRow("http_code string")
        << QByteArray(R"({"http_code":"200","response":{}})") << "http_code must be a whole number";
    QTest::newRow("request_id object")
        << QByteArray(R"({"request_id":{},"response":{}})") << "request_id must be a string";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "not valid JSON";
}

void TstEnvelope::notAnEnvelope() {
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const EnvelopeParse p = parseEnvelope(body, 200);
    QVERIFY(!p.envelope.has_value());
    QCOMPARE(p.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(p.error.httpStatus, 200);
    QVERIFY2(p.error.message.contains(expected), qPrintable(p.error.message));
    QVERIFY(!p.error.userMessage().isEmpty());
}

void TstEnvelope::httpErrorWithoutEnvelope_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    const QByteArray html = testdata::load(QStringLiteral("malformed_html.html"));
    QTest::newRow("401 html") << html << 401 << ApiError::Kind::Authentication;
    QTest::newRow("403 text") << QByteArray("Forbidden") << 403 << ApiError::Kind::PermissionDenied;
    QTest::newRow("404 empty") << QByteArray() << 404 << ApiError::Kind::NotFound;
    QTest::newRow("429 other shape")
        << QByteArray(R"({"message":"Too Many Requests"})") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("429 RestException")
        << QByteArray(R"({"RestException":{"Status":429}})") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500 truncated")
        << QByteArray(R"({"request_id":"x","respo)") << 500 << ApiError::Kind::Server;
    QTest::newRow("502 html") << html << 502 << ApiError::Kind::Server;
    QTest::newRow("503 empty") << QByteArray() << 503 << ApiError::Kind::Server;
    QTest::newRow("415") << QByteArray("Unsupported Media Type") << 415
                         << ApiError::Kind::Validation;
}

void TstEnvelope::httpErrorWithoutEnvelope() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const EnvelopeParse p = parseEnvelope(body, status);
    QVERIFY(!p.envelope.has_value());
    QCOMPARE(p.error.kind, kind);
    QCOMPARE(p.error.httpStatus, status);
    QVERIFY2(p.error.message.startsWith(QStringLiteral("HTTP %1").arg(status)),
             qPrintable(p.error.message));
    QVERIFY(!p.error.userMessage().isEmpty());
    if (body.contains("<title>"))
        QVERIFY2(p.error.description.contains(QStringLiteral("502 Bad Gateway")),
                 qPrintable(p.error.description));
}

void TstEnvelope::everyDocExampleParses_data() {
    QTest::addColumn<QString>("file");
    for (const QString &file : testdata::jsonFiles()) {
        if (!file.startsWith(QLatin1String("malformed")))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TstEnvelope::everyDocExampleParses() {
    QFETCH(QString, file);
    const QByteArray body = testdata::load(file);
    const EnvelopeParse p = parseEnvelope(body, 200);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    QVERIFY(!p.envelope->requestId.isEmpty());
    // Truncating a valid body anywhere never yields an envelope, never crashes.
    for (int cut = 0; cut < body.size() - 2; cut += 7) {
        const EnvelopeParse truncated = parseEnvelope(body.left(cut), 200);
        QVERIFY(!truncated.envelope.has_value());
        QCOMPARE(truncated.error.kind, ApiError::Kind::MalformedResponse);
    }
}

QTEST_GUILESS_MAIN(TstEnvelope)
#include "tst_envelope.moc"
