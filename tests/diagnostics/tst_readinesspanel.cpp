// The readiness panel on the trunk details page of the whole console, over real HTTP to its
// sandbox: the demo's inactive, empty trunk shows what blocks its calls, each finding names its
// documentation section, "Fix…" opens the matching edit dialog, and a chosen purpose changes the
// findings and is remembered for the trunk.
#include "common/palettecolors.h"
#include "consoletestkit.h"
#include "diagnostics/callpath.h"
#include "diagnostics/readiness.h"
#include "diagnostics/readinesscache.h"
#include "trunkdetails/readinesspanel.h"
#include "trunkdetailsmodels.h"

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace exotrunk;
using namespace exotrunk::testing;

class ReadinessPanelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theListShowsWhatTheDetailsPageFound();
    void showsWhatBlocksAnEmptyInactiveTrunk();
    void fixOpensTheMatchingDialog_data();
    void fixOpensTheMatchingDialog();
    void aChosenPurposeChangesTheFindingsAndIsRemembered();
    void fixingAModeSelectsTheNumber();
    void fixingAnUnlistedDestinationPrefillsItsIp();
    void aSectionThatFailsIsNotJudged();

private:
    ui::MainWindow &window() { return m_console->window(); }
    void openTrunk(const QString &name);
    ui::ReadinessPanel *panel() {
        return visibleChild<ui::ReadinessPanel>(&window(), "readinessPanel");
    }
    QStringList shownRules();

    std::unique_ptr<Console> m_console;
};

void ReadinessPanelTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->rowCount() > 0, kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
}

void ReadinessPanelTest::cleanupTestCase() {
    m_console.reset();
}

void ReadinessPanelTest::openTrunk(const QString &name) {
    if (window().currentPage() == ui::MainWindow::Page::TrunkDetails)
        QVERIFY(clickButton(&window(), "backButton"));
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    const int row = rowOfTrunk(window(), name);
    QVERIFY2(row >= 0, qPrintable(name));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkDetails);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QVERIFY(panel());
}

QStringList ReadinessPanelTest::shownRules() {
    QStringList ids;
    for (const QWidget *row : panel()->findChildren<QWidget *>()) {
        if (row->objectName().startsWith(QLatin1String("readinessFinding_")) && row->isVisible())
            ids << row->objectName().mid(int(qstrlen("readinessFinding_")));
    }
    return ids;
}

// The list's Readiness column: listing (and refreshing) asks for no section of any trunk, so
// every trunk reads "Not checked"; once a trunk with problems was opened, going back shows its
// problems in the list, sorted by them, with the findings as tooltip.
void ReadinessPanelTest::theListShowsWhatTheDetailsPageFound() {
    sandbox::SandboxServer &server = *m_console->sandboxServer();
    server.clearRequestLog();
    window().trunkListModel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    QVERIFY(countRequests(server, QStringLiteral("GET"), QStringLiteral("/trunks")) > 0);
    for (const sandbox::LoggedRequest &r : server.requestLog()) {
        for (const char *section :
             {"phone-numbers", "whitelisted-ips", "destination-uris", "credentials", "trunks/tr"})
            QVERIFY2(!r.path.contains(QLatin1String(section)), qPrintable(r.path));
    }
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() > 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, TrunkListModel::ReadinessColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Not checked"));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!table->isColumnHidden(TrunkListModel::ReadinessColumn));
    QCOMPARE(model->headerData(TrunkListModel::ReadinessColumn, Qt::Horizontal).toString(),
             QStringLiteral("Readiness"));

    // Sorted by readiness, most problems first, before anything is checked.
    table->sortByColumn(TrunkListModel::ReadinessColumn, Qt::DescendingOrder);
    openTrunk(QStringLiteral("test_ui_3"));
    QTRY_VERIFY_WITH_TIMEOUT(shownRules().size() >= 5, kConsoleWaitMs);
    const QList<ReadinessFinding> findings = panel()->findings();
    const int problems = int(std::count_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.severity != Severity::Note;
    }));
    QVERIFY(problems >= 4);
    QVERIFY(clickButton(&window(), "backButton"));
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkList);

    QCOMPARE(rowOfTrunk(window(), QStringLiteral("test_ui_3")), 0);
    const QModelIndex badge = model->index(0, TrunkListModel::ReadinessColumn);
    QCOMPARE(badge.data().toString(), ReadinessCache::tr("%n problem(s)", nullptr, problems));
    QCOMPARE(badge.data(TrunkListModel::ReadinessRole).toInt(),
             int(ReadinessCache::Verdict::Blocked));
    const QString tip = badge.data(Qt::ToolTipRole).toString();
    for (const ReadinessFinding &f : findings)
        QVERIFY2(tip.contains(f.reason), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("§13")));
    QVERIFY(
        badge.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Readiness: ")));
    QVERIFY(!table->visualRect(badge).isEmpty());
    // The others are still not checked: nothing was asked for them.
    QCOMPARE(model->index(1, TrunkListModel::ReadinessColumn).data().toString(),
             QStringLiteral("Not checked"));
    // Drawn in the light and the dark palette alike (the pill's contrast is tst_palettecontrast's).
    const QPalette light = table->palette();
    QVERIFY(!table->grab().isNull());
    table->setPalette(ui::darkPalette());
    QVERIFY(!table->grab().isNull());
    table->setPalette(light);
    table->sortByColumn(TrunkListModel::CreatedColumn, Qt::DescendingOrder);
}

