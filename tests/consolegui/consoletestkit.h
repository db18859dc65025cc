#pragma once

// Helpers for the suites that build the whole console (exotrunk::Console) and drive its window
// by object name over real HTTP.

#include "api/exotelclient.h"
#include "console.h"
#include "logcapture.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "trunklistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QtTest>

#include <optional>

namespace exotrunk::testing {

constexpr int kConsoleWaitMs = 15000;

// Points the XDG directories named in `names` below `root` (created), and clears the EXOTEL_*
// variables so the console decides from its settings alone. Call in main() before the
// QApplication exists.
inline void isolateXdg(const QString &root, std::initializer_list<const char *> names) {
    for (const char *name : names) {
        const QString path = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
    for (const char *name : {"EXOTEL_ACCOUNT_SID", "EXOTEL_API_KEY", "EXOTEL_API_TOKEN"})
        qunsetenv(name);
}

// Files below `root` whose bytes contain `needle`.
inline QStringList filesContaining(const QString &root, const QByteArray &needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

// What an Authorization header for `key`/`token` would carry.
inline QByteArray basicCredentials(const QString &key, const QString &token) {
    return (key + QLatin1Char(':') + token).toUtf8().toBase64();
}

// The visible top-level or child widget of type W called `name` below `parent` (a closed
// dialog waiting for deleteLater does not count).
template <typename W = QWidget> W *visibleChild(QObject *parent, const QString &name) {
    if (!parent)
        return nullptr;
    for (W *w : parent->findChildren<W *>(name)) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

template <typename W = QWidget> W *visibleChild(QObject *parent, const char *name) {
    return visibleChild<W>(parent, QString::fromLatin1(name));
}

// Clicks the named button if it is visible and enabled.
inline bool clickButton(QObject *parent, const char *name) {
    auto *button = visibleChild<QAbstractButton>(parent, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// The trunk names the window's list shows, in view order.
inline QStringList listedTrunkNames(ui::MainWindow &window) {
    QStringList names;
    auto *table = window.findChild<QTableView *>(QStringLiteral("trunkTable"));
    if (!table)
        return names;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(TrunkListModel::NameRole).toString();
    return names;
}

inline int rowOfTrunk(ui::MainWindow &window, const QString &name) {
    return int(listedTrunkNames(window).indexOf(name));
}

// Creates trunks called `names` on `server` over HTTP, so that each account has its own rows.
inline bool seedTrunks(const sandbox::SandboxServer &server, const QStringList &names) {
    ExotelClient client(clientConfigFor(server));
    for (const QString &name : names) {
        NewTrunk nt;
        nt.name = name;
        nt.domainName = NewTrunk::domainFor(server.options().accountSid);
        std::optional<bool> ok;
        QObject context;
        client.createTrunk(nt, &context, [&ok](const ApiResult<Trunk> &r) { ok = r.isOk(); });
        QDeadlineTimer deadline(8000);
        while (!ok && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!ok || !*ok)
            return false;
    }
    return true;
}

// Requests in `server`'s log whose method is `method` and whose path contains `part`.
inline int countRequests(const sandbox::SandboxServer &server, const QString &method,
                         const QString &part) {
    int n = 0;
    for (const sandbox::LoggedRequest &r : server.requestLog())
        n += r.method == method && r.path.contains(part);
    return n;
}

// Whitelists 127.0.0.1 on the trunk `trunkSid` of `server` and adds `uri` as its destination,
// over raw HTTP: the console itself refuses a loopback address, but the probe's tests reach only
// loopback peers. False when the sandbox refused either.
inline bool addLoopbackDestination(const sandbox::SandboxServer &server, const QString &trunkSid,
                                   const QString &uri) {
    QNetworkAccessManager nam;
    const auto post = [&](const QString &section, const QJsonObject &body) {
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/v2/accounts/%1/trunks/%2/%3")
                        .arg(server.options().accountSid, trunkSid, section));
        QNetworkRequest request(url);
        request.setRawHeader(
            "Authorization",
            "Basic " + basicCredentials(server.options().apiKey, server.options().apiToken));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return done && status / 100 == 2;
    };
    return post(QStringLiteral("whitelisted-ips"),
                QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                            {QStringLiteral("mask"), 32}}) &&
           post(QStringLiteral("destination-uris"),
                QJsonObject{{QStringLiteral("destinations"),
                             QJsonArray{QJsonObject{{QStringLiteral("destination"), uri}}}}});
}

} // namespace exotrunk::testing
