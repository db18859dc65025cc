// Deleting a trunk forgets what the console recorded about it — its chosen purpose, caller-ID
// alias history and pending credential rotations — and nothing of another trunk. Through the
// trunk list's delete against the sandbox, and through removeTrunkRecords itself.
#include "accounts/profilerecords.h"
#include "api/exotelclient.h"
#include "diagnostics/readiness.h"
#include "knowntrunksstore.h"
#include "sandboxfixture.h"
#include "trunklistmodel.h"
#include "workflows/aliashistory.h"
#include "workflows/credentialrotation.h"
#include "workflows/profilerecordsremoval.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace exotrunk;

namespace {

const QString kProfile = QStringLiteral("profile-delete");

void recordPendingRotation(const TrunkSid &trunk) {
    ProfileRecords records(kProfile);
    const QString group = QStringLiteral("workflows/credentialRotation/") +
                          QString::fromLatin1(QUrl::toPercentEncoding(kProfile)) +
                          QLatin1Char('/') + trunk.value() + QStringLiteral("/CRold1/");
    records.setValue(group + QStringLiteral("oldUserName"), QStringLiteral("alice"));
    records.setValue(group + QStringLiteral("newId"), QStringLiteral("CRnew1"));
    records.setValue(group + QStringLiteral("newUserName"), QStringLiteral("alice_v2"));
    records.setValue(group + QStringLiteral("stage"), QStringLiteral("awaitingPeer"));
    records.setValue(group + QStringLiteral("startedAt"), QStringLiteral("2026-12-07T10:00:00Z"));
    records.sync();
}

void recordEverything(const TrunkSid &trunk) {
    PurposeMemory::remember(kProfile, trunk, TrunkPurpose{UseCase::OutboundPstn});
    AliasHistory::record(kProfile, trunk, QStringLiteral("+918047112244"));
    recordPendingRotation(trunk);
}

int recordKindsOf(const TrunkSid &trunk) {
    return int(PurposeMemory::remembered(kProfile, trunk).has_value()) +
           int(AliasHistory::last(kProfile, trunk).has_value()) +
           int(!CredentialRotation::pending(kProfile, trunk).isEmpty());
}

} // namespace

class TestTrunkRecordsRemoval : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void removesOneTrunksRecordsOnly() {
        const TrunkSid gone(QStringLiteral("trmum1gone"));
        const TrunkSid kept(QStringLiteral("trmum1kept"));
        recordEverything(gone);
        recordEverything(kept);
        QCOMPARE(recordKindsOf(gone), 3);
        removeTrunkRecords(kProfile, gone);
        QCOMPARE(recordKindsOf(gone), 0);
        QCOMPARE(recordKindsOf(kept), 3);
    }

    void aDeleteThroughTheListForgetsTheTrunk() {
        auto server = testing::startSandbox();
        QVERIFY(server);
        ExotelClient client(testing::clientConfigFor(*server));
        KnownTrunksStore known(kProfile, KnownTrunksStore::Persistence::MemoryOnly);
        TrunkListModel list;
        list.setClient(&client, &known);
        list.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(list.state(), TrunkListModel::State::Loaded, 10000);
        const TrunkSid target(server->trunkSid(QStringLiteral("test_alias1")));
        const TrunkSid other(server->trunkSid(QStringLiteral("test_alias2")));
        recordEverything(target);
        recordEverything(other);

        QSignalSpy finished(&list, &TrunkListModel::deleteFinished);
        list.deleteTrunk(target);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(recordKindsOf(target), 0);
        QCOMPARE(recordKindsOf(other), 3);
    }

    // A delete the server refuses leaves every record in place.
    void aFailedDeleteForgetsNothing() {
        auto server = testing::startSandbox();
        QVERIFY(server);
        ExotelClient client(testing::clientConfigFor(*server));
        KnownTrunksStore known(kProfile, KnownTrunksStore::Persistence::MemoryOnly);
        TrunkListModel list;
        list.setClient(&client, &known);
        list.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(list.state(), TrunkListModel::State::Loaded, 10000);
        const TrunkSid target(server->trunkSid(QStringLiteral("test_123")));
        recordEverything(target);
        sandbox::Fault refuse;
        refuse.method = QStringLiteral("DELETE");
        refuse.status = 500;
        refuse.times = -1;
        server->addFault(refuse);
        QSignalSpy finished(&list, &TrunkListModel::deleteFinished);
        list.deleteTrunk(target);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().at(1).toBool());
        QCOMPARE(recordKindsOf(target), 3);
    }
};

QTEST_GUILESS_MAIN(TestTrunkRecordsRemoval)
#include "tst_trunkrecordsremoval.moc"
