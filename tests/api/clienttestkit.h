#pragma once

// Shared by the client suites: capture a callback's result, start a sandbox + client pair, and
// read the sandbox's request log.

#include "api/exotelclient.h"
#include "sandboxfixture.h"

#include <QtTest>

#include <memory>
#include <optional>

namespace exotrunk::testing {

// Records what a client callback received, and how often.
template <typename T> class Capture {
public:
    ExotelClient::Callback<T> callback() {
        return [this](const ApiResult<T> &result) {
            m_result = result;
            ++m_count;
        };
    }
    bool wait(int ms = 8000) {
        return QTest::qWaitFor([this] { return m_count > 0; }, ms);
    }
    int count() const { return m_count; }
    bool isOk() const { return m_result && m_result->isOk(); }
    const ApiResult<T> &result() const { return *m_result; }
    const T &value() const { return m_result->value(); }
    const ApiError &error() const { return m_result->error(); }
    QString describe() const {
        if (!m_result)
            return QStringLiteral("no result");
        if (m_result->isOk())
            return QStringLiteral("ok");
        return ApiError::kindName(error().kind) + QStringLiteral(": ") + error().technicalDetails();
    }

private:
    std::optional<ApiResult<T>> m_result;
    int m_count = 0;
};

// Requests the sandbox received whose path contains `part` (and method, when given).
inline int countRequests(const sandbox::SandboxServer &server, const QString &method,
                         const QString &part) {
    int n = 0;
    for (const sandbox::LoggedRequest &r : server.requestLog()) {
        if ((method.isEmpty() || r.method == method) && r.path.contains(part))
            ++n;
    }
    return n;
}

} // namespace exotrunk::testing
