// Page sizes of GET /trunks against the sandbox over HTTP: the client asks for larger pages than
// the server's default of 50 so a large account stays inside the 200/min limit; it follows
// whatever size the server applies, and falls back to the default when a server refuses the
// size (no maximum is documented). The dashboard's model asks for its large pages.

#include "clienttestkit.h"
#include "trunklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

sandbox::SandboxOptions withTrunks(int extraTrunks) {
    sandbox::SandboxOptions o;
    o.extraTrunks = extraTrunks;
    o.requestsPerMinute = 0;
    return o;
}

QStringList trunkListPaths(const sandbox::SandboxServer &server) {
    QStringList paths;
    for (const sandbox::LoggedRequest &r : server.requestLog()) {
        if (r.method == QLatin1String("GET") && r.path.contains(QLatin1String("/trunks")) &&
            !r.path.contains(QLatin1String("/trunks/")))
            paths << r.path;
    }
    return paths;
}

int distinctSids(const QList<Trunk> &trunks) {
    QSet<QString> sids;
    for (const Trunk &t : trunks)
        sids.insert(t.sid.value());
    return int(sids.size());
}

} // namespace

class TestListPaging : public QObject {
    Q_OBJECT
private slots:
    void defaultPagesAreFifty();
    void asksForLargerPages();
    void followsAClampedPageSize();
    void refusedPageSizeFallsBackToTheDefault();
    void dashboardModelInsertsLargePages();
    void dashboardModelLoadsTenThousandInsideTheLimit();
    void anInflatedTotalIsNotTrusted();
};

void TestListPaging::defaultPagesAreFifty() {
    auto server = startSandbox(withTrunks(94)); // 100 trunks
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(int(trunks.value().size()), 100);
    const QStringList paths = trunkListPaths(*server);
    QCOMPARE(paths.size(), 2);
    QVERIFY(!paths.first().contains(QLatin1String("page_size")));
}

void TestListPaging::asksForLargerPages() {
    auto server = startSandbox(withTrunks(444)); // 450 trunks
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    Capture<QList<Trunk>> trunks;
    QList<int> pageSizes;
    client.listTrunks(
        this, trunks.callback(),
        [&](const QList<Trunk> &page, int, std::optional<int>) { pageSizes << int(page.size()); },
        200);
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(int(trunks.value().size()), 450);
    QCOMPARE(distinctSids(trunks.value()), 450);
    QCOMPARE(pageSizes, (QList<int>{200, 200, 50}));
    const QStringList paths = trunkListPaths(*server);
    QCOMPARE(paths.size(), 3);
    QVERIFY2(paths.first().endsWith(QLatin1String("/trunks?page_size=200")),
             qPrintable(paths.first()));
}

// metadata.page_size is the size the server applied; the client follows next_page_uri.
void TestListPaging::followsAClampedPageSize() {
    sandbox::SandboxOptions options = withTrunks(144); // 150 trunks
    options.maxPageSize = 50;
    auto server = startSandbox(options);
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback(), {}, 200);
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(int(trunks.value().size()), 150);
    QCOMPARE(distinctSids(trunks.value()), 150);
    QCOMPARE(trunkListPaths(*server).size(), 3);
}

void TestListPaging::refusedPageSizeFallsBackToTheDefault() {
    sandbox::SandboxOptions options = withTrunks(94); // 100 trunks
    options.maxPageSize = 100;
    options.refuseLargerPages = true;
    auto server = startSandbox(options);
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback(), {}, 200);
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(int(trunks.value().size()), 100);
    QCOMPARE(distinctSids(trunks.value()), 100);
    int refused = 0;
    for (const sandbox::LoggedRequest &r : server->requestLog())
        refused += r.status == 400 ? 1 : 0;
    QCOMPARE(refused, 1);
    const QStringList paths = trunkListPaths(*server);
    QCOMPARE(paths.size(), 3); // the refused one, then two default pages
    QVERIFY(paths.at(0).contains(QLatin1String("page_size=200")));
    QVERIFY2(paths.at(1).endsWith(QLatin1String("/trunks")), qPrintable(paths.at(1)));
    QCOMPARE(trunks.count(), 1);
}

// The dashboard's page size through the model: three requests, and the rows go in 50 at a
// time (one slice per event-loop turn).
void TestListPaging::dashboardModelInsertsLargePages() {
    auto server = startSandbox(withTrunks(444)); // 450 trunks
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    TrunkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pageSize(), 0); // the server's default unless asked
    model.setPageSize(TrunkListModel::LargePageSize);
    QCOMPARE(model.pageSize(), 200);
    QList<int> inserted;
    connect(
        &model, &QAbstractItemModel::rowsInserted, this,
        [&inserted](const QModelIndex &, int first, int last) { inserted << last - first + 1; });
    model.setClient(&client, nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, 20000);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserted,
             QList<int>(450 / TrunkListModel::InsertSliceSize, TrunkListModel::InsertSliceSize));
    QCOMPARE(trunkListPaths(*server).size(), 3);
}

// 10,006 trunks were 201 pages of 50 — one over the limit, so the load waited for a 429's
// minute. The dashboard's pages make it 51 requests, with the sandbox's real limit on. (No
// QAbstractItemModelTester here: it re-checks every row on each change, minutes at this size;
// the test above runs it on the same code path.)
void TestListPaging::dashboardModelLoadsTenThousandInsideTheLimit() {
    sandbox::SandboxOptions options = withTrunks(10000);
    options.requestsPerMinute = 200;
    auto server = startSandbox(options);
    QVERIFY(server);
    ExotelClient client(clientConfigFor(*server));
    int rateLimited = 0;
    connect(&client, &ExotelClient::rateLimited, this, [&rateLimited] { ++rateLimited; });
    TrunkListModel model;
    model.setPageSize(TrunkListModel::LargePageSize);
    model.setClient(&client, nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, 60000);
    QCOMPARE(model.rowCount(), 10006);
    QCOMPARE(rateLimited, 0);
    QCOMPARE(trunkListPaths(*server).size(), 51);
    for (const sandbox::LoggedRequest &r : server->requestLog())
        QCOMPARE(r.status, 200);
}

// The client and the model make room for the total the first page announces; a server that
// claims two billion trunks must not make them try to reserve that (it would end the console
// with an allocation failure). The 450 real trunks load, by the client and by the dashboard's
// model, on a first load and on a refresh.
void TestListPaging::anInflatedTotalIsNotTrusted() {
    auto server = startSandbox(withTrunks(444)); // 450 trunks
    QVERIFY(server);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::InflatedTotal;
    fault.method = QStringLiteral("GET");
    fault.pathContains = QStringLiteral("/trunks");
    fault.times = -1;
    server->addFault(fault);
    ExotelClient client(clientConfigFor(*server));

    Capture<QList<Trunk>> trunks;
    std::optional<int> announced;
    client.listTrunks(
        this, trunks.callback(),
        [&announced](const QList<Trunk> &, int, std::optional<int> total) { announced = total; },
        200);
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(announced, std::optional<int>(2000000000)); // the fault was served
    QCOMPARE(int(trunks.value().size()), 450);
    QCOMPARE(distinctSids(trunks.value()), 450);

    TrunkListModel model;
    model.setPageSize(TrunkListModel::LargePageSize);
    model.setClient(&client, nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, 20000);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), 450);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 20000);
    QCOMPARE(model.state(), TrunkListModel::State::Loaded);
    QCOMPARE(model.rowCount(), 450);
}

QTEST_GUILESS_MAIN(TestListPaging)
#include "tst_listpaging.moc"
