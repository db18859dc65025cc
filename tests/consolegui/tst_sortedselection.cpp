// Every action driven by a selection acts on the row the user sees, whatever the table's sort.
// The whole console runs on its sandbox; each case sorts a table ascending or descending by a
// column whose order differs from the order the sandbox listed the items in, selects the first
// visible row with the mouse, runs the action through its button, key or menu, and checks the id
// the sandbox received in its request log.
#include "consoletestkit.h"
#include "editing/rotatecredentialdialog.h"
#include "editing/secretclipboard.h"
#include "trunkdetailsmodels.h"
#include "waiting.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::testing;
using Page = RotateCredentialDialog::Page;

namespace {

// Listed by the sandbox in this order; sorted, the first row is never the first listed.
const QStringList kNumberSuffixes = {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3")};
const QStringList kUserNames = {QStringLiteral("mid_user"), QStringLiteral("alpha_user"),
                                QStringLiteral("zulu_user")};
const QString kCredentialsPath = QStringLiteral("/credentials");

} // namespace

class SortedSelectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void changeModeActsOnTheFirstVisibleNumber_data() { sortOrders(); }
    void changeModeActsOnTheFirstVisibleNumber();
    void deleteCredentialActsOnTheFirstVisibleCredential_data() { sortOrders(); }
    void deleteCredentialActsOnTheFirstVisibleCredential();
    void rotationPreselectsTheFirstVisibleCredential_data() { sortOrders(); }
    void rotationPreselectsTheFirstVisibleCredential();
    void rotationDialogActsOnTheClickedCredential_data() { sortOrders(); }
    void rotationDialogActsOnTheClickedCredential();
    void aReloadedSectionLeavesNothingToActOn();
    void trunkListActsOnTheFirstVisibleTrunk_data();
    void trunkListActsOnTheFirstVisibleTrunk();

private:
    ui::MainWindow &window() { return m_console->window(); }
    sandbox::SandboxServer &server() { return *m_console->sandboxServer(); }
    static void sortOrders();
    // A new trunk with three numbers and three credentials (in kNumberSuffixes / kUserNames
    // order), opened on the details page; empty when it could not be made (the test failed).
    TrunkSid openSeededTrunk();
    // Sorts `table` by `column` in `order` and clicks its first visible row; returns the text of
    // that row's cell in `column`.
    QString clickFirstRowSortedBy(QTableView *table, int column, Qt::SortOrder order);
    // The ids the sandbox received in `method` requests to `collection`, from the query
    // (".../credentials?id=7", "/trunks?trunk_sid=…") or else the last path segment
    // (".../phone-numbers/7").
    QStringList idsSent(const QString &method, const QString &collection,
                        const QString &queryKey = QStringLiteral("id")) const;
    static bool enabled(QObject *parent, const char *button) {
        auto *b = visibleChild<QAbstractButton>(parent, button);
        return b && b->isEnabled();
    }
    template <typename D = QDialog> D *openFromButton(const char *button, const char *dialog);

    std::unique_ptr<Console> m_console;
    int m_seeded = 0;
};

void SortedSelectionTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    QVERIFY(m_console->sandboxServer());
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_COMPARE_WITH_TIMEOUT(window().trunkListModel()->rowCount(), 6, kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    SecretClipboard::setClearDelay(std::chrono::milliseconds(60000));
}

void SortedSelectionTest::cleanupTestCase() {
    m_console.reset();
}

