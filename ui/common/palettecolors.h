#pragma once

#include <QColor>
#include <QPalette>

namespace exotrunk::ui {

enum class Tone { Success, Neutral, Warning, Danger, Info };

// True when the palette's base is dark (a dark theme).
bool isDarkPalette(const QPalette &palette);

// A saturated fill that carries white text at a contrast ratio of at least 4.5:1, and still
// stands out against both light and dark window backgrounds. Used for status badges.
QColor badgeFill(Tone tone);
QColor badgeText(Tone tone);

// A light tint (light theme) or a deep shade (dark theme) of the tone for banners; the
// palette's WindowText stays readable on it.
QColor tintedBackground(const QPalette &palette, Tone tone);

// Secondary text (the trunk ID beneath its name): readable, but quieter than the main text.
QColor secondaryText(const QPalette &palette);

// WCAG contrast ratio between two colours (1–21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace exotrunk::ui
