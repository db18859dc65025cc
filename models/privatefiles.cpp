#include "privatefiles.h"

#include <QFile>

namespace exotrunk {

bool restrictToUser(const QString &filePath) {
    if (filePath.isEmpty() || !QFile::exists(filePath))
        return false;
    return QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace exotrunk
