#pragma once

#include <QString>

// What the console shows for the words the API sends as trunk values ("active", "disabled",
// "auto", "IP-WHITELIST"): a translated display text for each documented value, matched without
// regard to case; any other value as sent, so a value Exotel adds later is still shown as it is.
// The raw value stays the data: sorting, tooltips, requests.
namespace exotrunk::trunkvalues {

// status: active / inactive; "Unknown" when the API sent none.
QString status(const QString &raw);
// registration_enabled and secure_trunking: enabled / disabled; empty when none was sent.
QString enabledState(const QString &raw);
// edge_preference: auto; empty when none was sent.
QString edgePreference(const QString &raw);
// auth_type: IP-WHITELIST; empty when none was sent.
QString authType(const QString &raw);

} // namespace exotrunk::trunkvalues
