#include "palettecolors.h"

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

} // namespace exotrunk::ui