// A case that failed half-way leaves no dialog open for the next one.
void SortedSelectionTest::cleanup() {
    for (QDialog *dialog : window().findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
}

void SortedSelectionTest::sortOrders() {
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("expectedIndex"); // into kNumberSuffixes / kUserNames
    QTest::newRow("ascending") << Qt::AscendingOrder << 1;
    QTest::newRow("descending") << Qt::DescendingOrder << 2;
}

TrunkSid SortedSelectionTest::openSeededTrunk() {
    const int n = ++m_seeded;
    const QString name = QStringLiteral("sorted_%1").arg(n);
    if (!seedTrunks(server(), {name})) {
        QTest::qFail("could not create the trunk", __FILE__, __LINE__);
        return {};
    }
    const TrunkSid sid(server().trunkSid(name));
    ExotelClient client(clientConfigFor(server()));
    for (const QString &suffix : kNumberSuffixes) {
        NewPhoneNumber number;
        number.number =
            QStringLiteral("+919876500%1%2").arg(n, 2, 10, QLatin1Char('0')).arg(suffix);
        const auto r =
            awaitApi<PhoneNumber>([&](QObject *ctx, ExotelClient::Callback<PhoneNumber> d) {
                client.mapPhoneNumber(sid, number, ctx, d);
            });
        if (!r.isOk()) {
            QTest::qFail(qPrintable(r.error().technicalDetails()), __FILE__, __LINE__);
            return {};
        }
    }
    for (const QString &user : kUserNames) {
        NewCredential credential;
        credential.userName = user;
        credential.password = QStringLiteral("Sorted7selection-%1-Secret9").arg(user);
        const auto r =
            awaitApi<Credential>([&](QObject *ctx, ExotelClient::Callback<Credential> d) {
                client.createCredential(sid, credential, ctx, d);
            });
        if (!r.isOk()) {
            QTest::qFail(qPrintable(r.error().technicalDetails()), __FILE__, __LINE__);
            return {};
        }
    }
    window().openTrunk(sid);
    if (!waitOrFail([this] { return window().detailsController()->sectionsSettled(); },
                    kConsoleWaitMs, "the details page"))
        return {};
    // The sections list the items as the sandbox did: sorted, the first row is another one.
    QStringList users;
    for (const Credential &c : window().detailsController()->credentials()->items())
        users << c.userName;
    if (users != kUserNames) {
        QTest::qFail(qPrintable(users.join(u' ')), __FILE__, __LINE__);
        return {};
    }
    return sid;
}

QString SortedSelectionTest::clickFirstRowSortedBy(QTableView *table, int column,
                                                   Qt::SortOrder order) {
    table->sortByColumn(column, order);
    const QModelIndex first = table->model()->index(0, column);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    return table->currentIndex().row() == 0 ? first.data().toString() : QString();
}

QStringList SortedSelectionTest::idsSent(const QString &method, const QString &collection,
                                         const QString &queryKey) const {
    QStringList ids;
    for (const sandbox::LoggedRequest &r : m_console->sandboxServer()->requestLog()) {
        if (r.method != method || !r.path.contains(collection))
            continue;
        const QUrl url(r.path);
        const QString byQuery = QUrlQuery(url).queryItemValue(queryKey);
        ids << (byQuery.isEmpty() ? url.path().section(QLatin1Char('/'), -1) : byQuery);
    }
    return ids;
}

template <typename D> D *SortedSelectionTest::openFromButton(const char *button, const char *name) {
    if (!clickButton(&window(), button)) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 is missing or disabled").arg(QLatin1String(button))),
            __FILE__, __LINE__);
        return nullptr;
    }
    D *dialog = nullptr;
    waitOrFail([&] { return (dialog = visibleChild<D>(&window(), name)) != nullptr; },
               kConsoleWaitMs, name);
    return dialog;
}

void SortedSelectionTest::changeModeActsOnTheFirstVisibleNumber() {
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, expectedIndex);
    const TrunkSid sid = openSeededTrunk();
    QVERIFY(!sid.isEmpty());
    const QList<PhoneNumber> listed = window().detailsController()->phoneNumbers()->items();
    QCOMPARE(listed.size(), 3);
    const PhoneNumber expected = listed.at(expectedIndex);
    QVERIFY(expected.number.endsWith(kNumberSuffixes.at(expectedIndex)));

    auto *table = visibleChild<QTableView>(&window(), "phoneNumbersTable");
    QVERIFY(table);
    QCOMPARE(clickFirstRowSortedBy(table, PhoneNumbersModel::NumberColumn, order), expected.number);
    server().clearRequestLog();
    QPointer<QDialog> dialog = openFromButton("changeModeActionButton", "changeModeDialog");
    QVERIFY(dialog);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QCOMPARE(idsSent(QStringLiteral("PUT"), QStringLiteral("/phone-numbers")),
             QStringList{expected.id.value()});
}

void SortedSelectionTest::deleteCredentialActsOnTheFirstVisibleCredential() {
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, expectedIndex);
    const TrunkSid sid = openSeededTrunk();
    QVERIFY(!sid.isEmpty());
    const Credential expected =
        window().detailsController()->credentials()->items().at(expectedIndex);

    auto *table = visibleChild<QTableView>(&window(), "credentialsTable");
    QVERIFY(table);
    QCOMPARE(clickFirstRowSortedBy(table, CredentialsModel::UserNameColumn, order),
             expected.userName);
    server().clearRequestLog();
    QPointer<QDialog> dialog =
        openFromButton("deleteCredentialActionButton", "deleteCredentialDialog");
    QVERIFY(dialog);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kConsoleWaitMs);
    QCOMPARE(idsSent(QStringLiteral("DELETE"), QStringLiteral("/credentials")),
             QStringList{expected.id.value()});
}

