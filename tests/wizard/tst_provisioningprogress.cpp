// The progress widget (wizard and create form) shows why a plan stopped to ask: when it will
// not adopt or delete a trunk of the same name it cannot prove it created, the step's row, the
// "Missing" list and, after a roll-back, the status line name that trunk.
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "waiting.h"
#include "wizard/provisioningprogresswidget.h"
#include "workflows/provisioningjournal.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using State = ProvisioningEngine::State;

class TestProvisioningProgress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_provisioningprogress"));
    }

    void unprovenTrunkIsNamedInTheWidget() {
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        auto server = testing::startSandbox(options);
        QVERIFY(server);
        ClientConfig config = testing::clientConfigFor(*server);
        config.transferTimeout = std::chrono::milliseconds(700);
        ExotelClient client(config);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProvisioningJournal journal(dir.filePath(QStringLiteral("journal.ini")));

        // Another team's trunk of the same name, a minute older than the plan's request.
        const qint64 minuteAgo = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        server->setClock([minuteAgo] { return minuteAgo; });
        NewTrunk foreignRequest;
        foreignRequest.name = QStringLiteral("shared_name");
        foreignRequest.domainName = NewTrunk::domainFor(config.accountSid);
        const auto foreign = testing::awaitApi<Trunk>(
            [&](QObject *c, auto cb) { client.createTrunk(foreignRequest, c, cb); });
        QVERIFY(foreign.isOk());
        server->setClock({});
        const QString sid = foreign.value().sid.value();

        // The create's answer is lost (the sandbox answers 409 after the client gave up).
        sandbox::Fault delay;
        delay.kind = sandbox::Fault::Kind::Delay;
        delay.method = QStringLiteral("POST");
        delay.pathContains = QStringLiteral("/trunks");
        delay.delayMs = 1500;
        server->addFault(delay);

        ProvisioningRequest r;
        r.useCase = UseCase::OutboundPstn;
        r.trunkName = foreignRequest.name;
        r.number = QStringLiteral("+918047100001");
        r.numberMode = numberModeFor(r.useCase);
        r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
        ProvisioningEngine engine(&client, &journal);
        ProvisioningProgressWidget widget;
        widget.setEngine(&engine);
        widget.show();
        QVERIFY(engine.start(ProvisioningPlan::build(r, config.accountSid, QStringLiteral("p"))));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::NeedsDecision, 15000);

        auto *retry = widget.findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != State::Running, 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        const QString row = widget.list()->topLevelItem(0)->text(2);
        QVERIFY2(row.contains(sid) && row.contains(foreignRequest.name), qPrintable(row));
        auto *missing = widget.findChild<QLabel *>(QStringLiteral("missingItemsLabel"));
        QVERIFY(missing);
        QVERIFY2(missing->text().contains(sid), qPrintable(missing->text()));

        auto *rollBack = widget.findChild<QPushButton *>(QStringLiteral("rollBackButton"));
        QVERIFY(rollBack);
        QTest::mouseClick(rollBack, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != State::RollingBack, 15000);
        QCOMPARE(engine.state(), State::NeedsDecision);
        auto *status = widget.findChild<QLabel *>(QStringLiteral("progressStatusLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(sid), qPrintable(status->text()));
        QVERIFY(server->trunkSid(foreignRequest.name) == sid);
    }
};

QTEST_MAIN(TestProvisioningProgress)
#include "tst_provisioningprogress.moc"
