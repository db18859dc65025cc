#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMetaMethod>
#include <QObject>
#include <QString>

#include <optional>

// What every exotrunkctl command needs: printing, running a client call to its answer, and the
// exit code an API error maps to.
namespace exotrunk::ctl {

// exotrunkctl's exit codes (documented in its --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,      // the command ran and failed (e.g. `check` found what blocks calls)
    ExitUsage = 2,       // wrong arguments, or a confirmation that does not match
    ExitPartial = 3,     // some changes were made, others not
    ExitRefused = 4,     // the server refused the request (4xx)
    ExitUnreachable = 5, // no answer: network, TLS, timeout, 5xx
};

void print(const QString &text);
// "exotrunkctl: <text>" on standard error.
void printError(const QString &text);
// The documented exit code for `error` (4 refused by the server, 5 not reachable, 1 otherwise).
int exitCodeFor(const ApiError &error);
// Prints the error's message and returns its exit code.
int fail(const ApiError &error);
// ISO 8601 in UTC; empty for an invalid time.
QString timestamp(const QDateTime &at);

// Ctrl+C (SIGINT) as a Qt signal: a long command stops cleanly and reports what it did instead
// of dying half-way. Without a connection, the first Ctrl+C ends the process as usual.
class Interrupt : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Whether a command listens; if not, SIGINT gets its default action back.
    bool isHandled() const {
        return isSignalConnected(QMetaMethod::fromSignal(&Interrupt::requested));
    }
signals:
    void requested();
};
// Installs the SIGINT handler (once) and returns the object that signals it.
Interrupt *interruptNotifier();

// Runs one client call to its answer on a local event loop. `start(context, done)` makes the
// call with `context` as its context object.
template <typename T, typename Start> ApiResult<T> await(Start start) {
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start(&loop, [&](const ApiResult<T> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace exotrunk::ctl
