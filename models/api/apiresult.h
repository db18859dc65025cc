#pragma once

#include "api/apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace exotrunk {

// The typed outcome of one API call: a value, or an ApiError.
template <typename T> class ApiResult {
public:
    static ApiResult success(T value, const QString &requestId = {}) {
        ApiResult r;
        r.m_value = std::move(value);
        r.m_requestId = requestId;
        return r;
    }
    // A list that left out items it could not read: one sentence per skipped item.
    static ApiResult partial(T value, const QStringList &skipped, const QString &requestId = {}) {
        ApiResult r = success(std::move(value), requestId);
        r.m_skipped = skipped;
        return r;
    }
    static ApiResult failure(const ApiError &error) {
        ApiResult r;
        r.m_requestId = error.requestId;
        r.m_error = error;
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ApiError &error() const { return m_error; }
    const QString &requestId() const { return m_requestId; }
    // Items of a successful list that could not be read and were left out (never silently).
    int skippedCount() const { return int(m_skipped.size()); }
    const QStringList &skippedItems() const { return m_skipped; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    QString m_requestId;
    QStringList m_skipped;
};

// The outcome of one element of a multi-item request (207 Multi-Status): what was asked
// (e.g. the destination string), and the created value or the reason it failed.
template <typename T> struct ItemOutcome {
    QString input;
    std::optional<T> value;
    ApiError error;
    bool isOk() const { return value.has_value(); }
};

} // namespace exotrunk
