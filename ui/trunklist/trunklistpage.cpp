#include "trunklistpage.h"
#include "common/clearaction.h"

#include "common/banner.h"
#include "common/copybutton.h"
#include "common/fontscale.h"
#include "common/stateview.h"
#include "common/statusbadgedelegate.h"
#include "datetimetext.h"
#include "diagnostics/readinesscache.h"
#include "trunkdelegates.h"
#include "trunklistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace exotrunk::ui {

TrunkListPage::TrunkListPage(TrunkListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TrunkFilterProxyModel(this)) {
    setObjectName(QStringLiteral("trunkListPage"));
    m_proxy->setSourceModel(model);
    // The dashboard lists the newest trunk first. Sorted here, not by the table, which is built
    // with the first rows: sorting then would move rows in the middle of their insertion.
    m_proxy->sort(TrunkListModel::CreatedColumn, Qt::DescendingOrder);

    // Header: title, filter, count.
    auto *title = new QLabel(tr("Trunks"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * fontscale::PageTitle);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("trunkFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, ID or domain (Ctrl+F)"));
    addClearAction(m_filter, tr("Clear filter"), QStringLiteral("trunkFilterClearAction"));
    m_filter->setAccessibleName(tr("Filter trunks"));
    m_filter->setMinimumWidth(320);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("trunkCountLabel"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(m_filter);
    header->addSpacing(8);
    header->addWidget(m_countLabel);
    header->addStretch();

    // The banners and the table are built when first needed: the window's first paint shows
    // the loading state (tests/benchmarks/bench_startup).
    m_bannerArea = new QVBoxLayout;
    m_bannerArea->setContentsMargins(0, 0, 0, 0);

    m_stateView = new StateView(this);
    m_stateView->setObjectName(QStringLiteral("trunkListState"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_stateView);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("listProgressLabel"));
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(QStringLiteral("listProgressBar"));
    m_progressBar->setMaximumWidth(240);
    m_progressBar->setTextVisible(false);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addStretch();
    m_progressRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(header);
    layout->addLayout(m_bannerArea);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progressRow);

    // Actions: context menu entries and their shortcuts while the table has focus.
    m_openAction = new QAction(tr("Open Details"), this);
    m_openAction->setObjectName(QStringLiteral("openTrunkAction"));
    // The item view keeps Return/Enter for itself; eventFilter() opens the row instead.
    m_openAction->setText(tr("Open Details") + QStringLiteral("\tEnter"));
    m_copySidAction = new QAction(tr("Copy Trunk SID"), this);
    m_copySidAction->setObjectName(QStringLiteral("copyTrunkSidAction"));
    m_copySidAction->setShortcut(QKeySequence::Copy);
    m_copySipAction = new QAction(tr("Copy SIP URI (sip:<trunk_sid>)"), this);
    m_copySipAction->setObjectName(QStringLiteral("copySipUriAction"));
    m_copySipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_deleteAction = new QAction(tr("Delete Trunk…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteTrunkAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    for (QAction *action : {m_openAction, m_copySidAction, m_copySipAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const TrunkSid sid = currentTrunk();
        if (!sid.isEmpty())
            emit openRequested(sid);
    });
    connect(m_copySidAction, &QAction::triggered, this, [this] {
        const TrunkSid sid = currentTrunk();
        if (!sid.isEmpty())
            copyToClipboard(sid.value());
    });
    connect(m_copySipAction, &QAction::triggered, this, [this] {
        const TrunkSid sid = currentTrunk();
        if (!sid.isEmpty())
            copyToClipboard(QStringLiteral("sip:") + sid.value());
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const TrunkSid sid = currentTrunk();
        if (!sid.isEmpty() && !m_model->isPendingDelete(sid))
            emit deleteRequested(sid);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_stateView, &StateView::retryClicked, this, &TrunkListPage::refreshRequested);
    connect(m_stateView, &StateView::actionClicked, this, [this] {
        if (!m_proxy->searchText().isEmpty() && m_model->rowCount() > 0)
            m_filter->clear();
        else
            emit createRequested();
    });
    connect(m_stateView, &StateView::secondaryClicked, this, &TrunkListPage::openByIdRequested);

    connect(m_model, &TrunkListModel::stateChanged, this, &TrunkListPage::updateState);
    connect(m_model, &TrunkListModel::busyChanged, this, &TrunkListPage::updateState);
    connect(m_model, &TrunkListModel::progressChanged, this, &TrunkListPage::updateProgress);
    connect(m_model, &TrunkListModel::unreadableCountChanged, this,
            &TrunkListPage::updateUnreadable);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TrunkListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TrunkListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TrunkListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TrunkListPage::updateCount);
    // The proxy drops a removed row while the source still counts it: count again once the
    // source has finished too, or "5 of 6 shown" stays after a delete with no filter.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrunkListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrunkListPage::updateCount);
    updateState();
}

