#include "applicationicon.h"

namespace exotrunk {

QString applicationId() {
    return QStringLiteral("app.exotrunk.Console");
}

QIcon applicationIcon() {
    return QIcon::fromTheme(applicationId(), QIcon(QStringLiteral(":/icons/exotrunk-console.svg")));
}

} // namespace exotrunk
