// The sentences the models put in front of a user go through the translator: an ApiError's
// advice, the envelope's account of an unreadable answer, the number modes. A marking translator
// (every message it is asked for comes back as "[xx] <source>") shows which texts were asked for
// and which were built from untranslated literals; the Hindi catalogue lags behind new strings,
// so it cannot tell the two apart.
#include "api/apierror.h"
#include "api/envelope.h"
#include "trunkdetailsmodels.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace exotrunk;

namespace {

const QString kMark = QStringLiteral("[xx] ");

class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return kMark + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestModelTexts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void errorKindsAreTranslated_data();
    void errorKindsAreTranslated();
    void exotelCodeAdviceIsTranslated_data();
    void exotelCodeAdviceIsTranslated();
    void serverWordsAreIntroducedInTranslation();
    void envelopeProblemsAreTranslated_data();
    void envelopeProblemsAreTranslated();
    void failedItemIsDescribedInTranslation();
    void numberModesAreTranslated();

private:
    MarkingTranslator m_translator;
};

void TestModelTexts::initTestCase() {
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(QCoreApplication::translate("Probe", "probe"), kMark + QStringLiteral("probe"));
}

void TestModelTexts::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_translator);
}

void TestModelTexts::errorKindsAreTranslated_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    using K = ApiError::Kind;
    const QList<std::pair<K, int>> kinds = {
        {K::Network, 0},          {K::Timeout, 0},  {K::Tls, 0},        {K::Authentication, 0},
        {K::PermissionDenied, 0}, {K::NotFound, 0}, {K::Validation, 0}, {K::Duplicate, 0},
        {K::RateLimited, 0},      {K::Server, 502}, {K::Server, 0},     {K::MalformedResponse, 0},
        {K::Cancelled, 0},
    };
    for (const auto &[kind, status] : kinds)
        QTest::addRow("%s/%d", qPrintable(ApiError::kindName(kind)), status) << int(kind) << status;
}

void TestModelTexts::errorKindsAreTranslated() {
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    ApiError e;
    e.kind = ApiError::Kind(kind);
    e.httpStatus = httpStatus;
    const QString text = e.userMessage();
    QVERIFY2(text.startsWith(kMark), qPrintable(text));
    // The argument still lands in the translated sentence.
    if (httpStatus >= 500)
        QVERIFY2(text.contains(QString::number(httpStatus)), qPrintable(text));
}

void TestModelTexts::exotelCodeAdviceIsTranslated_data() {
    QTest::addColumn<int>("code");
    for (int code = 1000; code <= 1011; ++code)
        QTest::addRow("%d", code) << code;
}

void TestModelTexts::exotelCodeAdviceIsTranslated() {
    QFETCH(int, code);
    const QString advice = ApiError::adviceForExotelCode(code);
    QVERIFY2(advice.startsWith(kMark), qPrintable(advice));
    ApiError e;
    e.exotelCode = code;
    e.httpStatus = 400;
    e.kind = ApiError::kindForCodes(code, e.httpStatus);
    QCOMPARE(e.userMessage(), advice);
}

void TestModelTexts::serverWordsAreIntroducedInTranslation() {
    ApiError fromExotel;
    fromExotel.kind = ApiError::Kind::Validation;
    fromExotel.exotelCode = 1002;
    fromExotel.description = QStringLiteral("mask should be in-between 16 and 32");
    fromExotel.requestId = QStringLiteral("req-1");
    const QString said = fromExotel.userMessage();
    QVERIFY2(said.contains(kMark + QStringLiteral("Exotel said: mask should be in-between")),
             qPrintable(said));
    QVERIFY2(said.contains(kMark + QStringLiteral("Request id: req-1.")), qPrintable(said));

    ApiError observed;
    observed.kind = ApiError::Kind::Network;
    observed.message = QStringLiteral("Connection refused");
    const QString details = observed.userMessage();
    QVERIFY2(details.contains(kMark + QStringLiteral("Details: Connection refused.")),
             qPrintable(details));
}

void TestModelTexts::envelopeProblemsAreTranslated_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    // Each text the error carries, in the order message, description.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty body") << QByteArray() << 200
                                << QStringList{kMark +
                                               QStringLiteral("The response is not a valid Exotel "
                                                              "envelope: ") +
                                               kMark + QStringLiteral("the body is empty.")};
    QTest::newRow("html page on error")
        << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>") << 502
        << QStringList{kMark + QStringLiteral("The server sent a page titled \"502 Bad Gateway\" "
                                              "instead of an Exotel response.")};
    QTest::newRow("not json") << QByteArray("{\"response\": ") << 200
                              << QStringList{kMark + QStringLiteral("it is not valid JSON")};
    QTest::newRow("top-level array")
        << QByteArray("[]") << 200
        << QStringList{kMark + QStringLiteral("the top level is an array, not an object")};
    QTest::newRow("response of the wrong type")
        << QByteArray("{\"response\": 5}") << 200
        << QStringList{kMark + QStringLiteral("\"response\" must be an object or an array, got ") +
                       kMark + QStringLiteral("a number")};
    QTest::newRow("no response") << QByteArray("{\"request_id\": \"r\"}") << 200
                                 << QStringList{kMark +
                                                QStringLiteral("it has no \"response\" field")};
    QTest::newRow("error status, no failure")
        << QByteArray("{\"response\": {\"status\": \"success\", \"data\": {}}}") << 500
        << QStringList{kMark + QStringLiteral("The server answered with an error status, but its "
                                              "envelope reported no failure.")};
}

void TestModelTexts::envelopeProblemsAreTranslated() {
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QStringList, expected);
    const EnvelopeParse parsed = parseEnvelope(body, httpStatus);
    QVERIFY(parsed.error.isError());
    const QString said = parsed.error.message + QLatin1Char('\n') + parsed.error.description;
    for (const QString &text : expected)
        QVERIFY2(said.contains(text), qPrintable(said));
}

void TestModelTexts::numberModesAreTranslated() {
    for (const NumberMode mode : {NumberMode::Default, NumberMode::Pstn, NumberMode::Flow}) {
        const QString text = PhoneNumbersModel::modeText(mode);
        QVERIFY2(text.startsWith(kMark), qPrintable(text));
    }
}

// An item that failed without saying why is described in translation too.
void TestModelTexts::failedItemIsDescribedInTranslation() {
    const EnvelopeParse parsed =
        parseEnvelope("{\"response\": {\"status\": \"failure\", \"code\": 500}}", 200);
    QVERIFY(parsed.envelope);
    QCOMPARE(parsed.envelope->items.size(), 1);
    const QString item = parsed.envelope->items.first().error.message;
    QVERIFY2(item.startsWith(kMark + QStringLiteral("The item reported status \"failure\"")),
             qPrintable(item));
}

QTEST_GUILESS_MAIN(TestModelTexts)
#include "tst_modeltexts.moc"
