#include "api/apierror.h"
#include "api/envelope.h"

#include <QTest>

using namespace exotrunk;

Q_DECLARE_METATYPE(exotrunk::ApiError::Kind)

namespace {

const ApiError::Kind AllKinds[] = {
    ApiError::Kind::None,        ApiError::Kind::Network,        ApiError::Kind::Timeout,
    ApiError::Kind::Tls,         ApiError::Kind::Authentication, ApiError::Kind::PermissionDenied,
    ApiError::Kind::NotFound,    ApiError::Kind::Validation,     ApiError::Kind::Duplicate,
    ApiError::Kind::RateLimited, ApiError::Kind::Server,         ApiError::Kind::MalformedResponse,
    ApiError::Kind::Cancelled,   ApiError::Kind::Unsupported,
};

} // namespace

class TstApiError : public QObject {
    Q_OBJECT

private slots:
    void everyDocumentedCodeHasAdvice();
    void unknownCodesHaveNoAdvice();
    void kindForCodes_data();
    void kindForCodes();
    void everyKindHasAMessageAndName();
    void authenticationMentionsRegion();
    void userMessageQuotesTheServer();
    void technicalDetails();
    void secretsNeverShown_data();
    void secretsNeverShown();
    void noErrorNoMessage();
    void permissionDeniedNamesEveryCause();
    void theRequestIdTheAdviceAsksForIsShown();
};

void TstApiError::everyDocumentedCodeHasAdvice() {
    for (int code = 1000; code <= 1011; ++code) {
        const QString advice = ApiError::adviceForExotelCode(code);
        QVERIFY2(advice.size() > 40, qPrintable(QString::number(code)));
        QVERIFY2(advice.endsWith(QLatin1Char('.')), qPrintable(advice));
        QVERIFY2(advice.contains(QString::number(code)), qPrintable(advice));

        ApiError e;
        e.exotelCode = code;
        e.httpStatus = 400;
        e.kind = ApiError::kindForCodes(code, 400);
        QVERIFY2(e.userMessage().startsWith(advice), qPrintable(e.userMessage()));
    }
    QVERIFY(ApiError::adviceForExotelCode(1010).contains(QStringLiteral("region")));
    QVERIFY(ApiError::adviceForExotelCode(1008).contains(QStringLiteral("safe to ignore")));
    QVERIFY(ApiError::adviceForExotelCode(1002).contains(QStringLiteral("whitelisted")));
}

void TstApiError::unknownCodesHaveNoAdvice() {
    QVERIFY(ApiError::adviceForExotelCode(0).isEmpty());
    QVERIFY(ApiError::adviceForExotelCode(999).isEmpty());
    QVERIFY(ApiError::adviceForExotelCode(1012).isEmpty());
    QVERIFY(ApiError::adviceForExotelCode(-1).isEmpty());
}

void TstApiError::kindForCodes_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    using K = ApiError::Kind;
    QTest::newRow("1000") << 1000 << 404 << K::NotFound;
    QTest::newRow("1001") << 1001 << 400 << K::Validation;
    QTest::newRow("1002") << 1002 << 400 << K::Validation;
    QTest::newRow("1003") << 1003 << 403 << K::PermissionDenied;
    QTest::newRow("1007") << 1007 << 400 << K::Validation;
    QTest::newRow("1008 in 200") << 1008 << 200 << K::Duplicate;
    QTest::newRow("1008 in 409") << 1008 << 409 << K::Duplicate;
    QTest::newRow("1010") << 1010 << 401 << K::Authentication;
    QTest::newRow("1011") << 1011 << 415 << K::Validation;
    QTest::newRow("401") << 0 << 401 << K::Authentication;
    QTest::newRow("403") << 0 << 403 << K::PermissionDenied;
    QTest::newRow("404") << 0 << 404 << K::NotFound;
    QTest::newRow("409") << 0 << 409 << K::Duplicate;
    QTest::newRow("429") << 0 << 429 << K::RateLimited;
    QTest::newRow("400") << 0 << 400 << K::Validation;
    QTest::newRow("500") << 0 << 500 << K::Server;
    QTest::newRow("503") << 0 << 503 << K::Server;
    QTest::newRow("200") << 0 << 200 << K::None;
    QTest::newRow("nothing") << 0 << 0 << K::None;
    QTest::newRow("unknown code 1005 with 400") << 1005 << 400 << K::Validation;
    QTest::newRow("unknown code with 200") << 4242 << 200 << K::Server;
}