void SortedSelectionTest::rotationPreselectsTheFirstVisibleCredential() {
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, expectedIndex);
    const TrunkSid sid = openSeededTrunk();
    QVERIFY(!sid.isEmpty());
    const Credential expected =
        window().detailsController()->credentials()->items().at(expectedIndex);

    auto *table = visibleChild<QTableView>(&window(), "credentialsTable");
    QVERIFY(table);
    QCOMPARE(clickFirstRowSortedBy(table, CredentialsModel::UserNameColumn, order),
             expected.userName);
    server().clearRequestLog();
    QPointer<RotateCredentialDialog> dialog = openFromButton<RotateCredentialDialog>(
        "rotateCredentialActionButton", "rotateCredentialDialog");
    QVERIFY(dialog);
    // Nothing else is chosen in the dialog: the old credential is the preselected one.
    QTRY_VERIFY_WITH_TIMEOUT(enabled(dialog, "createButton"), kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, kConsoleWaitMs);
    QCOMPARE(idsSent(QStringLiteral("DELETE"), QStringLiteral("/credentials")),
             QStringList{expected.id.value()});
    QVERIFY(clickButton(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
}

// The dialog's own list: the credential clicked there is the one replaced, whatever the list's
// order (sorted here as a list that sorts would be).
void SortedSelectionTest::rotationDialogActsOnTheClickedCredential() {
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, expectedIndex);
    const TrunkSid sid = openSeededTrunk();
    QVERIFY(!sid.isEmpty());
    const Credential expected =
        window().detailsController()->credentials()->items().at(expectedIndex);
    server().clearRequestLog();
    QPointer<RotateCredentialDialog> dialog = openFromButton<RotateCredentialDialog>(
        "rotateCredentialActionButton", "rotateCredentialDialog");
    QVERIFY(dialog);
    QListWidget *list = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((list = visibleChild<QListWidget>(dialog, "credentialList")) &&
                                 list->count() == 3,
                             kConsoleWaitMs);
    QVERIFY(!list->currentItem()); // three to choose from, none selected in the table
    list->sortItems(order);
    QListWidgetItem *first = list->item(0);
    QVERIFY(first->text().startsWith(expected.userName));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
    QCOMPARE(list->currentItem(), first);
    QTRY_VERIFY_WITH_TIMEOUT(enabled(dialog, "createButton"), kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::HandOffPage, kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "peerUpdatedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), Page::DonePage, kConsoleWaitMs);
    QCOMPARE(idsSent(QStringLiteral("DELETE"), QStringLiteral("/credentials")),
             QStringList{expected.id.value()});
    QVERIFY(clickButton(dialog, "closeButton"));
    QTRY_VERIFY(dialog.isNull());
}

void SortedSelectionTest::aReloadedSectionLeavesNothingToActOn() {
    const TrunkSid sid = openSeededTrunk();
    QVERIFY(!sid.isEmpty());
    auto *numbers = visibleChild<QTableView>(&window(), "phoneNumbersTable");
    auto *credentials = visibleChild<QTableView>(&window(), "credentialsTable");
    QVERIFY(numbers && credentials);
    QVERIFY(!clickFirstRowSortedBy(numbers, PhoneNumbersModel::NumberColumn, Qt::DescendingOrder)
                 .isEmpty());
    QVERIFY(
        !clickFirstRowSortedBy(credentials, CredentialsModel::UserNameColumn, Qt::DescendingOrder)
             .isEmpty());
    auto *changeMode = visibleChild<QToolButton>(&window(), "changeModeActionButton");
    auto *deleteCredential = visibleChild<QToolButton>(&window(), "deleteCredentialActionButton");
    QVERIFY(changeMode && deleteCredential);
    QVERIFY(changeMode->isEnabled());
    QVERIFY(deleteCredential->isEnabled());

    // F5 on the details page loads every section again: the rows shown are new ones and none
    // is selected, so no action may still hold the one selected before.
    server().clearRequestLog();
    window().refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(server(), QStringLiteral("GET"), kCredentialsPath) > 0,
                             kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(credentials->model()->rowCount(), 3, kConsoleWaitMs);
    QVERIFY(!numbers->currentIndex().isValid());
    QVERIFY(!credentials->currentIndex().isValid());
    QVERIFY(!changeMode->isEnabled());
    QVERIFY(!deleteCredential->isEnabled());
}

void SortedSelectionTest::trunkListActsOnTheFirstVisibleTrunk_data() {
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("action");
    for (const char *action : {"enter", "copySid", "copySip", "contextCopySid", "deleteKey"}) {
        QTest::addRow("ascending, %s", action) << Qt::AscendingOrder << QString::fromLatin1(action);
        QTest::addRow("descending, %s", action)
            << Qt::DescendingOrder << QString::fromLatin1(action);
    }
}

void SortedSelectionTest::trunkListActsOnTheFirstVisibleTrunk() {
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, action);
    window().showTrunkList();
    window().refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    // The first name in the wanted order, from the list model itself (not its sorted view).
    const TrunkListModel *model = window().trunkListModel();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(TrunkListModel::NameRole).toString();
    QVERIFY(names.size() >= 3);
    QStringList sorted = names;
    sorted.sort();
    const QString expectedName = order == Qt::AscendingOrder ? sorted.first() : sorted.last();
    QVERIFY2(names.indexOf(expectedName) != 0, "the sort must move another trunk first");
    const QString expectedSid = server().trunkSid(expectedName);
    QVERIFY(!expectedSid.isEmpty());

    auto *table = visibleChild<QTableView>(&window(), "trunkTable");
    QVERIFY(table);
    // The list's shortcuts belong to the table: it needs the focus, in the active window (a
    // dialog of an earlier case may have been the active one).
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->sortByColumn(TrunkListModel::NameColumn, order);
    const QRect firstRow = table->visualRect(table->model()->index(0, TrunkListModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, firstRow.center());
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().data(TrunkListModel::NameRole).toString(), expectedName);
    server().clearRequestLog();
    QGuiApplication::clipboard()->clear();

    if (action == QLatin1String("enter")) {
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window().currentPage(), ui::MainWindow::Page::TrunkDetails);
        QCOMPARE(window().detailsController()->trunkSid().value(), expectedSid);
        QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
        QVERIFY(countRequests(server(), QStringLiteral("GET"),
                              QStringLiteral("/trunks/") + expectedSid) > 0);
        QCOMPARE(countRequests(server(), QStringLiteral("GET"), QStringLiteral("/trunks/")),
                 countRequests(server(), QStringLiteral("GET"),
                               QStringLiteral("/trunks/") + expectedSid));
    } else if (action == QLatin1String("copySid")) {
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedSid);
    } else if (action == QLatin1String("copySip")) {
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sip:") + expectedSid);
    } else if (action == QLatin1String("contextCopySid")) {
        // The menu runs its own event loop; a timer answers it. Shared: the timer may outlive this
        // function if no menu opens.
        auto triggered = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [triggered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu || menu->objectName() != QLatin1String("trunkContextMenu"))
                return;
            for (QAction *a : menu->actions()) {
                if (a->objectName() == QLatin1String("copyTrunkSidAction")) {
                    a->trigger();
                    *triggered = true;
                }
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, firstRow.center(),
                                table->viewport()->mapToGlobal(firstRow.center()));
        QApplication::sendEvent(table->viewport(), &event);
        QVERIFY(*triggered);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedSid);
    } else {
        QTest::keyClick(table, Qt::Key_Delete);
        QPointer<QDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<QDialog>(&window(), "deleteTrunkDialog")),
                                 kConsoleWaitMs);
        auto *confirm = visibleChild<QLineEdit>(dialog, "deleteConfirmEdit");
        QVERIFY(confirm);
        QTest::keyClicks(confirm, expectedName);
        QTRY_VERIFY_WITH_TIMEOUT(enabled(dialog, "deleteTrunkButton"), kConsoleWaitMs);
        QVERIFY(clickButton(dialog, "deleteTrunkButton"));
        QTRY_VERIFY_WITH_TIMEOUT(server().trunkSid(expectedName).isEmpty(), kConsoleWaitMs);
        QCOMPARE(idsSent(QStringLiteral("DELETE"), QStringLiteral("/trunks"),
                         QStringLiteral("trunk_sid")),
                 QStringList{expectedSid});
    }
}

int main(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sortedselection"));
    SortedSelectionTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sortedselection.moc"
