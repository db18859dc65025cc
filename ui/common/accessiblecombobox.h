#pragma once

class QComboBox;

namespace exotrunk::ui {

// Names `combo` after its field for screen readers, as every other control is named.
//
// Qt 6.4 on Linux names a combo box by its current text: QAccessibleComboBox answers the Name
// with the value ("TLS", "Sandbox account") and ignores setAccessibleName, expecting a label
// relation to carry the field. A row of a grid has no label to relate to, and a name that is
// only the value leaves a screen-reader user guessing which of three "TLS" boxes has focus. The
// first call installs an accessibility factory for every QComboBox of the application: the Name
// is the accessible name (else the buddy label's text, else, as before, the current text); the
// Value stays the current text; the popup list, the states and the "show menu" action are kept.
// Call it for each combo box, right after creating it (an interface Qt already made for a widget
// stays as it was).
void nameComboByField(QComboBox *combo);

} // namespace exotrunk::ui
