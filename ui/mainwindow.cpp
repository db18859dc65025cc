// Over ~600 lines (634): the window's construction, pages, connection and actions. The account
// switch (mainwindowswitch.cpp) and the plain-HTTP banner (mainwindowplainhttp.cpp) are already
// apart; the next split is the menu and toolbar construction into mainwindowactions.cpp.
#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "about/keyboardshortcutsdialog.h"
#include "editing/allowipdialog.h"
#include "editing/trunkeditactions.h"
#include "trunkdetails/readinesspanel.h"
#include "trunkdetails/sectionwidget.h"

#include "api/exotelclient.h"
#include "common/banner.h"
#include "common/stateview.h"
#include "datetimetext.h"
#include "knowntrunksstore.h"
#include "trunkdetails/trunkdetailspage.h"
#include "trunkdetailsmodels.h"
#include "trunklist/deletetrunkdialog.h"
#include "trunklist/trunklistpage.h"
#include "trunklistmodel.h"
#include "welcome/welcomepage.h"
#include "workflows/aliashistory.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "exotrunk.ui")

namespace exotrunk::ui {

namespace {
// The API cannot read a caller-ID alias back: the page shows the last one this console set,
// and when.
QString lastAliasText(const QString &profileId, const TrunkSid &sid) {
    const std::optional<AliasRecord> alias = AliasHistory::last(profileId, sid);
    if (!alias)
        return {};
    return MainWindow::tr("%1 (set by this console on %2)")
        .arg(alias->alias, dateTimeText(alias->setAt));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_listModel(new TrunkListModel(this))
    , m_details(new TrunkDetailsController(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Exotrunk Console"));
    // A 10,000-trunk account in 50 requests instead of 200: inside the rate limit.
    m_listModel->setPageSize(TrunkListModel::LargePageSize);

    // --- actions ---
    m_refreshAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the trunks again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_createAction =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Create Trunk…"), this);
    m_createAction->setObjectName(QStringLiteral("createTrunkAction"));
    m_createAction->setShortcut(QKeySequence::New);
    m_createAction->setToolTip(tr("Create a trunk with the form (Ctrl+N)"));
    connect(m_createAction, &QAction::triggered, this, &MainWindow::createTrunkRequested);

    m_guidedSetupAction =
        new QAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), tr("Guided Setup…"), this);
    m_guidedSetupAction->setObjectName(QStringLiteral("guidedSetupAction"));
    m_guidedSetupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_guidedSetupAction->setToolTip(
        tr("Create a trunk step by step for a use case (Ctrl+Shift+N)"));
    connect(m_guidedSetupAction, &QAction::triggered, this, &MainWindow::guidedSetupRequested);

    m_openByIdAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                   tr("Open Trunk by ID…"), this);
    m_openByIdAction->setObjectName(QStringLiteral("openByIdAction"));
    m_openByIdAction->setShortcut(QKeySequence::Open);
    m_openByIdAction->setToolTip(tr("Open a trunk by its trunk SID (Ctrl+O)"));
    connect(m_openByIdAction, &QAction::triggered, this, &MainWindow::openTrunkByIdPrompt);

    m_findAction = new QAction(tr("Find Trunk"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Welcome)
            return;
        showTrunkList();
        m_listPage->focusFilter();
    });
    addAction(m_findAction);