void TstApiError::kindForCodes() {
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QCOMPARE(ApiError::kindForCodes(code, status), kind);
}

void TstApiError::everyKindHasAMessageAndName() {
    QSet<QString> names;
    for (const ApiError::Kind kind : AllKinds) {
        names.insert(ApiError::kindName(kind));
        ApiError e;
        e.kind = kind;
        if (kind == ApiError::Kind::None) {
            QVERIFY(e.userMessage().isEmpty());
            continue;
        }
        QVERIFY2(e.userMessage().size() > 20, qPrintable(ApiError::kindName(kind)));
        QVERIFY2(e.userMessage().endsWith(QLatin1Char('.')), qPrintable(e.userMessage()));
    }
    QCOMPARE(names.size(), int(std::size(AllKinds)));
    QCOMPARE(ApiError::kindName(ApiError::Kind::RateLimited), QStringLiteral("RateLimited"));

    // "Not supported on this account" names the endpoint and says nothing changed; the server's
    // "not found" is left out, so nobody reads it as "gone".
    ApiError unsupported;
    unsupported.kind = ApiError::Kind::Unsupported;
    unsupported.httpStatus = 404;
    unsupported.exotelCode = 1000;
    unsupported.message = QStringLiteral("DELETE /trunks/{trunk_sid}/phone-numbers?id=");
    unsupported.description = QStringLiteral("Not found");
    unsupported.requestId = QStringLiteral("r-7");
    const QString text = unsupported.userMessage();
    QVERIFY2(text.startsWith(QStringLiteral("This account's server does not support this action "
                                            "(DELETE /trunks/{trunk_sid}/phone-numbers?id=). "
                                            "Nothing was changed.")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Not found")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("r-7")), qPrintable(text));
}

void TstApiError::authenticationMentionsRegion() {
    ApiError e;
    e.kind = ApiError::Kind::Authentication;
    e.httpStatus = 401;
    QCOMPARE(
        e.userMessage(),
        QStringLiteral("Exotel rejected the API key or token. Check both, and that the account's "
                       "region is right: a Mumbai account does not work against Singapore."));
}

void TstApiError::userMessageQuotesTheServer() {
    const EnvelopeParse p = parseEnvelope(
        R"({"request_id":"abc123","response":{"code":400,"status":"failure","error_data":{"code":1002,"message":"Invalid parameter","description":"Destination is not a valid Ip or Fqdn"}}})",
        400);
    QVERIFY(p.envelope.has_value());
    const ApiError &e = p.envelope->items.at(0).error;
    // The specific description first, the category after it.
    QVERIFY2(e.userMessage().contains(QStringLiteral(
                 "Exotel said: Destination is not a valid Ip or Fqdn (Invalid parameter).")),
             qPrintable(e.userMessage()));
    QVERIFY(e.userMessage().startsWith(ApiError::adviceForExotelCode(1002)));
    QCOMPARE(e.serverText(),
             QStringLiteral("Destination is not a valid Ip or Fqdn (Invalid parameter)"));
}

void TstApiError::technicalDetails() {
    ApiError e;
    e.kind = ApiError::Kind::Duplicate;
    e.httpStatus = 409;
    e.exotelCode = 1008;
    e.message = QStringLiteral("Duplicate resource");
    e.requestId = QStringLiteral("5d1c8e0f6a7b4c2d9e3f1a2b3c4d5e6f");
    const QString details = e.technicalDetails();
    QVERIFY(details.contains(QStringLiteral("kind Duplicate")));
    QVERIFY(details.contains(QStringLiteral("HTTP 409")));
    QVERIFY(details.contains(QStringLiteral("Exotel code 1008")));
    QVERIFY(details.contains(QStringLiteral("request_id 5d1c8e0f6a7b4c2d9e3f1a2b3c4d5e6f")));
    QVERIFY(details.startsWith(e.userMessage()));
}

void TstApiError::secretsNeverShown_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("description");
    const QString token = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0deadbeef");
    QTest::addColumn<QString>("secret");
    QTest::newRow("basic header") << QStringLiteral(
                                         "Authorization: Basic a2V5OjlmOGU3ZDZjNWI0YTM5MjgxNzA2")
                                  << QString()
                                  << QStringLiteral("a2V5OjlmOGU3ZDZjNWI0YTM5MjgxNzA2");
    QTest::newRow("url user info")
        << QStringLiteral("GET https://apikey123:%1@api.in.exotel.com/v2/accounts/a failed")
               .arg(token)
        << QString() << token;
    QTest::newRow("token=") << QString() << QStringLiteral("bad api_token=%1 given").arg(token)
                            << token;
    QTest::newRow("json password") << QStringLiteral("{\"password\":\"Hunter2Hunter2\"}")
                                   << QString() << QStringLiteral("Hunter2Hunter2");
    QTest::newRow("bearer") << QStringLiteral("bearer %1").arg(token) << QString() << token;
    QTest::newRow("token: in words")
        << QStringLiteral("Invalid token: %1").arg(token) << QString() << token;
}

void TstApiError::secretsNeverShown() {
    QFETCH(QString, message);
    QFETCH(QString, description);
    QFETCH(QString, secret);
    for (const ApiError::Kind kind : AllKinds) {
        ApiError e;
        e.kind = kind;
        e.httpStatus = 401;
        e.exotelCode = 1010;
        e.message = message;
        e.description = description;
        QVERIFY2(!e.userMessage().contains(secret), qPrintable(e.userMessage()));
        QVERIFY2(!e.technicalDetails().contains(secret), qPrintable(e.technicalDetails()));
    }
    // The same text arriving in a real envelope.
    QByteArray body =
        R"({"request_id":"r","response":{"code":401,"status":"failure","error_data":{"code":1010,"message":")";
    body += message.toUtf8().replace("\"", "\\\"") + R"(","description":")" + description.toUtf8() +
            R"("}}})";
    const EnvelopeParse p = parseEnvelope(body, 401);
    QVERIFY2(p.envelope.has_value(), qPrintable(p.error.message));
    const ApiError &e = p.envelope->items.at(0).error;
    QCOMPARE(e.kind, ApiError::Kind::Authentication);
    QVERIFY(!e.userMessage().contains(secret));
    QVERIFY(!e.technicalDetails().contains(secret));
}

