// The trunk list against the live API's quirks (issue 14): a trunk with an empty name, a listed
// trunk the console cannot read, and the known-trunks fallback on an account whose server lacks
// one or another way of reading a trunk.
#include "common/banner.h"
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "trunkdetailsmodels.h"
#include "trunklist/deletetrunkdialog.h"
#include "trunklist/trunklistpage.h"
#include "trunklistmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <algorithm>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {
constexpr int kWait = 15000;
const TrunkSid Gone(QStringLiteral("trmum1000000000000000000000gone"));
} // namespace

class TestTrunkListQuirks : public QObject {
    Q_OBJECT

private slots:
    void emptyNameShowsAsNoName();
    void unreadableTrunkIsCountedNotFatal();
    void unreadableTrunkBannerOnThePage();
    void fallbackForgetsOnlyWhatTheServerSaysIsGone();
    void fallbackKeepsATrunkWhenOnlyThePathAnswers404();
    void detailsSectionCountsUnreadableItems();
    void deletingANamelessTrunkAsksForItsId();
};

void TestTrunkListQuirks::emptyNameShowsAsNoName() {
    auto server = startSandbox(unlimitedSandbox());
    QVERIFY(server);
    const TrunkSid sid(server->addTrunkNamed(QString()));
    auto client = fastClientFor(*server);
    TrunkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get(), nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
    QCOMPARE(model.rowCount(), server->trunkCount()); // one nameless trunk hides none
    const int row = model.rowOfTrunk(sid);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, TrunkListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("(no name)"));
    QCOMPARE(name.data(TrunkListModel::NameRole).toString(), QString()); // the data stays empty
    QCOMPARE(model.trunk(sid)->name, QString());
    QVERIFY(name.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("(no name)")));
    QCOMPARE(model.unreadableCount(), 0);
}

void TestTrunkListQuirks::unreadableTrunkIsCountedNotFatal() {
    auto server = startSandbox(unlimitedSandbox());
    QVERIFY(server);
    const int readable = server->trunkCount();
    server->addUnreadableTrunk();
    auto client = fastClientFor(*server);
    TrunkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &TrunkListModel::unreadableCountChanged);
    model.setClient(client.get(), nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
    QCOMPARE(model.rowCount(), readable);
    QCOMPARE(model.unreadableCount(), 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.unreadableMessage(), QStringLiteral("1 trunk(s) could not be read and are not "
                                                       "shown."));
}

void TestTrunkListQuirks::unreadableTrunkBannerOnThePage() {
    auto server = startSandbox(unlimitedSandbox());
    QVERIFY(server);
    server->addUnreadableTrunk();
    auto client = fastClientFor(*server);
    TrunkListModel model;
    ui::TrunkListPage page(&model);
    model.setClient(client.get(), nullptr);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
    auto *banner = page.findChild<ui::Banner *>(QStringLiteral("unreadableTrunksBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());
}

void TestTrunkListQuirks::fallbackForgetsOnlyWhatTheServerSaysIsGone() {
    sandbox::SandboxOptions options = unlimitedSandbox();
    options.listTrunksSupported = false;
    options.singleTrunkPathSupported = false; // only GET /trunks?trunk_sid= reads a trunk
    auto server = startSandbox(options);
    QVERIFY(server);
    auto client = fastClientFor(*server);
    KnownTrunksStore known(QStringLiteral("narrowed"), KnownTrunksStore::Persistence::MemoryOnly);
    const TrunkSid t123(server->trunkSid(QStringLiteral("test_123")));
    known.addTrunk(t123);
    known.addTrunk(Gone);
    TrunkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get(), &known);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
    QVERIFY(model.isFallback());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfTrunk(t123), 0);
    // The narrowed list is supported and does not hold it: the server said it is gone.
    QVERIFY(!known.contains(Gone));
    QVERIFY(known.contains(t123));
    const QList<sandbox::LoggedRequest> log = server->requestLog();
    QVERIFY(std::none_of(log.cbegin(), log.cend(), [](const sandbox::LoggedRequest &r) {
        return r.path.contains(QStringLiteral("/trunks/")); // the path form was never needed
    }));
}

void TestTrunkListQuirks::fallbackKeepsATrunkWhenOnlyThePathAnswers404() {
    sandbox::SandboxOptions options = unlimitedSandbox();
    options.listTrunksSupported = false;
    options.trunkSidFilterSupported = false; // only GET /trunks/{sid}, whose 404 proves nothing
    auto server = startSandbox(options);
    QVERIFY(server);
    auto client = fastClientFor(*server);
    KnownTrunksStore known(QStringLiteral("path"), KnownTrunksStore::Persistence::MemoryOnly);
    const TrunkSid t123(server->trunkSid(QStringLiteral("test_123")));
    known.addTrunk(t123);
    known.addTrunk(Gone);
    TrunkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get(), &known);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), TrunkListModel::State::Loaded, kWait);
    QVERIFY(model.isFallback());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfTrunk(t123), 0);
    QVERIFY(known.contains(Gone)); // not forgotten on a 404 that may mean "path unsupported"
    QCOMPARE(model.unreadableCount(), 1);
}

void TestTrunkListQuirks::detailsSectionCountsUnreadableItems() {
    auto server = startSandbox(unlimitedSandbox());
    QVERIFY(server);
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_123")));
    server->addUnreadablePhoneNumber(sid.value());
    auto client = fastClientFor(*server);
    TrunkDetailsController controller;
    controller.setClient(client.get());
    controller.loadSections(sid);
    QTRY_VERIFY_WITH_TIMEOUT(controller.sectionsSettled(), kWait);
    PhoneNumbersModel *numbers = controller.phoneNumbers();
    QCOMPARE(numbers->state(), SectionModel::State::Loaded);
    QCOMPARE(numbers->rowCount(), 2);
    QCOMPARE(numbers->unreadableCount(), 1);
    QVERIFY(!numbers->unreadableMessage().isEmpty());
}

void TestTrunkListQuirks::deletingANamelessTrunkAsksForItsId() {
    auto server = startSandbox(unlimitedSandbox());
    QVERIFY(server);
    Trunk nameless;
    nameless.sid = TrunkSid(server->addTrunkNamed(QString()));
    auto client = fastClientFor(*server);
    ui::DeleteTrunkDialog dialog(nameless, client.get());
    // An empty confirmation must not count as typing the (empty) name.
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), nameless.sid.value());
    QVERIFY(dialog.deleteButton()->isEnabled());
    auto *heading = dialog.findChild<QLabel *>(QStringLiteral("deleteHeading"));
    QVERIFY(heading);
    QVERIFY(heading->text().contains(QStringLiteral("(no name)")));
}

QTEST_MAIN(TestTrunkListQuirks)
#include "tst_trunklistquirks.moc"
