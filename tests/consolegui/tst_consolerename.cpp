// Renaming a trunk from its details page through the console's window, against the sandbox, with
// the trunk list sorted as users leave it: the name rules and another trunk's name are refused as
// you type, a rename reaches the server and shows in the list and on the page; on a server that
// serves only the reference's endpoints the action is disabled with the reason.
#include "consoletestkit.h"
#include "trunkdetailsmodels.h"

#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::testing;

class ConsoleRenameTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void renamesFromTheDetailsPage();
    void refusedNamesAreSaidAsYouType();
    void disabledWhereTheServerCannotRename();

private:
    ui::MainWindow &window() { return m_console->window(); }
    sandbox::SandboxServer &server() { return *m_console->sandboxServer(); }
    void openTrunk(const QString &name);
    QDialog *openRenameDialog();

    std::unique_ptr<Console> m_console;
};

void ConsoleRenameTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->state() == TrunkListModel::State::Loaded,
                             kConsoleWaitMs);
    // Sorted by name, descending, as a user may leave the list.
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    table->sortByColumn(TrunkListModel::NameColumn, Qt::DescendingOrder);
}

void ConsoleRenameTest::cleanupTestCase() {
    m_console.reset();
}

void ConsoleRenameTest::openTrunk(const QString &name) {
    if (window().currentPage() == ui::MainWindow::Page::TrunkDetails)
        QVERIFY(clickButton(&window(), "backButton"));
    auto *table = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    const int row = rowOfTrunk(window(), name);
    QVERIFY2(row >= 0, qPrintable(name));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window().detailsController()->trunkSid().value(),
                              server().trunkSid(name), kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
}

QDialog *ConsoleRenameTest::openRenameDialog() {
    auto *button = visibleChild<QToolButton>(&window(), "renameTrunkActionButton");
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // The dialog opens window-modal at once: no event-loop turn needed.
    return visibleChild<QDialog>(&window(), "renameTrunkDialog");
}

void ConsoleRenameTest::renamesFromTheDetailsPage() {
    openTrunk(QStringLiteral("test_alias2"));
    const QString sid = server().trunkSid(QStringLiteral("test_alias2"));
    QPointer<QDialog> dialog = openRenameDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("test_alias2 (") + sid));
    auto *name = visibleChild<QLineEdit>(dialog, "trunkNameEdit");
    QCOMPARE(name->text(), QStringLiteral("test_alias2"));
    // The note names the Connect target that keeps working, shown as text, not eaten as markup.
    QVERIFY(visibleChild<QLabel>(dialog, "renameTrunkNote")
                ->text()
                .contains(QStringLiteral("sip:") + sid));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("voice_bot_2"));
    auto *submit = visibleChild<QPushButton>(dialog, "submitButton");
    QVERIFY(submit && submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs); // closed, deleted

    // The server has the new name under the same SID; the list and the page show it.
    QCOMPARE(server().trunkSid(QStringLiteral("voice_bot_2")), sid);
    QVERIFY(server().trunkSid(QStringLiteral("test_alias2")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTrunk(window(), QStringLiteral("voice_bot_2")) >= 0,
                             kConsoleWaitMs);
    QCOMPARE(rowOfTrunk(window(), QStringLiteral("test_alias2")), -1);
    QTRY_COMPARE_WITH_TIMEOUT(window().detailsController()->trunk()->name,
                              QStringLiteral("voice_bot_2"), kConsoleWaitMs);
    QVERIFY(window().statusBar()->currentMessage().contains(
        QStringLiteral("voice_bot_2 (%1)").arg(sid)));
}

void ConsoleRenameTest::refusedNamesAreSaidAsYouType() {
    openTrunk(QStringLiteral("test_alias1"));
    QDialog *dialog = openRenameDialog();
    QVERIFY(dialog);
    auto *name = visibleChild<QLineEdit>(dialog, "trunkNameEdit");
    auto *submit = visibleChild<QPushButton>(dialog, "submitButton");
    const auto verdict = [dialog] {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("trunkNameValidation"));
        return label ? label->text() : QString();
    };
    QVERIFY(!submit->isEnabled()); // unchanged
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("has space"));
    QVERIFY(!submit->isEnabled());
    QVERIFY(!verdict().isEmpty());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("a_name_of_17_char"));
    QVERIFY(!submit->isEnabled());
    QCOMPARE(name->text(), QStringLiteral("a_name_of_17_char")); // never cut to 16
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("test_123")); // another trunk's
    QVERIFY(!submit->isEnabled());
    QVERIFY2(verdict().contains(QStringLiteral("already called test_123")), qPrintable(verdict()));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("TEST_123")); // names are case-sensitive
    QVERIFY(submit->isEnabled());
    dialog->reject();
}

void ConsoleRenameTest::disabledWhereTheServerCannotRename() {
    server().setReferenceOnly(true);
    openTrunk(QStringLiteral("test_123"));
    // The first attempt meets the server's 404; nothing is renamed and the action turns off.
    QDialog *dialog = openRenameDialog();
    QVERIFY(dialog);
    auto *name = visibleChild<QLineEdit>(dialog, "trunkNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed_123"));
    QTest::mouseClick(visibleChild<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    QAction *rename = window().findChild<QAction *>(QStringLiteral("renameTrunkAction"));
    QVERIFY(rename);
    QTRY_VERIFY_WITH_TIMEOUT(!rename->isEnabled(), kConsoleWaitMs);
    QVERIFY2(rename->toolTip().contains(QStringLiteral("does not support")),
             qPrintable(rename->toolTip()));
    QVERIFY(dialog->isVisible()); // the error is shown in the dialog, nothing closed
    dialog->reject();
    server().setReferenceOnly(false);
    QCOMPARE(server().trunkSid(QStringLiteral("test_123")).isEmpty(), false);
    QVERIFY(server().trunkSid(QStringLiteral("renamed_123")).isEmpty());
}

QTEST_MAIN(ConsoleRenameTest)
#include "tst_consolerename.moc"
