#pragma once

#include "common/statusbadgedelegate.h"

#include <QStyledItemDelegate>

namespace exotrunk::ui {

// Trunk Name column: the name, and its ID beneath it in a quieter colour, as the dashboard.
class TrunkNameDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Readiness column: the verdict as a pill: Ready green, problems amber (risky) or red (blocks
// calls), each with white text; "Not checked" as a grey outline, so it does not shout. Reads
// TrunkListModel::ReadinessRole and the display text.
class ReadinessBadgeDelegate : public StatusBadgeDelegate {
    Q_OBJECT
public:
    explicit ReadinessBadgeDelegate(QObject *parent = nullptr);

protected:
    Look look(const QModelIndex &index) const override;
};

// Actions column: a Delete button per row (drawn, so 10,000 rows cost no widgets).
class TrunkActionsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button sits inside a cell (tests click there).
    static QRect buttonRect(const QStyleOptionViewItem &option);

signals:
    void deleteClicked(const QModelIndex &index);

private:
    QPersistentModelIndex m_pressed;
};

} // namespace exotrunk::ui
