// The readiness panel's tools on the whole console over real HTTP to its sandbox, driven by
// object name: the SIP troubleshooter for a 403 with the PBX's IP inside and outside the
// trunk's whitelist (and for an inbound call, a timeout and a code it does not know), the network
// hand-off in its three formats for the trunk's destinations, and the support bundle with the
// trunk's recent requests and a probe run here (against a peer on 127.0.0.1).
#include "consoletestkit.h"
#include "probepeers.h"
#include "trunkdetails/probedialog.h"
#include "trunkdetails/readinesspanel.h"
#include "trunkdetailsmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>

using namespace exotrunk;
using namespace exotrunk::testing;

class DiagnosticsToolsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void troubleshooterChecksA403AgainstTheWhitelist();
    void troubleshooterOffersTheProbeAndKnowsItsLimits();
    void troubleshooterAsksTheAccountWhereANumberIs();
    void handoffGivesRulesForTheTrunksDestinations();
    void supportBundleNamesTheTrunkWithoutSecrets();
    void supportBundleCarriesTheProbeRunHere();

private:
    ui::MainWindow &window() { return m_console->window(); }
    QWidget *openTool(const char *button, const char *dialog);
    QString checks(QWidget *dialog);

    std::unique_ptr<Console> m_console;
};

void DiagnosticsToolsTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    // test_trunk_ui2: 65.0.12.44/32 and 65.0.13.0/24 whitelisted, TLS 5061 and TCP 5060.
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    const int row = rowOfTrunk(window(), QStringLiteral("test_trunk_ui2"));
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
}

void DiagnosticsToolsTest::cleanupTestCase() {
    m_console.reset();
}

QWidget *DiagnosticsToolsTest::openTool(const char *button, const char *dialog) {
    if (!clickButton(&window(), button))
        return nullptr;
    return visibleChild<QWidget>(&window(), dialog); // shown at once, not on a later turn
}

