#pragma once

#include "api/exotelclient.h"
#include "sandboxfixture.h"

#include <QTimer>
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QWidget>
#endif

#include <functional>
#include <memory>

namespace exotrunk::testing {

// A client for `server` that is not slowed by the per-minute limit (the sandbox's own limit
// is what a test exercises when it wants one).
inline std::unique_ptr<ExotelClient> fastClientFor(const sandbox::SandboxServer &server) {
    ClientConfig config = clientConfigFor(server);
    config.requestsPerMinute = 1000000;
    config.maxConcurrentRequests = 6;
    return std::make_unique<ExotelClient>(config);
}

inline sandbox::SandboxOptions unlimitedSandbox() {
    sandbox::SandboxOptions options;
    options.requestsPerMinute = 0; // no limit: suites send more than 200 requests a minute
    return options;
}

#ifdef QT_WIDGETS_LIB
// Answers the next modal dialog: polls until one is active, then hands it to `answer`.
inline void whenModalAppears(std::function<void(QWidget *)> answer, int attempts = 200) {
    QTimer::singleShot(20, [answer = std::move(answer), attempts]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            answer(modal);
            return;
        }
        if (attempts > 0)
            whenModalAppears(std::move(answer), attempts - 1);
    });
}
#endif

} // namespace exotrunk::testing
