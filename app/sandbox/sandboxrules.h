#pragma once

#include <QString>

#include <optional>

// What the sandbox accepts in request fields, mirroring the live API's checks.
namespace exotrunk::sandbox::rules {

bool isTrunkName(const QString &name);
bool isE164(const QString &number);
bool isNsoCode(const QString &code);
bool isCredentialUserName(const QString &name);
// Strict dotted quad: no leading zeros, no IPv6, nothing around it.
std::optional<quint32> parseIpv4(const QString &text);
bool isFqdn(const QString &host);
quint32 maskBits(int mask);

} // namespace exotrunk::sandbox::rules
