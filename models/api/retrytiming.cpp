#include "api/retrytiming.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <optional>

namespace exotrunk::retrytiming {

namespace {

qint64 clampSeconds(double seconds, qint64 ceilingMs) {
    if (!std::isfinite(seconds) || seconds <= 0)
        return 0;
    const double ceilingSeconds = double(ceilingMs) / 1000.0;
    return qint64(std::ceil(std::min(seconds, ceilingSeconds) * 1000.0));
}

std::optional<double> secondsIn(const QJsonObject &object) {
    const QJsonValue value = object.value(QLatin1String("retry_after"));
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double seconds = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return seconds;
    }
    return std::nullopt;
}

} // namespace

qint64 fromHeader(const QByteArray &raw, const QDateTime &nowUtc, qint64 ceilingMs) {
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(seconds, 0, ceilingMs / 1000) * 1000;
    const QString text = QString::fromLatin1(value);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    return std::clamp<qint64>(nowUtc.msecsTo(when), 0, ceilingMs);
}

qint64 fromBody(const QByteArray &body, qint64 ceilingMs) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty())
        return -1;
    const QJsonObject response = root.value(QLatin1String("response")).toObject();
    const QJsonObject errorData = response.value(QLatin1String("error_data")).toObject();
    for (const QJsonObject &where : {root, response, errorData}) {
        if (const std::optional<double> seconds = secondsIn(where))
            return clampSeconds(*seconds, ceilingMs);
    }
    return -1;
}

qint64 backoff(int attempt, std::chrono::milliseconds initialBackoff,
               std::chrono::milliseconds maxBackoff) {
    const qint64 initial = std::max<qint64>(1, initialBackoff.count());
    const qint64 cap = std::max<qint64>(initial, maxBackoff.count());
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 base = std::min(cap, initial << shift);
    // Jitter spreads clients that were throttled together.
    const qint64 jitter =
        QRandomGenerator::global()->bounded(int(std::min<qint64>(base / 4, 1 << 30)) + 1);
    return std::min(cap, base + jitter);
}

} // namespace exotrunk::retrytiming
