#pragma once

#include "accounts/accountmanager.h"
#include "accounts/secretstore.h"
#include "waiting.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QtTest>

#include <memory>
#include <optional>

namespace exotrunk::testing {

// Keychain answers arrive through the event loop; 20 s covers a slow keyring daemon start.
constexpr int kKeychainWaitMs = 20000;

// What a wait that timed out hands back in place of an answer: a failure, never a success.
inline SecretResult noAnswer(const SecretResult *) {
    SecretResult r;
    r.error = SecretResult::Error::Unavailable;
    r.message = QStringLiteral("The test got no answer in time.");
    return r;
}
inline RotationResult noAnswer(const RotationResult *) {
    RotationResult r;
    r.storage = noAnswer(static_cast<const SecretResult *>(nullptr));
    return r;
}
template <typename T> std::optional<T> noAnswer(const std::optional<T> *) {
    return std::nullopt;
}

// Runs `start` with a callback and spins the event loop until that callback ran. Always holds a
// result: on timeout the running test has failed (at the caller's line) and the result is a
// failure (noAnswer), so `->value` or `->isOk()` of it is never read from an empty optional.
template <typename Result, typename Start>
std::optional<Result> waitForResult(Start start, int timeoutMs = kKeychainWaitMs,
                                    const char *file = __builtin_FILE(),
                                    int line = __builtin_LINE()) {
    auto result = std::make_shared<std::optional<Result>>();
    // Shared with the callback: a late answer after a timeout writes into a live object.
    start([result](const Result &r) { *result = r; });
    if (!waitOrFail([&result] { return result->has_value(); }, timeoutMs, "a keychain answer", file,
                    line))
        return std::optional<Result>(std::in_place, noAnswer(static_cast<const Result *>(nullptr)));
    return *result;
}

// Files under `root` whose bytes contain `needle` (UTF-8), for "the token was never written".
inline QStringList filesContaining(const QString &root, const QByteArray &needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace exotrunk::testing
