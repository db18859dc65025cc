// A plan adopts or deletes only what it can prove it created: the trunk SID it recorded, or,
// after a lost answer, the one object of the requested name created since its first request.
// Each case puts a foreign object of the same name on the sandbox, dated before the plan's
// request, and checks that the plan stops and asks, naming it, instead of using or deleting it.
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "waiting.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningjournal.h"
#include "workflows/provisioningownership.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using State = ProvisioningEngine::State;
using StepState = ProvisioningStep::State;

namespace {

const QString kProfile = QStringLiteral("profile-own");

// The client gives up after this; a Delay fault answers later, after the sandbox has acted.
constexpr int kClientTimeoutMs = 700;

bool isTerminal(State s) {
    return s == State::Finished || s == State::NeedsDecision || s == State::Kept ||
           s == State::RolledBack;
}

ProvisioningRequest requestNamed(const QString &name, bool withCredential) {
    ProvisioningRequest r;
    r.useCase = UseCase::BothDirections;
    r.trunkName = name;
    r.number = QStringLiteral("+918047100001");
    r.numberMode = numberModeFor(r.useCase);
    r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
    r.destinations << NewDestination{QStringLiteral("203.0.113.10"), 5061, Transport::Tls};
    if (withCredential)
        r.credential = NewCredential{QStringLiteral("pbx_user"), generatePassword(),
                                     QStringLiteral("office pbx")};
    return r;
}

} // namespace

