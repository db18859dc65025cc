#include "ctlsupport.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace exotrunk::ctl {

void print(const QString &text) {
    QTextStream(stdout) << text;
}

void printError(const QString &text) {
    QTextStream(stderr) << "exotrunkctl: " << text << Qt::endl;
}

int exitCodeFor(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        return ExitUnreachable;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::PermissionDenied:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Duplicate:
        return ExitRefused;
    default:
        break;
    }
    return ExitFailed;
}

int fail(const ApiError &error) {
    printError(error.userMessage());
    return exitCodeFor(error);
}

namespace {

int interruptPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte into the pipe; the event loop does the rest.
void onSigint(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}

} // namespace

Interrupt *interruptNotifier() {
    static Interrupt *notifier = [] {
        auto *interrupt = new Interrupt(QCoreApplication::instance());
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) != 0)
            return interrupt;
        auto *reader = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, interrupt);
        QObject::connect(reader, &QSocketNotifier::activated, interrupt, [interrupt] {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(interruptPipe[0], &byte, 1);
            if (interrupt->isHandled()) {
                emit interrupt->requested();
                return;
            }
            std::signal(SIGINT, SIG_DFL);
            std::raise(SIGINT);
        });
        struct sigaction action = {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        return interrupt;
    }();
    return notifier;
}

QString timestamp(const QDateTime &at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace exotrunk::ctl
