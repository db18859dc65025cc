#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace exotrunk::redaction {

// What replaces a secret in anything written to a log.
inline constexpr const char Mask[] = "***";

// True for JSON keys, query parameters and header names that carry secrets:
// password, token, secret, authorization, api_key… (case-insensitive, substring match).
bool isSensitiveName(const QString &name);

// A request or response body safe to log: every value under a sensitive key becomes "***",
// at any depth. Bodies that are not valid JSON (truncated, HTML) are masked by pattern, so a
// half-sent password is still hidden.
QByteArray body(const QByteArray &body);

// A URL safe to log: user info removed, sensitive query values masked.
QString url(const QUrl &url);

// A header value safe to log: sensitive headers (Authorization, Cookie…) become "***".
QByteArray header(const QByteArray &name, const QByteArray &value);

// A server-supplied request_id fit for a log line and a details view: printable ASCII only
// (anything else becomes '?'), at most 64 characters ("…" marks a cut).
QString requestId(const QString &id);

// Replaces every occurrence of each non-empty secret in `text` (e.g. a token) with "***".
QString text(QString text, const QStringList &secrets);

} // namespace exotrunk::redaction