void ReadinessPanelTest::showsWhatBlocksAnEmptyInactiveTrunk() {
    openTrunk(QStringLiteral("test_ui_3"));
    auto *combo = visibleChild<QComboBox>(panel(), "readinessPurposeCombo");
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    auto *label = visibleChild<QLabel>(panel(), "readinessPurposeLabel");
    QVERIFY(label && label->buddy() == combo);
    // Nothing configured: both directions proposed (the most common setup, §13).
    QCOMPARE(combo->currentData().toString(), QStringLiteral("both"));
    QVERIFY(!visibleChild<QLabel>(panel(), "readinessPurposeNote")->text().isEmpty());
    // The findings follow the trunk and its sections as they arrive.
    QTRY_VERIFY_WITH_TIMEOUT(shownRules().size() >= 5, kConsoleWaitMs);
    const QStringList rules = shownRules();
    for (const char *id : {"trunk.inactive", "number.mapped", "outbound.auth",
                           "inbound.destination", "inbound.connectApplet"})
        QVERIFY2(rules.contains(QLatin1String(id)), qPrintable(rules.join(u' ')));
    QCOMPARE(visibleChild<QLabel>(panel(), "readinessDoc_number.mapped")->text(),
             QStringLiteral("§13"));
    const QString sid = window().detailsController()->trunkSid().value();
    QVERIFY(visibleChild<QLabel>(panel(), "readinessReason_inbound.connectApplet")
                ->text()
                .contains(QStringLiteral("sip:") + sid));
    // A manual check has no Fix button; the inactive trunk has none either.
    QVERIFY(!visibleChild<QPushButton>(panel(), "readinessFix_inbound.connectApplet"));
    QVERIFY(!visibleChild<QPushButton>(panel(), "readinessFix_trunk.inactive"));
    QVERIFY(!visibleChild<QLabel>(panel(), "readinessEmpty"));

    // The call path is drawn above the findings: both directions, each hop with its state,
    // the state in words for tooltips and screen readers.
    QVERIFY(visibleChild<QWidget>(panel(), "callPath_inbound"));
    QVERIFY(visibleChild<QWidget>(panel(), "callPath_outbound"));
    const auto hopState = [this](const char *hop) {
        const QLabel *chip =
            visibleChild<QLabel>(panel(), QStringLiteral("callPathHop_") + QLatin1String(hop));
        return chip ? HopState(chip->property("hopState").toInt()) : HopState::Unknown;
    };
    QCOMPARE(hopState("inbound.exophone"), HopState::Missing);
    QCOMPARE(hopState("inbound.trunk"), HopState::Missing);
    QCOMPARE(hopState("inbound.flow"), HopState::Manual);
    QCOMPARE(hopState("outbound.pbx"), HopState::Missing);
    const QLabel *exophone = visibleChild<QLabel>(panel(), "callPathHop_inbound.exophone");
    QVERIFY(exophone->toolTip().contains(QStringLiteral("missing")));
    QVERIFY(exophone->toolTip().contains(QStringLiteral("§13")));
    QCOMPARE(exophone->accessibleName(), exophone->toolTip());
    QVERIFY(visibleChild<QWidget>(panel(), "callPathView")
                ->accessibleDescription()
                .contains(QStringLiteral("Exophone (missing)")));
}

void ReadinessPanelTest::fixOpensTheMatchingDialog_data() {
    QTest::addColumn<QString>("fixButton");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("map number") << "readinessFix_number.mapped"
                                << "mapNumberDialog";
    QTest::newRow("allow IP") << "readinessFix_outbound.auth"
                              << "allowIpDialog";
    QTest::newRow("add destination") << "readinessFix_inbound.destination"
                                     << "addDestinationsDialog";
}

void ReadinessPanelTest::fixOpensTheMatchingDialog() {
    QFETCH(QString, fixButton);
    QFETCH(QString, dialog);
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QPushButton>(panel(), fixButton), kConsoleWaitMs);
    auto *button = visibleChild<QPushButton>(panel(), fixButton);
    QVERIFY2(button, qPrintable(fixButton));
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QDialog> opened;
    QTRY_VERIFY_WITH_TIMEOUT((opened = visibleChild<QDialog>(&window(), dialog)), kConsoleWaitMs);
    opened->reject();
    QTRY_VERIFY(!visibleChild<QDialog>(&window(), dialog));
}

