#pragma once

// Waiting for asynchronous answers in a test. Every helper here FAILS the running test when the
// answer does not come in time, and still hands back a usable value (an error, never an empty
// optional), so that no caller goes on with "nothing" as if it were an answer — e.g. an empty
// list read as "the credential is gone".

#include "api/apiresult.h"

#include <QObject>
#include <QString>
#include <QtTest>

#include <functional>
#include <optional>

namespace exotrunk::testing {

constexpr int kAnswerWaitMs = 15000;

// Spins the event loop until `done` holds. On timeout records a failure of the running test at
// the caller's file and line, naming `what`, and returns false.
inline bool waitOrFail(const std::function<bool()> &done, int timeoutMs, const char *what,
                       const char *file = __builtin_FILE(), int line = __builtin_LINE()) {
    if (QTest::qWaitFor(done, timeoutMs))
        return true;
    const QString message = QStringLiteral("timed out after %1 ms waiting for %2")
                                .arg(timeoutMs)
                                .arg(QString::fromUtf8(what));
    QTest::qFail(qPrintable(message), file, line);
    return false;
}

// What a call that timed out in a test stands for: a Timeout error, so that a caller checking
// isOk() sees a failure and one reading the error has words to print.
inline ApiError noAnswerInTime(int timeoutMs) {
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.message = QStringLiteral("The test got no answer within %1 ms.").arg(timeoutMs);
    return error;
}

// Runs one callback-style client call, `start(context, callback)`, and waits for its answer.
// On timeout the running test has failed and the result is noAnswerInTime(); the context is
// gone by then, so a late answer reaches nobody.
template <typename T, typename Start>
ApiResult<T> awaitApi(Start start, int timeoutMs = kAnswerWaitMs,
                      const char *file = __builtin_FILE(), int line = __builtin_LINE()) {
    std::optional<ApiResult<T>> out;
    {
        QObject context;
        start(&context, [&out](const ApiResult<T> &r) { out = r; });
        if (waitOrFail([&out] { return out.has_value(); }, timeoutMs, "a client answer", file,
                       line))
            return *out;
    }
    return ApiResult<T>::failure(noAnswerInTime(timeoutMs));
}

// awaitApi() for suites that read the answer through an optional (`sync<T>(…)->value()`).
// Always holds a result: on timeout the test has failed and the result is a Timeout error.
template <typename T, typename Start>
std::optional<ApiResult<T>> sync(Start start, const char *file = __builtin_FILE(),
                                 int line = __builtin_LINE()) {
    return awaitApi<T>(start, kAnswerWaitMs, file, line);
}

} // namespace exotrunk::testing
