#pragma once

#include "palettecolors.h"

#include <QStyledItemDelegate>

namespace exotrunk::ui {

// Draws a trunk status as a filled pill ("ACTIVE" green, "INACTIVE" grey) with white text;
// the fills keep a 4.5:1 contrast with the text on light and dark palettes.
// Reads the `activeRole` (bool) and the display text of the index.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    StatusBadgeDelegate(int activeRole, int pendingRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Paints a badge into `rect` (also used by the details page's status label). An enabled
    // badge is a filled pill with white text; a disabled one (a trunk being deleted) is an
    // outline in the tone's text colour for `palette`, so it still reads on light and dark.
    static void paintBadge(QPainter *painter, const QRect &rect, const QFont &font,
                           const QString &text, bool active, bool enabled, const QPalette &palette);
    static void paintBadge(QPainter *painter, const QRect &rect, const QFont &font,
                           const QString &text, bool active, bool enabled);
    // The same pill in any tone: filled with white text, or (not `filled`) an outline in the
    // tone's text colour for `palette`.
    static void paintToneBadge(QPainter *painter, const QRect &rect, const QFont &font,
                               const QString &text, Tone tone, bool filled,
                               const QPalette &palette);
    static QSize badgeSize(const QFont &font, const QString &text);

protected:
    struct Look {
        Tone tone = Tone::Neutral;
        bool filled = true; // false: an outline in the tone's text colour
    };
    // How the badge of `index` looks: by default green when `activeRole` is true, else grey, and
    // an outline while `pendingRole` is true.
    virtual Look look(const QModelIndex &index) const;

private:
    int m_activeRole;
    int m_pendingRole;
};

// The status as a standalone widget (details page header).
class StatusBadge : public QWidget {
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(const QString &text, bool active);
    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_active = false;
};

} // namespace exotrunk::ui