QTableView *TrunkListPage::table() {
    if (m_table)
        return m_table;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trunkTable"));
    m_table->setAccessibleName(tr("Trunks"));
    m_table->setAccessibleDescription(
        tr("The trunks of this account. Enter opens one, Delete deletes it."));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = QFontMetrics(font()).height() * 2 + 16;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(TrunkListModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(TrunkListModel::DomainColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(TrunkListModel::CreatedColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(TrunkListModel::UpdatedColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(TrunkListModel::StatusColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(TrunkListModel::ReadinessColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(TrunkListModel::ActionsColumn, QHeaderView::Fixed);
    const QFontMetrics fm(font());
    columns->resizeSection(TrunkListModel::DomainColumn,
                           fm.horizontalAdvance(QStringLiteral("ameyo5m.pstn.exotel.com")) + 48);
    const int dateWidth =
        fm.horizontalAdvance(dateTimeText(QDateTime(QDate(2025, 12, 30), QTime(22, 59, 59)))) + 48;
    columns->resizeSection(TrunkListModel::CreatedColumn, dateWidth);
    columns->resizeSection(TrunkListModel::UpdatedColumn, dateWidth);
    columns->resizeSection(
        TrunkListModel::StatusColumn,
        qMax(fm.horizontalAdvance(tr("Status")) + 40,
             StatusBadgeDelegate::badgeSize(font(), tr("Inactive")).width() + 24));
    columns->resizeSection(TrunkListModel::ActionsColumn, fm.horizontalAdvance(tr("Delete")) + 64);
    // Wide enough for "Not checked" and "12 problems", in the language shown.
    int readinessWidth = fm.horizontalAdvance(tr("Readiness")) + 40;
    for (const QString &verdict :
         {ReadinessCache::tr("Not checked"), ReadinessCache::tr("%n problem(s)", nullptr, 12)})
        readinessWidth =
            qMax(readinessWidth, StatusBadgeDelegate::badgeSize(font(), verdict).width() + 24);
    columns->resizeSection(TrunkListModel::ReadinessColumn, readinessWidth);
    m_table->setItemDelegateForColumn(TrunkListModel::NameColumn, new TrunkNameDelegate(this));
    m_table->setItemDelegateForColumn(TrunkListModel::StatusColumn,
                                      new StatusBadgeDelegate(TrunkListModel::ActiveRole,
                                                              TrunkListModel::PendingDeleteRole,
                                                              this));
    m_table->setItemDelegateForColumn(TrunkListModel::ReadinessColumn,
                                      new ReadinessBadgeDelegate(this));
    m_actionsDelegate = new TrunkActionsDelegate(this);
    m_table->setItemDelegateForColumn(TrunkListModel::ActionsColumn, m_actionsDelegate);
    // The header shows the proxy's order; sorting is enabled with the same one, so nothing moves.
    columns->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    m_table->setSortingEnabled(true);

    for (QAction *action : {m_openAction, m_copySidAction, m_copySipAction, m_deleteAction})
        m_table->addAction(action);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == TrunkListModel::ActionsColumn)
            return;
        const TrunkSid sid = trunkAt(index);
        if (!sid.isEmpty())
            emit openRequested(sid);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &TrunkListPage::showContextMenu);
    connect(m_actionsDelegate, &TrunkActionsDelegate::deleteClicked, this,
            [this](const QModelIndex &index) {
                const TrunkSid sid = trunkAt(index);
                if (!sid.isEmpty())
                    emit deleteRequested(sid);
            });
    m_stack->insertWidget(0, m_table);
    return m_table;
}

Banner *TrunkListPage::refreshBanner() {
    if (m_refreshBanner)
        return m_refreshBanner;
    m_refreshBanner = new Banner(Banner::Kind::Warning, this);
    m_refreshBanner->setObjectName(QStringLiteral("refreshFailedBanner"));
    m_refreshBanner->setPlainText(true); // carries the server's error description
    QPushButton *retry =
        m_refreshBanner->addButton(tr("Retry"), QStringLiteral("refreshRetryButton"));
    connect(retry, &QPushButton::clicked, this, &TrunkListPage::refreshRequested);
    m_refreshBanner->hide();
    m_bannerArea->insertWidget(0, m_refreshBanner);
    return m_refreshBanner;
}

Banner *TrunkListPage::unreadableBanner() {
    if (m_unreadableBanner)
        return m_unreadableBanner;
    m_unreadableBanner = new Banner(Banner::Kind::Warning, this);
    m_unreadableBanner->setObjectName(QStringLiteral("unreadableTrunksBanner"));
    m_unreadableBanner->hide();
    m_bannerArea->addWidget(m_unreadableBanner);
    return m_unreadableBanner;
}

void TrunkListPage::updateUnreadable(int count) {
    if (count <= 0) {
        if (m_unreadableBanner)
            m_unreadableBanner->hide();
        return;
    }
    unreadableBanner()->setText(
        m_model->unreadableMessage() + QLatin1Char(' ') +
        tr("Exotel sent them in a form the console cannot read; the other trunks are complete."));
    m_unreadableBanner->show();
}

Banner *TrunkListPage::messageBanner() {
    if (m_messageBanner)
        return m_messageBanner;
    m_messageBanner = new Banner(Banner::Kind::Error, this);
    m_messageBanner->setObjectName(QStringLiteral("listMessageBanner"));
    m_messageBanner->setClosable(true);
    m_messageBanner->hide();
    m_bannerArea->addWidget(m_messageBanner);
    return m_messageBanner;
}

bool TrunkListPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            m_openAction->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

TrunkSid TrunkListPage::trunkAt(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid())
        return {};
    return TrunkSid(proxyIndex.siblingAtColumn(0).data(TrunkListModel::SidRole).toString());
}

TrunkSid TrunkListPage::currentTrunk() const {
    return m_table ? trunkAt(m_table->currentIndex()) : TrunkSid();
}

void TrunkListPage::selectTrunk(const TrunkSid &sid) {
    const int sourceRow = m_model->rowOfTrunk(sid);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    table()->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void TrunkListPage::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TrunkListPage::focusTable() {
    if (m_table)
        m_table->setFocus(Qt::OtherFocusReason);
}

void TrunkListPage::hideMessage() {
    if (m_messageBanner)
        m_messageBanner->hide();
}

void TrunkListPage::showMessage(const QString &text, bool isError) {
    Banner *banner = messageBanner();
    banner->setKind(isError ? Banner::Kind::Error : Banner::Kind::Info);
    banner->setText(text);
    banner->show();
}

void TrunkListPage::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const bool pending = index.data(TrunkListModel::PendingDeleteRole).toBool();
    m_openAction->setEnabled(true);
    m_deleteAction->setEnabled(!pending);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("trunkContextMenu"));
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_copySidAction);
    menu.addAction(m_copySipAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
    m_deleteAction->setEnabled(true);
}

void TrunkListPage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    // While pages arrive the progress line says how many of how many; a count here would
    // contradict it ("50 trunks" beside "Loaded 50 of 120 trunks…").
    if (total == 0 || m_model->isBusy())
        m_countLabel->clear();
    else if (shown == total)
        m_countLabel->setText(total == 1 ? tr("1 trunk")
                                         : tr("%1 trunks").arg(locale.toString(total)));
    else
        m_countLabel->setText(
            tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

void TrunkListPage::updateProgress(int loaded, int total) {
    const QLocale locale;
    const bool busy = m_model->isBusy();
    if (total >= 0)
        m_progressLabel->setText(
            tr("Loaded %1 of %2 trunks…").arg(locale.toString(loaded), locale.toString(total)));
    else
        m_progressLabel->setText(tr("Loaded %1 trunks…").arg(locale.toString(loaded)));
    if (total > 0) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(qMin(loaded, total));
    } else {
        m_progressBar->setRange(0, 0);
    }
    // The bar under the table only while rows are already on screen; before that the
    // state view shows the same progress in the middle of the page.
    m_progressRow->setVisible(busy && m_model->rowCount() > 0);
    if (busy && m_model->rowCount() == 0)
        m_stateView->showLoading(m_progressLabel->text(), loaded, total);
}

void TrunkListPage::updateState() {
    using State = TrunkListModel::State;
    const State state = m_model->state();
    const bool busy = m_model->isBusy();
    const bool hasRows = m_model->rowCount() > 0;
    updateCount();

    if (state == State::RefreshFailed) {
        refreshBanner()->setText(
            tr("Could not refresh the trunk list: %1 Showing the trunks loaded before.")
                .arg(m_model->lastError().userMessage()));
        m_refreshBanner->show();
    } else if (m_refreshBanner) {
        m_refreshBanner->hide();
    }
    m_progressRow->setVisible(busy && hasRows);

    if (hasRows) {
        if (m_proxy->rowCount() == 0 && !m_proxy->searchText().isEmpty()) {
            m_stateView->showMessage(tr("No trunks match “%1”").arg(m_proxy->searchText()),
                                     tr("The filter looks at trunk names, IDs and domains."),
                                     tr("Clear Filter"));
            m_stack->setCurrentWidget(m_stateView);
        } else {
            m_stack->setCurrentWidget(table());
        }
        return;
    }

    m_stack->setCurrentWidget(m_stateView);
    m_stateView->secondaryButton()->hide();
    switch (state) {
    case State::Idle:
        m_stateView->showMessage(tr("Not connected"), tr("Choose an account to see its trunks."));
        break;
    case State::Loading:
        m_stateView->showLoading(tr("Loading trunks…"), m_model->loadedCount(),
                                 m_model->totalCount().value_or(-1));
        break;
    case State::Empty:
    case State::Loaded:
        if (m_model->isFallback()) {
            m_stateView->showMessage(
                tr("This account does not list its trunks"),
                tr("The server does not offer the trunk list for this account. Trunks created "
                   "or opened here appear in this list. Open a trunk by its ID, or create one."),
                tr("Create a Trunk (Ctrl+N)"));
        } else {
            m_stateView->showMessage(tr("No trunks yet"),
                                     tr("Create a trunk to connect your PBX or SIP provider "
                                        "to Exotel."),
                                     tr("Create a Trunk (Ctrl+N)"));
        }
        m_stateView->secondaryButton()->setText(tr("Open Trunk by ID…"));
        m_stateView->secondaryButton()->show();
        break;
    case State::Error:
    case State::RefreshFailed:
        m_stateView->showError(tr("Could not load the trunks"), m_model->lastError().userMessage());
        break;
    }
}

} // namespace exotrunk::ui
