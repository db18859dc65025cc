// Over ~600 lines: one window, one sandbox, many journeys through them; the shared set-up is
// what keeps them in one suite.
// The real main window driven by object name against the sandbox over HTTP: the seeded
// trunks, filter, sort, details with its four sections, copy, delete with the typed
// confirmation, refresh failure with Retry, and the known-trunks fallback with Open by ID.
#include "common/banner.h"
#include "common/stateview.h"
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "trunkdetailsmodels.h"
#include "trunklist/trunklistpage.h"
#include "trunklistmodel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using exotrunk::ui::MainWindow;

namespace {
constexpr int kWait = 15000;

// One window connected to one sandbox, as the console's composition root builds it.
struct Session {
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ExotelClient> client;
    std::unique_ptr<KnownTrunksStore> known;
    std::unique_ptr<MainWindow> window;

    explicit Session(sandbox::SandboxOptions options = unlimitedSandbox(), bool connect = true) {
        server = startSandbox(options);
        if (!server)
            return;
        client = fastClientFor(*server);
        known = std::make_unique<KnownTrunksStore>(QStringLiteral("sandbox"),
                                                   KnownTrunksStore::Persistence::MemoryOnly);
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (connect)
            connectWindow();
    }
    ~Session() {
        if (window)
            window->clearConnection();
    }
    void connectWindow() {
        ui::ConnectionInfo info;
        info.profileId = QStringLiteral("sandbox");
        info.profileName = QStringLiteral("Sandbox");
        info.regionLabel = QStringLiteral("Sandbox (this computer)");
        info.sandbox = true;
        window->setConnection(client.get(), known.get(), info);
    }
    template <typename T> T *find(const char *name) const {
        return window->findChild<T *>(QLatin1String(name));
    }
    QTableView *table() const { return find<QTableView>("trunkTable"); }
    int rowOf(const QString &name) const {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TrunkListModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }
    void selectRow(const QString &name) const {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(row, 0));
    }
};

