#pragma once

#include "domain/destinationuri.h"

#include <QString>

#include <optional>

namespace exotrunk {

// The verdict of a validator: Ok, a Warning (may be sent, but the user should know), or an
// Error (must not be sent). The message is a full sentence meant for the person typing.
struct Validity {
    enum class Level { Ok, Warning, Error };
    Level level = Level::Ok;
    QString message;

    static Validity ok() { return {}; }
    static Validity warning(QString m) { return {Level::Warning, std::move(m)}; }
    static Validity error(QString m) { return {Level::Error, std::move(m)}; }

    bool isAcceptable() const { return level != Level::Error; }
    bool isOk() const { return level == Level::Ok; }
};

// Pure functions shared by the forms (validate as you type) and the client (nothing invalid
// is ever sent). None of them trims or rewrites its input: " abc" is an error, not "abc".
namespace validate {

Validity trunkName(const QString &name);              // 1–16 of [A-Za-z0-9_]
Validity e164(const QString &number);                 // +, country code 1–9, ≤ 15 digits
Validity ipv4(const QString &address);                // dotted quad, no leading zeros; warns on private/reserved
Validity mask(int bits);                              // 16–32 accepted; warns below 32
Validity host(const QString &host);                   // IPv4 or RFC 1123 FQDN
bool isIpv4Literal(const QString &host);              // host() would treat it as an IP (needs an ACL)
Validity port(int port);                              // 1–65535
std::optional<Transport> transportFromString(const QString &text);  // tls / tcp / udp, case-insensitive
Validity destination(const NewDestination &destination);
// Parses "host:port;transport=tls" (an optional "sip:" prefix is allowed); nullopt + message on failure.
std::optional<NewDestination> parseDestination(const QString &text, QString *error = nullptr);
Validity credentialUserName(const QString &userName);  // 1–32 of [A-Za-z0-9_.-], starts alphanumeric
Validity friendlyName(const QString &name);            // optional, ≤ 32 characters
Validity password(const QString &password);            // ≥ 12, upper, lower, digit
Validity accountSid(const QString &sid);               // non-empty, [A-Za-z0-9_-]

} // namespace validate

// A strong SIP digest password drawn from QRandomGenerator::system(); meets validate::password.
QString generatePassword(int length = 24);

} // namespace exotrunk
