#pragma once

#include "accounts/accountmanager.h"
#include "accounts/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QtTest>

#include <optional>

namespace exotrunk::testing {

// Keychain answers arrive through the event loop; 20 s covers a slow keyring daemon start.
constexpr int kKeychainWaitMs = 20000;

// Runs `start` with a callback and spins the event loop until that callback ran.
template <typename Result, typename Start>
std::optional<Result> waitForResult(Start start, int timeoutMs = kKeychainWaitMs) {
    std::optional<Result> result;
    start([&result](const Result &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return result;
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