    m_addAccountAction = new QAction(tr("Add Exotel Account…"), this);
    m_addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);
    m_manageAccountsAction = new QAction(tr("Manage Accounts…"), this);
    m_manageAccountsAction->setObjectName(QStringLiteral("manageAccountsAction"));
    connect(m_manageAccountsAction, &QAction::triggered, this,
            &MainWindow::manageAccountsRequested);
    m_welcomeAction = new QAction(tr("Welcome Screen"), this);
    m_welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    connect(m_welcomeAction, &QAction::triggered, this, [this] { showWelcome(); });

    auto *quit = new QAction(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // --- menus ---
    QMenu *file = menuBar()->addMenu(tr("&Console"));
    file->addAction(m_addAccountAction);
    file->addAction(m_manageAccountsAction);
    file->addSeparator();
    file->addAction(m_welcomeAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *trunks = menuBar()->addMenu(tr("&Trunks"));
    trunks->addAction(m_createAction);
    trunks->addAction(m_guidedSetupAction);
    trunks->addAction(m_openByIdAction);
    trunks->addAction(m_refreshAction);
    trunks->addAction(m_findAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, [this] {
        KeyboardShortcutsDialog dialog(KeyboardShortcutsDialog::actionsOf(this), this);
        dialog.exec();
    });
    QAction *about = help->addAction(tr("&About Exotrunk Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    // --- toolbar ---
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_createAction);
    m_toolBar->addAction(m_guidedSetupAction);
    m_toolBar->addAction(m_openByIdAction);
    for (QAction *action :
         {m_refreshAction, m_createAction, m_guidedSetupAction, m_openByIdAction}) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_profileLabel = new QLabel(m_toolBar);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_regionLabel = new QLabel(m_toolBar);
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_profileLabel->setTextFormat(Qt::PlainText); // profile names are the user's words
    m_regionLabel->setTextFormat(Qt::PlainText);
    auto *connectionBox = new QWidget(m_toolBar);
    auto *connectionLayout = new QHBoxLayout(connectionBox);
    connectionLayout->setContentsMargins(6, 0, 6, 0);
    connectionLayout->setSpacing(10);
    connectionLayout->addWidget(m_profileLabel);
    connectionLayout->addWidget(m_regionLabel);
    m_toolBar->addWidget(connectionBox);

    // Where the accounts' profile switcher goes (setProfileSwitcher).
    m_switcherSlot = new QWidget(m_toolBar);
    m_switcherSlot->setObjectName(QStringLiteral("profileSwitcherSlot"));
    auto *slotLayout = new QHBoxLayout(m_switcherSlot);
    slotLayout->setContentsMargins(0, 0, 4, 0);
    // A toolbar shows and hides its widgets through their actions.
    m_switcherAction = m_toolBar->addWidget(m_switcherSlot);
    m_switcherAction->setVisible(false);

    // --- central area ---
    m_sandboxBanner = new Banner(Banner::Kind::Sandbox);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setTitle(tr("Sandbox"));
    m_sandboxBanner->setText(tr("Changes here never reach Exotel."));
    QPushButton *addAccount = m_sandboxBanner->addButton(tr("Add Your Exotel Account…"),
                                                         QStringLiteral("sandboxAddAccountButton"));
    addAccount->setToolTip(tr("Connect the console to a real Exotel account"));
    connect(addAccount, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    // Not hidden here (applySandboxBanner): without a connection the window hides it when shown.

    // Only the list is built now: the window opens on it (or on the welcome page, built when
    // shown); the details page and its sections wait for the first trunk opened. Start-up
    // to first paint is a goal of its own (tests/benchmarks/bench_startup).
    m_listPage = new TrunkListPage(m_listModel);
    m_welcomeSlot = new QWidget;
    m_welcomeSlot->setObjectName(QStringLiteral("welcomeSlot"));

    // The list is the stack's first page, current from the start, so no page is switched
    // before the window is shown. Until a page is chosen the window counts as on the welcome
    // page, and opens on it if none is chosen by then (setVisible). A widget shown before its
    // window lays itself out at once, at a size it will not keep, and again when the window is
    // shown: the stack shows the first page it is given, so the page's layout is held off
    // while it is added.
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_listPage->layout()->setEnabled(false);
    m_pages->addWidget(m_listPage);
    m_listPage->layout()->setEnabled(true);
    m_pages->addWidget(m_welcomeSlot);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sandboxBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    // --- wiring ---
    connect(m_listPage, &TrunkListPage::openRequested, this, &MainWindow::openTrunk);
    connect(m_listPage, &TrunkListPage::deleteRequested, this, &MainWindow::confirmDelete);
    connect(m_listPage, &TrunkListPage::createRequested, this, &MainWindow::createTrunkRequested);
    connect(m_listPage, &TrunkListPage::openByIdRequested, this, &MainWindow::openTrunkByIdPrompt);
    connect(m_listPage, &TrunkListPage::refreshRequested, this, &MainWindow::refresh);

    // Messages name a trunk as "name (SID)"; the row of a deleted trunk is gone by the time the
    // answer comes, so its name is taken when the delete is confirmed.
    connect(m_listModel, &TrunkListModel::deleteFinished, this,
            [this](const TrunkSid &sid, bool ok, const QString &message) {
                const QString named = m_deletingTrunks.take(sid.value());
                const std::optional<Trunk> listed = m_listModel->trunk(sid);
                const QString trunk =
                    listed ? listed->nameAndSid() : (named.isEmpty() ? sid.value() : named);
                if (ok) {
                    statusBar()->showMessage(tr("Trunk %1 deleted.").arg(trunk), 8000);
                    if (m_details->trunkSid() == sid && currentPage() == Page::TrunkDetails)
                        showTrunkList();
                    return;
                }
                m_listPage->showMessage(tr("Could not delete the trunk %1: %2").arg(trunk, message),
                                        true);
            });
    connect(m_listModel, &TrunkListModel::trunkOpened, this, &MainWindow::openTrunk);
    connect(m_listModel, &TrunkListModel::openFailed, this,
            [this](const TrunkSid &sid, const QString &message) {
                showTrunkList();
                // Opened by its ID: the name is known only if the trunk is listed.
                const std::optional<Trunk> listed = m_listModel->trunk(sid);
                m_listPage->showMessage(
                    tr("Could not open the trunk %1: %2")
                        .arg(listed ? listed->nameAndSid() : sid.value(), message),
                    true);
            });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    resize(1280, 800);
    updateConnectionLabels();
    updateActions();
}

MainWindow::~MainWindow() = default;

TrunkDetailsPage *MainWindow::detailsPage() const {
    return const_cast<MainWindow *>(this)->ensureDetailsPage();
}

WelcomePage *MainWindow::welcomePage() const {
    return const_cast<MainWindow *>(this)->ensureWelcomePage();
}

TrunkDetailsPage *MainWindow::ensureDetailsPage() {
    if (m_detailsPage)
        return m_detailsPage;
    m_detailsPage = new TrunkDetailsPage(m_details);
    m_pages->addWidget(m_detailsPage);
    connect(m_detailsPage, &TrunkDetailsPage::backRequested, this, &MainWindow::showTrunkList);
    connect(m_detailsPage, &TrunkDetailsPage::deleteRequested, this, &MainWindow::confirmDelete);
    // A readiness finding's "Fix…" opens the edit action that fixes it.
    connect(m_detailsPage, &TrunkDetailsPage::fixRequested, this,
            [this](FixKind kind, const QStringList &subjects) {
                QAction *action = m_editActions ? fixActionFor(*m_editActions, kind) : nullptr;
                if (!action)
                    return;
                action->trigger();
                // The finding names the address to whitelist: the dialog starts with it.
                auto *allowIp = qobject_cast<AllowIpDialog *>(m_editActions->currentDialog());
                if (allowIp && !subjects.isEmpty() && !subjects.first().isEmpty())
                    allowIp->setIp(subjects.first());
            });
    connect(m_detailsPage, &TrunkDetailsPage::finishSetupRequested, this,
            &MainWindow::finishSetupRequested);
    // What the readiness panel found is what the list's Readiness column shows.
    connect(m_detailsPage->readinessPanel(), &ReadinessPanel::evaluated, m_listModel->readiness(),
            &ReadinessCache::record);
    connect(m_detailsPage->readinessPanel(), &ReadinessPanel::accountBoundDialogOpened, this,
            &MainWindow::bindToConnection);
    return m_detailsPage;
}

WelcomePage *MainWindow::ensureWelcomePage() {
    if (m_welcomePage)
        return m_welcomePage;
    m_welcomePage = new WelcomePage;
    connect(m_welcomePage, &WelcomePage::addAccountRequested, this,
            &MainWindow::addAccountRequested);
    connect(m_welcomePage, &WelcomePage::exploreSandboxRequested, this,
            &MainWindow::exploreSandboxRequested);
    const bool slotShown = m_pages->currentWidget() == m_welcomeSlot;
    m_pages->insertWidget(m_pages->indexOf(m_welcomeSlot), m_welcomePage);
    if (slotShown)
        m_pages->setCurrentWidget(m_welcomePage);
    m_pages->removeWidget(m_welcomeSlot);
    delete m_welcomeSlot;
    m_welcomeSlot = nullptr;
    return m_welcomePage;
}

void MainWindow::setVisible(bool visible) {
    if (visible && !isVisible()) {
        if (!m_pageChosen)
            showWelcome();
        applySandboxBanner();
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::applySandboxBanner() {
    // Left alone while the window, not yet shown, would show it anyway: a child shown
    // explicitly before its window lays itself out at once, at a size it will not keep, and
    // again when the window is shown. Hiding costs nothing.
    if (m_info.sandbox && !isVisible() && !m_sandboxBanner->isHidden())
        return;
    m_sandboxBanner->setVisible(m_info.sandbox);
}

void MainWindow::showEvent(QShowEvent *event) {
    // Shown without a connection on the way: the welcome page it stood in for is needed now.
    if (m_welcomeSlot && m_pages->currentWidget() == m_welcomeSlot)
        ensureWelcomePage();
    QMainWindow::showEvent(event);
}

ExotelClient *MainWindow::client() const {
    return m_client.data();
}

void MainWindow::setConnection(ExotelClient *client, KnownTrunksStore *known,
                               const ConnectionInfo &info) {
    // Before the old client is let go: its dialogs may still use it while they close.
    if (m_client != client)
        closeAccountBoundWindows();
    if (m_client && m_client != client)
        m_client->cancelAll();
    m_client = client;
    m_known = known;
    m_info = info;
    qCInfo(lcUi) << "connected to profile" << info.profileId << (info.sandbox ? "(sandbox)" : "");
    m_details->setClient(client);
    m_listModel->setClient(client, known);
    m_deletingTrunks.clear();
    applySandboxBanner();
    applyPlainHttpBanner();
    m_listPage->filterEdit()->clear();
    m_listPage->hideMessage();
    updateConnectionLabels();
    if (client) {
        if (client->config().baseUrl.isValid() && !info.sandbox)
            m_regionLabel->setToolTip(client->config().baseUrl.toString());
        disconnect(m_rateLimitConnection);
        m_rateLimitConnection =
            connect(client, &ExotelClient::rateLimited, this, [this](qint64 waitMs) {
                statusBar()->showMessage(
                    tr("Exotel asked to slow down; continuing in %1 s…").arg((waitMs + 999) / 1000),
                    static_cast<int>(waitMs) + 1000);
            });
        showTrunkList();
        m_listModel->refresh();
    } else {
        showWelcome();
    }
}

void MainWindow::clearConnection() {
    setConnection(nullptr, nullptr, {});
}

void MainWindow::updateConnectionInfo(const ConnectionInfo &info) {
    if (info.profileId != m_info.profileId)
        return;
    m_info = info;
    updateConnectionLabels();
}

void MainWindow::showConnecting(const ConnectionInfo &info) {
    m_info = info;
    applySandboxBanner();
    m_profileLabel->setText(tr("Profile: %1").arg(info.profileName));
    m_regionLabel->setText(tr("Region: %1").arg(info.regionLabel));
    setWindowTitle(tr("%1 — Exotrunk Console").arg(info.profileName));
    showTrunkList();
    m_listPage->stateView()->showLoading(info.sandbox ? tr("Starting the sandbox…")
                                                      : tr("Connecting…"));
}

void MainWindow::setProfileSwitcher(QWidget *switcher) {
    auto *layout = static_cast<QHBoxLayout *>(m_switcherSlot->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    if (switcher) {
        switcher->setParent(m_switcherSlot);
        layout->addWidget(switcher);
    }
    m_switcherAction->setVisible(switcher != nullptr);
}

MainWindow::Page MainWindow::currentPage() const {
    if (!m_pageChosen)
        return Page::Welcome;
    if (m_pages->currentWidget() == m_listPage)
        return Page::TrunkList;
    if (m_detailsPage && m_pages->currentWidget() == m_detailsPage)
        return Page::TrunkDetails;
    return Page::Welcome;
}

void MainWindow::showWelcome(const QString &note) {
    m_pageChosen = true;
    if (!m_welcomePage) {
        // Nothing to show yet: the slot stands in until the window is shown or the page asked
        // for, so a window that connects before it is shown never builds it.
        if (note.isEmpty() && !isVisible()) {
            m_pages->setCurrentWidget(m_welcomeSlot);
            updateActions();
            return;
        }
        ensureWelcomePage();
    }
    m_welcomePage->setNote(note);
    m_pages->setCurrentWidget(m_welcomePage);
    updateActions();
}

void MainWindow::showTrunkList() {
    const bool fromDetails = currentPage() == Page::TrunkDetails;
    m_pageChosen = true;
    m_pages->setCurrentWidget(m_listPage);
    if (fromDetails) {
        // The row we came from stays current; scroll position, sort and filter are untouched
        // because the page was only hidden.
        m_details->cancel();
        m_listPage->focusTable();
    }
    updateActions();
}

void MainWindow::openTrunk(const TrunkSid &sid) {
    if (sid.isEmpty() || !m_client)
        return;
    qCDebug(lcUi) << "opening trunk" << sid.value();
    // The row we have is shown at once; the page still asks for the current state.
    m_details->load(sid, m_listModel->trunk(sid));
    ensureDetailsPage();
    m_detailsPage->setAlias(lastAliasText(m_info.profileId, sid));
    m_detailsPage->setProfileId(m_info.profileId);
    installEditActions(sid);
    m_pageChosen = true;
    m_pages->setCurrentWidget(m_detailsPage);
    m_detailsPage->setFocus(Qt::OtherFocusReason);
    updateActions();
    emit trunkOpened(sid);
}

// Each section's toolbar gets the edit actions of the opened trunk; a change reloads only the
// section it touched.
void MainWindow::installEditActions(const TrunkSid &sid) {
    m_detailsPage->setEditActions(nullptr);
    delete m_editActions.data();
    ensureDetailsPage();
    m_editActions = new TrunkEditActions(m_client, sid, m_info.profileId, this);
    connect(m_editActions, &TrunkEditActions::dialogOpened, this, &MainWindow::bindToConnection);
    // Dialogs name the trunk as "name (SID)" once its name is known.
    auto nameTrunk = [this, actions = m_editActions.data()] {
        if (const std::optional<Trunk> trunk = m_details->trunk(); trunk && actions)
            actions->setTrunkName(trunk->name);
    };
    connect(m_details, &TrunkDetailsController::trunkChanged, m_editActions, nameTrunk);
    nameTrunk();
    // A rename is refused for a name another listed trunk has; once done, list and page show
    // the new name.
    m_editActions->setOtherTrunkNames([this, sid] {
        QStringList names;
        for (int row = 0; row < m_listModel->rowCount(); ++row) {
            const QModelIndex index = m_listModel->index(row, 0);
            if (index.data(TrunkListModel::SidRole).toString() != sid.value())
                names << index.data(TrunkListModel::NameRole).toString();
        }
        return names;
    });
    connect(m_editActions, &TrunkEditActions::trunkRenamed, this, [this](const Trunk &trunk) {
        m_listModel->addOrUpdateTrunk(trunk);
        // The server's answer is shown at once, then read again with the sections.
        m_details->load(trunk.sid, trunk);
        statusBar()->showMessage(tr("Renamed: %1.").arg(trunk.nameAndSid()), 8000);
    });

    // The page builds its sections' buttons and follows their selections.
    m_detailsPage->setEditActions(m_editActions);
    connect(m_editActions, &TrunkEditActions::sectionChanged, this,
            [this, sid](TrunkSection section) {
                switch (section) {
                case TrunkSection::PhoneNumbers:
                case TrunkSection::WhitelistedIps:
                case TrunkSection::DestinationUris:
                case TrunkSection::Credentials:
                    m_details->reloadSection(section);
                    break;
                case TrunkSection::CallerId:
                    m_detailsPage->setAlias(lastAliasText(m_info.profileId, sid));
                    m_editActions->readAlias();
                    break;
                case TrunkSection::Trunk:
                    m_details->reloadAll();
                    break;
                }
            });
}

void MainWindow::confirmDelete(const TrunkSid &sid) {
    if (!m_client || sid.isEmpty() || m_listModel->isPendingDelete(sid))
        return;
    std::optional<Trunk> trunk = m_listModel->trunk(sid);
    if (!trunk && m_details->trunkSid() == sid)
        trunk = m_details->trunk();
    if (!trunk)
        return;
    auto *dialog = new DeleteTrunkDialog(*trunk, m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    bindToConnection(dialog);
    connect(dialog, &QDialog::accepted, this, [this, sid, t = *trunk, client = m_client] {
        // Confirmed for the account it was opened on, never for the one connected since.
        if (!client || client != m_client)
            return;
        if (m_listModel->rowOfTrunk(sid) < 0)
            m_listModel->addOrUpdateTrunk(t);
        showTrunkList();
        m_listPage->selectTrunk(sid);
        m_deletingTrunks.insert(sid.value(), t.nameAndSid());
        m_listModel->deleteTrunk(sid);
    });
    dialog->open();
}

void MainWindow::openTrunkByIdPrompt() {
    if (!m_client)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openByIdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    bindToConnection(dialog);
    dialog->setWindowTitle(tr("Open Trunk by ID"));
    dialog->setLabelText(tr("Trunk SID (for example trmum1c99b47f41d1f4a4d5c19au):"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Open"));
    // The input dialog builds its field and buttons lazily; name them for tests and screen readers.
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setObjectName(QStringLiteral("openByIdEdit"));
        edit->setPlaceholderText(QStringLiteral("trmum1…"));
    }
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setObjectName(QStringLiteral("openByIdOkButton"));
        if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
            cancel->setObjectName(QStringLiteral("openByIdCancelButton"));
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString sid = text.trimmed();
        if (sid.isEmpty())
            return;
        statusBar()->showMessage(tr("Opening trunk %1…").arg(sid));
        m_listModel->openTrunkById(TrunkSid(sid));
    });
    dialog->open();
}

void MainWindow::refresh() {
    if (!m_client)
        return;
    if (currentPage() == Page::TrunkDetails)
        m_details->load(m_details->trunkSid(), m_details->trunk());
    else
        m_listModel->refresh();
}

void MainWindow::updateConnectionLabels() {
    if (!m_client) {
        m_profileLabel->setText(tr("No account"));
        m_regionLabel->clear();
        setWindowTitle(tr("Exotrunk Console"));
        return;
    }
    m_profileLabel->setText(tr("Profile: %1").arg(m_info.profileName));
    m_profileLabel->setToolTip(
        m_info.accountSid.isEmpty() ? QString() : tr("Account SID: %1").arg(m_info.accountSid));
    m_regionLabel->setText(tr("Region: %1").arg(m_info.regionLabel));
    setWindowTitle(tr("%1 — Exotrunk Console").arg(m_info.profileName));
}

void MainWindow::updateActions() {
    const bool connected = !m_client.isNull();
    m_refreshAction->setEnabled(connected && currentPage() != Page::Welcome);
    m_createAction->setEnabled(connected);
    m_guidedSetupAction->setEnabled(connected);
    m_openByIdAction->setEnabled(connected);
    m_findAction->setEnabled(connected);
    m_welcomeAction->setEnabled(currentPage() != Page::Welcome);
}

} // namespace exotrunk::ui
