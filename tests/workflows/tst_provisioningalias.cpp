// A caller-ID alias set by a provisioning plan (the Create form or the wizard, both on the
// engine) is recorded in the alias history, as the Set caller ID dialog records its own:
// Exotel cannot read an alias back, so the details page shows only what was recorded.
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "workflows/aliashistory.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningjournal.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using State = ProvisioningEngine::State;

class TestProvisioningAlias : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    std::unique_ptr<ProvisioningJournal> m_journal;
    int m_run = 0;

    // A plan on a profile of its own, so that no other case's record can answer for it.
    ProvisioningPlan planWithAlias(const QString &name) {
        ProvisioningRequest r;
        r.useCase = UseCase::OutboundPstn;
        r.trunkName = name;
        r.number = QStringLiteral("+918047100001");
        r.numberMode = numberModeFor(r.useCase);
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
        r.alias = QStringLiteral("+918047100002");
        return ProvisioningPlan::build(r, m_client->config().accountSid,
                                       QStringLiteral("alias-profile-%1").arg(++m_run));
    }

    ProvisioningPlan run(const ProvisioningPlan &plan, State expected) {
        ProvisioningEngine engine(m_client.get(), m_journal.get());
        if (!engine.start(plan))
            QTest::qFail("the plan did not start", __FILE__, __LINE__);
        if (!QTest::qWaitFor([&] { return engine.state() == expected; }, 15000))
            QTest::qFail(qPrintable(QStringLiteral("the plan ended in %1")
                                        .arg(ProvisioningEngine::stateName(engine.state()))),
                         __FILE__, __LINE__);
        return engine.plan();
    }

    void failNext(sandbox::Fault::Kind kind) {
        sandbox::Fault fault;
        fault.kind = kind;
        fault.method = QStringLiteral("POST");
        fault.pathContains = QStringLiteral("/settings");
        fault.status = 500;
        m_server->addFault(fault);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_provisioningalias"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<ExotelClient>(testing::clientConfigFor(*m_server));
        m_journal = std::make_unique<ProvisioningJournal>(
            m_settingsDir.filePath(QStringLiteral("journal.ini")));
    }

    void aliasSetByAPlanIsRecorded() {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ProvisioningPlan plan =
            run(planWithAlias(QStringLiteral("alias_ok")), State::Finished);
        QVERIFY(!plan.trunkSid.isEmpty());
        const auto last = AliasHistory::last(plan.profileId, plan.trunkSid);
        QVERIFY(last);
        QCOMPARE(last->alias, QStringLiteral("+918047100002"));
        QVERIFY(last->setAt >= before);
    }

    // Exotel answers a duplicate setting when the alias is already that value: it is set.
    void duplicateAliasIsRecordedToo() {
        failNext(sandbox::Fault::Kind::InnerDuplicate);
        const ProvisioningPlan plan =
            run(planWithAlias(QStringLiteral("alias_dup")), State::Finished);
        const auto last = AliasHistory::last(plan.profileId, plan.trunkSid);
        QVERIFY(last);
        QCOMPARE(last->alias, QStringLiteral("+918047100002"));
    }

    // Not set, not recorded: the page must not claim an alias Exotel refused.
    void failedAliasIsNotRecorded() {
        failNext(sandbox::Fault::Kind::ServerError);
        const ProvisioningPlan plan =
            run(planWithAlias(QStringLiteral("alias_fail")), State::NeedsDecision);
        QVERIFY(!plan.trunkSid.isEmpty());
        QVERIFY(!AliasHistory::last(plan.profileId, plan.trunkSid));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningAlias)
#include "tst_provisioningalias.moc"
