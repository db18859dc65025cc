#include "diagnostics/numberlookup.h"

#include "api/endpointcatalogue.h"
#include "api/exotelclient.h"
#include "domain/trunkmap.h"

#include <QCoreApplication>
#include <QStringList>

namespace exotrunk {

NumberLookup::NumberLookup(ExotelClient *client, TrunkSid currentTrunk, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_current(std::move(currentTrunk)) {}

bool NumberLookup::available() const {
    return m_client && m_client->isSupported(Endpoint::LookUpExophone);
}

QString NumberLookup::unavailableReason() const {
    if (!m_client)
        return QCoreApplication::translate("exotrunk::NumberLookup",
                                           "Not connected to an account.");
    return m_client->unsupportedReason(Endpoint::LookUpExophone);
}

void NumberLookup::lookUp(const QString &e164) {
    if (isRunning())
        return;
    if (!available()) {
        emit finished(unavailableReason());
        return;
    }
    const QString number = e164.trimmed();
    m_call = m_client->lookUpExophone(
        number, std::nullopt, this, [this, number](const ApiResult<QList<TrunkMap>> &result) {
            if (!result.isOk()) {
                emit finished(result.error().userMessage());
                return;
            }
            QStringList trunks;
            bool here = false;
            for (const TrunkMap &map : result.value()) {
                here = here || map.trunkSid == m_current;
                if (!trunks.contains(map.trunkSid.value()))
                    trunks << map.trunkSid.value();
            }
            if (trunks.isEmpty()) {
                emit finished(QCoreApplication::translate(
                                  "exotrunk::NumberLookup",
                                  "%1 is not mapped to any trunk of this account: map it to "
                                  "this trunk, or check that it is the account's Exophone.")
                                  .arg(number));
                return;
            }
            emit finished(
                here ? QCoreApplication::translate("exotrunk::NumberLookup",
                                                   "The account says %1 is mapped to this trunk.")
                           .arg(number)
                     : QCoreApplication::translate(
                           "exotrunk::NumberLookup",
                           "The account says %1 is mapped to trunk %2, not to this one: calls "
                           "to it reach that trunk.")
                           .arg(number, trunks.join(QStringLiteral(", "))));
        });
}

} // namespace exotrunk
