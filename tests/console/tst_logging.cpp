// The console's debug output is off unless the user asks for it (--verbose, or their own
// QT_LOGGING_RULES): a default run prints no exotrunk.* debug message.
#include "commandline.h"
#include "logging.h"

#include <QLoggingCategory>
#include <QtTest>

using namespace exotrunk;

namespace {

Q_LOGGING_CATEGORY(lcProbe, "exotrunk.accounts")

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &context, const QString &text) {
    if (qstrcmp(context.category, "exotrunk.accounts") == 0)
        g_messages << text;
}

} // namespace

class TestLogging : public QObject {
    Q_OBJECT

private slots:
    void init() { g_messages.clear(); }

    void defaultRunIsNotVerbose() {
        const CommandLineParse parsed = parseCommandLine({QStringLiteral("exotrunk-console")});
        QVERIFY(parsed.options);
        QVERIFY(!parsed.options->verbose);
        applyLoggingRules(parsed.options->verbose);
        QVERIFY(!lcProbe().isDebugEnabled());
        QVERIFY(!QLoggingCategory("exotrunk.api").isDebugEnabled());
        QVERIFY(lcProbe().isInfoEnabled());
        QVERIFY(lcProbe().isWarningEnabled());

        const QtMessageHandler previous = qInstallMessageHandler(collect);
        qCDebug(lcProbe) << "debug detail";
        qCWarning(lcProbe) << "a warning";
        qInstallMessageHandler(previous);
        QCOMPARE(g_messages, QStringList{QStringLiteral("a warning")});
    }

    void verboseTurnsDebugOn() {
        const CommandLineParse parsed =
            parseCommandLine({QStringLiteral("exotrunk-console"), QStringLiteral("--verbose")});
        QVERIFY(parsed.options);
        QVERIFY(parsed.options->verbose);
        applyLoggingRules(parsed.options->verbose);
        QVERIFY(lcProbe().isDebugEnabled());
        QVERIFY(QLoggingCategory("exotrunk.api").isDebugEnabled());
    }
};

int main(int argc, char **argv) {
    // The suites' environment turns exotrunk debug on; this one checks the console's default.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
