#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

namespace exotrunk::retrytiming {

// The longest wait the console accepts from a server: a larger one is cut to this.
inline constexpr qint64 MaxWaitMs = qint64{10} * 60 * 1000;

// A Retry-After header (delta-seconds or an HTTP-date) in ms within [0, ceilingMs]; -1 when
// absent or unreadable. The seconds are clamped before they are turned into ms, so a huge value
// cannot overflow into a short (or negative) wait.
qint64 fromHeader(const QByteArray &raw, const QDateTime &nowUtc, qint64 ceilingMs = MaxWaitMs);

// A `retry_after` number of seconds in a 429 body — at the top level, in `response` or in its
// `error_data` (one of the two documented 429 shapes) — in ms within [0, ceilingMs]; -1 when
// there is none.
qint64 fromBody(const QByteArray &body, qint64 ceilingMs = MaxWaitMs);

// Exponential backoff for the n-th attempt (1-based) with up to 25% jitter, at most maxBackoff.
qint64 backoff(int attempt, std::chrono::milliseconds initial, std::chrono::milliseconds max);

} // namespace exotrunk::retrytiming
