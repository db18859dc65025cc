#pragma once

#include <QString>

namespace exotrunk {

// Files the console writes hold account data: readable and writable by the user only (0600).
// QSaveFile, which QSettings uses for every sync, keeps an existing file's permissions, so a
// file restricted once stays restricted. Returns false when the permissions could not be set.
bool restrictToUser(const QString &filePath);

} // namespace exotrunk
