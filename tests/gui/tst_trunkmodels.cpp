// Over ~600 lines: the list and the four section models share one sandbox and its fixtures.
// The dashboard's item models against the sandbox over HTTP: the trunk list (pages, states,
// refresh failure, fallback, delete), its filter proxy and the four details sections.
#include "datetimetext.h"
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"
#include "waiting.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {
constexpr int kWait = 15000;

QStringList strings(std::initializer_list<const char *> items) {
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

int rowNamed(const QAbstractItemModel &model, const QString &name) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TrunkListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}
} // namespace

class TrunkModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trunkmodels"));
        QSettings().clear();
    }

    void listsTheSeededTrunks() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.state(), TrunkListModel::State::Idle);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QCOMPARE(model.state(), TrunkListModel::State::Loading);
        QVERIFY(model.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QVERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(TrunkListModel::ColumnCount));
        QStringList names = columnValues(model, 0, TrunkListModel::NameRole);
        names.sort();
        QCOMPARE(names, strings({"test_123", "test_alias1", "test_alias2", "test_alias3",
                                 "test_trunk_ui2", "test_ui_3"}));

        const int row = rowNamed(model, QStringLiteral("test_123"));
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(TrunkListModel::NameColumn).toString(), QStringLiteral("test_123"));
        QCOMPARE(cell(0, TrunkListModel::SidRole).toString(),
                 QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
        QCOMPARE(cell(0, TrunkListModel::SipUriRole).toString(),
                 QStringLiteral("sip:trmum1c99b47f41d1f4a4d5c19au"));
        QVERIFY(cell(TrunkListModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au")));
        QCOMPARE(cell(TrunkListModel::DomainColumn).toString(),
                 QStringLiteral("ameyo5m.pstn.exotel.com"));
        const QDateTime created =
            cell(TrunkListModel::CreatedColumn, TrunkListModel::SortRole).toDateTime();
        QCOMPARE(created, QDateTime(QDate(2025, 10, 30), QTime(8, 31, 27), Qt::UTC));
        QCOMPARE(cell(TrunkListModel::CreatedColumn).toString(), dateTimeText(created));
        QCOMPARE(cell(TrunkListModel::StatusColumn).toString(), QStringLiteral("Active"));
        QCOMPARE(cell(0, TrunkListModel::ActiveRole).toBool(), true);
        QCOMPARE(model.headerData(TrunkListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Trunk Name"));
        QCOMPARE(model.headerData(TrunkListModel::ActionsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Actions"));

        const int inactive = rowNamed(model, QStringLiteral("test_ui_3"));
        QCOMPARE(model.index(inactive, TrunkListModel::StatusColumn).data().toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(model.index(inactive, 0).data(TrunkListModel::ActiveRole).toBool(), false);
    }

    void insertsRowsPageByPage() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.extraTrunks = 120; // 126 trunks: three pages of 50
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy progress(&model, &TrunkListModel::progressChanged);
        QList<int> rowsWhenPageArrived;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { rowsWhenPageArrived << model.rowCount(); });
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QCOMPARE(model.rowCount(), 126);
        QCOMPARE(resets.count(), 0);
        QVERIFY2(inserted.count() >= 3, qPrintable(QString::number(inserted.count())));
        // The first page was on screen before the rest arrived.
        QCOMPARE(rowsWhenPageArrived.first(), 50);
        bool sawPartial = false;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            if (args.at(0).toInt() == 50 && args.at(1).toInt() == 126)
                sawPartial = true;
        }
        QVERIFY(sawPartial);
        QCOMPARE(model.loadedCount(), 126);
    }

    void largePagesGoInSlicesInOrder() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.extraTrunks = 444; // 450 trunks: pages of 200, 200 and 50
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);

        // The order the server lists them in.
        QStringList expected;
        bool listed = false;
        client->listTrunks(this, [&](const ApiResult<QList<Trunk>> &result) {
            QVERIFY(result.isOk());
            for (const Trunk &t : result.value())
                expected << t.sid.value();
            listed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, kWait);
        QCOMPARE(expected.size(), 450);

        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(TrunkListModel::LargePageSize);
        model.setClient(client.get(), nullptr);
        QList<int> sliceSizes;
        QList<bool> busyWhenInserted;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    sliceSizes << last - first + 1;
                    busyWhenInserted << model.isBusy();
                });
        QSignalSpy progress(&model, &TrunkListModel::progressChanged);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QVERIFY(!model.isBusy());
        QCOMPARE(columnValues(model, 0, TrunkListModel::SidRole), expected);
        QCOMPARE(sliceSizes.size(), 9); // 450 rows, 50 per event-loop turn
        for (int size : std::as_const(sliceSizes))
            QCOMPARE(size, int(TrunkListModel::InsertSliceSize));
        QVERIFY(!busyWhenInserted.contains(false));
        // Progress counts the rows on screen, never more.
        int shown = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            QVERIFY(args.at(0).toInt() >= shown);
            shown = args.at(0).toInt();
        }
        QCOMPARE(progress.last().at(0).toInt(), 450);
        QCOMPARE(model.loadedCount(), 450);
        QCOMPARE(model.totalCount(), std::optional<int>(450));
    }

    void reloadDropsStaleSlices() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.extraTrunks = 444;
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(TrunkListModel::LargePageSize);
        model.setClient(client.get(), nullptr);

        // The first slice of the first page is on screen; the page's other 150 rows wait for
        // their turns when the list is loaded again.
        QList<QPair<int, int>> inserts;
        bool reloaded = false;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    inserts << qMakePair(first, last);
                    if (!reloaded) {
                        reloaded = true;
                        model.refresh();
                    }
                });
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kWait);
        QVERIFY(reloaded);
        // No slice of the first load came in after the reload: the reload, a refresh of the
        // 50 rows shown, merged the other 400 once it was complete.
        QCOMPARE(inserts, (QList<QPair<int, int>>{{0, 49}, {50, 449}}));
        QCOMPARE(model.rowCount(), 450);
        QStringList names = columnValues(model, 0, TrunkListModel::NameRole);
        names.removeDuplicates();
        QCOMPARE(names.size(), 450);

        // Switching accounts mid-load: none of the first account's waiting rows appear.
        auto other = startSandbox(unlimitedSandbox());
        QVERIFY(other);
        auto otherClient = fastClientFor(*other);
        model.setClient(client.get(), nullptr);
        inserts.clear();
        bool switched = false;
        disconnect(&model, &QAbstractItemModel::rowsInserted, this, nullptr);
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    inserts << qMakePair(first, last);
                    if (!switched) {
                        switched = true;
                        model.setClient(otherClient.get(), nullptr);
                        model.refresh();
                    }
                });
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(switched, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kWait);
        QCOMPARE(inserts, (QList<QPair<int, int>>{{0, 49}, {0, 5}}));
        QCOMPARE(model.rowCount(), 6);
        for (const QString &name : columnValues(model, 0, TrunkListModel::NameRole))
            QVERIFY2(!name.startsWith(QLatin1String("gen_")), qPrintable(name));
    }

    void loadsTenThousandTrunks() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.extraTrunks = 10000;
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        TrunkFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TrunkListModel::CreatedColumn, Qt::DescendingOrder);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, 240000);
        QCOMPARE(model.rowCount(), 10006);
        QCOMPARE(proxy.rowCount(), 10006);
        // Newest first: the last generated trunk.
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("gen_10000"));
        proxy.setSearchText(QStringLiteral("gen_0999"));
        QCOMPARE(proxy.rowCount(), 10); // gen_09990 … gen_09999
    }

    void proxyFiltersAndSorts() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        TrunkFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);

        proxy.setSearchText(QStringLiteral("ALIAS"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("trmum1c99b47")); // part of test_123's SID
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_123"));
        proxy.setSearchText(QStringLiteral("pstn.exotel")); // the domain
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSearchText(QStringLiteral("test ui")); // every word must match
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 6);

        proxy.sort(TrunkListModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_trunk_ui2"));
        proxy.sort(TrunkListModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_123"));
        proxy.sort(TrunkListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnValues(proxy, 0, TrunkListModel::NameRole),
                 strings({"test_123", "test_alias1", "test_alias2", "test_alias3", "test_trunk_ui2",
                          "test_ui_3"}));
        proxy.sort(TrunkListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_ui_3")); // "inactive" after "active"
    }

    void refreshFailureKeepsTheRows() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);

        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/trunks");
        fault.status = 503;
        fault.times = -1;
        server->addFault(fault);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QCOMPARE(model.rowCount(), 6); // still on screen while the refresh runs
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::RefreshFailed, kWait);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.lastError().kind, ApiError::Kind::Server);
        QVERIFY(!model.lastError().userMessage().isEmpty());

        server->clearFaults();
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(resets.count(), 0);
    }

    // A refresh lists every trunk again; only what changed reaches the views (each dataChanged
    // makes the sorting proxy re-place the row: 10,000 of them were one long stall).
    void refreshOfAnUnchangedListChangesNothing() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QTRY_VERIFY(!model.isBusy());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kWait);
        QCOMPARE(model.state(), TrunkListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);

        // One trunk gone and one new on the server: one removal and one insertion, still no
        // change to the other five.
        bool deleted = false;
        client->deleteTrunk(TrunkSid(QStringLiteral("trmum1d88f38992d93479a4e19as")), this,
                            [&deleted](const ApiResult<Trunk> &r) { deleted = r.isOk(); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, kWait);
        NewTrunk fresh;
        fresh.name = QStringLiteral("refresh_new");
        fresh.domainName = QStringLiteral("ameyo5m.pstn.exotel.com");
        bool created = false;
        client->createTrunk(fresh, this,
                            [&created](const ApiResult<Trunk> &r) { created = r.isOk(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, kWait);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kWait);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY(rowNamed(model, QStringLiteral("refresh_new")) >= 0);
        QCOMPARE(rowNamed(model, QStringLiteral("test_ui_3")), -1);
    }

    void firstLoadFailureIsAnError() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/trunks");
        fault.times = -1;
        server->addFault(fault);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Error, kWait);
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyAccount() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.seedDemoData = false;
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Empty, kWait);
        QCOMPARE(model.rowCount(), 0);
    }

    void fallsBackToKnownTrunks() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.listTrunksSupported = false;
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        KnownTrunksStore known(QStringLiteral("fallback"),
                               KnownTrunksStore::Persistence::MemoryOnly);
        const TrunkSid t123(server->trunkSid(QStringLiteral("test_123")));
        const TrunkSid gone(QStringLiteral("trmum1000000000000000000000gone"));
        known.addTrunk(t123);
        known.addTrunk(gone);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), &known);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QVERIFY(model.isFallback());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_123"));
        // A known trunk the server no longer has is forgotten.
        QVERIFY(!known.contains(gone));

        QSignalSpy opened(&model, &TrunkListModel::trunkOpened);
        const TrunkSid alias1(server->trunkSid(QStringLiteral("test_alias1")));
        model.openTrunkById(alias1);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWait);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(known.contains(alias1));

        QSignalSpy failed(&model, &TrunkListModel::openFailed);
        model.openTrunkById(gone);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(model.rowCount(), 2);
    }

    void deletesATrunk() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        KnownTrunksStore known(QStringLiteral("delete"), KnownTrunksStore::Persistence::MemoryOnly);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), &known);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);

        const TrunkSid sid(server->trunkSid(QStringLiteral("test_alias2")));
        sandbox::Fault slow;
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.method = QStringLiteral("DELETE");
        slow.delayMs = 300;
        server->addFault(slow);
        QSignalSpy finished(&model, &TrunkListModel::deleteFinished);
        model.deleteTrunk(sid);
        const int row = model.rowOfTrunk(sid);
        QVERIFY(model.isPendingDelete(sid));
        QCOMPARE(model.index(row, 0).data(TrunkListModel::PendingDeleteRole).toBool(), true);
        QCOMPARE(model.flags(model.index(row, 0)), Qt::NoItemFlags);
        QCOMPARE(model.index(row, TrunkListModel::ActionsColumn).data().toString(),
                 QStringLiteral("Deleting…"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(model.rowOfTrunk(sid), -1);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(server->trunkSid(QStringLiteral("test_alias2")).isEmpty());

        // A refused delete leaves the trunk in place and says why.
        sandbox::Fault refuse;
        refuse.kind = sandbox::Fault::Kind::ServerError;
        refuse.method = QStringLiteral("DELETE");
        refuse.status = 500;
        server->addFault(refuse);
        const TrunkSid keep(server->trunkSid(QStringLiteral("test_alias3")));
        model.deleteTrunk(keep);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWait);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QVERIFY(!finished.at(1).at(2).toString().isEmpty());
        QVERIFY(model.rowOfTrunk(keep) >= 0);
        QVERIFY(!model.isPendingDelete(keep));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!server->trunkSid(QStringLiteral("test_alias3")).isEmpty());
    }

    // A refresh whose list was read before a delete and a create here finished must neither
    // bring the deleted trunk back nor drop the new one (found while building the reliability
    // soak, issue 13).
    void changesDuringARefreshSurviveIt() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get(), nullptr);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
        QCOMPARE(model.rowCount(), 6);

        // The refresh's list is read at once and answered 500 ms later.
        sandbox::Fault slow;
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.method = QStringLiteral("GET");
        slow.delayMs = 500;
        server->addFault(slow);
        server->clearRequestLog();
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(server->requestLog().size(), 1, kWait);

        const TrunkSid gone(server->trunkSid(QStringLiteral("test_alias2")));
        QSignalSpy deleted(&model, &TrunkListModel::deleteFinished);
        model.deleteTrunk(gone);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kWait);
        QCOMPARE(deleted.first().at(1).toBool(), true);
        NewTrunk fresh;
        fresh.name = QStringLiteral("during_refresh");
        fresh.domainName = NewTrunk::domainFor(client->config().accountSid);
        const ApiResult<Trunk> created = awaitApi<Trunk>(
            [&](QObject *context, auto done) { client->createTrunk(fresh, context, done); });
        QVERIFY(created.isOk());
        model.addOrUpdateTrunk(created.value()); // as the console adds a trunk it created
        QVERIFY(model.isBusy());                 // the refresh is still on its way

        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kWait);
        QCOMPARE(model.state(), TrunkListModel::State::Loaded);
        QCOMPARE(model.rowOfTrunk(gone), -1);
        QVERIFY(model.rowOfTrunk(created.value().sid) >= 0);
        QCOMPARE(model.rowCount(), 6);
    }

    void detailsSectionsLoadInParallel() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkDetailsController details;
        QAbstractItemModelTester t1(details.phoneNumbers(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(details.destinationUris(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(details.whitelistedIps(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(details.credentials(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setClient(client.get());
        server->clearRequestLog();
        // Every answer takes a while: if the sections loaded one after another, the log would
        // show each request arriving after the previous one was answered.
        server->setLatencyMs(150);
        details.load(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
        QCOMPARE(details.phoneNumbers()->state(), SectionModel::State::Loading);
        QCOMPARE(details.credentials()->state(), SectionModel::State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(details.sectionsSettled(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(details.trunkState(), TrunkDetailsController::TrunkState::Loaded,
                                  kWait);
        QCOMPARE(details.trunk()->name, QStringLiteral("test_123"));
        const QList<sandbox::LoggedRequest> log = server->requestLog();
        QCOMPARE(log.size(), 5);
        qint64 lastReceived = 0;
        qint64 firstAnswered = std::numeric_limits<qint64>::max();
        for (const sandbox::LoggedRequest &r : log) {
            lastReceived = qMax(lastReceived, r.receivedMs);
            firstAnswered = qMin(firstAnswered, r.answeredMs);
        }
        QVERIFY2(lastReceived < firstAnswered, "the five requests overlapped");

        QCOMPARE(details.phoneNumbers()->state(), SectionModel::State::Loaded);
        QCOMPARE(details.phoneNumbers()->rowCount(), 2);
        QCOMPARE(details.destinationUris()->rowCount(), 2);
        QCOMPARE(details.whitelistedIps()->rowCount(), 2);
        QCOMPARE(details.credentials()->rowCount(), 2);
        QCOMPARE(details.phoneNumbers()->columnCount(), 3);
        QCOMPARE(details.destinationUris()->columnCount(), 4);
        QStringList destinations = columnValues(*details.destinationUris(), 0, Qt::DisplayRole);
        destinations.sort();
        QCOMPARE(destinations, strings({"sip:52.66.10.21:5061;transport=tls",
                                        "sip:pbx.ameyo.net:5061;transport=tls"}));
        QCOMPARE(details.destinationUris()
                     ->index(0, DestinationUrisModel::TransportColumn)
                     .data()
                     .toString(),
                 QStringLiteral("TLS"));
        QStringList ips = columnValues(*details.whitelistedIps(), 0, Qt::DisplayRole);
        ips.sort();
        QCOMPARE(ips, strings({"13.232.45.8/32", "52.66.10.21/32"}));
        QStringList users = columnValues(*details.credentials(), 0, Qt::DisplayRole);
        users.sort();
        QCOMPARE(users, strings({"ameyo_pbx", "livekit_staging"}));
    }

    void nullModeReadsPstnDefault() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkDetailsController details;
        details.setClient(client.get());
        details.load(TrunkSid(server->trunkSid(QStringLiteral("test_trunk_ui2"))));
        QTRY_VERIFY_WITH_TIMEOUT(details.sectionsSettled(), kWait);
        QStringList modes;
        for (int row = 0; row < details.phoneNumbers()->rowCount(); ++row)
            modes << details.phoneNumbers()
                         ->index(row, PhoneNumbersModel::ModeColumn)
                         .data()
                         .toString();
        modes.sort();
        QCOMPARE(modes, strings({"flow", "pstn", "pstn (default)"}));
    }

    void emptySectionsOnTheEmptyTrunk() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        TrunkDetailsController details;
        details.setClient(client.get());
        details.load(TrunkSid(server->trunkSid(QStringLiteral("test_ui_3"))));
        QTRY_VERIFY_WITH_TIMEOUT(details.sectionsSettled(), kWait);
        for (auto s : {TrunkDetailsController::Section::PhoneNumbers,
                       TrunkDetailsController::Section::DestinationUris,
                       TrunkDetailsController::Section::WhitelistedIps,
                       TrunkDetailsController::Section::Credentials}) {
            QCOMPARE(details.section(s)->state(), SectionModel::State::Empty);
            QCOMPARE(details.section(s)->rowCount(), 0);
        }
        QCOMPARE(details.phoneNumbers()->emptyText(),
                 QStringLiteral("No phone numbers assigned – Assign phone numbers to this trunk "
                                "for incoming calls."));
        QCOMPARE(details.destinationUris()->emptyText(),
                 QStringLiteral("No destination URIs configured – Configure destination URIs to "
                                "route calls from this trunk."));
        QCOMPARE(details.whitelistedIps()->emptyText(),
                 QStringLiteral("No whitelisted IPs configured – Add IP addresses to restrict "
                                "trunk access and enhance security."));
    }

    void aFailedSectionRetriesAlone() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/phone-numbers");
        fault.status = 500;
        fault.times = -1;
        server->addFault(fault);
        auto client = fastClientFor(*server);
        TrunkDetailsController details;
        details.setClient(client.get());
        details.load(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
        QTRY_VERIFY_WITH_TIMEOUT(details.sectionsSettled(), kWait);
        QCOMPARE(details.phoneNumbers()->state(), SectionModel::State::Error);
        QCOMPARE(details.phoneNumbers()->error().kind, ApiError::Kind::Server);
        QCOMPARE(details.credentials()->state(), SectionModel::State::Loaded);
        QCOMPARE(details.whitelistedIps()->state(), SectionModel::State::Loaded);

        server->clearFaults();
        server->clearRequestLog();
        details.phoneNumbers()->retry();
        QCOMPARE(details.phoneNumbers()->state(), SectionModel::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(details.phoneNumbers()->state(), SectionModel::State::Loaded,
                                  kWait);
        QCOMPARE(details.phoneNumbers()->rowCount(), 2);
        // Only the failed section was asked again.
        const QList<sandbox::LoggedRequest> log = server->requestLog();
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().path.contains(QStringLiteral("/phone-numbers")));
    }

    void destroyingTheControllerCancelsItsCalls() {
        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        server->setLatencyMs(400);
        auto client = fastClientFor(*server);
        {
            TrunkDetailsController details;
            details.setClient(client.get());
            details.loadSections(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
            QTRY_VERIFY_WITH_TIMEOUT(client->pendingCount() > 0, kWait);
        }
        QTRY_COMPARE_WITH_TIMEOUT(client->pendingCount(), 0, 2000);
    }

    void knownTrunksPersistPerProfile() {
        {
            KnownTrunksStore a(QStringLiteral("profile-a"));
            a.clear();
            a.addTrunk(TrunkSid(QStringLiteral("trmum1aaaa")));
            a.addTrunk(TrunkSid(QStringLiteral("trmum1bbbb")));
            a.addTrunk(TrunkSid(QStringLiteral("trmum1aaaa")));
        }
        KnownTrunksStore again(QStringLiteral("profile-a"));
        QCOMPARE(again.trunks().size(), 2);
        QVERIFY(again.contains(TrunkSid(QStringLiteral("trmum1bbbb"))));
        QVERIFY(KnownTrunksStore(QStringLiteral("profile-b")).trunks().isEmpty());
        again.removeTrunk(TrunkSid(QStringLiteral("trmum1aaaa")));
        QCOMPARE(KnownTrunksStore(QStringLiteral("profile-a")).trunks().size(), 1);

        KnownTrunksStore memory(QStringLiteral("memory"),
                                KnownTrunksStore::Persistence::MemoryOnly);
        memory.addTrunk(TrunkSid(QStringLiteral("trmum1cccc")));
        QVERIFY(memory.contains(TrunkSid(QStringLiteral("trmum1cccc"))));
        QSettings settings;
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("memory")));
    }
};

QTEST_GUILESS_MAIN(TrunkModelsTest)
#include "tst_trunkmodels.moc"
