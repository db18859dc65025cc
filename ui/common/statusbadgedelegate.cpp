#include "statusbadgedelegate.h"

#include "palettecolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace exotrunk::ui {

namespace {
QFont badgeFont(const QFont &base) {
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() * 0.85);
    f.setCapitalization(QFont::AllUppercase);
    f.setLetterSpacing(QFont::PercentageSpacing, 105);
    return f;
}
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int activeRole, int pendingRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_activeRole(activeRole)
    , m_pendingRole(pendingRole) {}

QSize StatusBadgeDelegate::badgeSize(const QFont &font, const QString &text) {
    const QFontMetrics fm(badgeFont(font));
    return {fm.horizontalAdvance(text.toUpper()) + 2 * fm.height() / 2 + 8, fm.height() + 6};
}

void StatusBadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, const QFont &font,
                                     const QString &text, bool active, bool enabled) {
    paintBadge(painter, rect, font, text, active, enabled, QApplication::palette());
}

void StatusBadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, const QFont &font,
                                     const QString &text, bool active, bool enabled,
                                     const QPalette &palette) {
    paintToneBadge(painter, rect, font, text, active ? Tone::Success : Tone::Neutral, enabled,
                   palette);
}

void StatusBadgeDelegate::paintToneBadge(QPainter *painter, const QRect &rect, const QFont &font,
                                         const QString &text, Tone tone, bool filled,
                                         const QPalette &palette) {
    const QSize size = badgeSize(font, text);
    QRect badge(QPoint(0, 0), size);
    badge.moveCenter(rect.center());
    badge.moveLeft(rect.left());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    if (filled) {
        path.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(path, badgeFill(tone));
        painter->setPen(badgeText(tone));
    } else {
        // A faded fill would take the white text's contrast with it; an outline keeps it.
        const QColor ink = toneText(palette, tone);
        const QRectF outline = QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5);
        path.addRoundedRect(outline, outline.height() / 2.0, outline.height() / 2.0);
        painter->setPen(QPen(ink, 1.0));
        painter->drawPath(path);
    }
    painter->setFont(badgeFont(font));
    painter->drawText(badge, Qt::AlignCenter, text.toUpper());
    painter->restore();
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const Look badge = look(index);
    QPalette palette = option.palette;
    if (!badge.filled && (opt.state & QStyle::State_Selected)) {
        // An outline is drawn on the selection colour: its ink must read there.
        palette.setColor(QPalette::Window, palette.color(QPalette::Highlight));
        palette.setColor(QPalette::Base, palette.color(QPalette::Highlight));
    }
    paintToneBadge(painter, option.rect.adjusted(8, 0, -4, 0), option.font, text, badge.tone,
                   badge.filled, palette);
}

StatusBadgeDelegate::Look StatusBadgeDelegate::look(const QModelIndex &index) const {
    return {index.data(m_activeRole).toBool() ? Tone::Success : Tone::Neutral,
            !index.data(m_pendingRole).toBool()};
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const {
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const QSize badge = badgeSize(option.font, index.data(Qt::DisplayRole).toString());
    return hint.expandedTo(QSize(badge.width() + 16, badge.height() + 8));
}

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString &text, bool active) {
    m_text = text;
    m_active = active;
    setAccessibleName(tr("Status: %1").arg(text));
    updateGeometry();
    update();
}

QSize StatusBadge::sizeHint() const {
    return m_text.isEmpty() ? QSize(0, 0) : StatusBadgeDelegate::badgeSize(font(), m_text);
}

void StatusBadge::paintEvent(QPaintEvent *) {
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    StatusBadgeDelegate::paintBadge(&painter, rect(), font(), m_text, m_active, isEnabled(),
                                    palette());
}

} // namespace exotrunk::ui
