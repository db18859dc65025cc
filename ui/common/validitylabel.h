#pragma once

#include "validation/validators.h"

#include <QString>

class QLabel;
class QWidget;

namespace exotrunk::ui {

// How every form shows a validator's verdict next to a field: nothing when it is fine, the
// words in amber (prefixed "Warning:", so colour is not the only sign) for a warning, in red for
// an error. Tone colours keep 4.5:1 contrast on the palette in use, light or dark.
void showValidity(QLabel *label, const Validity &validity);

// An empty, hidden, word-wrapped label for showValidity: plain text, since it may carry the
// server's words.
QLabel *messageLabel(const QString &objectName, QWidget *parent);

// A quieter explanatory line under a group or a field.
QLabel *hintLabel(const QString &text, QWidget *parent);

} // namespace exotrunk::ui