QString DiagnosticsToolsTest::checks(QWidget *dialog) {
    QStringList lines;
    for (const QLabel *label :
         dialog->findChildren<QLabel *>(QStringLiteral("troubleshooterCheck")))
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

void DiagnosticsToolsTest::troubleshooterChecksA403AgainstTheWhitelist() {
    QWidget *dialog = openTool("troubleshootButton", "troubleshooterDialog");
    QVERIFY(dialog);
    auto *code = visibleChild<QComboBox>(dialog, "troubleshooterCodeCombo");
    QVERIFY(code);
    QVERIFY(!visibleChild<QLineEdit>(dialog, "troubleshooterIpEdit")); // not asked for yet
    QTest::keyClicks(code->lineEdit(), QStringLiteral("403"));
    auto *ip = visibleChild<QLineEdit>(dialog, "troubleshooterIpEdit");
    QVERIFY(ip);
    QCOMPARE(visibleChild<QLabel>(dialog, "troubleshooterTitle")->text(),
             QStringLiteral("403 Forbidden"));
    QVERIFY(visibleChild<QLabel>(dialog, "troubleshooterExplanation")
                ->text()
                .contains(QStringLiteral("§16.3")));
    QVERIFY(checks(dialog).contains(QStringLiteral("Needs input")));

    QTest::keyClicks(ip, QStringLiteral("65.0.13.77"));
    QVERIFY2(checks(dialog).contains(QStringLiteral("inside the whitelisted range 65.0.13.0/24")),
             qPrintable(checks(dialog)));
    ip->clear();
    QTest::keyClicks(ip, QStringLiteral("198.51.100.7"));
    QVERIFY2(
        checks(dialog).contains(QStringLiteral("198.51.100.7 is not inside any whitelisted range")),
        qPrintable(checks(dialog)));
    QVERIFY(checks(dialog).contains(QStringLiteral("Likely cause")));

    QTest::mouseClick(visibleChild<QRadioButton>(dialog, "troubleshooterInbound"), Qt::LeftButton);
    QVERIFY2(checks(dialog).contains(QStringLiteral("signalling IPs")), qPrintable(checks(dialog)));
    dialog->close();
}

void DiagnosticsToolsTest::troubleshooterOffersTheProbeAndKnowsItsLimits() {
    QWidget *dialog = openTool("troubleshootButton", "troubleshooterDialog");
    QVERIFY(dialog);
    auto *code = visibleChild<QComboBox>(dialog, "troubleshooterCodeCombo");
    QTest::keyClicks(code->lineEdit(), QStringLiteral("408"));
    QVERIFY(visibleChild<QPushButton>(dialog, "troubleshooterProbeButton"));
    code->lineEdit()->clear();
    QTest::keyClicks(code->lineEdit(), QStringLiteral("499"));
    QVERIFY(!visibleChild<QPushButton>(dialog, "troubleshooterProbeButton"));
    QVERIFY(visibleChild<QLabel>(dialog, "troubleshooterTitle")
                ->text()
                .contains(QStringLiteral("499 is not in Exotel's SIP troubleshooting table")));
    // A symptom picked from the list.
    const int oneWay = code->findData(QStringLiteral("symptom.one_way_audio"));
    QVERIFY(oneWay >= 0);
    code->setCurrentIndex(oneWay);
    QVERIFY(checks(dialog).contains(QStringLiteral("SIP ALG off")));
    dialog->close();
}

// A 404 for a number that is not on this trunk: "Ask the account" looks it up account-wide
// (GET /trunk-maps?exophone=). On a server without that endpoint the answer says so, and the
// button is disabled with the reason in its tooltip.
void DiagnosticsToolsTest::troubleshooterAsksTheAccountWhereANumberIs() {
    QWidget *dialog = openTool("troubleshootButton", "troubleshooterDialog");
    QVERIFY(dialog);
    QTest::keyClicks(visibleChild<QComboBox>(dialog, "troubleshooterCodeCombo")->lineEdit(),
                     QStringLiteral("404"));
    auto *number = visibleChild<QLineEdit>(dialog, "troubleshooterNumberEdit");
    QVERIFY(number);
    QTest::keyClicks(number, QStringLiteral("+918047361020")); // on this trunk
    QVERIFY(checks(dialog).contains(QStringLiteral("mapped to this trunk")));
    QVERIFY(!visibleChild<QPushButton>(dialog, "troubleshooterAskButton"));

    number->clear();
    QTest::keyClicks(number, QStringLiteral("+918047361012")); // on test_alias1
    auto *ask = visibleChild<QPushButton>(dialog, "troubleshooterAskButton");
    QVERIFY(ask && ask->isEnabled());
    QTest::mouseClick(ask, Qt::LeftButton);
    const QString alias1 = m_console->sandboxServer()->trunkSid(QStringLiteral("test_alias1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer") &&
            visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer")->text().contains(alias1),
        kConsoleWaitMs);
    QVERIFY(visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer")
                ->text()
                .contains(QStringLiteral("not to this one")));

    // The same question to a server that serves only the reference's endpoints.
    m_console->sandboxServer()->setReferenceOnly(true);
    number->clear();
    QTest::keyClicks(number, QStringLiteral("+918047361011"));
    QVERIFY(!visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer")); // stale answer gone
    QTest::mouseClick(visibleChild<QPushButton>(dialog, "troubleshooterAskButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer") &&
                                 visibleChild<QLabel>(dialog, "troubleshooterAccountAnswer")
                                     ->text()
                                     .contains(QStringLiteral("does not support")),
                             kConsoleWaitMs);
    ask = visibleChild<QPushButton>(dialog, "troubleshooterAskButton");
    QVERIFY(ask && !ask->isEnabled());
    QVERIFY(ask->toolTip().contains(QStringLiteral("does not support")));
    m_console->sandboxServer()->setReferenceOnly(false);
    dialog->close();
}

void DiagnosticsToolsTest::handoffGivesRulesForTheTrunksDestinations() {
    QWidget *dialog = openTool("networkHandoffButton", "handoffDialog");
    QVERIFY(dialog);
    auto *text = visibleChild<QPlainTextEdit>(dialog, "handoffText");
    QVERIFY(text);
    const QString table = text->toPlainText();
    QVERIFY2(table.contains(QStringLiteral("| your SIP server | 5061/tcp")), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("| your SIP server | 5060/tcp")));
    QVERIFY(table.contains(QStringLiteral("test_trunk_ui2 (trmum1ae6b6b417234d4a5dc19as)")));
    QVERIFY(table.contains(QStringLiteral("edge.hyd.in.exotel.com (secondary)")));

    auto *format = visibleChild<QComboBox>(dialog, "handoffFormatCombo");
    format->setCurrentIndex(format->findText(QStringLiteral("nftables")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("table inet exotel_trunk {")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("chain exotel_out")));
    QTest::mouseClick(visibleChild<QCheckBox>(dialog, "handoffOutboundCheck"), Qt::LeftButton);
    QVERIFY(!text->toPlainText().contains(QStringLiteral("chain exotel_out")));

    auto *calls = visibleChild<QSpinBox>(dialog, "handoffCallsField");
    calls->selectAll();
    QTest::keyClicks(calls, QStringLiteral("100"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("15.0 Mbps")));
    calls->selectAll();
    QTest::keyClicks(calls, QStringLiteral("0"));
    QVERIFY(visibleChild<QLabel>(dialog, "handoffCallsNote")->text().contains(QStringLiteral("1")));
    QVERIFY(!text->toPlainText().contains(QStringLiteral(" Mbps")));
    dialog->close();
}

void DiagnosticsToolsTest::supportBundleNamesTheTrunkWithoutSecrets() {
    QWidget *dialog = openTool("supportBundleButton", "supportBundleDialog");
    QVERIFY(dialog);
    const QString text = visibleChild<QPlainTextEdit>(dialog, "supportBundleText")->toPlainText();
    QVERIFY(text.contains(QStringLiteral("test_trunk_ui2 (trmum1ae6b6b417234d4a5dc19as)")));
    QVERIFY(text.contains(QStringLiteral("65.0.13.0/24")));
    QVERIFY(text.contains(QStringLiteral("sip:65.0.12.44:5061;transport=tls")));
    QVERIFY(text.contains(QStringLiteral("Readiness findings:")));
    // The trunk's own recent requests: method, path with its SID, status, Exotel's request id,
    // a time with its offset.
    const QString sid = window().detailsController()->trunkSid().value();
    const QRegularExpression request(
        QStringLiteral(R"(- \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d  GET )"
                       R"(/v2/accounts/ameyo5m/trunks/%1/phone-numbers[^ ]*  HTTP 200  \d+ ms  )"
                       R"(request id [^ —]+\n)")
            .arg(sid));
    QVERIFY2(request.match(text).hasMatch(), qPrintable(text));
    // Another trunk's requests (the list's) are not this trunk's.
    QVERIFY(!text.contains(QStringLiteral("/trunks?")));
    const ClientConfig &config = window().detailsController()->client()->config();
    QVERIFY(!config.apiToken.isEmpty());
    QVERIFY(!text.contains(config.apiToken));
    QVERIFY(!text.contains(QString::fromLatin1(
        (config.apiKey + QLatin1Char(':') + config.apiToken).toUtf8().toBase64())));
    QVERIFY(text.contains(QStringLiteral("Not run.")));
    dialog->close();
}

// The probe ran on this trunk in this session: its results go into the bundle, plainly marked as
// measured from this computer. The destination is a SIP peer on 127.0.0.1.
void DiagnosticsToolsTest::supportBundleCarriesTheProbeRunHere() {
    UdpPeer peer(false);
    sandbox::SandboxServer &server = *m_console->sandboxServer();
    const QString sid = server.trunkSid(QStringLiteral("test_123"));
    const QString uri = QStringLiteral("sip:127.0.0.1:%1;transport=udp").arg(peer.port());
    QVERIFY(addLoopbackDestination(server, sid, uri));

    QVERIFY(clickButton(&window(), "backButton"));
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    table->setFocus();
    table->setCurrentIndex(
        table->model()->index(rowOfTrunk(window(), QStringLiteral("test_123")), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QCOMPARE(window().detailsController()->trunkSid().value(), sid);

    QVERIFY(clickButton(&window(), "readinessProbeButton"));
    QPointer<ui::ProbeDialog> probe = visibleChild<ui::ProbeDialog>(&window(), "probeDialog");
    QVERIFY(probe);
    QTRY_VERIFY_WITH_TIMEOUT(!probe->probe()->isRunning(), kConsoleWaitMs);
    QVERIFY(probe->probe()->results().value(0).reachable());
    probe->close();

    QWidget *dialog = openTool("supportBundleButton", "supportBundleDialog");
    QVERIFY(dialog);
    const QString text = visibleChild<QPlainTextEdit>(dialog, "supportBundleText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("from this computer, not from Exotel's edge")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Not run.")));
    QVERIFY(text.contains(uri + QStringLiteral(" (127.0.0.1:%1): answered").arg(peer.port())));
    QVERIFY(text.contains(QStringLiteral("SIP OPTIONS: OK")));
    dialog->close();
}

QTEST_MAIN(DiagnosticsToolsTest)
#include "tst_diagnosticstools.moc"
