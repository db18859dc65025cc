#include "sectionwidget.h"

#include "common/stateview.h"
#include "trunkdetailsmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace exotrunk::ui {

SectionWidget::SectionWidget(SectionModel *model, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_model(model) {
    setObjectName(name + QStringLiteral("Section"));
    setFrameShape(QFrame::StyledPanel);

    m_title = new QLabel(model->title(), this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));

    // Editing actions (map a number, allow an IP, …) are added to this layout by their owners.
    m_actions = new QHBoxLayout;
    m_actions->setObjectName(name + QStringLiteral("Actions"));
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->setSpacing(6);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_count);
    heading->addStretch();
    heading->addLayout(m_actions);

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(SectionModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(model->title());
    m_table->setAccessibleDescription(tr("%1 of this trunk").arg(model->title()));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The first column (number, destination, address, user) gets the spare width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentSourceRowChanged(currentSourceRow()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedSourceRowsChanged(selectedSourceRows()); });
    // A reload resets the selection without a currentRowChanged: nothing is selected any more.
    connect(m_sorted, &QAbstractItemModel::modelReset, this, [this] {
        emit currentSourceRowChanged(currentSourceRow());
        emit selectedSourceRowsChanged(selectedSourceRows());
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setObjectName(name + QStringLiteral("DeleteShortcut"));
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SectionWidget::deleteRequested);

    m_stateView = new StateView(this);
    m_stateView->setObjectName(name + QStringLiteral("State"));
    m_stateView->setCompact(true);
    m_stateView->actionButton()->setObjectName(name + QStringLiteral("RetryButton"));
    connect(m_stateView, &StateView::retryClicked, model, &SectionModel::retry);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_stateView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addLayout(heading);
    layout->addWidget(m_stack, 1);

    connect(model, &SectionModel::stateChanged, this, &SectionWidget::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &SectionWidget::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SectionWidget::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SectionWidget::updateState);
    updateState();
}

int SectionWidget::currentSourceRow() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_sorted->mapToSource(current).row() : -1;
}

QList<int> SectionWidget::selectedSourceRows() const {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_sorted->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SectionWidget::updateState() {
    using State = SectionModel::State;
    const int rows = m_model->rowCount();
    m_count->setText(m_model->state() == State::Loaded || m_model->state() == State::Empty
                         ? QStringLiteral("(%1)").arg(rows)
                         : QString());
    switch (m_model->state()) {
    case State::Idle:
        m_stateView->showMessage(QString(), QString());
        m_stack->setCurrentWidget(m_stateView);
        break;
    case State::Loading:
        m_stateView->showLoading(tr("Loading %1…").arg(m_model->title().toLower()));
        m_stack->setCurrentWidget(m_stateView);
        break;
    case State::Empty: {
        // "No phone numbers assigned – Assign …": the first part as the heading.
        const QString text = m_model->emptyText();
        const int dash = text.indexOf(QStringLiteral(" – "));
        if (dash > 0)
            m_stateView->showMessage(text.left(dash), text.mid(dash + 3));
        else
            m_stateView->showMessage(QString(), text);
        m_stack->setCurrentWidget(m_stateView);
        break;
    }
    case State::Error:
        m_stateView->showError(tr("Could not load %1").arg(m_model->title().toLower()),
                               m_model->error().userMessage());
        m_stack->setCurrentWidget(m_stateView);
        break;
    case State::Loaded:
        m_stack->setCurrentWidget(m_table);
        break;
    }
}

} // namespace exotrunk::ui
