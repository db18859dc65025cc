// The endpoint catalogue as a table: one row per Endpoint in declaration order, unique keys, and
// matchEndpoint() finding every row again from the path and query the table itself produces.
#include "api/endpointcatalogue.h"

#include <QSet>
#include <QtTest>

using namespace exotrunk;

namespace {

// Placeholder values that fit every template: ids the client would accept in a path.
const QString kTrunk = QStringLiteral("trmum1abc");
const QString kObject = QStringLiteral("42");

QStringList segmentsOf(const QString &path) {
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool hasPlaceholder(const EndpointRow &row, const char *placeholder) {
    return QString::fromLatin1(row.path).contains(QLatin1String(placeholder));
}

} // namespace

class TestEndpointCatalogue : public QObject {
    Q_OBJECT
private slots:
    void everyEnumValueHasItsRowInOrder() {
        const QList<EndpointRow> &rows = endpointCatalogue();
        QCOMPARE(rows.size(), qsizetype(Endpoint::LookUpExophone) + 1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(int(rows.at(i).id), int(i));
            QCOMPARE(int(endpointRow(Endpoint(i)).id), int(i));
        }
    }

    void keysAreUniqueAndRowsWellFormed() {
        QSet<QString> keys;
        const QSet<QString> methods{QStringLiteral("GET"), QStringLiteral("POST"),
                                    QStringLiteral("PUT"), QStringLiteral("DELETE")};
        for (const EndpointRow &row : endpointCatalogue()) {
            const QString key = QString::fromLatin1(row.key);
            QVERIFY2(!key.isEmpty(), row.path);
            QVERIFY2(!keys.contains(key), row.key);
            keys.insert(key);
            QVERIFY2(methods.contains(QString::fromLatin1(row.method)), row.key);
            QVERIFY2(QString::fromLatin1(row.path).startsWith(QLatin1Char('/')), row.key);
            // Only reads may be re-sent after an unknown outcome.
            QCOMPARE(row.idempotent, QByteArray(row.method) == "GET");
            // A row names its object either in the path or in the query, never both.
            QVERIFY2(!(hasPlaceholder(row, "{id}") && *row.selector != '\0'), row.key);
        }
    }

    void signatureIsMethodPathAndSelector() {
        QCOMPARE(endpointSignature(Endpoint::UpdateTrunk),
                 QStringLiteral("PUT /trunks/{trunk_sid}"));
        QCOMPARE(endpointSignature(Endpoint::DeleteCredential),
                 QStringLiteral("DELETE /trunks/{trunk_sid}/credentials?id="));
        for (const EndpointRow &row : endpointCatalogue()) {
            const QString signature = endpointSignature(row.id);
            QVERIFY(signature.startsWith(QString::fromLatin1(row.method) + QLatin1Char(' ') +
                                         QString::fromLatin1(row.path)));
        }
    }

    void matchRoundTripsEveryRow_data() {
        QTest::addColumn<int>("endpoint");
        for (const EndpointRow &row : endpointCatalogue())
            QTest::newRow(row.key) << int(row.id);
    }

    void matchRoundTripsEveryRow() {
        QFETCH(int, endpoint);
        const Endpoint id = Endpoint(endpoint);
        const EndpointRow &row = endpointRow(id);
        const QString path = endpointPath(id, kTrunk, kObject);
        QVERIFY(!path.contains(QLatin1Char('{')));
        const QUrlQuery query = endpointQuery(id, kObject);
        QCOMPARE(query.isEmpty(), *row.selector == '\0');
        const std::optional<EndpointMatch> match =
            matchEndpoint(QString::fromLatin1(row.method), segmentsOf(path), query);
        QVERIFY(match);
        QCOMPARE(QString::fromLatin1(endpointRow(match->id).key), QString::fromLatin1(row.key));
        QCOMPARE(match->trunkSid, hasPlaceholder(row, "{trunk_sid}") ? kTrunk : QString());
        const bool namesObject = hasPlaceholder(row, "{id}") || *row.selector != '\0';
        QCOMPARE(match->objectId, namesObject ? kObject : QString());
    }

    void selectorWinsOverThePlainRow() {
        const QStringList trunks{QStringLiteral("trunks")};
        QUrlQuery none;
        QCOMPARE(int(matchEndpoint(QStringLiteral("GET"), trunks, none)->id),
                 int(Endpoint::ListTrunks));
        QCOMPARE(int(matchEndpoint(QStringLiteral("GET"), trunks,
                                   endpointQuery(Endpoint::LookUpTrunk, kTrunk))
                         ->id),
                 int(Endpoint::LookUpTrunk));
        // Paging parameters do not pick a row.
        QUrlQuery paging;
        paging.addQueryItem(QStringLiteral("page_size"), QStringLiteral("50"));
        QCOMPARE(int(matchEndpoint(QStringLiteral("GET"), trunks, paging)->id),
                 int(Endpoint::ListTrunks));

        const QStringList credentials = segmentsOf(endpointPath(Endpoint::ListCredentials, kTrunk));
        QCOMPARE(int(matchEndpoint(QStringLiteral("GET"), credentials, none)->id),
                 int(Endpoint::ListCredentials));
        const auto one = matchEndpoint(QStringLiteral("GET"), credentials,
                                       endpointQuery(Endpoint::GetCredential, kObject));
        QCOMPARE(int(one->id), int(Endpoint::GetCredential));
        QCOMPARE(one->objectId, kObject);
        QCOMPARE(one->trunkSid, kTrunk);
    }

    void missingSelectorFallsBackToTheRowThatNeedsIt() {
        // DELETE /trunks has no plain row: the handler of DeleteTrunk reports the missing SID.
        const auto match = matchEndpoint(QStringLiteral("DELETE"), {QStringLiteral("trunks")}, {});
        QVERIFY(match);
        QCOMPARE(int(match->id), int(Endpoint::DeleteTrunk));
        QVERIFY(match->objectId.isEmpty());
    }

    void unknownRoutesMatchNothing() {
        QVERIFY(!matchEndpoint(QStringLiteral("PATCH"), {QStringLiteral("trunks")}, {}));
        QVERIFY(!matchEndpoint(QStringLiteral("GET"), {QStringLiteral("nothing")}, {}));
        QVERIFY(!matchEndpoint(QStringLiteral("GET"),
                               {QStringLiteral("trunks"), kTrunk, QStringLiteral("unknown")}, {}));
    }
};

QTEST_GUILESS_MAIN(TestEndpointCatalogue)
#include "tst_endpointcatalogue.moc"
