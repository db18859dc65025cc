// exotrunkctl as a script runs it: a separate process with the EXOTEL_* variables, against the
// sandbox over HTTP. Each command's table, JSON and CSV output, the documented exit codes, a
// delete that is refused without the exact name, and no token in anything it prints.
#include "api/exotelclient.h"
#include "probepeers.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace exotrunk;

namespace {

const QString kToken = QStringLiteral("ctl-token-5d1e9a");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestExotrunkctl : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_config;
    QString m_locale; // LC_ALL for the next runs; empty: the suite's own (C.UTF-8)

    // Runs exotrunkctl with `arguments`; the event loop turns meanwhile, so the in-process
    // sandbox answers it. `apiUrl` empty: the sandbox's.
    Run ctl(const QStringList &arguments, bool withAccount = true, QString apiUrl = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // the suites' own, not a user's
        if (!m_locale.isEmpty())
            env.insert(QStringLiteral("LC_ALL"), m_locale);
        env.remove(QStringLiteral("EXOTEL_ACCOUNT_SID"));
        env.remove(QStringLiteral("EXOTEL_API_KEY"));
        env.remove(QStringLiteral("EXOTEL_API_TOKEN"));
        QStringList args;
        if (withAccount) {
            env.insert(QStringLiteral("EXOTEL_ACCOUNT_SID"), m_server->options().accountSid);
            env.insert(QStringLiteral("EXOTEL_API_KEY"), m_server->options().apiKey);
            env.insert(QStringLiteral("EXOTEL_API_TOKEN"), kToken);
            args << QStringLiteral("--api-url")
                 << (apiUrl.isEmpty() ? m_server->baseUrl().toString() : apiUrl);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(EXOTRUNKCTL_PATH), args + arguments);
        Run run;
        if (!process.waitForStarted(5000) ||
            !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(1000);
            QTest::qFail("exotrunkctl did not finish", __FILE__, __LINE__);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        // Whatever the command, the token is in nothing it prints.
        if (run.out.contains(kToken) || run.err.contains(kToken))
            QTest::qFail("exotrunkctl printed the API token", __FILE__, __LINE__);
        return run;
    }

    QString sidOf(const QString &name) const { return m_server->trunkSid(name); }

    // Adds `destinations` to the trunk through the API, as a person would (the loopback address
    // whitelisted first, as an IP destination must be).
    void addDestinations(const QString &sid, const QList<NewDestination> &destinations) {
        ExotelClient client(testing::clientConfigFor(*m_server));
        int pending = 2;
        client.whitelistIp(TrunkSid(sid), NewWhitelistedIp{QStringLiteral("127.0.0.1"), 32}, this,
                           [&](const ApiResult<WhitelistedIp> &r) {
                               QVERIFY2(r.isOk(), qPrintable(r.error().userMessage()));
                               --pending;
                           });
        QVERIFY(QTest::qWaitFor([&] { return pending == 1; }, 10000));
        client.addDestinationUris(TrunkSid(sid), destinations, this,
                                  [&](const ApiResult<QList<ItemOutcome<DestinationUri>>> &r) {
                                      QVERIFY(r.isOk());
                                      for (const auto &item : r.value())
                                          QVERIFY2(item.isOk(),
                                                   qPrintable(item.error.userMessage()));
                                      --pending;
                                  });
        QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 10000));
    }

    int deleteCount() const {
        const QList<sandbox::LoggedRequest> log = m_server->requestLog();
        return int(std::count_if(log.cbegin(), log.cend(), [](const sandbox::LoggedRequest &r) {
            return r.method == QLatin1String("DELETE");
        }));
    }

    // The id of the trunk's whitelisted `ip`, empty when it has none.
    QString ipId(const QString &sid, const QString &ip) {
        ExotelClient client(testing::clientConfigFor(*m_server));
        QString id;
        bool answered = false;
        client.listWhitelistedIps(
            TrunkSid(sid), this, [&](const ApiResult<QList<WhitelistedIp>> &r) {
                for (const WhitelistedIp &item : r.isOk() ? r.value() : QList<WhitelistedIp>())
                    id = item.ip == ip ? item.id.value() : id;
                answered = true;
            });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return QStringLiteral("(no answer)");
        return id;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        sandbox::SandboxOptions options;
        options.apiToken = kToken;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
    }

    void listsTrunksInThreeFormats() {
        const Run table = ctl({QStringLiteral("trunks"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(QStringLiteral("Trunk SID")), qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("test_123")));
        QVERIFY2(table.err.isEmpty(), qPrintable(table.err)); // the log only with --verbose

        const Run json =
            ctl({QStringLiteral("--json"), QStringLiteral("trunks"), QStringLiteral("list")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray trunks = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(trunks.size(), m_server->trunkCount());
        QVERIFY(!trunks.first().toObject().value(QStringLiteral("trunk_sid")).toString().isEmpty());

        const Run csv =
            ctl({QStringLiteral("--csv"), QStringLiteral("trunks"), QStringLiteral("list")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("trunk_sid,trunk_name,domain_name,status,date_created"));
        QCOMPARE(lines.size(), trunks.size() + 1);
    }

    void showsOneTrunk() {
        const Run json = ctl({QStringLiteral("--json"), QStringLiteral("trunk"),
                              QStringLiteral("show"), sidOf(QStringLiteral("test_123"))});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject trunk = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(trunk.value(QStringLiteral("trunk_name")).toString(), QStringLiteral("test_123"));
        QVERIFY(trunk.value(QStringLiteral("phone_numbers"))
                    .toString()
                    .contains(QStringLiteral("+918047361002 flow")));
        // A SID the account does not have: refused by the server.
        const Run missing = ctl({QStringLiteral("trunk"), QStringLiteral("show"),
                                 QStringLiteral("trmum1doesnotexist")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(!missing.err.isEmpty());
    }

    void checkExitsOneWhenSomethingBlocksCalls() {
        const Run empty = ctl({QStringLiteral("--json"), QStringLiteral("check"),
                               sidOf(QStringLiteral("test_ui_3"))});
        QCOMPARE(empty.exitCode, 1);
        QStringList rules;
        for (const QJsonValue &v : QJsonDocument::fromJson(empty.out.toUtf8()).array())
            rules << v.toObject().value(QStringLiteral("rule")).toString();
        QVERIFY2(rules.contains(QStringLiteral("trunk.inactive")), qPrintable(rules.join(u' ')));
        QVERIFY(rules.contains(QStringLiteral("number.mapped")));

        const Run table = ctl({QStringLiteral("check"), sidOf(QStringLiteral("test_alias1")),
                               QStringLiteral("--purpose"), QStringLiteral("outbound_pstn")});
        QVERIFY2(table.out.startsWith(QStringLiteral("Purpose: Outbound")), qPrintable(table.out));
        QCOMPARE(table.exitCode, table.out.contains(QStringLiteral("blocks calls")) ? 1 : 0);

        const Run unknown = ctl({QStringLiteral("check"), sidOf(QStringLiteral("test_alias1")),
                                 QStringLiteral("--purpose"), QStringLiteral("fax")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void exportsWithoutSecrets() {
        const Run run = ctl({QStringLiteral("export"), sidOf(QStringLiteral("test_123"))});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("trunk_name")).toString(), QStringLiteral("test_123"));
        QCOMPARE(doc.value(QStringLiteral("phone_numbers")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("whitelisted_ips")).toArray().size(), 2);
        const QJsonArray credentials = doc.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 2);
        QVERIFY(!credentials.first().toObject().contains(QStringLiteral("password")));
        QVERIFY(!run.out.contains(QStringLiteral("password")));
    }

    void deleteNeedsTheExactName() {
        const QString sid = sidOf(QStringLiteral("test_alias3"));
        const int before = m_server->trunkCount();
        QCOMPARE(ctl({QStringLiteral("trunk"), QStringLiteral("delete"), sid}).exitCode, 2);
        const Run wrong = ctl({QStringLiteral("trunk"), QStringLiteral("delete"), sid,
                               QStringLiteral("--confirm"), QStringLiteral("test_alias2")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("\"test_alias3\"")));
        QCOMPARE(m_server->trunkCount(), before);

        const Run right = ctl({QStringLiteral("trunk"), QStringLiteral("delete"), sid,
                               QStringLiteral("--confirm"), QStringLiteral("test_alias3")});
        QCOMPARE(right.exitCode, 0);
        QVERIFY(right.out.contains(QStringLiteral("Deleted test_alias3")));
        QCOMPARE(m_server->trunkCount(), before - 1);
        QVERIFY(m_server->trunkSid(QStringLiteral("test_alias3")).isEmpty());
    }

    void exitCodesForUsageAndReachability() {
        QCOMPARE(ctl({QStringLiteral("trunks")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("trunks"),
                      QStringLiteral("list")})
                     .exitCode,
                 2);
        // No account anywhere: a usage error that says how to give one.
        const Run none = ctl({QStringLiteral("trunks"), QStringLiteral("list")}, false);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("EXOTEL_ACCOUNT_SID")));
        // Nobody listens on the port: not reachable.
        const Run closed = ctl({QStringLiteral("trunks"), QStringLiteral("list")}, true,
                               QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(closed.exitCode, 5);
        // --verbose shows the client's log, still without the token (checked in ctl()).
        const Run verbose =
            ctl({QStringLiteral("--verbose"), QStringLiteral("trunks"), QStringLiteral("list")});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY(verbose.err.contains(QStringLiteral("GET")));
    }

    // The probe reaches each destination from this computer: one that answers OPTIONS, one whose
    // port is closed. Both are loopback addresses.
    void probesEveryDestination() {
        testing::UdpPeer answering(false);
        const int closed = testing::freePort();
        QVERIFY(answering.port() > 0 && closed > 0);
        const QString sid = m_server->addTrunkNamed(QStringLiteral("probe_ctl"));
        addDestinations(
            sid, {NewDestination{QStringLiteral("127.0.0.1"), answering.port(), Transport::Udp},
                  NewDestination{QStringLiteral("127.0.0.1"), closed, Transport::Tcp}});
        if (QTest::currentTestFailed())
            return;

        const Run table =
            ctl({QStringLiteral("probe"), sid, QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(table.exitCode == 1, qPrintable(table.out + table.err)); // the closed port
        QVERIFY2(table.out.contains(QStringLiteral("from this computer")), qPrintable(table.out));
        QVERIFY(answering.received() > 0);

        const Run json = ctl({QStringLiteral("--json"), QStringLiteral("probe"), sid,
                              QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(json.exitCode, 1);
        QHash<QString, QString> outcome; // "<port> <step>" → outcome
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
            const QJsonObject row = v.toObject();
            const QString destination = row.value(QStringLiteral("destination")).toString();
            const QString port = destination.contains(QString::number(closed))
                                     ? QStringLiteral("closed")
                                     : QStringLiteral("answering");
            outcome.insert(port + QLatin1Char(' ') + row.value(QStringLiteral("step")).toString(),
                           row.value(QStringLiteral("outcome")).toString());
        }
        QCOMPARE(outcome.value(QStringLiteral("answering SIP OPTIONS")), QStringLiteral("OK"));
        QCOMPARE(outcome.value(QStringLiteral("closed TCP connect")), QStringLiteral("Failed"));
        QCOMPARE(outcome.value(QStringLiteral("closed SIP OPTIONS")), QStringLiteral("Skipped"));

        QCOMPARE(
            ctl({QStringLiteral("probe"), sid, QStringLiteral("--timeout"), QStringLiteral("0")})
                .exitCode,
            2);
    }

    // Ctrl+C during a probe stops it cleanly: what was measured is printed, the rest reads
    // "Cancelled", and the exit code says it did not complete.
    void ctrlCStopsAProbeCleanly() {
        // Binds a loopback port, counts what arrives and never answers.
        struct SilentPeer {
            QUdpSocket socket;
            int received = 0;
            int port() const { return socket.localPort(); }
        } silent;
        QVERIFY(silent.socket.bind(testing::kLoopback, 0));
        connect(&silent.socket, &QUdpSocket::readyRead, this, [&silent] {
            while (silent.socket.hasPendingDatagrams()) {
                silent.socket.receiveDatagram();
                ++silent.received;
            }
        });
        const QString sid = m_server->addTrunkNamed(QStringLiteral("probe_sigint"));
        addDestinations(
            sid, {NewDestination{QStringLiteral("127.0.0.1"), silent.port(), Transport::Udp}});
        if (QTest::currentTestFailed())
            return;

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("EXOTEL_ACCOUNT_SID"), m_server->options().accountSid);
        env.insert(QStringLiteral("EXOTEL_API_KEY"), m_server->options().apiKey);
        env.insert(QStringLiteral("EXOTEL_API_TOKEN"), kToken);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(EXOTRUNKCTL_PATH),
                      {QStringLiteral("--api-url"), m_server->baseUrl().toString(),
                       QStringLiteral("--json"), QStringLiteral("probe"), sid,
                       QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(process.waitForStarted(5000));
        // The destinations are read through the sandbox; the OPTIONS then wait on the silent peer.
        QVERIFY(QTest::qWaitFor([&] { return silent.received > 0; }, 20000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QStringList outcomes;
        for (const QJsonValue &v : rows)
            outcomes << v.toObject().value(QStringLiteral("outcome")).toString();
        QVERIFY2(outcomes.contains(QStringLiteral("Cancelled")), qPrintable(outcomes.join(u',')));
    }

    // Changes pass the trunk page's workflow: a number mapped, its mode changed and removed. A
    // removal says what stops working and, without --yes and not at a terminal, sends nothing.
    void changesANumber() {
        const QString sid = m_server->addTrunkNamed(QStringLiteral("ctl_numbers"));
        const QString number = QStringLiteral("+918047369912");
        const Run mapped = ctl({QStringLiteral("number"), QStringLiteral("map"), sid, number,
                                QStringLiteral("--mode"), QStringLiteral("flow")});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QVERIFY(mapped.out.contains(number));
        const Run mode = ctl({QStringLiteral("--json"), QStringLiteral("number"),
                              QStringLiteral("mode"), sid, number, QStringLiteral("pstn")});
        QCOMPARE(mode.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(mode.out.toUtf8())
                     .object()
                     .value(QStringLiteral("mode"))
                     .toString(),
                 QStringLiteral("pstn"));

        const int deletesBefore = deleteCount();
        const Run refused = ctl({QStringLiteral("number"), QStringLiteral("remove"), sid, number});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("Inbound calls to %1 will no longer reach "
                                                     "this trunk")
                                          .arg(number)),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--yes")));
        QCOMPARE(deleteCount(), deletesBefore);
        // A number the trunk does not have: nothing is sent.
        QCOMPARE(ctl({QStringLiteral("--yes"), QStringLiteral("number"), QStringLiteral("remove"),
                      sid, QStringLiteral("+918047369913")})
                     .exitCode,
                 2);
        QCOMPARE(deleteCount(), deletesBefore);

        const Run removed = ctl({QStringLiteral("--yes"), QStringLiteral("--csv"),
                                 QStringLiteral("number"), QStringLiteral("remove"), sid, number});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.startsWith(QStringLiteral("value,id,result\r\n") + number),
                 qPrintable(removed.out));
        const Run show =
            ctl({QStringLiteral("--json"), QStringLiteral("trunk"), QStringLiteral("show"), sid});
        QVERIFY(!show.out.contains(number));
    }

    // Several IPs removed at once with one refused by the server: a result per row and exit
    // code 3 (partially applied); the refused one stays.
    void removesSeveralIpsWithOneFailing() {
        const QString sid = m_server->addTrunkNamed(QStringLiteral("ctl_ips"));
        for (const QString &ip :
             {QStringLiteral("203.0.113.21"), QStringLiteral("203.0.113.22/32")})
            QCOMPARE(ctl({QStringLiteral("ip"), QStringLiteral("add"), sid, ip}).exitCode, 0);
        QCOMPARE(
            ctl({QStringLiteral("ip"), QStringLiteral("add"), sid, QStringLiteral("203.0.113.300")})
                .exitCode,
            2);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("DELETE");
        fault.pathContains =
            QStringLiteral("whitelisted-ips?id=") + ipId(sid, QStringLiteral("203.0.113.22"));
        fault.status = 500;
        m_server->addFault(fault);
        const Run removed =
            ctl({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("ip"),
                 QStringLiteral("remove"), sid, QStringLiteral("203.0.113.21"),
                 QStringLiteral("203.0.113.22/32")});
        m_server->clearFaults();
        QCOMPARE(removed.exitCode, 3);
        const QJsonArray rows = QJsonDocument::fromJson(removed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("removed"));
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("result")).toString() !=
                QStringLiteral("removed"));
        // No IP and no credential would be left had both gone: the warning said so.
        QVERIFY2(removed.err.contains(QStringLiteral("outbound")), qPrintable(removed.err));
        QVERIFY(!ipId(sid, QStringLiteral("203.0.113.22")).isEmpty());
        QVERIFY(ipId(sid, QStringLiteral("203.0.113.21")).isEmpty());
    }

    void renamesAndSetsTheAlias() {
        const QString sid = m_server->addTrunkNamed(QStringLiteral("ctl_rename"));
        QCOMPARE(ctl({QStringLiteral("trunk"), QStringLiteral("rename"), sid,
                      QStringLiteral("bad name")})
                     .exitCode,
                 2);
        const Run renamed = ctl({QStringLiteral("trunk"), QStringLiteral("rename"), sid,
                                 QStringLiteral("ctl_renamed")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(m_server->trunkSid(QStringLiteral("ctl_renamed")), sid);

        QCOMPARE(ctl({QStringLiteral("alias"), QStringLiteral("set"), sid,
                      QStringLiteral("+918047361001")})
                     .exitCode,
                 0);
        const Run removed =
            ctl({QStringLiteral("--yes"), QStringLiteral("alias"), QStringLiteral("remove"), sid});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.err.contains(QStringLiteral("+918047361001")));
        // Nothing left to remove.
        QCOMPARE(
            ctl({QStringLiteral("--yes"), QStringLiteral("alias"), QStringLiteral("remove"), sid})
                .exitCode,
            2);
    }

    // Messages follow the system language, as the console's window does; keys stay English.
    void speaksTheSystemLanguage() {
        m_locale = QStringLiteral("hi_IN.UTF-8");
        const Run unknown = ctl({QStringLiteral("trunks")});
        const Run csv =
            ctl({QStringLiteral("--csv"), QStringLiteral("trunks"), QStringLiteral("list")});
        m_locale.clear();
        QCOMPARE(unknown.exitCode, 2);
        const auto devanagari = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
            });
        };
        QVERIFY2(devanagari(unknown.err), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("trunks")));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith(QStringLiteral("trunk_sid,trunk_name,")), qPrintable(csv.out));
    }

    void listsNoProfilesOnAFreshMachine() {
        const Run run = ctl({QStringLiteral("--csv"), QStringLiteral("profiles")}, false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("active,id,name,account_sid,region\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExotrunkctl)
#include "tst_exotrunkctl.moc"
