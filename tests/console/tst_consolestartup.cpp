// Start-up as main() does it (Console::Timing::AfterFirstPaint): the window's first paint shows
// the sandbox labels and the list loading, before the embedded sandbox runs and before the
// window icon is read; right after it, both follow and the sandbox's trunks are listed. And the
// menu bar's way to the accounts, and a start on a sandbox that answers only the API reference.

#include "api/exotelclient.h"
#include "common/banner.h"
#include "common/stateview.h"
#include "console.h"
#include "sandboxserver.h"
#include "trunklist/trunklistpage.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace exotrunk;

namespace {

// Records whether `watched` had been painted when asked.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget *watched) { watched->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestConsoleStartup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolestartup"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void sandboxAndIconFollowTheFirstPaint() {
        QApplication::setWindowIcon(QIcon());
        CommandLineOptions options; // no account: the implicit sandbox
        Console console(options);
        QString error;
        QVERIFY2(console.start(&error, Console::Timing::AfterFirstPaint), qPrintable(error));
        QVERIFY(!console.sandboxServer());
        QVERIFY(QApplication::windowIcon().isNull());
        ui::MainWindow &window = console.window();
        QVERIFY(window.sandboxBanner()->isVisibleTo(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("profileLabel"))
                    ->text()
                    .contains(QLatin1String("Sandbox")));
        QCOMPARE(window.listPage()->stateView()->text(), QStringLiteral("Starting the sandbox…"));

        PaintWatch watch(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(console.sandboxServer());
        QVERIFY(watch.painted);
        QVERIFY(!QApplication::windowIcon().isNull());
        QTRY_COMPARE_WITH_TIMEOUT(window.trunkListModel()->rowCount(), 6, 10000);
    }

    // --sandbox-reference-only: the embedded sandbox answers only the API reference, so the
    // console cannot list trunks (a vendor-sample endpoint). It still starts, falls back to the
    // trunks it knows (none yet) and says the account does not list its trunks.
    void startsOnAReferenceOnlySandbox() {
        const CommandLineParse parsed =
            parseCommandLine({QStringLiteral("exotrunk-console"), QStringLiteral("--sandbox"),
                              QStringLiteral("--sandbox-reference-only")});
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        QVERIFY(parsed.options->sandboxReferenceOnly);
        Console console(*parsed.options);
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        QVERIFY(console.sandboxServer());
        QVERIFY(console.sandboxServer()->options().referenceOnly);
        ui::MainWindow &window = console.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrunkListModel *model = window.trunkListModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->isFallback() && !model->isBusy(), 10000);
        QCOMPARE(model->state(), TrunkListModel::State::Empty);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(window.listPage()->stateView()->text().startsWith(
            QLatin1String("The server does not offer the trunk list")));

        // Creating a trunk is in the reference: it works, and the new trunk joins the list.
        NewTrunk request;
        request.name = QStringLiteral("ref_only");
        request.domainName = NewTrunk::domainFor(console.sandboxServer()->options().accountSid);
        std::optional<Trunk> created;
        console.client()->createTrunk(request, &window, [&](const ApiResult<Trunk> &result) {
            QVERIFY2(result.isOk(), qPrintable(result.error().userMessage()));
            created = result.value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        model->addCreatedTrunk(*created);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowOfTrunk(created->sid), 0);
    }

    // Console ▸ Manage Accounts… opens the toolbar's Accounts menu (add, edit, rotate, remove)
    // with the keyboard on its first entry; Esc closes it.
    void manageAccountsOpensTheAccountsMenu() {
        CommandLineOptions options;
        Console console(options);
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        ui::MainWindow &window = console.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("profileMenu"));
        QVERIFY(menu);
        QVERIFY(!menu->isVisible());
        window.findChild<QAction *>(QStringLiteral("manageAccountsAction"))->trigger();
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(menu->activeAction()->objectName(), QStringLiteral("addProfileAction"));
        QStringList names;
        for (QAction *action : menu->actions())
            names << action->objectName();
        QVERIFY(names.contains(QStringLiteral("editProfileAction")));
        QVERIFY(names.contains(QStringLiteral("rotateTokenAction")));
        QVERIFY(names.contains(QStringLiteral("removeProfileAction")));
        QVERIFY(!QApplication::activeModalWidget()); // not the Add dialog
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }
};

QTEST_MAIN(TestConsoleStartup)
#include "tst_consolestartup.moc"
