#include "api/replylimits.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <limits>

#include <memory>

namespace exotrunk::replylimits {

void guard(QNetworkReply *reply, const ClientConfig &config,
           const std::function<void(Abort)> &aborted) {
    const qint64 cap = config.maxAnswerBytes;
    auto fired = std::make_shared<bool>(false);
    const auto abortFor = [reply, aborted, fired](Abort reason) {
        // The last progress of an answer that arrived in one piece comes when the reply has
        // already finished: it is still refused. A deadline after the end means nothing.
        if (*fired || (reason == Abort::Deadline && reply->isFinished()))
            return;
        *fired = true;
        aborted(reason);
        if (!reply->isFinished())
            reply->abort();
    };
    if (cap > 0) {
        // The announced length stops a large answer before its body; the count of what arrived
        // stops one that announces nothing (chunked) or lies.
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [abortFor, cap](qint64 received, qint64 total) {
                             if (received > cap || total > cap)
                                 abortFor(Abort::TooLarge);
                         });
    }
    const qint64 deadline = config.requestDeadline.count();
    if (deadline > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, reply, [abortFor] { abortFor(Abort::Deadline); });
        timer->start(int(std::min<qint64>(deadline, std::numeric_limits<int>::max())));
    }
}

ApiError errorFor(Abort reason, const ClientConfig &config, bool isWrite) {
    ApiError e;
    if (reason == Abort::TooLarge) {
        e.kind = ApiError::Kind::MalformedResponse;
        e.message = QCoreApplication::translate(
                        "exotrunk::ExotelClient",
                        "The server's answer was larger than %1 MiB, so the console stopped "
                        "reading it. A proxy or a wrong API address may be answering instead "
                        "of Exotel.")
                        .arg(double(config.maxAnswerBytes) / (1024.0 * 1024.0));
    } else {
        e.kind = ApiError::Kind::Timeout;
        e.message =
            QCoreApplication::translate("exotrunk::ExotelClient",
                                        "The server did not finish answering within %1 seconds.")
                .arg(double(config.requestDeadline.count()) / 1000.0);
    }
    if (isWrite)
        e.message += QLatin1Char(' ') +
                     QCoreApplication::translate(
                         "exotrunk::ExotelClient",
                         "The server may or may not have applied the change: refresh to see "
                         "the current state before trying again.");
    return e;
}

} // namespace exotrunk::replylimits
