// The typed-name delete confirmation, driven through the real main window against the sandbox:
// only the trunk's name typed exactly (case-sensitive, no added whitespace) enables Delete, and
// Enter in the field deletes only then. Every other variant leaves the trunk on the server.
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {
constexpr int kWait = 15000;
const QString kName = QStringLiteral("My_Trunk");

int deletesOf(const sandbox::SandboxServer &server, const QString &part) {
    int n = 0;
    for (const sandbox::LoggedRequest &r : server.requestLog())
        n += r.method == QLatin1String("DELETE") && r.path.contains(part);
    return n;
}
} // namespace

class DeleteConfirmationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deleteconfirmation"));
    }

    void typedVariants_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("pressEnter");
        QTest::addColumn<bool>("deletes");
        QTest::newRow("exact, Delete button") << kName << false << true;
        QTest::newRow("exact, Enter") << kName << true << true;
        QTest::newRow("lower case, Enter") << QStringLiteral("my_trunk") << true << false;
        QTest::newRow("upper case, Enter") << QStringLiteral("MY_TRUNK") << true << false;
        QTest::newRow("leading space, Enter") << QStringLiteral(" My_Trunk") << true << false;
        QTest::newRow("trailing space, Enter") << QStringLiteral("My_Trunk ") << true << false;
        QTest::newRow("prefix, Enter") << QStringLiteral("My_Trun") << true << false;
        QTest::newRow("empty, Enter") << QString() << true << false;
    }

    // A trunk "My_Trunk" beside "my_trunk": case matters, the right one is the only one asked
    // for, and the sandbox receives a DELETE for its SID only when the name matches exactly.
    void typedVariants() {
        QFETCH(QString, typed);
        QFETCH(bool, pressEnter);
        QFETCH(bool, deletes);

        auto server = startSandbox(unlimitedSandbox());
        QVERIFY(server);
        auto client = fastClientFor(*server);
        for (const QString &name : {kName, QStringLiteral("my_trunk")}) {
            NewTrunk nt;
            nt.name = name;
            nt.domainName = NewTrunk::domainFor(server->options().accountSid);
            bool done = false;
            QObject context;
            client->createTrunk(nt, &context, [&done](const ApiResult<Trunk> &r) {
                QVERIFY(r.isOk());
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        }
        const QString sid = server->trunkSid(kName);
        const QString twin = server->trunkSid(QStringLiteral("my_trunk"));
        QVERIFY(!sid.isEmpty() && !twin.isEmpty() && sid != twin);
        const int before = server->trunkCount();

        KnownTrunksStore known(QStringLiteral("sandbox"),
                               KnownTrunksStore::Persistence::MemoryOnly);
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        ui::ConnectionInfo info;
        info.profileId = QStringLiteral("sandbox");
        info.profileName = QStringLiteral("Sandbox");
        info.sandbox = true;
        window.setConnection(client.get(), &known, info);
        QTRY_VERIFY_WITH_TIMEOUT(window.trunkListModel()->rowCount() == before, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!window.trunkListModel()->isBusy(), kWait);
        auto *table = window.findChild<QTableView *>(QStringLiteral("trunkTable"));
        QVERIFY(table);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(TrunkListModel::NameRole).toString() == kName)
                row = r;
        }
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        server->clearRequestLog();

        bool answered = false;
        bool enabledWhenTyped = false;
        whenModalAppears([&](QWidget *modal) {
            auto *confirm = modal->findChild<QLineEdit *>(QStringLiteral("deleteConfirmEdit"));
            auto *button = modal->findChild<QPushButton *>(QStringLiteral("deleteTrunkButton"));
            QVERIFY(confirm && button);
            confirm->setFocus();
            QTest::keyClicks(confirm, typed);
            QCOMPARE(confirm->text(), typed);
            enabledWhenTyped = button->isEnabled();
            // The user's confirming gesture: Enter in the field, or a click on Delete.
            pressEnter ? QTest::keyClick(confirm, Qt::Key_Return)
                       : QTest::mouseClick(button, Qt::LeftButton);
            if (modal->isVisible()) // Enter on a wrong name: close it the user's way
                QTest::mouseClick(
                    modal->findChild<QPushButton *>(QStringLiteral("deleteCancelButton")),
                    Qt::LeftButton);
            answered = true;
        });
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
        QCOMPARE(enabledWhenTyped, deletes);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), kWait);

        QTest::qWait(300); // room for a request that must not come
        QTRY_COMPARE_WITH_TIMEOUT(server->trunkCount(), before - (deletes ? 1 : 0), kWait);
        QCOMPARE(deletesOf(*server, sid), deletes ? 1 : 0);
        QCOMPARE(deletesOf(*server, QStringLiteral("/trunks")), deletes ? 1 : 0);
        QCOMPARE(server->trunkSid(kName).isEmpty(), deletes);
        QCOMPARE(server->trunkSid(QStringLiteral("my_trunk")), twin); // the twin always stays
        window.clearConnection();
    }
};

QTEST_MAIN(DeleteConfirmationTest)
#include "tst_deleteconfirmation.moc"
