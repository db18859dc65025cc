// A trunk the console created is in the list at once and stays there, marked as not yet read
// back, when reading it back fails or a refresh does not list it yet; reading it clears the mark.
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "trunklistmodel.h"
#include "waiting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace exotrunk;

class TestCreatedTrunkListing : public QObject {
    Q_OBJECT

private slots:
    void createdTrunkStaysListedUntilReadBack() {
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        auto server = testing::startSandbox(options);
        QVERIFY(server);
        ExotelClient client(testing::clientConfigFor(*server));
        TrunkListModel list;
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setClient(&client, nullptr);
        list.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(list.state(), TrunkListModel::State::Empty, 10000);

        NewTrunk request;
        request.name = QStringLiteral("fresh_trunk");
        request.domainName = NewTrunk::domainFor(client.config().accountSid);
        const auto made = testing::awaitApi<Trunk>(
            [&](QObject *c, auto cb) { client.createTrunk(request, c, cb); });
        QVERIFY(made.isOk());
        // What the plan knows, without Exotel's other fields.
        Trunk known;
        known.sid = made.value().sid;
        known.name = request.name;
        known.domainName = request.domainName;

        sandbox::Fault readBack;
        readBack.kind = sandbox::Fault::Kind::ServerError;
        readBack.method = QStringLiteral("GET");
        readBack.pathContains = QStringLiteral("/trunks/");
        readBack.status = 503;
        readBack.times = -1;
        server->addFault(readBack);
        QSignalSpy failed(&list, &TrunkListModel::openFailed);
        list.addCreatedTrunk(known);
        // Listed at once, before any answer.
        const int row = list.rowOfTrunk(known.sid);
        QVERIFY(row >= 0);
        QCOMPARE(list.state(), TrunkListModel::State::Loaded);
        QVERIFY(!list.isReadBack(known.sid));
        QCOMPARE(list.index(row, 0).data(TrunkListModel::ReadBackRole).toBool(), false);
        QCOMPARE(list.index(row, TrunkListModel::StatusColumn).data().toString(),
                 QStringLiteral("Not yet read back"));
        QVERIFY(!list.index(row, TrunkListModel::StatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QVERIFY(failed.wait(10000) || failed.count() == 1);
        QVERIFY(list.rowOfTrunk(known.sid) >= 0);
        QVERIFY(!list.isReadBack(known.sid));

        // A refresh that does not list it yet (here: a SID Exotel's list lacks) keeps it.
        Trunk notListed = known;
        notListed.sid = TrunkSid(QStringLiteral("trmum0000000000000000000000n"));
        notListed.name = QStringLiteral("lagging");
        list.addCreatedTrunk(notListed);
        QVERIFY(failed.wait(10000) || failed.count() == 2);
        server->clearFaults();
        list.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(list.isReadBack(known.sid), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), 10000);
        QVERIFY(list.rowOfTrunk(notListed.sid) >= 0);
        QVERIFY(!list.isReadBack(notListed.sid));
        const Trunk listed = *list.trunk(known.sid);
        QCOMPARE(listed.status, made.value().status);
        QCOMPARE(listed.created, made.value().created);
    }
};

QTEST_GUILESS_MAIN(TestCreatedTrunkListing)
#include "tst_createdtrunklisting.moc"
