#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "validation/validators.h"
#include "waiting.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioninghandoff.h"
#include "workflows/provisioningjournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace exotrunk;
using State = ProvisioningEngine::State;
using StepState = ProvisioningStep::State;

namespace {

const QString kProfile = QStringLiteral("profile-1");

using testing::sync;

ProvisioningRequest requestFor(UseCase useCase, const QString &name) {
    ProvisioningRequest r;
    r.useCase = useCase;
    r.trunkName = name;
    r.number = QStringLiteral("+918047100001");
    r.numberMode = numberModeFor(useCase);
    switch (useCase) {
    case UseCase::OutboundPstn:
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
        r.alias = QStringLiteral("+918047100001");
        break;
    case UseCase::InboundPstn:
        r.destinations << NewDestination{QStringLiteral("sip.customer.example.com"), 5061,
                                         Transport::Tls};
        break;
    case UseCase::BothDirections:
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
        r.credential = NewCredential{QStringLiteral("pbx_user"), generatePassword(),
                                     QStringLiteral("office pbx")};
        r.destinations << NewDestination{QStringLiteral("203.0.113.10"), 5061, Transport::Tls};
        r.alias = QStringLiteral("+918047100001");
        break;
    case UseCase::VoiceAiOutbound:
        r.provider = VoiceAiProvider::ElevenLabs;
        r.credential = NewCredential{QStringLiteral("eleven_user"), generatePassword(),
                                     QStringLiteral("elevenlabs")};
        // Exotel's reference: a destination URI on every trunk, flow mode too.
        r.destinations << NewDestination{QStringLiteral("sip.rtc.elevenlabs.io"), 5060,
                                         Transport::Tcp};
        break;
    case UseCase::VoiceAiInbound:
        r.provider = VoiceAiProvider::Bolna;
        r.credential = NewCredential{QStringLiteral("bolna_user"), generatePassword(),
                                     QStringLiteral("bolna")};
        r.destinations << NewDestination{QStringLiteral("13.200.45.61"), 5060, Transport::Udp};
        break;
    }
    return r;
}

struct Expected {
    QStringList numbers;      // "+91…:mode"
    QStringList ips;          // "ip/mask"
    QStringList destinations; // "host:port:transport"
    QStringList userNames;
};

Expected expectedFor(const ProvisioningRequest &r) {
    Expected e;
    e.numbers << r.number + QLatin1Char(':') + numberModeToWire(r.numberMode);
    for (const NewWhitelistedIp &entry : r.whitelistEntries())
        e.ips << entry.ip + QLatin1Char('/') + QString::number(entry.mask);
    for (const QString &ip : r.destinationIpsNeedingWhitelist())
        e.ips << ip + QStringLiteral("/32");
    for (const NewDestination &d : r.destinations)
        e.destinations
            << QStringLiteral("%1:%2:%3").arg(d.host).arg(d.port).arg(transportToWire(d.transport));
    if (r.credential)
        e.userNames << r.credential->userName;
    for (QStringList *l : {&e.numbers, &e.ips, &e.destinations, &e.userNames})
        l->sort();
    return e;
}

bool isTerminal(State s) {
    return s == State::Finished || s == State::NeedsDecision || s == State::Kept ||
           s == State::RolledBack;
}

} // namespace

class TestProvisioningEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProvisioningJournal> m_journal;
    int m_baseTrunks = 0;

    void freshEnvironment(int latencyMs = 0, int timeoutMs = 5000) {
        m_journal.reset();
        m_client.reset();
        m_server.reset();
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        options.latencyMs = latencyMs;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
        ClientConfig config = testing::clientConfigFor(*m_server);
        config.transferTimeout = std::chrono::milliseconds(timeoutMs);
        m_client = std::make_unique<ExotelClient>(config);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal =
            std::make_unique<ProvisioningJournal>(m_dir->filePath(QStringLiteral("journal.ini")));
        m_baseTrunks = m_server->trunkCount();
    }

    ProvisioningPlan planFor(const ProvisioningRequest &r) {
        return ProvisioningPlan::build(r, m_client->config().accountSid, kProfile);
    }

    // What the sandbox holds for a trunk, in the same shape as Expected.
    Expected actual(const TrunkSid &sid) {
        Expected e;
        auto numbers = sync<QList<PhoneNumber>>(
            [&](QObject *c, auto cb) { m_client->listPhoneNumbers(sid, c, cb); });
        auto ips = sync<QList<WhitelistedIp>>(
            [&](QObject *c, auto cb) { m_client->listWhitelistedIps(sid, c, cb); });
        auto dests = sync<QList<DestinationUri>>(
            [&](QObject *c, auto cb) { m_client->listDestinationUris(sid, c, cb); });
        auto creds = sync<QList<Credential>>(
            [&](QObject *c, auto cb) { m_client->listCredentials(sid, c, cb); });
        if (!numbers || !numbers->isOk() || !ips || !ips->isOk() || !dests || !dests->isOk() ||
            !creds || !creds->isOk()) {
            e.numbers << QStringLiteral("<listing failed>");
            return e;
        }
        for (const PhoneNumber &p : numbers->value())
            e.numbers << p.number + QLatin1Char(':') +
                             numberModeToWire(p.mode == NumberMode::Default ? NumberMode::Pstn
                                                                            : p.mode);
        for (const WhitelistedIp &w : ips->value())
            e.ips << w.cidr();
        for (const DestinationUri &d : dests->value())
            e.destinations << QStringLiteral("%1:%2:%3")
                                  .arg(d.host())
                                  .arg(d.port())
                                  .arg(transportToWire(d.transport()));
        for (const Credential &c : creds->value())
            e.userNames << c.userName;
        for (QStringList *l : {&e.numbers, &e.ips, &e.destinations, &e.userNames})
            l->sort();
        return e;
    }

    void compare(const Expected &got, const Expected &want) {
        QCOMPARE(got.numbers, want.numbers);
        QCOMPARE(got.ips, want.ips);
        QCOMPARE(got.destinations, want.destinations);
        QCOMPARE(got.userNames, want.userNames);
    }

    // True when the sandbox has the trunk, false when it answers "not found"; any other
    // answer (a timeout, a 5xx) fails the test rather than passing for "gone".
    bool trunkExists(const TrunkSid &sid) {
        auto r = sync<Trunk>([&](QObject *c, auto cb) { m_client->getTrunk(sid, c, cb); });
        if (!r->isOk() && r->error().kind != ApiError::Kind::NotFound)
            QTest::qFail(qPrintable(QStringLiteral("reading trunk %1 failed: %2")
                                        .arg(sid.value(), r->error().technicalDetails())),
                         __FILE__, __LINE__);
        return r->isOk();
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_provisioningengine"));
    }

    void planHasTheDocumentedShape() {
        const ProvisioningRequest r = requestFor(UseCase::BothDirections, QStringLiteral("shape"));
        const ProvisioningPlan p = ProvisioningPlan::build(r, QStringLiteral("acc"), kProfile);
        QStringList ids;
        for (const ProvisioningStep &s : p.steps)
            ids << s.id;
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("trunk"), QStringLiteral("number"),
                              QStringLiteral("ip:203.0.113.10/32"), QStringLiteral("destinations"),
                              QStringLiteral("credential"), QStringLiteral("alias")}));
        QCOMPARE(p.steps[0].dependsOn, QStringList());
        QCOMPARE(p.steps[3].dependsOn,
                 (QStringList{QStringLiteral("trunk"), QStringLiteral("ip:203.0.113.10/32")}));
        QCOMPARE(p.steps[4].dependsOn, QStringList{QStringLiteral("trunk")});
        const QString review = p.reviewLines().join(QLatin1Char('\n'));
        QVERIFY(review.contains(
            QStringLiteral("POST /v2/accounts/acc/trunks/{trunk_sid}/credentials")));
        QVERIFY(review.contains(
            QStringLiteral("\"destination\": \"203.0.113.10:5061;transport=tls\"")));
        QVERIFY(!review.contains(r.credential->password));
        QVERIFY(review.contains(QStringLiteral("••••••••")));
        QVERIFY(p.toJson().isEmpty() == false);
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains(r.credential->password.toUtf8()));
    }

    void ipDestinationIsWhitelistedAutomatically() {
        ProvisioningRequest r = requestFor(UseCase::InboundPstn, QStringLiteral("auto_ip"));
        r.destinations = {NewDestination{QStringLiteral("198.51.100.7"), 5060, Transport::Tcp},
                          NewDestination{QStringLiteral("sip.example.com"), 5061, Transport::Tls}};
        const ProvisioningPlan p = ProvisioningPlan::build(r, QStringLiteral("acc"));
        const int ip = p.indexOf(QStringLiteral("ip:198.51.100.7/32"));
        QVERIFY(ip > 0);
        QVERIFY(p.steps[ip].autoWhitelisted);
        QVERIFY(p.steps[p.indexOf(QStringLiteral("destinations"))].dependsOn.contains(
            QStringLiteral("ip:198.51.100.7/32")));
        QVERIFY(r.issueFor(QStringLiteral("destinations")).level == Validity::Level::Warning);
    }

    void requestRules() {
        ProvisioningRequest r = requestFor(UseCase::VoiceAiOutbound, QStringLiteral("rules"));
        QVERIFY(r.isValid());
        r.credential.reset();
        QVERIFY(!r.isValid());
        QCOMPARE(r.issueFor(QStringLiteral("auth")).level, Validity::Level::Error);
        r = requestFor(UseCase::VoiceAiOutbound, QStringLiteral("rules"));
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.0"), 24};
        QCOMPARE(r.issueFor(QStringLiteral("mask")).level, Validity::Level::Warning);
        QCOMPARE(r.issueFor(QStringLiteral("auth")).level, Validity::Level::Warning); // mixing
        r = requestFor(UseCase::InboundPstn, QStringLiteral("rules"));
        r.destinations.clear();
        QCOMPARE(r.issueFor(QStringLiteral("destinations")).level, Validity::Level::Error);
        r = requestFor(UseCase::OutboundPstn, QStringLiteral("this_name_is_far_too_long"));
        QCOMPARE(r.issueFor(QStringLiteral("trunkName")).level, Validity::Level::Error);
    }

    // The reference says a destination URI is mandatory in every setup; the Voice-AI guides
    // leave it out of outbound-only ones. Both readings build; leaving it out only warns.
    void destinationAdvisedInEverySetup() {
        ProvisioningRequest r = requestFor(UseCase::VoiceAiOutbound, QStringLiteral("advice"));
        QVERIFY(!needsDestination(UseCase::VoiceAiOutbound));
        QVERIFY(destinationAdvised(UseCase::VoiceAiOutbound));
        ProvisioningPlan p = ProvisioningPlan::build(r, QStringLiteral("acc"), kProfile);
        const int d = p.indexOf(QStringLiteral("destinations"));
        QVERIFY(d > 0);
        QCOMPARE(p.steps[d].dependsOn, QStringList{QStringLiteral("trunk")}); // an FQDN
        QVERIFY(p.reviewLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("sip.rtc.elevenlabs.io:5060;transport=tcp")));
        QVERIFY(r.issueFor(QStringLiteral("destinations")).isOk());
        // An outbound-only trunk needs no Flow even with a destination URI.
        QVERIFY(!provisioningHandOff(p).contains(QStringLiteral("App Bazaar")));

        r.destinations.clear();
        QVERIFY(r.isValid());
        const Validity advice = r.issueFor(QStringLiteral("destinations"));
        QCOMPARE(advice.level, Validity::Level::Warning);
        QVERIFY(advice.message.contains(QStringLiteral("mandatory")));
        QVERIFY(advice.message.contains(QStringLiteral("Voice AI guides")));
        p = ProvisioningPlan::build(r, QStringLiteral("acc"), kProfile);
        QCOMPARE(p.indexOf(QStringLiteral("destinations")), -1);

        r = requestFor(UseCase::OutboundPstn, QStringLiteral("advice_pbx"));
        QVERIFY(r.destinations.isEmpty());
        QVERIFY(r.isValid());
        QCOMPARE(r.issueFor(QStringLiteral("destinations")).level, Validity::Level::Warning);
        QVERIFY(provisioningHandOff(ProvisioningPlan::build(r, QStringLiteral("acc")))
                    .contains(QStringLiteral("Place a test call")));
    }

    void severalWhitelistEntries() {
        freshEnvironment();
        ProvisioningRequest r = requestFor(UseCase::BothDirections, QStringLiteral("multi_ip"));
        r.credential.reset();
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
        r.extraWhitelist = {NewWhitelistedIp{QStringLiteral("198.51.100.0"), 24}};
        r.destinations = {NewDestination{QStringLiteral("198.51.100.40"), 5061, Transport::Tls},
                          NewDestination{QStringLiteral("sip.example.com"), 5060, Transport::Tcp}};
        QVERIFY(r.isValid());
        QVERIFY(r.destinationIpsNeedingWhitelist().isEmpty()); // the /24 covers it
        const ProvisioningPlan p = planFor(r);
        const ProvisioningStep &dest = p.steps[p.indexOf(QStringLiteral("destinations"))];
        QCOMPARE(dest.dependsOn,
                 (QStringList{QStringLiteral("trunk"), QStringLiteral("ip:198.51.100.0/24")}));
        QCOMPARE(ProvisioningRequest::fromJson(r.toJson()).extraWhitelist.size(), 1);
        ProvisioningRequest twice = r;
        twice.extraWhitelist << *r.whitelist;
        QCOMPARE(twice.issueFor(QStringLiteral("whitelist")).level, Validity::Level::Error);

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QSignalSpy finished(&engine, &ProvisioningEngine::finished);
        QVERIFY(engine.start(p));
        QVERIFY(finished.wait(15000) || finished.count() == 1);
        compare(actual(engine.plan().trunkSid), expectedFor(r));
    }

    // "Finish setup": a kept plan is reopened by a new engine without sending anything, then
    // retried to completion.
    void reopenKeptPlanAndFinish() {
        freshEnvironment();
        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("reopen_me"));
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/credentials");
        fault.status = 503;
        m_server->addFault(fault);
        TrunkSid sid;
        {
            ProvisioningEngine engine(m_client.get(), m_journal.get());
            QSignalSpy decide(&engine, &ProvisioningEngine::needsDecision);
            QVERIFY(engine.start(planFor(r)));
            QVERIFY(decide.wait(15000) || decide.count() == 1);
            sid = engine.plan().trunkSid;
            QVERIFY(!engine.keepAsIs().isEmpty());
        }
        QVERIFY(m_journal->hasUnfinishedSetup(kProfile, sid));

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        m_server->clearRequestLog();
        QVERIFY(engine.reopen(kProfile, sid));
        QCOMPARE(engine.state(), State::Kept);
        QVERIFY(m_server->requestLog().isEmpty());
        const int credential = engine.plan().indexOf(QStringLiteral("credential"));
        QCOMPARE(stepStateName(engine.plan().steps[credential].state),
                 stepStateName(StepState::Failed));
        QCOMPARE(engine.plan().missingItems().size(), 1);
        QVERIFY(engine.plan().needsPasswordReentry());
        QSignalSpy finished(&engine, &ProvisioningEngine::finished);
        QVERIFY(engine.retryFailed());
        QVERIFY(finished.wait(15000) || finished.count() == 1);
        QVERIFY(engine.plan().passwordRegenerated);
        compare(actual(sid), expectedFor(r));
        QVERIFY(!m_journal->hasUnfinishedSetup(kProfile, sid));
        ProvisioningEngine nothingLeft(m_client.get(), m_journal.get());
        QVERIFY(!nothingLeft.reopen(kProfile, sid));
    }

    void happyPath_data() {
        QTest::addColumn<int>("useCase");
        QTest::newRow("outbound") << int(UseCase::OutboundPstn);
        QTest::newRow("inbound") << int(UseCase::InboundPstn);
        QTest::newRow("both") << int(UseCase::BothDirections);
        QTest::newRow("voice-ai-outbound") << int(UseCase::VoiceAiOutbound);
        QTest::newRow("voice-ai-inbound") << int(UseCase::VoiceAiInbound);
    }

    void happyPath() {
        QFETCH(int, useCase);
        freshEnvironment();
        const ProvisioningRequest r =
            requestFor(UseCase(useCase), QStringLiteral("happy_%1").arg(useCase));
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QSignalSpy finished(&engine, &ProvisioningEngine::finished);
        QVERIFY(engine.start(planFor(r)));
        QVERIFY(finished.wait(15000) || finished.count() == 1);
        QCOMPARE(engine.state(), State::Finished);
        for (const ProvisioningStep &s : engine.plan().steps)
            QCOMPARE(stepStateName(s.state), stepStateName(StepState::Done));
        QCOMPARE(m_server->trunkCount(), m_baseTrunks + 1);
        compare(actual(engine.plan().trunkSid), expectedFor(r));
        QVERIFY(m_journal->unfinishedPlans(kProfile).isEmpty());
    }

    void failureThenDecision_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<QString>("resolution");
        const QList<QPair<QString, QString>> steps = {
            {QStringLiteral("/trunks"), QStringLiteral("trunk")},
            {QStringLiteral("/phone-numbers"), QStringLiteral("number")},
            {QStringLiteral("/whitelisted-ips"), QStringLiteral("ip:203.0.113.10/32")},
            {QStringLiteral("/destination-uris"), QStringLiteral("destinations")},
            {QStringLiteral("/credentials"), QStringLiteral("credential")},
            {QStringLiteral("/settings"), QStringLiteral("alias")},
        };
        const QList<QPair<QString, sandbox::Fault::Kind>> faults = {
            {QStringLiteral("5xx"), sandbox::Fault::Kind::ServerError},
            {QStringLiteral("timeout"), sandbox::Fault::Kind::Delay},
            {QStringLiteral("duplicate"), sandbox::Fault::Kind::InnerDuplicate},
            {QStringLiteral("207"), sandbox::Fault::Kind::AllItemsFailed},
        };
        for (const auto &step : steps) {
            for (const auto &fault : faults) {
                // Only the multi-item POST answers 207.
                if (fault.second == sandbox::Fault::Kind::AllItemsFailed &&
                    step.first != QLatin1String("/destination-uris"))
                    continue;
                for (const QString &resolution : {QStringLiteral("retry"), QStringLiteral("keep"),
                                                  QStringLiteral("rollback")}) {
                    const QByteArray name = (step.second + QLatin1Char(' ') + fault.first +
                                             QLatin1Char(' ') + resolution)
                                                .toUtf8();
                    QTest::newRow(name.constData())
                        << step.first << step.second << int(fault.second) << resolution;
                }
            }
        }
    }

    void failureThenDecision() {
        QFETCH(QString, path);
        QFETCH(QString, stepId);
        QFETCH(int, faultKind);
        QFETCH(QString, resolution);
        const auto kind = sandbox::Fault::Kind(faultKind);
        freshEnvironment(0, kind == sandbox::Fault::Kind::Delay ? 700 : 5000);

        sandbox::Fault fault;
        fault.kind = kind;
        fault.method = QStringLiteral("POST");
        // Every sub-resource path contains "/trunks"; the first POST of a plan is the trunk.
        fault.pathContains = path;
        fault.times = 1;
        fault.status = 503;
        fault.delayMs = 1500;
        m_server->addFault(fault);

        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("fail_case"));
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(planFor(r)));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);

        // Exotel documents a duplicate setting as harmless, and settings cannot be read back.
        if (stepId == QLatin1String("alias") && kind == sandbox::Fault::Kind::InnerDuplicate) {
            QCOMPARE(engine.state(), State::Finished);
            compare(actual(engine.plan().trunkSid), expectedFor(r));
            return;
        }

        QCOMPARE(engine.state(), State::NeedsDecision);
        const ProvisioningPlan &plan = engine.plan();
        const ProvisioningStep &failed = plan.steps[plan.indexOf(stepId)];
        QCOMPARE(stepStateName(failed.state), stepStateName(StepState::Failed));
        QVERIFY(failed.error.isError());
        QVERIFY(!failed.error.userMessage().isEmpty());
        for (const ProvisioningStep &s : plan.steps) {
            if (s.id == stepId)
                continue;
            const bool dependent = s.dependsOn.contains(stepId);
            QCOMPARE(stepStateName(s.state),
                     stepStateName(dependent ? StepState::Skipped : StepState::Done));
        }
        const bool trunkMade = stepId != QLatin1String("trunk");
        // A timed-out create leaves open whether the trunk exists; the decisions below find out.
        const bool outcomeUnknown = !trunkMade && kind == sandbox::Fault::Kind::Delay;
        if (!outcomeUnknown)
            QCOMPARE(m_server->trunkCount(), m_baseTrunks + (trunkMade ? 1 : 0));
        QCOMPARE(m_journal->unfinishedPlans(kProfile).size(), 1);
        // A late answer of a delayed request must not change the outcome below.
        if (kind == sandbox::Fault::Kind::Delay)
            QTest::qWait(1200);

        if (resolution == QLatin1String("retry")) {
            QSignalSpy finished(&engine, &ProvisioningEngine::finished);
            QVERIFY(engine.retryFailed());
            QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
            QCOMPARE(engine.state(), State::Finished);
            QCOMPARE(finished.count(), 1);
            QCOMPARE(m_server->trunkCount(), m_baseTrunks + 1);
            compare(actual(engine.plan().trunkSid), expectedFor(r));
            QVERIFY(m_journal->unfinishedPlans(kProfile).isEmpty());
        } else if (resolution == QLatin1String("keep")) {
            const QStringList missing = engine.keepAsIs();
            QCOMPARE(engine.state(), State::Kept);
            QVERIFY(!missing.isEmpty());
            QVERIFY(missing.first().contains(QStringLiteral("Reason")) ||
                    missing.join(QLatin1Char(' ')).contains(QStringLiteral("Reason")));
            if (trunkMade) {
                QVERIFY(trunkExists(plan.trunkSid));
                QVERIFY(m_journal->hasUnfinishedSetup(kProfile, plan.trunkSid));
                const auto recorded = m_journal->planForTrunk(kProfile, plan.trunkSid);
                QVERIFY(recorded);
                QVERIFY(recorded->kept);
            }
        } else {
            QSignalSpy rolledBack(&engine, &ProvisioningEngine::rolledBack);
            const TrunkSid sid = plan.trunkSid;
            QVERIFY(engine.rollBack());
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::RolledBack, 15000);
            QCOMPARE(rolledBack.count(), 1);
            QCOMPARE(m_server->trunkCount(), m_baseTrunks);
            if (trunkMade)
                QVERIFY(!trunkExists(sid));
            QVERIFY(m_journal->unfinishedPlans(kProfile).isEmpty());
        }
    }

    void duplicateOfOwnRequestIsVerifiedByListing() {
        freshEnvironment();
        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("dup_own"));
        ProvisioningPlan plan = planFor(r);
        const QString password = plan.credentialPassword;

        // As if a previous run had sent these requests and died before recording the answers.
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        NewTrunk t;
        t.name = r.trunkName;
        t.domainName = plan.domainName();
        auto created = sync<Trunk>([&](QObject *c, auto cb) { m_client->createTrunk(t, c, cb); });
        QVERIFY(created && created->isOk());
        const TrunkSid sid = created->value().sid;
        NewPhoneNumber n{r.number, r.numberMode};
        QVERIFY(sync<PhoneNumber>([&](QObject *c, auto cb) {
                    m_client->mapPhoneNumber(sid, n, c, cb);
                })->isOk());
        QVERIFY(sync<WhitelistedIp>([&](QObject *c, auto cb) {
                    m_client->whitelistIp(sid, *r.whitelist, c, cb);
                })->isOk());
        QVERIFY(sync<Credential>([&](QObject *c, auto cb) {
                    m_client->createCredential(sid, *r.credential, c, cb);
                })->isOk());

        plan.trunkSid = sid;
        plan.steps[0].state = StepState::Done;
        for (ProvisioningStep &s : plan.steps) {
            if (s.state != StepState::Done) {
                s.state = StepState::Running;
                s.attempts = 1;
                s.firstSentAt = sentAt; // as the dead engine recorded when it sent them
            }
        }
        m_journal->save(plan);
        m_server->clearRequestLog();

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        engine.setCredentialPassword(password);
        QVERIFY(engine.resume(kProfile, sid));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::Finished);
        for (const QString &id : {QStringLiteral("number"), QStringLiteral("ip:203.0.113.10/32"),
                                  QStringLiteral("credential")}) {
            const ProvisioningStep &s = engine.plan().steps[engine.plan().indexOf(id)];
            QVERIFY2(s.note.contains(QStringLiteral("verified")),
                     qPrintable(id + QLatin1String(": ") + s.note));
        }
        QVERIFY(!engine.plan().passwordRegenerated);
        bool listedNumbers = false;
        for (const sandbox::LoggedRequest &l : m_server->requestLog())
            listedNumbers = listedNumbers || (l.method == QLatin1String("GET") &&
                                              l.path.contains(QStringLiteral("/phone-numbers")));
        QVERIFY(listedNumbers);
        QCOMPARE(m_server->trunkCount(), m_baseTrunks + 1);
        compare(actual(sid), expectedFor(r));
    }

    void resumeAfterEngineDestroyedMidPlan() {
        freshEnvironment(150);
        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("resume_me"));
        TrunkSid sid;
        {
            auto engine = std::make_unique<ProvisioningEngine>(m_client.get(), m_journal.get());
            QSignalSpy created(engine.get(), &ProvisioningEngine::trunkCreated);
            QVERIFY(engine->start(planFor(r)));
            QVERIFY(created.wait(10000));
            sid = engine->plan().trunkSid;
            // Long enough for the requests to reach the sandbox, shorter than its latency.
            QTest::qWait(60);
            int running = 0;
            for (const ProvisioningStep &s : engine->plan().steps)
                running += s.state == StepState::Running ? 1 : 0;
            QVERIFY(running >= 3);
        } // destroyed while the number, IP, credential and alias requests are in flight
        QTest::qWait(600); // let the abandoned requests reach the sandbox
        QVERIFY(m_journal->hasUnfinishedSetup(kProfile, sid));
        const auto recorded = m_journal->planForTrunk(kProfile, sid);
        QVERIFY(recorded);
        QVERIFY(recorded->credentialPassword.isEmpty());
        QVERIFY(recorded->needsPasswordReentry());

        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.resume(kProfile, sid));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 20000);
        QCOMPARE(engine.state(), State::Finished);
        QCOMPARE(engine.plan().trunkSid, sid);
        QVERIFY(engine.plan().passwordRegenerated);
        QVERIFY(validate::password(engine.plan().credentialPassword).isAcceptable());
        QCOMPARE(m_server->trunkCount(), m_baseTrunks + 1);
        compare(actual(sid), expectedFor(r));
        QVERIFY(!m_journal->hasUnfinishedSetup(kProfile, sid));
    }

    void independentStepsOverlapInTime() {
        freshEnvironment(200);
        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("parallel"));
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(planFor(r)));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 20000);
        QCOMPARE(engine.state(), State::Finished);

        QMap<QString, sandbox::LoggedRequest> posts;
        for (const sandbox::LoggedRequest &l : m_server->requestLog()) {
            if (l.method != QLatin1String("POST"))
                continue;
            for (const char *key : {"/phone-numbers", "/whitelisted-ips", "/destination-uris",
                                    "/credentials", "/settings"}) {
                if (l.path.contains(QLatin1String(key)))
                    posts.insert(QLatin1String(key), l);
            }
            if (l.path.endsWith(QLatin1String("/trunks")))
                posts.insert(QStringLiteral("/trunks"), l);
        }
        QCOMPARE(posts.size(), 6);
        auto overlap = [](const sandbox::LoggedRequest &a, const sandbox::LoggedRequest &b) {
            return a.receivedMs < b.answeredMs && b.receivedMs < a.answeredMs;
        };
        const auto number = posts.value(QStringLiteral("/phone-numbers"));
        const auto ip = posts.value(QStringLiteral("/whitelisted-ips"));
        const auto cred = posts.value(QStringLiteral("/credentials"));
        QVERIFY2(overlap(number, ip), "number and IP POSTs did not overlap");
        QVERIFY2(overlap(number, cred), "number and credential POSTs did not overlap");
        QVERIFY2(overlap(ip, cred), "IP and credential POSTs did not overlap");
        // Dependencies are respected: nothing before the trunk exists, the IP destination
        // only after its whitelist entry.
        const auto trunk = posts.value(QStringLiteral("/trunks"));
        for (const auto &p : posts) {
            if (p.path != trunk.path)
                QVERIFY(p.receivedMs >= trunk.answeredMs);
        }
        QVERIFY(posts.value(QStringLiteral("/destination-uris")).receivedMs >= ip.answeredMs);
    }

    void passwordNeverReachesTheJournal() {
        freshEnvironment(50);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/credentials");
        fault.status = 500;
        m_server->addFault(fault);

        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("secret_check"));
        const QByteArray password = r.credential->password.toUtf8();
        QVERIFY(password.size() >= 12);
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        const QString file = m_journal->fileName();
        int checks = 0;
        connect(&engine, &ProvisioningEngine::stepChanged, this, [&] {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                QVERIFY(!bytes.contains(password));
                ++checks;
            }
        });
        QVERIFY(engine.start(planFor(r)));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()), 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        engine.keepAsIs();
        m_journal->sync();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(checks > 5);
        // The search is meaningful: the plan is in the file, the password is not.
        QVERIFY(bytes.contains("secret_check"));
        QVERIFY(bytes.contains("pbx_user"));
        QVERIFY(!bytes.contains(password));
        QVERIFY(!bytes.contains(password.toPercentEncoding()));
    }

    void secondStartNeverCreatesASecondTrunk() {
        freshEnvironment(100);
        const ProvisioningRequest r = requestFor(UseCase::OutboundPstn, QStringLiteral("once"));
        const ProvisioningPlan plan = planFor(r);
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(plan));
        QVERIFY(!engine.start(plan)); // a second click on the same engine
        QSignalSpy created(&engine, &ProvisioningEngine::trunkCreated);
        QVERIFY(created.wait(10000));
        // A second engine given the same plan (another window) continues the recorded one.
        ProvisioningEngine other(m_client.get(), m_journal.get());
        QVERIFY(other.start(plan));
        QCOMPARE(other.plan().trunkSid, engine.plan().trunkSid);
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(engine.state()) && isTerminal(other.state()), 15000);
        QCOMPARE(m_server->trunkCount(), m_baseTrunks + 1);
        compare(actual(engine.plan().trunkSid), expectedFor(r));
    }

    void handOffSummary() {
        freshEnvironment();
        const ProvisioningRequest r =
            requestFor(UseCase::BothDirections, QStringLiteral("handoff"));
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        QVERIFY(engine.start(planFor(r)));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Finished, 15000);
        const QString sid = engine.plan().trunkSid.value();
        const QString text = provisioningHandOff(engine.plan());
        QVERIFY(text.contains(sid));
        QVERIFY(text.contains(QStringLiteral("sip:") + sid));
        QVERIFY(text.contains(engine.plan().domainName()));
        QVERIFY(text.contains(QStringLiteral("in.voip.exotel.com  TLS 443 / TCP 5070")));
        QVERIFY(text.contains(QStringLiteral("edge.mum.in.exotel.com")));
        QVERIFY(text.contains(QStringLiteral("UDP 10000–40000")));
        QVERIFY(text.contains(QStringLiteral("G.711 A-law")));
        QVERIFY(text.contains(QStringLiteral("pbx_user")));
        QVERIFY(text.contains(QStringLiteral("App Bazaar")));
        QVERIFY(!text.contains(r.credential->password));
        QVERIFY(provisioningHandOff(engine.plan(), true).contains(r.credential->password));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningEngine)
#include "tst_provisioningengine.moc"
