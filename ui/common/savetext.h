#pragma once

#include <QString>

class QWidget;

namespace exotrunk::ui {

// Asks where to save `text` and writes it readable by the user only (0600), atomically: the
// permissions are set before a byte is written, so a summary that may hold a password is never
// readable by others, not even for a moment. Says why in a message box when it fails. Returns
// whether a file was written (false also when the person cancelled).
bool saveTextForUser(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &text);

} // namespace exotrunk::ui
