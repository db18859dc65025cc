#include "logging.h"

#include <QLoggingCategory>

namespace exotrunk {

void applyLoggingRules(bool verbose) {
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("exotrunk.*.debug=true")
                                             : QStringLiteral("exotrunk.*.debug=false"));
}

} // namespace exotrunk
