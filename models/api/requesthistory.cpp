#include "api/requesthistory.h"

#include "api/redaction.h"

#include <QUrlQuery>

#include <algorithm>

namespace exotrunk {

QString RequestRecord::safePath(const QUrl &url) {
    QUrl pathOnly;
    pathOnly.setPath(url.path());
    pathOnly.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return redaction::url(pathOnly);
}

RequestHistory::RequestHistory(int capacity)
    : m_capacity(std::max(1, capacity)) {}

void RequestHistory::add(RequestRecord record) {
    record.path = RequestRecord::safePath(QUrl(record.path));
    record.requestId = redaction::requestId(record.requestId);
    m_records.push_back(std::move(record));
    while (int(m_records.size()) > m_capacity)
        m_records.pop_front();
}

QList<RequestRecord> RequestHistory::all() const {
    return QList<RequestRecord>(m_records.cbegin(), m_records.cend());
}

QList<RequestRecord> RequestHistory::about(const QString &id) const {
    QList<RequestRecord> out;
    if (id.isEmpty())
        return out;
    for (const RequestRecord &r : m_records) {
        const QUrl url(r.path);
        const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        bool named = segments.contains(id);
        if (!named) {
            const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
            named = std::any_of(items.cbegin(), items.cend(),
                                [&id](const auto &item) { return item.second == id; });
        }
        if (named)
            out << r;
    }
    return out;
}

} // namespace exotrunk
