// Removing a profile removes everything the console recorded about it: its settings, known
// trunks and their aliases, caller-ID alias history, pending credential rotations and
// provisioning plans (finished or not). Another profile's records stay exactly as they were.
// Profiles keep their token for one session here, so no keychain is involved.
#include "accounts/accountmanager.h"
#include "accounts/profilerecords.h"
#include "accounts/profilestore.h"
#include "accountstesting.h"
#include "knowntrunksstore.h"
#include "workflows/aliashistory.h"
#include "workflows/credentialrotation.h"
#include "workflows/provisioningjournal.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

const TrunkSid kTrunk(QStringLiteral("trmum1a2b3c4d5e6f"));

// Every spelling under which the records of `id` are kept in the settings file.
QStringList spellingsOf(const QString &id) {
    const QByteArray encoded = QUrl::toPercentEncoding(id);
    return {id, QString::fromLatin1(encoded), QString::fromLatin1(encoded.toHex())};
}

QString settingsText() {
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What the credential rotation persists while it waits for the peer (its own layout, read back
// through CredentialRotation::pending below so that the test cannot drift from it).
void recordPendingRotation(const QString &profileId) {
    ProfileRecords records(profileId);
    const QString group = QStringLiteral("workflows/credentialRotation/") +
                          QString::fromLatin1(QUrl::toPercentEncoding(profileId)) +
                          QLatin1Char('/') + kTrunk.value() + QStringLiteral("/CRold1/");
    records.setValue(group + QStringLiteral("oldUserName"), QStringLiteral("alice"));
    records.setValue(group + QStringLiteral("newId"), QStringLiteral("CRnew1"));
    records.setValue(group + QStringLiteral("newUserName"), QStringLiteral("alice_v2"));
    records.setValue(group + QStringLiteral("stage"), QStringLiteral("awaitingPeer"));
    records.setValue(group + QStringLiteral("startedAt"), QStringLiteral("2026-12-07T10:00:00Z"));
    records.sync();
}

ProvisioningPlan planOf(const QString &profileId, const QString &planId) {
    ProvisioningPlan plan;
    plan.id = planId;
    plan.profileId = profileId;
    plan.trunkSid = kTrunk;
    plan.steps.append(ProvisioningStep{});
    return plan;
}

// One record of every kind for `profileId` (known trunks only for a saved profile: those of a
// volatile one live in the console's memory-only store).
void recordEverything(const QString &profileId, bool saved = true) {
    if (saved) {
        KnownTrunksStore known(profileId);
        known.addTrunk(kTrunk);
        known.setAlias(kTrunk, QStringLiteral("+918047112233"));
    }
    AliasHistory::record(profileId, kTrunk, QStringLiteral("+918047112244"));
    recordPendingRotation(profileId);
    ProvisioningJournal journal;
    journal.save(planOf(profileId, QStringLiteral("plan-") + profileId));
    journal.sync();
}

// How many of the kinds of record exist for `profileId`, read through their owners.
int recordKindsOf(const QString &profileId) {
    KnownTrunksStore known(profileId);
    ProvisioningJournal journal;
    return int(!known.trunks().isEmpty()) + int(!known.alias(kTrunk).isEmpty()) +
           int(AliasHistory::last(profileId, kTrunk).has_value()) +
           int(!CredentialRotation::pending(profileId, kTrunk).isEmpty()) +
           int(!journal.unfinishedPlans(profileId).isEmpty());
}

AccountProfile sessionProfile(const QString &id) {
    AccountProfile p;
    p.id = id;
    p.displayName = id;
    p.accountSid = QStringLiteral("acme1");
    p.apiKey = QStringLiteral("key");
    return p;
}

} // namespace

class TestProfileRemoval : public QObject {
    Q_OBJECT

private slots:
    void removesEveryRecordOfTheProfileOnly() {
        AccountManager manager(std::make_unique<ProfileStore>());
        for (const QString &id : {QStringLiteral("gone-profile"), QStringLiteral("kept-profile")}) {
            const auto added = waitForResult<SecretResult>([&](auto cb) {
                manager.addProfile(sessionProfile(id), QStringLiteral("tok"), true, nullptr, cb);
            });
            QVERIFY(added->isOk());
            recordEverything(id);
            QCOMPARE(recordKindsOf(id), 5);
        }
        // A finished plan is not "unfinished", yet it is a record of the profile too.
        ProvisioningPlan finished = planOf(QStringLiteral("gone-profile"), QStringLiteral("done"));
        finished.steps.first().state = ProvisioningStep::State::Done;
        ProvisioningJournal().save(finished);
        for (const QString &spelling : spellingsOf(QStringLiteral("gone-profile")))
            QVERIFY(settingsText().contains(spelling));

        const auto removed = waitForResult<SecretResult>(
            [&](auto cb) { manager.removeProfile(QStringLiteral("gone-profile"), nullptr, cb); });
        QVERIFY(removed->isOk());

        QCOMPARE(recordKindsOf(QStringLiteral("gone-profile")), 0);
        const QString text = settingsText();
        for (const QString &spelling : spellingsOf(QStringLiteral("gone-profile")))
            QVERIFY2(!text.contains(spelling), qPrintable(spelling + QStringLiteral(" remains")));
        QCOMPARE(recordKindsOf(QStringLiteral("kept-profile")), 5);
        QVERIFY(manager.profile(QStringLiteral("kept-profile")));
    }

    void removesTheRecordsOfATransientProfileFromMemory() {
        AccountManager manager(std::make_unique<ProfileStore>());
        const QString id = manager.addTransientProfile(sessionProfile(QStringLiteral("env-like")),
                                                       QStringLiteral("tok"));
        recordEverything(id, false);
        QCOMPARE(recordKindsOf(id), 3);
        QVERIFY(!settingsText().contains(id));
        const auto removed =
            waitForResult<SecretResult>([&](auto cb) { manager.removeProfile(id, nullptr, cb); });
        QVERIFY(removed->isOk());
        QCOMPARE(recordKindsOf(id), 0);
    }
};

int main(int argc, char **argv) {
    // The application's default settings in a folder of our own.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.path()));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("profileremoval"));
    TestProfileRemoval test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profileremoval.moc"
