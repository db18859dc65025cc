#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace exotrunk {

// A string id that cannot be mixed up with another kind of id: a TrunkSid cannot be
// passed where a PhoneNumberId is expected, although both are strings on the wire.
template <typename Tag>
class StrongId {
public:
    StrongId() = default;
    explicit StrongId(QString value) : m_value(std::move(value)) {}

    const QString &value() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const StrongId &a, const StrongId &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const StrongId &a, const StrongId &b) { return a.m_value != b.m_value; }
    friend bool operator<(const StrongId &a, const StrongId &b) { return a.m_value < b.m_value; }
    friend size_t qHash(const StrongId &id, size_t seed = 0) { return qHash(id.m_value, seed); }

private:
    QString m_value;
};

using TrunkSid = StrongId<struct TrunkSidTag>;
using PhoneNumberId = StrongId<struct PhoneNumberIdTag>;
using WhitelistedIpId = StrongId<struct WhitelistedIpIdTag>;
using DestinationUriId = StrongId<struct DestinationUriIdTag>;
using CredentialId = StrongId<struct CredentialIdTag>;

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::TrunkSid)
