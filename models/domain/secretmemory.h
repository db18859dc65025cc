#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

namespace exotrunk {

// Zeroing a secret in memory, with Qt's implicit sharing in mind: writing to a QString or
// QByteArray whose buffer is shared first copies it (detaches), so the zeros would land in a new
// buffer and the secret stay in the old one. These helpers zero a buffer in place only when
// this object is its sole owner; a shared buffer is let go, and is zeroed by whichever owner
// wipes it last. Hand a secret to a widget or another owner as unsharedCopy() so that each
// owner can wipe its own buffer.

inline QString unsharedCopy(const QString &secret) {
    return secret.isEmpty() ? QString() : QString(secret.constData(), secret.size());
}

inline QByteArray unsharedCopy(const QByteArray &secret) {
    return secret.isEmpty() ? QByteArray() : QByteArray(secret.constData(), secret.size());
}

// Overwrites the characters with zeros when the buffer is not shared, keeping its size (so a
// test can look at the bytes), and reports whether it did.
inline bool zeroInPlace(QString &secret) {
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    std::memset(static_cast<void *>(secret.data()), 0, size_t(secret.size()) * sizeof(QChar));
    return true;
}

inline bool zeroInPlace(QByteArray &secret) {
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    std::memset(secret.data(), 0, size_t(secret.size()));
    return true;
}

// Zeroes (when not shared) and empties.
inline void wipeSecret(QString &secret) {
    zeroInPlace(secret);
    secret = QString();
}

inline void wipeSecret(QByteArray &secret) {
    zeroInPlace(secret);
    secret = QByteArray();
}

} // namespace exotrunk
