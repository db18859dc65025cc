#pragma once

#include "domain/phonenumber.h"

#include <QString>

class QComboBox;

namespace exotrunk::numbermodetext {

QString displayName(NumberMode mode); // "pstn", "flow", "not set (behaves as pstn)"
// What pstn and flow do, for the dialogs that choose one.
QString explanation();
// Items pstn and flow, with the mode as item data (int).
void fill(QComboBox *combo);
NumberMode selected(const QComboBox *combo);
void select(QComboBox *combo, NumberMode mode);

} // namespace exotrunk::numbermodetext
