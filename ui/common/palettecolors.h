#pragma once

#include <QColor>
#include <QPalette>

#include <optional>

class QWidget;

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

// Text in the tone (an error in red, a warning in amber, success in green) that keeps a
// contrast of at least 4.5:1 on the palette's Window and Base: the tone darkened on a light
// palette, lightened on a dark one.
QColor toneText(const QPalette &palette, Tone tone);

// Colours `widget`'s text in `tone` (toneText of its parent's palette), or gives it back the
// palette's own text colour when `tone` is empty. Follows later application palette changes,
// so a message stays readable when the desktop switches to a dark theme.
void setToneText(QWidget *widget, std::optional<Tone> tone);

// A dark palette for the Fusion style, as a dark desktop theme gives: for screenshots and for
// checking that nothing vanishes on dark backgrounds.
QPalette darkPalette();

} // namespace exotrunk::ui