void ReadinessPanelTest::aChosenPurposeChangesTheFindingsAndIsRemembered() {
    auto *combo = visibleChild<QComboBox>(panel(), "readinessPurposeCombo");
    const int outbound = combo->findData(QStringLiteral("outbound_pstn"));
    QVERIFY(outbound >= 0);
    combo->setFocus();
    combo->setCurrentIndex(outbound);
    emit combo->activated(outbound);
    QTRY_VERIFY(shownRules().contains(QStringLiteral("destination.mandatory")));
    QVERIFY(!shownRules().contains(QStringLiteral("inbound.destination")));
    QVERIFY(visibleChild<QLabel>(panel(), "readinessPurposeNote")->text().isEmpty());

    // Another trunk, then back: the chosen purpose is remembered for this profile and trunk.
    openTrunk(QStringLiteral("test_123"));
    QVERIFY(combo->currentData().toString() != QStringLiteral("outbound_pstn"));
    openTrunk(QStringLiteral("test_ui_3"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("outbound_pstn"));
    QVERIFY(panel()->purposeChosen());
}

// test_trunk_ui2 has a number in flow beside pstn ones: as a Connect trunk, its Fix selects the
// flow number and opens the mode change for it.
void ReadinessPanelTest::fixingAModeSelectsTheNumber() {
    openTrunk(QStringLiteral("test_trunk_ui2"));
    auto *combo = visibleChild<QComboBox>(panel(), "readinessPurposeCombo");
    const int both = combo->findData(QStringLiteral("both"));
    combo->setCurrentIndex(both);
    emit combo->activated(both);
    QTRY_VERIFY(shownRules().contains(QStringLiteral("mode.pstnForConnect")));
    QVERIFY(visibleChild<QLabel>(panel(), "readinessReason_mode.pstnForConnect")
                ->text()
                .contains(QStringLiteral("+918047361022")));
    QVERIFY(clickButton(panel(), "readinessFix_mode.pstnForConnect"));
    QPointer<QDialog> opened;
    QTRY_VERIFY_WITH_TIMEOUT((opened = visibleChild<QDialog>(&window(), "changeModeDialog")),
                             kConsoleWaitMs);
    QVERIFY(visibleChild<QLabel>(opened, "numberLabel")
                ->text()
                .contains(QStringLiteral("+918047361022")));
    opened->reject();
}

// A destination whose IP is not whitelisted (the IP was removed after the destination was
// added): "Fix…" opens Allow IP with that address already typed. The panel's signal is what the
// finding's button sends; the sandbox refuses such a destination on creation, as the live API does.
void ReadinessPanelTest::fixingAnUnlistedDestinationPrefillsItsIp() {
    openTrunk(QStringLiteral("test_trunk_ui2"));
    emit panel()->fixRequested(FixKind::AllowIp, {QStringLiteral("198.51.100.9")});
    QPointer<QDialog> opened;
    QTRY_VERIFY_WITH_TIMEOUT((opened = visibleChild<QDialog>(&window(), "allowIpDialog")),
                             kConsoleWaitMs);
    QCOMPARE(visibleChild<QLineEdit>(opened, "ipEdit")->text(), QStringLiteral("198.51.100.9"));
    opened->reject();
    QTRY_VERIFY(!visibleChild<QDialog>(&window(), "allowIpDialog"));
    // A finding about the trunk as a whole leaves the field empty.
    emit panel()->fixRequested(FixKind::AllowIp, {QString()});
    QTRY_VERIFY_WITH_TIMEOUT((opened = visibleChild<QDialog>(&window(), "allowIpDialog")),
                             kConsoleWaitMs);
    QVERIFY(visibleChild<QLineEdit>(opened, "ipEdit")->text().isEmpty());
    opened->reject();
}

// A failed section is never read as "nothing configured": its rules are skipped, and the panel
// says which section was not checked.
void ReadinessPanelTest::aSectionThatFailsIsNotJudged() {
    sandbox::Fault fault;
    fault.method = QStringLiteral("GET");
    fault.pathContains = QStringLiteral("/credentials");
    fault.times = -1;
    m_console->sandboxServer()->addFault(fault);
    openTrunk(QStringLiteral("test_ui_3"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QLabel>(panel(), "readinessUnchecked"), kConsoleWaitMs);
    QVERIFY(visibleChild<QLabel>(panel(), "readinessUnchecked")
                ->text()
                .contains(QLatin1String("Credentials")));
    // Findings follow the sections as they load; the number section is not the failed one.
    QTRY_VERIFY_WITH_TIMEOUT(shownRules().contains(QStringLiteral("number.mapped")),
                             kConsoleWaitMs);
    QVERIFY(!shownRules().contains(QStringLiteral("outbound.auth")));
    m_console->sandboxServer()->clearFaults();
}

int main(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("readinesspanel"));
    ReadinessPanelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readinesspanel.moc"
