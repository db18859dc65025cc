// Deleting a trunk through the console's window, as a user does it (the list's Delete key or the
// details page's button, the name typed into the confirmation), against the sandbox: the status
// message that follows names the trunk as "name (SID)", as every message naming a trunk does.
#include "consoletestkit.h"
#include "trunkdetailsmodels.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::testing;

class ConsoleDeleteTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void deletingFromTheListNamesTheTrunk();
    void deletingFromTheDetailsPageNamesTheTrunk();

private:
    ui::MainWindow &window() { return m_console->window(); }
    sandbox::SandboxServer &server() { return *m_console->sandboxServer(); }
    // Creates `name` on the sandbox and waits until the window lists it; its SID.
    QString seedListedTrunk(const QString &name);
    // Answers the open delete confirmation with `name` and confirms.
    void confirmDeleteOf(const QString &name);

    std::unique_ptr<Console> m_console;
};

void ConsoleDeleteTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    QVERIFY(m_console->sandboxServer());
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->state() == TrunkListModel::State::Loaded,
                             kConsoleWaitMs);
}

void ConsoleDeleteTest::cleanupTestCase() {
    m_console.reset();
}

void ConsoleDeleteTest::cleanup() {
    for (QDialog *dialog : window().findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
}

QString ConsoleDeleteTest::seedListedTrunk(const QString &name) {
    if (!seedTrunks(server(), {name}))
        return {};
    window().showTrunkList();
    window().refreshAction()->trigger();
    if (!QTest::qWaitFor([this, &name] { return rowOfTrunk(window(), name) >= 0; }, kConsoleWaitMs))
        return {};
    return server().trunkSid(name);
}

void ConsoleDeleteTest::confirmDeleteOf(const QString &name) {
    QPointer<QDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<QDialog>(&window(), "deleteTrunkDialog")),
                             kConsoleWaitMs);
    auto *confirm = visibleChild<QLineEdit>(dialog, "deleteConfirmEdit");
    QVERIFY(confirm);
    QTest::keyClicks(confirm, name);
    QTRY_VERIFY_WITH_TIMEOUT(
        visibleChild<QPushButton>(dialog, "deleteTrunkButton") &&
            visibleChild<QPushButton>(dialog, "deleteTrunkButton")->isEnabled(),
        kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "deleteTrunkButton"));
}

// Names stay within the API's trunk-name length.
void ConsoleDeleteTest::deletingFromTheListNamesTheTrunk() {
    const QString name = QStringLiteral("delete_list");
    const QString sid = seedListedTrunk(name);
    QVERIFY(!sid.isEmpty());
    auto *table = visibleChild<QTableView>(&window(), "trunkTable");
    QVERIFY(table);
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QRect row = table->visualRect(table->model()->index(rowOfTrunk(window(), name), 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(table->currentIndex().data(TrunkListModel::NameRole).toString(), name);
    QTest::keyClick(table, Qt::Key_Delete);
    confirmDeleteOf(name);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(server().trunkSid(name).isEmpty(), kConsoleWaitMs);
    const QString expected = QStringLiteral("Trunk %1 (%2) deleted.").arg(name, sid);
    QTRY_COMPARE_WITH_TIMEOUT(window().statusBar()->currentMessage(), expected, kConsoleWaitMs);
}

void ConsoleDeleteTest::deletingFromTheDetailsPageNamesTheTrunk() {
    const QString name = QStringLiteral("delete_details");
    const QString sid = seedListedTrunk(name);
    QVERIFY(!sid.isEmpty());
    window().openTrunk(TrunkSid(sid));
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->trunk().has_value(), kConsoleWaitMs);
    QVERIFY(clickButton(&window(), "detailsDeleteButton"));
    confirmDeleteOf(name);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(server().trunkSid(name).isEmpty(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window().statusBar()->currentMessage(),
                              QStringLiteral("Trunk %1 (%2) deleted.").arg(name, sid),
                              kConsoleWaitMs);
    QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkList);
}

int main(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("consoledelete"));
    ConsoleDeleteTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoledelete.moc"
