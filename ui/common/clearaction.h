#pragma once

class QAction;
class QLineEdit;
class QString;

namespace exotrunk::ui {

// Gives `edit` a clear button at its end, shown while it holds text, that a screen reader
// announces by `name` ("Clear filter"). QLineEdit's own clear button has no name at all.
QAction *addClearAction(QLineEdit *edit, const QString &name, const QString &objectName);

} // namespace exotrunk::ui
