#include "domain/trunkvalues.h"

#include <QCoreApplication>

namespace exotrunk::trunkvalues {

namespace {
bool is(const QString &raw, const char *value) {
    return raw.compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}
} // namespace

QString status(const QString &raw) {
    if (raw.isEmpty())
        return QCoreApplication::translate("exotrunk::TrunkValues", "Unknown", "trunk status");
    if (is(raw, "active"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "Active", "trunk status");
    if (is(raw, "inactive"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "Inactive", "trunk status");
    return raw;
}

QString enabledState(const QString &raw) {
    if (is(raw, "enabled"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "Enabled",
                                           "registration, secure trunking");
    if (is(raw, "disabled"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "Disabled",
                                           "registration, secure trunking");
    return raw;
}

QString edgePreference(const QString &raw) {
    if (is(raw, "auto"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "Automatic",
                                           "edge server preference");
    return raw;
}

QString authType(const QString &raw) {
    if (is(raw, "IP-WHITELIST"))
        return QCoreApplication::translate("exotrunk::TrunkValues", "IP whitelist",
                                           "trunk authentication type");
    return raw;
}

} // namespace exotrunk::trunkvalues