class TestProvisioningOwnership : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProvisioningJournal> m_journal;

    void freshEnvironment() {
        m_journal.reset();
        m_client.reset();
        m_server.reset();
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
        ClientConfig config = testing::clientConfigFor(*m_server);
        config.transferTimeout = std::chrono::milliseconds(kClientTimeoutMs);
        m_client = std::make_unique<ExotelClient>(config);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal =
            std::make_unique<ProvisioningJournal>(m_dir->filePath(QStringLiteral("journal.ini")));
    }

    ProvisioningPlan planFor(const ProvisioningRequest &r) {
        return ProvisioningPlan::build(r, m_client->config().accountSid, kProfile);
    }

    // Someone else's work, a minute before anything the test's plan sends.
    template <typename Make> void inThePast(Make make) {
        const qint64 minuteAgo = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        m_server->setClock([minuteAgo] { return minuteAgo; });
        make();
        m_server->setClock({});
    }

    Trunk createForeignTrunk(const QString &name) {
        ApiResult<Trunk> made = ApiResult<Trunk>::failure(ApiError{});
        inThePast([&] {
            NewTrunk t;
            t.name = name;
            t.domainName = NewTrunk::domainFor(m_client->config().accountSid);
            made = testing::awaitApi<Trunk>(
                [&](QObject *c, auto cb) { m_client->createTrunk(t, c, cb); });
        });
        if (!made.isOk())
            QTest::qFail("the foreign trunk could not be created", __FILE__, __LINE__);
        return made.isOk() ? made.value() : Trunk{};
    }

    // The sandbox's answer for one trunk: true when it is there.
    bool trunkExists(const TrunkSid &sid) {
        const auto r =
            testing::awaitApi<Trunk>([&](QObject *c, auto cb) { m_client->getTrunk(sid, c, cb); });
        if (!r.isOk() && r.error().kind != ApiError::Kind::NotFound)
            QTest::qFail("reading the trunk failed", __FILE__, __LINE__);
        return r.isOk();
    }

    QStringList credentialIds(const TrunkSid &sid) {
        const auto r = testing::awaitApi<QList<Credential>>(
            [&](QObject *c, auto cb) { m_client->listCredentials(sid, c, cb); });
        if (!r.isOk())
            QTest::qFail("listing credentials failed", __FILE__, __LINE__);
        QStringList ids;
        if (r.isOk()) {
            for (const Credential &c : r.value())
                ids << c.id.value();
        }
        return ids;
    }

    // The create's answer is lost: the sandbox acts on the request (here: answers 409 because
    // the foreign trunk has the name) but answers after the client has given up.
    void loseTheCreateAnswer() {
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::Delay;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/trunks");
        fault.delayMs = kClientTimeoutMs + 800;
        m_server->addFault(fault);
    }

    static void verifyNamesForeignTrunk(const QString &text, const Trunk &foreign) {
        QVERIFY2(text.contains(foreign.sid.value()), qPrintable(text));
        QVERIFY2(text.contains(foreign.name), qPrintable(text));
        QVERIFY2(text.contains(foreign.created.toUTC().toString(Qt::ISODate)), qPrintable(text));
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_provisioningownership"));
    }

    void createdSinceComparesWholeSeconds() {
        const QDateTime sent =
            QDateTime::fromString(QStringLiteral("2026-01-23T09:24:59.700Z"), Qt::ISODateWithMs);
        const auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
        };
        QVERIFY(ProvisioningOwnership::createdSince(at("2026-01-23T09:24:59Z"), sent));
        QVERIFY(ProvisioningOwnership::createdSince(at("2026-01-23T09:25:03Z"), sent));
        QVERIFY(!ProvisioningOwnership::createdSince(at("2026-01-23T09:24:58Z"), sent));
        QVERIFY(!ProvisioningOwnership::createdSince(QDateTime(), sent));
        QVERIFY(!ProvisioningOwnership::createdSince(at("2026-01-23T09:25:03Z"), QDateTime()));
    }

    // A resumed plan still knows when its steps were first sent and whether an answer was lost.
    void journalKeepsWhatOwnershipNeeds() {
        ProvisioningPlan plan = ProvisioningPlan::build(
            requestNamed(QStringLiteral("journal_me"), false), QStringLiteral("acc"), kProfile);
        const QDateTime sent =
            QDateTime::fromString(QStringLiteral("2026-01-23T09:24:59.700Z"), Qt::ISODateWithMs);
        plan.steps[0].firstSentAt = sent;
        plan.steps[0].answerLost = true;
        const ProvisioningPlan back = ProvisioningPlan::fromJson(plan.toJson());
        QCOMPARE(back.steps[0].firstSentAt, sent);
        QVERIFY(back.steps[0].answerLost);
        QVERIFY(!back.steps[1].firstSentAt.isValid());
        QVERIFY(!back.steps[1].answerLost);
    }

    // Without a lost answer a duplicate name is never the plan's, whatever its date says.
    void duplicateWithoutLostAnswerIsNeverClaimed() {
        Trunk t;
        t.sid = TrunkSid(QStringLiteral("trunk_new"));
        t.name = QStringLiteral("dup");
        t.created = QDateTime::currentDateTimeUtc().addSecs(5);
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        QCOMPARE(int(ProvisioningOwnership::claimTrunk({t}, t.name, sent, false).verdict),
                 int(ProvisioningOwnership::Verdict::Unproven));
        QCOMPARE(int(ProvisioningOwnership::claimTrunk({t}, t.name, sent, true).verdict),
                 int(ProvisioningOwnership::Verdict::Ours));
        Trunk twin = t;
        twin.sid = TrunkSid(QStringLiteral("trunk_twin"));
        QCOMPARE(int(ProvisioningOwnership::claimTrunk({t, twin}, t.name, sent, true).verdict),
                 int(ProvisioningOwnership::Verdict::Unproven));
    }

    void retryAfterLostAnswerDoesNotAdoptForeignTrunk() {
        freshEnvironment();
        const Trunk foreign = createForeignTrunk(QStringLiteral("taken_name"));
        const int trunksBefore = m_server->trunkCount();
        loseTheCreateAnswer();

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QSignalSpy created(&engine, &ProvisioningEngine::trunkCreated);
        QVERIFY(engine.start(planFor(requestNamed(QStringLiteral("taken_name"), false))));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        const int trunkStep = engine.plan().indexOf(QStringLiteral("trunk"));
        QCOMPARE(int(engine.plan().steps[trunkStep].error.kind), int(ApiError::Kind::Timeout));

        // The retry is answered 409: the name is the foreign trunk's, older than the request.
        QVERIFY(engine.retryFailed());
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        const ProvisioningStep &trunk = engine.plan().steps[trunkStep];
        QCOMPARE(stepStateName(trunk.state), stepStateName(StepState::Failed));
        QVERIFY(engine.plan().trunkSid.isEmpty());
        QCOMPARE(created.count(), 0);
        verifyNamesForeignTrunk(trunk.failureText(), foreign);
        QVERIFY(trunk.failureText().contains(trunk.firstSentAt.toString(Qt::ISODate)));
        verifyNamesForeignTrunk(engine.plan().missingItems().join(QLatin1Char(' ')), foreign);
        // Nothing was sent to the foreign trunk.
        for (const sandbox::LoggedRequest &l : m_server->requestLog())
            QVERIFY2(!l.path.contains(foreign.sid.value()), qPrintable(l.path));

        // Rolling back does not delete it either: it stops and says why.
        QVERIFY(engine.rollBack());
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != State::RollingBack, 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        verifyNamesForeignTrunk(engine.rollbackNote(), foreign);
        QVERIFY(trunkExists(foreign.sid));
        QCOMPARE(m_server->trunkCount(), trunksBefore);
    }

    void rollBackAfterLostAnswerKeepsForeignTrunk() {
        freshEnvironment();
        const Trunk foreign = createForeignTrunk(QStringLiteral("other_team"));
        loseTheCreateAnswer();

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(planFor(requestNamed(QStringLiteral("other_team"), false))));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);

        QSignalSpy rolledBack(&engine, &ProvisioningEngine::rolledBack);
        QVERIFY(engine.rollBack());
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != State::RollingBack, 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        QCOMPARE(rolledBack.count(), 0);
        verifyNamesForeignTrunk(engine.rollbackNote(), foreign);
        QVERIFY(trunkExists(foreign.sid));
        // The plan stays in the journal: nothing was settled.
        QCOMPARE(m_journal->unfinishedPlans(kProfile).size(), 1);
    }

    // The trunk a lost answer did create is still found and deleted by a roll-back.
    void rollBackAfterLostAnswerDeletesOwnTrunk() {
        freshEnvironment();
        const int trunksBefore = m_server->trunkCount();
        loseTheCreateAnswer();
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(planFor(requestNamed(QStringLiteral("mine_lost"), false))));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        const QString sid = m_server->trunkSid(QStringLiteral("mine_lost"));
        QVERIFY(!sid.isEmpty());
        QVERIFY(engine.plan().trunkSid.isEmpty());

        QVERIFY(engine.rollBack());
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::RolledBack, 15000);
        QVERIFY(!trunkExists(TrunkSid(sid)));
        QCOMPARE(m_server->trunkCount(), trunksBefore);
    }

    // A credential that only shares the user name is neither taken for the plan's (its
    // password is not the one the hand-off shows) nor deleted when the password is regenerated.
    void credentialSharingTheUserNameIsLeftAlone() {
        freshEnvironment();
        sandbox::Fault drop;
        drop.kind = sandbox::Fault::Kind::Drop;
        drop.method = QStringLiteral("POST");
        drop.pathContains = QStringLiteral("/credentials");
        drop.times = 2; // the client resends once by itself
        m_server->addFault(drop);

        TrunkSid sid;
        QString foreignId;
        {
            ProvisioningEngine engine(m_client.get(), m_journal.get());
            QVERIFY(engine.start(planFor(requestNamed(QStringLiteral("cred_case"), true))));
            QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
            QCOMPARE(engine.state(), State::NeedsDecision);
            sid = engine.plan().trunkSid;
            QVERIFY(!sid.isEmpty());
            const int step = engine.plan().indexOf(QStringLiteral("credential"));
            QVERIFY(ProvisioningOwnership::leavesOutcomeOpen(engine.plan().steps[step].error.kind));

            m_server->clearFaults(); // the client may not have used both drops
            inThePast([&] {
                const NewCredential other{QStringLiteral("pbx_user"), generatePassword(),
                                          QStringLiteral("someone else")};
                const auto made = testing::awaitApi<Credential>(
                    [&](QObject *c, auto cb) { m_client->createCredential(sid, other, c, cb); });
                QVERIFY2(made.isOk(), qPrintable(made.error().technicalDetails()));
                foreignId = made.value().id.value();
            });
            QVERIFY(!foreignId.isEmpty());

            QVERIFY(engine.retryFailed());
            QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
            QCOMPARE(engine.state(), State::NeedsDecision);
            const ProvisioningStep &cred = engine.plan().steps[step];
            QCOMPARE(stepStateName(cred.state), stepStateName(StepState::Failed));
            QVERIFY2(cred.failureText().contains(foreignId), qPrintable(cred.failureText()));
            QVERIFY(cred.failureText().contains(QStringLiteral("pbx_user")));
            engine.keepAsIs();
        }
        QCOMPARE(credentialIds(sid), QStringList{foreignId});

        // Resumed without the password: a new one is generated, and the duplicate user name
        // must not make the engine delete the other credential to recreate it.
        ProvisioningEngine resumed(m_client.get(), m_journal.get());
        QVERIFY(resumed.resume(kProfile, sid));
        QVERIFY(resumed.plan().passwordRegenerated);
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(resumed.state()), 15000);
        QCOMPARE(resumed.state(), State::NeedsDecision);
        QCOMPARE(credentialIds(sid), QStringList{foreignId});
    }
};

QTEST_GUILESS_MAIN(TestProvisioningOwnership)
#include "tst_provisioningownership.moc"
