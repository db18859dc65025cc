#pragma once

#include "api/exotelclient.h"
#include "logcapture.h"
#include "sandboxfixture.h"
#include "waiting.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <optional>

namespace exotrunk::testing {

// Runs one client call to completion. Always holds a result: when no answer came within
// `timeoutMs` the running test has failed and the result is a Timeout error.
template <typename T>
std::optional<ApiResult<T>>
runCall(const std::function<void(QObject *, ExotelClient::Callback<T>)> &issue,
        int timeoutMs = 8000, const char *file = __builtin_FILE(), int line = __builtin_LINE()) {
    return awaitApi<T>(issue, timeoutMs, file, line);
}

inline std::optional<TrunkSid> createTrunk(ExotelClient &client, const QString &name) {
    NewTrunk nt;
    nt.name = name;
    nt.domainName = NewTrunk::domainFor(client.config().accountSid);
    const auto r = runCall<Trunk>([&](QObject *ctx, ExotelClient::Callback<Trunk> done) {
        client.createTrunk(nt, ctx, done);
    });
    if (!r || !r->isOk())
        return std::nullopt;
    return r->value().sid;
}

// The trunk's credentials as the sandbox lists them. A listing that fails fails the running test
// (at the caller's line): an empty list always means "none", never "could not tell".
inline QList<Credential> credentials(ExotelClient &client, const TrunkSid &sid,
                                     const char *file = __builtin_FILE(),
                                     int line = __builtin_LINE()) {
    const auto r = runCall<QList<Credential>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<Credential>> done) {
            client.listCredentials(sid, ctx, done);
        },
        8000, file, line);
    if (r->isOk())
        return r->value();
    QTest::qFail(qPrintable(QStringLiteral("listing the credentials of %1 failed: %2")
                                .arg(sid.value(), r->error().technicalDetails())),
                 file, line);
    return {};
}

inline std::optional<Credential> credentialNamed(ExotelClient &client, const TrunkSid &sid,
                                                 const QString &userName,
                                                 const char *file = __builtin_FILE(),
                                                 int line = __builtin_LINE()) {
    for (const Credential &c : credentials(client, sid, file, line)) {
        if (c.userName == userName)
            return c;
    }
    return std::nullopt;
}

inline std::optional<Credential> createCredential(ExotelClient &client, const TrunkSid &sid,
                                                  const QString &userName,
                                                  const QString &password) {
    NewCredential nc;
    nc.userName = userName;
    nc.password = password;
    const auto r = runCall<Credential>([&](QObject *ctx, ExotelClient::Callback<Credential> done) {
        client.createCredential(sid, nc, ctx, done);
    });
    if (!r || !r->isOk())
        return std::nullopt;
    return r->value();
}

// QSettings of the suite go to a private directory, so they can be searched and never touch
// the user's.
inline void isolateSettings(const QTemporaryDir &dir) {
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("editing"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
}

// Every file below `dir` (the settings) that contains `needle`.
inline QStringList filesContaining(const QString &dir, const QString &needle) {
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            hits << path;
    }
    return hits;
}

template <typename W> W *child(QObject *parent, const char *name) {
    return parent ? parent->findChild<W *>(QString::fromLatin1(name)) : nullptr;
}

inline bool click(QObject *parent, const char *name) {
    auto *button = child<QAbstractButton>(parent, name);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace exotrunk::testing
