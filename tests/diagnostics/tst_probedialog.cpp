// The "Probe destinations" dialog, driven through its widgets by object name (offscreen): a run
// shows progress and a row per step as they finish, and its summary says where it was measured;
// Stop cancels a run whose peers never answer; Escape closes the dialog and cancels its probe.
// Peers on 127.0.0.1 only.
#include "probepeers.h"
#include "trunkdetails/probedialog.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

ProbeTarget target(int port, Transport transport) {
    ProbeTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.transport = transport;
    t.uri = QStringLiteral("sip:") + NewDestination{t.host, port, transport}.toUriString();
    return t;
}

template <typename T> T *child(QWidget *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

QStringList column(QTableWidget *table, int column) {
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, column)->text();
    return cells;
}

} // namespace

class ProbeDialogTest : public QObject {
    Q_OBJECT

private slots:
    void aRunShowsProgressAndResults();
    void stopCancelsARun();
    void escapeClosesAndCancels();
};

void ProbeDialogTest::aRunShowsProgressAndResults() {
    UdpPeer answering(false);
    UdpPeer silent(true);
    const int closed = freePort();
    ui::ProbeDialog dialog({target(answering.port(), Transport::Udp),
                            target(closed, Transport::Tcp), target(silent.port(), Transport::Udp)});
    ProbeTimeouts timeouts;
    timeouts.sipMs = 1500;
    dialog.probe()->setTimeouts(timeouts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *run = child<QPushButton>(&dialog, "probeRunButton");
    auto *stop = child<QPushButton>(&dialog, "probeCancelButton");
    auto *progress = child<QProgressBar>(&dialog, "probeProgress");
    auto *table = child<QTableWidget>(&dialog, "probeResultsTable");
    auto *summary = child<QLabel>(&dialog, "probeSummary");
    QVERIFY(run && stop && progress && table && summary);
    for (QWidget *w : {static_cast<QWidget *>(run), static_cast<QWidget *>(stop),
                       static_cast<QWidget *>(progress), static_cast<QWidget *>(table)})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    QVERIFY(summary->text().contains(QLatin1String("not from Exotel's edge")));
    QVERIFY(run->isEnabled());
    QVERIFY(!stop->isEnabled());

    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!run->isEnabled());
    QVERIFY(stop->isEnabled());
    // Progress moves while the silent destination still waits.
    QTRY_VERIFY(progress->value() > 0);
    QTRY_VERIFY(column(table, ui::ProbeDialog::OutcomeColumn).contains(QStringLiteral("OK")));
    QVERIFY(dialog.probe()->isRunning());
    QVERIFY(progress->value() < progress->maximum());

    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
    QVERIFY(!stop->isEnabled());
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(table->rowCount(), 12); // four steps for each of three destinations
    const QStringList outcomes = column(table, ui::ProbeDialog::OutcomeColumn);
    QVERIFY(outcomes.contains(QStringLiteral("Failed")));    // the closed port
    QVERIFY(outcomes.contains(QStringLiteral("Timed out"))); // the silent one
    // The current row's whole detail shows beneath the table, for the keyboard too.
    const int refused = int(column(table, ui::ProbeDialog::DetailColumn)
                                .indexOf(QRegularExpression(QStringLiteral(".*refused.*"))));
    QVERIFY(refused >= 0);
    table->setFocus();
    table->setCurrentCell(0, 0);
    for (int row = 0; row < refused; ++row)
        QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), refused);
    auto *detail = child<QLabel>(&dialog, "probeDetail");
    QVERIFY(detail && detail->text().contains(QLatin1String("refused the connection")));
    QVERIFY2(summary->text().contains(QLatin1String("1 of 3 destination")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("Measured from this computer")));
}

void ProbeDialogTest::stopCancelsARun() {
    UdpPeer silent(true);
    StreamPeer silentTcp(true);
    ui::ProbeDialog dialog(
        {target(silent.port(), Transport::Udp), target(silentTcp.port(), Transport::Tcp)});
    ProbeTimeouts timeouts;
    timeouts.sipMs = 60000;
    dialog.probe()->setTimeouts(timeouts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *run = child<QPushButton>(&dialog, "probeRunButton");
    auto *stop = child<QPushButton>(&dialog, "probeCancelButton");
    auto *table = child<QTableWidget>(&dialog, "probeResultsTable");
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY(silentTcp.open() == 1 && table->rowCount() >= 4);
    QCOMPARE(dialog.focusWidget(),
             static_cast<QWidget *>(stop)); // the keyboard lands on Stop while it runs
    QTest::keyClick(stop, Qt::Key_Space);
    QVERIFY(!dialog.probe()->isRunning());
    QVERIFY(run->isEnabled());
    QVERIFY(!stop->isEnabled());
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(column(table, ui::ProbeDialog::OutcomeColumn).count(QStringLiteral("Cancelled")), 2);
    QVERIFY(child<QLabel>(&dialog, "probeSummary")->text().contains(QLatin1String("Cancelled")));
    QTRY_COMPARE(silentTcp.open(), 0);
    QVERIFY(dialog.isVisible()); // Stop keeps the results on screen
}

void ProbeDialogTest::escapeClosesAndCancels() {
    StreamPeer silentTcp(true);
    auto *dialog = new ui::ProbeDialog({target(silentTcp.port(), Transport::Tcp)});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ui::ProbeDialog> alive(dialog);
    ProbeTimeouts timeouts;
    timeouts.sipMs = 60000;
    dialog->probe()->setTimeouts(timeouts);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->run();
    QTRY_COMPARE(silentTcp.open(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!alive);
    QTRY_COMPARE(silentTcp.open(), 0);
}

QTEST_MAIN(ProbeDialogTest)
#include "tst_probedialog.moc"
