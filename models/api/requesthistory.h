#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <deque>

namespace exotrunk {

// One request the client sent and what came of it, as a support ticket needs it. Never a secret:
// the path keeps ids (account and trunk SIDs, which Exotel support asks for) but masks every
// sensitive query value, and there is no header or body.
struct RequestRecord {
    QDateTime at;          // when the answer came (or the attempt ended), local time
    QString method;        // "GET"
    QString path;          // "/v2/accounts/ameyo5m/trunks/trmum1…/phone-numbers?page_size=50"
    int httpStatus = 0;    // 0: no answer (refused, timed out, aborted)
    QString requestId;     // Exotel's request_id, sanitised as for a log; empty when none came
    qint64 durationMs = 0; // from sending to the answer

    // The path of `url` with sensitive query values masked (no scheme, host or user info).
    static QString safePath(const QUrl &url);
};

// The last requests of one client, oldest first, bounded: a long session keeps the most recent
// `capacity` and forgets the rest. Each attempt is one record (a retry is a second one).
class RequestHistory {
public:
    static constexpr int DefaultCapacity = 100;
    explicit RequestHistory(int capacity = DefaultCapacity);

    void add(RequestRecord record);
    void clear() { m_records.clear(); }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_records.size()); }
    QList<RequestRecord> all() const;
    // The records whose path names `id` as a whole path segment or query value (a trunk SID),
    // oldest first.
    QList<RequestRecord> about(const QString &id) const;

private:
    std::deque<RequestRecord> m_records;
    int m_capacity;
};

} // namespace exotrunk
