#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstring>
#include <memory>

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

// For tests: told of every buffer zeroInPlace() has just zeroed (its address and size in bytes),
// before the buffer is released, so a test can see that a secret dropped deep inside an object
// was zeroed first. Null (nothing told) unless a test sets it.
using ZeroedBufferObserver = void (*)(const void *data, std::size_t bytes);
inline ZeroedBufferObserver &zeroedBufferObserver() {
    static ZeroedBufferObserver observer = nullptr;
    return observer;
}

// Overwrites the characters with zeros when the buffer is not shared, keeping its size (so a
// test can look at the bytes), and reports whether it did.
inline bool zeroInPlace(QString &secret) {
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    const std::size_t bytes = std::size_t(secret.size()) * sizeof(QChar);
    std::memset(static_cast<void *>(secret.data()), 0, bytes);
    if (const ZeroedBufferObserver observe = zeroedBufferObserver())
        observe(secret.constData(), bytes);
    return true;
}

inline bool zeroInPlace(QByteArray &secret) {
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    const std::size_t bytes = std::size_t(secret.size());
    std::memset(secret.data(), 0, bytes);
    if (const ZeroedBufferObserver observe = zeroedBufferObserver())
        observe(secret.constData(), bytes);
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

// A secret kept on the side for a while (a fallback held by a callback until an answer comes):
// a buffer of its own, zeroed when the last holder lets go. Null for an empty secret.
using HeldSecret = std::shared_ptr<const QString>;
inline HeldSecret holdSecret(const QString &secret) {
    if (secret.isEmpty())
        return nullptr;
    // The deleter gets the pointer as made, not as const.
    return HeldSecret(new QString(unsharedCopy(secret)), [](QString *held) {
        wipeSecret(*held);
        delete held;
    });
}

} // namespace exotrunk
