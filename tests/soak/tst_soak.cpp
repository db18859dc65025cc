// Issue 13, "Reliability soak": at least 500 mixed operations (list, open, create, map, edit,
// rotate, delete) through the console's real models and workflows, against the sandbox with
// random 5xx answers, dropped connections and latency. Every faulted operation must fail where
// the user sees it, every other one must succeed, nothing may hang, and at the end the console
// shows exactly what the sandbox holds.
//
// Replay a run with SOAK_SEED=<seed>; SOAK_OPERATIONS=<n> runs longer (never fewer than 500).

#include "reconciliation.h"
#include "sandboxfixture.h"
#include "soakconsole.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace exotrunk;

namespace {

constexpr quint32 kDefaultSeed = 20261207;
constexpr int kMinimumOperations = 500;
constexpr int kLatencyMs = 20;

quint32 seedFromEnvironment() {
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("SOAK_SEED").toUInt(&ok);
    return ok ? seed : kDefaultSeed;
}

int operationsFromEnvironment() {
    return std::max(kMinimumOperations, qEnvironmentVariableIntValue("SOAK_OPERATIONS"));
}

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void quietConsoleCategories(QLoggingCategory *category) {
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "exotrunk.", 9) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void soak();

private:
    QTemporaryDir m_dir;
};

void TestSoak::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Rotations and plans are remembered in QSettings: a private folder, never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("soak"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    // Thousands of requests: their debug and info lines would drown the report and use up
    // Qt Test's message limit (the counts line would be cut off). A filter, because ctest's
    // QT_LOGGING_RULES outranks setFilterRules.
    previousFilter = QLoggingCategory::installFilter(quietConsoleCategories);
}

void TestSoak::soak() {
    const quint32 seed = seedFromEnvironment();
    const int operations = operationsFromEnvironment();
    qInfo("soak: seed %u (replay with SOAK_SEED=%u), %d operations", seed, seed, operations);

    sandbox::SandboxOptions options;
    options.latencyMs = kLatencyMs;
    options.requestsPerMinute = 0; // the soak is about faults, not pacing
    const std::unique_ptr<sandbox::SandboxServer> server = testing::startSandbox(options);
    QVERIFY(server);
    // Faults are only ever sent by this loopback sandbox.
    QCOMPARE(server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    server->setRandomSeed(seed);

    soak::SoakConsole console(*server, seed, m_dir.filePath(QStringLiteral("journal.ini")));
    QVERIFY(console.start());
    for (int i = 0; i < operations; ++i) {
        if (!console.runOne())
            QFAIL(qPrintable(QStringLiteral("the soak stopped at operation %1 of %2 (seed %3)")
                                 .arg(i + 1)
                                 .arg(operations)
                                 .arg(seed)));
    }

    // Reconciliation: faults over, the list refreshed as the user would (F5), then compared.
    server->clearFaults();
    console.list().refresh();
    QVERIFY(soak::waitFor([&console] { return console.idle(); }, QStringLiteral("the refresh")));
    QCOMPARE(console.list().state(), TrunkListModel::State::Loaded);
    const QStringList differences = soak::reconcile(*server, console.list(), console.client());
    for (const QString &difference : differences)
        qWarning("difference: %s", qPrintable(difference));

    qInfo("soak: operations %d, faults injected %d, failures shown %d, differences %d, seed %u",
          console.operations(), console.faults().injected(), console.failuresShown(),
          int(differences.size()), seed);
    qInfo("soak: operations by kind: %s", qPrintable(console.operationSummary()));
    qInfo("soak: faults by kind: %s; requests faulted %d; trunks at the end %d",
          qPrintable(console.faults().summary()), console.faults().faultedRequestsTotal(),
          console.list().rowCount());
    QCOMPARE(console.operations(), operations);
    // Every fault that had to reach the user did, and nothing else failed.
    QCOMPARE(console.failuresShown(), console.faults().mustSurfaceCount());
    QVERIFY(console.faults().injected() > 0);
    QCOMPARE(differences.size(), 0);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
