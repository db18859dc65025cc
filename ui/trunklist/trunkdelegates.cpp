#include "trunkdelegates.h"

#include "common/palettecolors.h"
#include "diagnostics/readinesscache.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace exotrunk::ui {

ReadinessBadgeDelegate::ReadinessBadgeDelegate(QObject *parent)
    : StatusBadgeDelegate(TrunkListModel::ReadinessRole, TrunkListModel::ReadinessRole, parent) {}

StatusBadgeDelegate::Look ReadinessBadgeDelegate::look(const QModelIndex &index) const {
    switch (ReadinessCache::Verdict(index.data(TrunkListModel::ReadinessRole).toInt())) {
    case ReadinessCache::Verdict::Ready:
        return {Tone::Success, true};
    case ReadinessCache::Verdict::Risky:
        return {Tone::Warning, true};
    case ReadinessCache::Verdict::Blocked:
        return {Tone::Danger, true};
    case ReadinessCache::Verdict::NotChecked:
        break;
    }
    return {Tone::Neutral, false};
}

void TrunkNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const bool enabled = opt.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor main =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = selected ? main : secondaryText(opt.palette);
    if (!enabled)
        secondary = opt.palette.color(QPalette::Disabled, QPalette::Text);

    const QRect area = opt.rect.adjusted(6, 3, -6, -3);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    QFont idFont = opt.font;
    idFont.setPointSizeF(opt.font.pointSizeF() * 0.88);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics idMetrics(idFont);
    const int totalHeight = nameMetrics.height() + idMetrics.height();
    const int top = area.top() + (area.height() - totalHeight) / 2;

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(main);
    painter->drawText(QRect(area.left(), top, area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(idFont);
    painter->setPen(secondary);
    const QString id = tr("ID: %1").arg(index.data(TrunkListModel::SidRole).toString());
    painter->drawText(
        QRect(area.left(), top + nameMetrics.height(), area.width(), idMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, idMetrics.elidedText(id, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize TrunkNameDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont idFont = option.font;
    idFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics nm(nameFont);
    const QFontMetrics im(idFont);
    const QString id = tr("ID: %1").arg(index.data(TrunkListModel::SidRole).toString());
    const int width = qMax(nm.horizontalAdvance(index.data().toString()), im.horizontalAdvance(id));
    return {width + 12, nm.height() + im.height() + 10};
}

QRect TrunkActionsDelegate::buttonRect(const QStyleOptionViewItem &option) {
    const QFontMetrics fm(option.font);
    const int width = fm.horizontalAdvance(tr("Delete")) + 40;
    const int height = fm.height() + 10;
    QRect r(0, 0, width, height);
    r.moveCenter(option.rect.center());
    r.moveLeft(option.rect.left() + 6);
    return r;
}

void TrunkActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString pendingText = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (index.data(TrunkListModel::PendingDeleteRole).toBool()) {
        painter->save();
        painter->setPen(opt.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(opt.rect.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          pendingText);
        painter->restore();
        return;
    }
    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = tr("Delete");
    button.icon =
        QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon));
    button.iconSize = QSize(14, 14);
    button.state = QStyle::State_Enabled;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    else
        button.state |= QStyle::State_Raised;
    if (opt.state & QStyle::State_MouseOver &&
        button.rect.contains(widget ? widget->mapFromGlobal(QCursor::pos()) : QPoint()))
        button.state |= QStyle::State_MouseOver;
    button.palette = opt.palette;
    button.fontMetrics = opt.fontMetrics;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize TrunkActionsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &) const {
    const QRect r = buttonRect(option);
    return {r.width() + 12, r.height() + 8};
}

bool TrunkActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option,
                                       const QModelIndex &index) {
    if (index.data(TrunkListModel::PendingDeleteRole).toBool())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option).contains(mouse->pos())) {
            m_pressed = index;
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool wasPressed = m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (wasPressed && buttonRect(option).contains(mouse->pos())) {
            emit deleteClicked(index);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // A double click on the button is not an "open details".
        if (buttonRect(option).contains(mouse->pos()))
            return true;
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace exotrunk::ui