void TstApiError::noErrorNoMessage() {
    const ApiError e;
    QVERIFY(!e.isError());
    QVERIFY(e.userMessage().isEmpty());
}

void TstApiError::permissionDeniedNamesEveryCause() {
    // A sub-resource of a trunk of another account, or of one that does not exist, answers 1003
    // alike: the message must not pretend to know which.
    const EnvelopeParse p = parseEnvelope(
        R"({"request_id":"r9","response":{"code":403,"status":"failure","error_data":{"code":1003,"message":"Authorization failed","description":"Trunk trmum1x does not belong to account ameyo5m"}}})",
        403);
    QVERIFY(p.envelope.has_value());
    const QString text = p.envelope->items.at(0).error.userMessage();
    QVERIFY2(text.contains(QStringLiteral("invalid")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("does not exist")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("another account")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("does not say which")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("active account profile")), qPrintable(text));
}

// "Contact Exotel support with the request id" comes with the id itself.
void TstApiError::theRequestIdTheAdviceAsksForIsShown() {
    ApiError e;
    e.kind = ApiError::Kind::Server;
    e.httpStatus = 500;
    e.requestId = QStringLiteral("abc123def");
    const QString text = e.userMessage();
    QVERIFY2(text.contains(QStringLiteral("request id")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Request id: abc123def.")), qPrintable(text));
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelled.requestId = QStringLiteral("abc");
    QVERIFY(!cancelled.userMessage().contains(QStringLiteral("abc")));
}

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
