#include "palettecolors.h"

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QVariant>
#include <QWidget>
#include <QtMath>

#include <algorithm>

namespace exotrunk::ui {

namespace {

QColor toneColour(Tone tone) {
    switch (tone) {
    case Tone::Success:
        return QColor(0x1b, 0x7f, 0x3b);
    case Tone::Neutral:
        return QColor(0x5f, 0x63, 0x68);
    case Tone::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case Tone::Danger:
        return QColor(0xb3, 0x26, 0x1e);
    case Tone::Info:
        return QColor(0x1a, 0x5f, 0xb4);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double amountOfB) {
    const double t = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

double luminance(const QColor &c) {
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Re-applies a widget's tone text when the application palette changes (a theme switch):
// explicitly set colours are not recomputed by Qt.
class ToneTextFollower : public QObject {
public:
    explicit ToneTextFollower(QWidget *widget)
        : QObject(widget) {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        // A theme switch reaches a child as PaletteChange (its parent's palette changed) or as
        // ApplicationPaletteChange; re-applying an unchanged colour sends no further event.
        if (event->type() == QEvent::ApplicationPaletteChange ||
            event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
            // Later: the parent takes up the new application palette after this event.
            QPointer<QWidget> widget = static_cast<QWidget *>(watched);
            QMetaObject::invokeMethod(
                this,
                [widget] {
                    if (widget)
                        apply(widget);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
    static void apply(QWidget *widget) {
        const QVariant stored = widget->property(toneProperty);
        QPalette own = widget->palette();
        const QPalette inherited =
            widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) {
            const QColor colour = stored.isValid()
                                      ? toneText(inherited, static_cast<Tone>(stored.toInt()))
                                      : inherited.color(role);
            own.setColor(role, colour);
        }
        if (own != widget->palette())
            widget->setPalette(own);
    }
    static constexpr const char *toneProperty = "exotrunkToneText";
    static constexpr const char *followedProperty = "exotrunkToneTextFollowed";
};

} // namespace

bool isDarkPalette(const QPalette &palette) {
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor badgeFill(Tone tone) {
    return toneColour(tone);
}

QColor badgeText(Tone) {
    return QColor(Qt::white);
}

QColor tintedBackground(const QPalette &palette, Tone tone) {
    const QColor window = palette.color(QPalette::Window);
    return mix(window, toneColour(tone), isDarkPalette(palette) ? 0.35 : 0.16);
}

QColor secondaryText(const QPalette &palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneText(const QPalette &palette, Tone tone) {
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor toward = isDarkPalette(palette) ? QColor(Qt::white) : QColor(Qt::black);
    const QColor start = toneColour(tone);
    for (double amount = 0.0; amount < 1.0; amount += 0.05) {
        const QColor candidate = mix(start, toward, amount);
        if (contrastRatio(candidate, window) >= 4.6 && contrastRatio(candidate, base) >= 4.6)
            return candidate;
    }
    return toward;
}

void setToneText(QWidget *widget, std::optional<Tone> tone) {
    if (!widget)
        return;
    if (tone)
        widget->setProperty(ToneTextFollower::toneProperty, static_cast<int>(*tone));
    else
        widget->setProperty(ToneTextFollower::toneProperty, QVariant());
    if (!widget->property(ToneTextFollower::followedProperty).toBool()) {
        widget->setProperty(ToneTextFollower::followedProperty, true);
        new ToneTextFollower(widget);
    }
    ToneTextFollower::apply(widget);
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

} // namespace exotrunk::ui