#define WAIT_FOR_TRUNKS(session, n)                                                                \
    QTRY_COMPARE_WITH_TIMEOUT((session).window->trunkListModel()->rowCount(), n, kWait);           \
    QTRY_VERIFY_WITH_TIMEOUT(!(session).window->trunkListModel()->isBusy(), kWait)
} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void showsTheSeededTrunks() {
        Session s;
        QVERIFY(s.server);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkList);
        // The table is built with the first rows; until then the page shows the loading state.
        QVERIFY(!s.table());
        QVERIFY(s.find<ui::StateView>("trunkListState")->isVisibleTo(s.window.get()));
        QAbstractItemModelTester tester(s.window->listPage()->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WAIT_FOR_TRUNKS(s, 6);
        QVERIFY(s.table());
        QCOMPARE(s.table()->model(), s.window->listPage()->proxy());
        QCOMPARE(s.table()->model()->rowCount(), 6);
        for (const char *name : {"test_123", "test_alias1", "test_alias2", "test_alias3",
                                 "test_trunk_ui2", "test_ui_3"})
            QVERIFY2(s.rowOf(QLatin1String(name)) >= 0, name);
        // Newest first, as the dashboard.
        QCOMPARE(s.table()->model()->index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_123"));
        QVERIFY(s.table()->isVisible());
        QVERIFY(s.find<ui::Banner>("sandboxBanner")->isVisible());
        QCOMPARE(s.find<ui::Banner>("sandboxBanner")->title(), QStringLiteral("Sandbox"));
        QVERIFY(s.find<ui::Banner>("sandboxBanner")
                    ->text()
                    .contains(QStringLiteral("never reach Exotel")));
        QVERIFY(s.find<QLabel>("profileLabel")->text().contains(QStringLiteral("Sandbox")));
        QVERIFY(s.find<QLabel>("regionLabel")->isVisible());
        const auto *refreshBanner = s.find<ui::Banner>("refreshFailedBanner");
        QVERIFY(!refreshBanner || !refreshBanner->isVisible());
    }

    void filtersAsYouType() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        auto *filter = s.find<QLineEdit>("trunkFilterEdit");
        QVERIFY(filter);
        QTest::keyClick(s.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("alias"));
        QCOMPARE(s.table()->model()->rowCount(), 3);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("TRMUM1C99"));
        QCOMPARE(s.table()->model()->rowCount(), 1);
        QCOMPARE(s.table()->model()->index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_123"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("no-such-trunk"));
        QCOMPARE(s.table()->model()->rowCount(), 0);
        auto *state = s.find<ui::StateView>("trunkListState");
        QTRY_VERIFY(state->isVisible());
        QVERIFY(state->title().contains(QStringLiteral("No trunks match")));
        QTest::mouseClick(state->actionButton(), Qt::LeftButton); // Clear Filter
        QCOMPARE(filter->text(), QString());
        QCOMPARE(s.table()->model()->rowCount(), 6);
        QVERIFY(s.table()->isVisible());

        // The filter's clear button shows with text and says what it does to a screen reader.
        auto *clear = s.find<QAction>("trunkFilterClearAction");
        QVERIFY(clear);
        QVERIFY(!clear->isVisible());
        QTest::keyClicks(filter, QStringLiteral("alias"));
        QVERIFY(clear->isVisible());
        QWidget *button = nullptr;
        for (QObject *o : clear->associatedObjects()) {
            if (auto *w = qobject_cast<QWidget *>(o); w && w != filter)
                button = w;
        }
        QVERIFY(button);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Clear filter"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(s.table()->model()->rowCount(), 6);
    }

    void sortsByEveryColumn() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        QHeaderView *header = s.table()->horizontalHeader();
        QAbstractItemModel *model = s.table()->model();
        for (int column = 0; column < TrunkListModel::ColumnCount; ++column) {
            for (int click = 0; click < 2; ++click) {
                const QPoint at(header->sectionViewportPosition(column) +
                                    header->sectionSize(column) / 2,
                                header->height() / 2);
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
                QCOMPARE(header->sortIndicatorSection(), column);
                const Qt::SortOrder order = header->sortIndicatorOrder();
                for (int row = 1; row < model->rowCount(); ++row) {
                    const QVariant a = model->index(row - 1, column).data(TrunkListModel::SortRole);
                    const QVariant b = model->index(row, column).data(TrunkListModel::SortRole);
                    const int c =
                        a.metaType().id() == QMetaType::QDateTime
                            ? (a.toDateTime() < b.toDateTime()    ? -1
                               : a.toDateTime() == b.toDateTime() ? 0
                                                                  : 1)
                            : QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
                    if (order == Qt::AscendingOrder)
                        QVERIFY2(
                            c <= 0,
                            qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                    else
                        QVERIFY2(
                            c >= 0,
                            qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                }
            }
        }
        // Created At ascending puts the oldest first.
        s.table()->sortByColumn(TrunkListModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(model->index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("test_trunk_ui2"));
    }

    void opensDetailsWithAllFourSections() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        s.selectRow(QStringLiteral("test_123"));
        QTest::keyClick(s.table(), Qt::Key_Return);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkDetails);
        auto *details = s.window->detailsController();
        QTRY_VERIFY_WITH_TIMEOUT(details->sectionsSettled(), kWait);
        QCOMPARE(s.find<QLabel>("field_name")->text(), QStringLiteral("test_123"));
        QCOMPARE(s.find<QLabel>("field_sid")->text(),
                 s.server->trunkSid(QStringLiteral("test_123")));
        QCOMPARE(s.find<QLabel>("field_domain")->text(), QStringLiteral("ameyo5m.pstn.exotel.com"));
        QCOMPARE(s.find<QLabel>("field_status")->text(), QStringLiteral("Active"));
        // The alias is read back from Exotel (GET …/settings): the sandbox's test_123 has one.
        QTRY_COMPARE(s.find<QLabel>("field_alias")->text(), QStringLiteral("+918047361001"));
        QVERIFY(!s.find<QLabel>("field_nsoCode")->text().isEmpty());
        for (const char *name : {"phoneNumbersTable", "destinationUrisTable", "whitelistedIpsTable",
                                 "credentialsTable"}) {
            auto *table = s.find<QTableView>(name);
            QVERIFY2(table, name);
            QTRY_VERIFY2(table->isVisible(), name);
            QCOMPARE(table->model()->rowCount(), 2);
        }
        QVERIFY(s.window->findChild<QHBoxLayout *>(QStringLiteral("phoneNumbersActions")));
        QVERIFY(s.window->findChild<QHBoxLayout *>(QStringLiteral("credentialsActions")));

        // Esc goes back.
        QTest::keyClick(s.find<QWidget>("trunkDetailsPage"), Qt::Key_Escape);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkList);

        // Double-click opens too.
        const int row = s.rowOf(QStringLiteral("test_alias1"));
        const QRect cell = s.table()->visualRect(s.table()->model()->index(row, 1));
        QTest::mouseClick(s.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(s.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkDetails);
        QTRY_COMPARE_WITH_TIMEOUT(s.find<QLabel>("field_name")->text(),
                                  QStringLiteral("test_alias1"), kWait);
        QTest::mouseClick(s.find<QPushButton>("backButton"), Qt::LeftButton);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkList);
    }

    void emptyStatesOnTheEmptyTrunk() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        s.window->openTrunk(TrunkSid(s.server->trunkSid(QStringLiteral("test_ui_3"))));
        QTRY_VERIFY_WITH_TIMEOUT(s.window->detailsController()->sectionsSettled(), kWait);
        auto *phones = s.find<ui::StateView>("phoneNumbersState");
        QTRY_VERIFY(phones->isVisible());
        QCOMPARE(phones->title(), QStringLiteral("No phone numbers assigned"));
        QCOMPARE(phones->text(),
                 QStringLiteral("Assign phone numbers to this trunk for incoming calls."));
        auto *uris = s.find<ui::StateView>("destinationUrisState");
        QVERIFY(uris->isVisible());
        QCOMPARE(uris->title(), QStringLiteral("No destination URIs configured"));
        auto *ips = s.find<ui::StateView>("whitelistedIpsState");
        QVERIFY(ips->isVisible());
        QCOMPARE(ips->title(), QStringLiteral("No whitelisted IPs configured"));
        QVERIFY(s.find<ui::StateView>("credentialsState")->isVisible());
        QVERIFY(!s.find<QTableView>("phoneNumbersTable")->isVisible());
        QCOMPARE(s.find<QLabel>("field_status")->text(), QStringLiteral("Inactive"));
    }

    void backKeepsScrollSortAndFilter() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.extraTrunks = 300;
        Session s(options);
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 306);
        auto *filter = s.find<QLineEdit>("trunkFilterEdit");
        QTest::keyClicks(filter, QStringLiteral("gen_"));
        QCOMPARE(s.table()->model()->rowCount(), 300);
        s.table()->sortByColumn(TrunkListModel::NameColumn, Qt::AscendingOrder);
        const QModelIndex middle = s.table()->model()->index(150, 0);
        s.table()->scrollTo(middle, QAbstractItemView::PositionAtTop);
        s.table()->setCurrentIndex(middle);
        const int scroll = s.table()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QTest::keyClick(s.table(), Qt::Key_Return);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkDetails);
        QTest::keyClick(s.find<QWidget>("trunkDetailsPage"), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(s.window->currentPage(), MainWindow::Page::TrunkList);
        QCOMPARE(filter->text(), QStringLiteral("gen_"));
        QCOMPARE(s.table()->horizontalHeader()->sortIndicatorSection(),
                 int(TrunkListModel::NameColumn));
        QCOMPARE(s.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(s.table()->verticalScrollBar()->value(), scroll);
        QCOMPARE(s.table()->currentIndex().row(), 150);
    }

    void copiesTheSid() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        const QString sid = s.server->trunkSid(QStringLiteral("test_alias3"));
        QGuiApplication::clipboard()->clear();
        s.selectRow(QStringLiteral("test_alias3"));
        QTest::keyClick(s.table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), sid);
        QTest::keyClick(s.table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sip:") + sid);

        s.window->openTrunk(TrunkSid(sid));
        QTRY_COMPARE_WITH_TIMEOUT(s.find<QLabel>("field_name")->text(),
                                  QStringLiteral("test_alias3"), kWait);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(s.find<QAbstractButton>("copySidButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), sid);
        QTest::mouseClick(s.find<QAbstractButton>("copySipUriButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sip:") + sid);
        QTest::mouseClick(s.find<QAbstractButton>("copyDomainButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ameyo5m.pstn.exotel.com"));
    }

    void deletesWithTypedConfirmation() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        // Slow answers so the counting and the "Deleting…" row can be seen.
        s.server->setLatencyMs(150);
        s.selectRow(QStringLiteral("test_alias2"));
        bool answered = false;
        QString countsWhileOpen;
        QString countsWhenSettled;
        whenModalAppears([&](QWidget *modal) {
            auto *confirm = modal->findChild<QLineEdit *>(QStringLiteral("deleteConfirmEdit"));
            auto *button = modal->findChild<QPushButton *>(QStringLiteral("deleteTrunkButton"));
            auto *counts = modal->findChild<QLabel *>(QStringLiteral("deleteConsequencesLabel"));
            QVERIFY(confirm && button && counts);
            countsWhileOpen = counts->text();
            QVERIFY(!button->isEnabled());
            QTest::keyClicks(confirm, QStringLiteral("test_alias"));
            QVERIFY(!button->isEnabled());
            QTest::keyClicks(confirm, QStringLiteral("3"));
            QVERIFY(!button->isEnabled()); // another trunk's name
            QTest::keyClick(confirm, Qt::Key_Backspace);
            QTest::keyClicks(confirm, QStringLiteral("2"));
            QVERIFY(button->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!counts->text().contains(QStringLiteral("Counting")), kWait);
            countsWhenSettled = counts->text();
            QTest::mouseClick(button, Qt::LeftButton);
            answered = true;
        });
        QTest::keyClick(s.table(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
        QVERIFY(countsWhileOpen.contains(QStringLiteral("Counting")));
        QVERIFY2(countsWhenSettled.contains(QStringLiteral("1 phone number,")),
                 qPrintable(countsWhenSettled));
        QVERIFY(countsWhenSettled.contains(QStringLiteral("0 whitelisted IPs")));
        QVERIFY(countsWhenSettled.contains(QStringLiteral("1 destination URI")));
        QVERIFY(countsWhenSettled.contains(QStringLiteral("1 credential")));
        // The row says it is going while the request runs, then leaves.
        const int row = s.rowOf(QStringLiteral("test_alias2"));
        QVERIFY(row >= 0);
        QCOMPARE(s.table()->model()->index(row, 0).data(TrunkListModel::PendingDeleteRole).toBool(),
                 true);
        QTRY_COMPARE_WITH_TIMEOUT(s.rowOf(QStringLiteral("test_alias2")), -1, kWait);
        QCOMPARE(s.table()->model()->rowCount(), 5);
        // The count beside the filter follows the removal: all five shown, not "4 of 5".
        QCOMPARE(s.find<QLabel>("trunkCountLabel")->text(), QStringLiteral("5 trunks"));
        QVERIFY(s.server->trunkSid(QStringLiteral("test_alias2")).isEmpty());
        QCOMPARE(s.server->trunkCount(), 5);
    }

    void cancelledDeleteKeepsTheTrunk() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        s.selectRow(QStringLiteral("test_123"));
        bool answered = false;
        whenModalAppears([&](QWidget *modal) {
            QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("deleteConfirmEdit")),
                             QStringLiteral("test_123"));
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("deleteCancelButton")),
                              Qt::LeftButton);
            answered = true;
        });
        QTest::keyClick(s.table(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTest::qWait(100);
        QCOMPARE(s.server->trunkCount(), 6);
        QVERIFY(s.rowOf(QStringLiteral("test_123")) >= 0);
    }

    void failedDeleteSaysWhy() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        sandbox::Fault refuse;
        refuse.kind = sandbox::Fault::Kind::ServerError;
        refuse.method = QStringLiteral("DELETE");
        refuse.status = 500;
        s.server->addFault(refuse);
        s.selectRow(QStringLiteral("test_alias1"));
        bool answered = false;
        whenModalAppears([&](QWidget *modal) {
            QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("deleteConfirmEdit")),
                             QStringLiteral("test_alias1"));
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("deleteTrunkButton")),
                              Qt::LeftButton);
            answered = true;
        });
        QTest::keyClick(s.table(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(s.find<ui::Banner>("listMessageBanner"), kWait);
        auto *banner = s.find<ui::Banner>("listMessageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWait);
        QVERIFY(banner->text().contains(QStringLiteral("test_alias1")));
        QVERIFY(s.rowOf(QStringLiteral("test_alias1")) >= 0);
        const int row = s.rowOf(QStringLiteral("test_alias1"));
        QCOMPARE(s.table()->model()->index(row, 0).data(TrunkListModel::PendingDeleteRole).toBool(),
                 false);
        QCOMPARE(s.server->trunkCount(), 6);
    }

    void refreshFailureKeepsDataAndRetryRecovers() {
        Session s;
        QVERIFY(s.server);
        WAIT_FOR_TRUNKS(s, 6);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/trunks");
        fault.status = 503;
        fault.times = -1;
        s.server->addFault(fault);
        QTest::keyClick(s.window.get(), Qt::Key_F5);
        // Built the first time a refresh fails.
        QTRY_VERIFY_WITH_TIMEOUT(s.find<ui::Banner>("refreshFailedBanner"), kWait);
        auto *banner = s.find<ui::Banner>("refreshFailedBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWait);
        QVERIFY(banner->text().contains(QStringLiteral("Could not refresh")));
        QCOMPARE(s.table()->model()->rowCount(), 6);
        QVERIFY(s.table()->isVisible());

        s.server->clearFaults();
        QTest::mouseClick(s.find<QPushButton>("refreshRetryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.window->trunkListModel()->state(),
                                  TrunkListModel::State::Loaded, kWait);
        QCOMPARE(s.table()->model()->rowCount(), 6);
    }

    // While pages arrive, the count beside the filter does not claim a total the progress line
    // contradicts; a first load that fails says only that it failed.
    void countsAgreeWithTheProgressAndTheError() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.seedDemoData = false;
        options.extraTrunks = 120;
        options.latencyMs = 200;
        Session s(options, false);
        QVERIFY(s.server);
        // Every time rows arrive, after the page has counted them: while the list is busy the
        // count beside the filter says nothing (the progress line speaks).
        QStringList countsWhileBusy;
        int insertions = 0;
        TrunkListModel *model = s.window->trunkListModel();
        connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
            ++insertions;
            auto *count = s.find<QLabel>("trunkCountLabel");
            if (model->isBusy() && !count->text().isEmpty())
                countsWhileBusy << count->text();
        });
        s.connectWindow();
        WAIT_FOR_TRUNKS(s, 120);
        QVERIFY(insertions > 1); // the list arrived in several pages
        QVERIFY2(countsWhileBusy.isEmpty(), qPrintable(countsWhileBusy.join(QLatin1String(", "))));
        QCOMPARE(s.find<QLabel>("trunkCountLabel")->text(), QStringLiteral("120 trunks"));

        sandbox::SandboxOptions failing = unlimitedSandbox();
        Session f(failing, false);
        QVERIFY(f.server);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::ServerError;
        fault.method = QStringLiteral("GET");
        fault.pathContains = QStringLiteral("/trunks");
        fault.status = 503;
        fault.times = -1;
        f.server->addFault(fault);
        f.connectWindow();
        QTRY_COMPARE_WITH_TIMEOUT(f.window->trunkListModel()->state(), TrunkListModel::State::Error,
                                  kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->trunkListModel()->isBusy(), kWait);
        auto *state = f.find<ui::StateView>("trunkListState");
        QCOMPARE(state->title(), QStringLiteral("Could not load the trunks"));
        QVERIFY(!f.find<QLabel>("listProgressLabel")->isVisibleTo(f.window.get()));
        QVERIFY2(!state->text().contains(QStringLiteral("Loaded")), qPrintable(state->text()));
        QVERIFY(f.find<QLabel>("trunkCountLabel")->text().isEmpty());
    }

    void emptyAccountSaysWhatToDoNext() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.seedDemoData = false;
        Session s(options);
        QVERIFY(s.server);
        auto *state = s.find<ui::StateView>("trunkListState");
        QTRY_COMPARE_WITH_TIMEOUT(s.window->trunkListModel()->state(), TrunkListModel::State::Empty,
                                  kWait);
        QVERIFY(state->isVisible());
        QCOMPARE(state->title(), QStringLiteral("No trunks yet"));
        QVERIFY(state->actionButton()->text().contains(QStringLiteral("Ctrl+N")));
        QSignalSpy create(s.window.get(), &MainWindow::createTrunkRequested);
        QTest::mouseClick(state->actionButton(), Qt::LeftButton);
        QCOMPARE(create.count(), 1);
        QTest::keyClick(s.window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(create.count(), 2);
    }

    void fallsBackAndOpensById() {
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.listTrunksSupported = false;
        Session s(options);
        QVERIFY(s.server);
        auto *state = s.find<ui::StateView>("trunkListState");
        QTRY_COMPARE_WITH_TIMEOUT(s.window->trunkListModel()->state(), TrunkListModel::State::Empty,
                                  kWait);
        QVERIFY(s.window->trunkListModel()->isFallback());
        QVERIFY(state->isVisible());
        QVERIFY(state->title().contains(QStringLiteral("does not list")));
        QVERIFY(state->secondaryButton()->isVisible());

        const QString sid = s.server->trunkSid(QStringLiteral("test_123"));
        bool answered = false;
        whenModalAppears([&](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("openByIdDialog"));
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral("  ") + sid + QStringLiteral(" "));
            QTest::keyClick(edit, Qt::Key_Return);
            answered = true;
        });
        QTest::mouseClick(state->secondaryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.window->currentPage(), MainWindow::Page::TrunkDetails, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.find<QLabel>("field_name")->text(), QStringLiteral("test_123"),
                                  kWait);
        QTRY_VERIFY_WITH_TIMEOUT(s.window->detailsController()->sectionsSettled(), kWait);
        QCOMPARE(s.find<QTableView>("phoneNumbersTable")->model()->rowCount(), 2);
        QVERIFY(s.known->contains(TrunkSid(sid)));

        QTest::mouseClick(s.find<QPushButton>("backButton"), Qt::LeftButton);
        QCOMPARE(s.table()->model()->rowCount(), 1);
        QVERIFY(s.table()->isVisible());
        // A refresh lists it again from the known trunks.
        QTest::keyClick(s.window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!s.window->trunkListModel()->isBusy(), kWait);
        QCOMPARE(s.table()->model()->rowCount(), 1);
    }

    void welcomeWithoutAConnection() {
        MainWindow window;
        window.show();
        QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
        QVERIFY(!window.sandboxBanner()->isVisible());
        QSignalSpy sandbox(&window, &MainWindow::exploreSandboxRequested);
        QSignalSpy account(&window, &MainWindow::addAccountRequested);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("exploreSandboxButton")),
                          Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addAccountButton")),
                          Qt::LeftButton);
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(account.count(), 1);
        QVERIFY(!window.refreshAction()->isEnabled());
    }

    // Before the window is shown the strip's visibility is only recorded (showing a child of a
    // hidden window lays it out twice); it must still follow every change.
    void sandboxStripAndSwitcherFollowTheConnectionBeforeAndAfterShow() {
        MainWindow window;
        ui::ConnectionInfo sandbox;
        sandbox.profileId = QStringLiteral("sandbox");
        sandbox.profileName = QStringLiteral("Sandbox");
        sandbox.sandbox = true;
        ui::ConnectionInfo acme;
        acme.profileId = QStringLiteral("acme");
        acme.profileName = QStringLiteral("Acme <b>Support</b>");
        acme.regionLabel = QStringLiteral("Mumbai");
        window.showConnecting(sandbox);
        QVERIFY(window.sandboxBanner()->isVisibleTo(&window));
        window.showConnecting(acme);
        QVERIFY(!window.sandboxBanner()->isVisibleTo(&window));
        window.showConnecting(sandbox);
        QVERIFY(window.sandboxBanner()->isVisibleTo(&window));
        auto *switcher = new QLabel(QStringLiteral("switcher"));
        window.setProfileSwitcher(switcher);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::Page::TrunkList);
        QVERIFY(window.sandboxBanner()->isVisible());
        QVERIFY(switcher->isVisible());
        window.showConnecting(acme);
        QVERIFY(!window.sandboxBanner()->isVisible());
        // Profile names are shown as written, never as markup.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileLabel"))->text(),
                 QStringLiteral("Profile: Acme <b>Support</b>"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileLabel"))->textFormat(),
                 Qt::PlainText);
        window.showConnecting(sandbox);
        QVERIFY(window.sandboxBanner()->isVisible());
        window.setProfileSwitcher(nullptr);
        QTRY_VERIFY(
            !window.findChild<QWidget *>(QStringLiteral("profileSwitcherSlot"))->isVisible());
    }

    void switchingConnectionsCancelsTheOldOne() {
        sandbox::SandboxOptions slow = unlimitedSandbox();
        slow.latencyMs = 2000;
        Session s(slow);
        QVERIFY(s.server);
        QTRY_VERIFY_WITH_TIMEOUT(s.client->pendingCount() > 0, kWait);
        auto other = startSandbox(unlimitedSandbox());
        QVERIFY(other);
        auto otherClient = fastClientFor(*other);
        KnownTrunksStore known(QStringLiteral("other"), KnownTrunksStore::Persistence::MemoryOnly);
        ui::ConnectionInfo info;
        info.profileId = QStringLiteral("other");
        info.profileName = QStringLiteral("Other account");
        info.regionLabel = QStringLiteral("Mumbai");
        s.window->setConnection(otherClient.get(), &known, info);
        QCOMPARE(s.client->pendingCount(), 0);
        QVERIFY(!s.window->sandboxBanner()->isVisible());
        QVERIFY(s.find<QLabel>("profileLabel")->text().contains(QStringLiteral("Other account")));
        QVERIFY(s.find<QLabel>("regionLabel")->text().contains(QStringLiteral("Mumbai")));
        WAIT_FOR_TRUNKS(s, 6);
        s.window->clearConnection();
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
