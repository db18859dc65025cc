#include "domain/jsonfields.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace exotrunk {

namespace {

// 2^53: every integer up to here is exact in a double, so a numeric id converts losslessly.
constexpr double MaxExactInteger = 9007199254740992.0;

QString quoted(const QString &text) {
    const int limit = 40;
    QString shown = text.left(limit);
    if (text.size() > limit)
        shown += QStringLiteral("…");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

JsonFields::JsonFields(const QJsonValue &json, const char *typeName)
    : m_type(QString::fromLatin1(typeName)) {
    if (!json.isObject()) {
        m_error = QStringLiteral("%1: expected a JSON object, got %2.").arg(m_type, describe(json));
        return;
    }
    m_object = json.toObject();
}

void JsonFields::fail(const char *key, const QString &what) {
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: field '%2' %3.").arg(m_type, QLatin1String(key), what);
}

QString JsonFields::describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonFields::requiredString(const char *key) {
    if (hasError())
        return {};
    const QJsonValue v = raw(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string, got %1").arg(describe(v)));
        return {};
    }
    if (v.toString().isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return v.toString();
}

QString JsonFields::presentString(const char *key) {
    if (hasError())
        return {};
    if (raw(key).isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return {};
    }
    return optionalString(key);
}

QString JsonFields::optionalString(const char *key) {
    if (hasError())
        return {};
    const QJsonValue v = raw(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string or null, got %1").arg(describe(v)));
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonFields::idFrom(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d >= 0 && d <= MaxExactInteger && std::floor(d) == d)
            return QString::number(static_cast<qint64>(d));
    }
    return std::nullopt;
}

QString JsonFields::requiredId(const char *key) {
    if (hasError())
        return {};
    const QJsonValue v = raw(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return {};
    }
    const std::optional<QString> id = idFrom(v);
    if (!id) {
        fail(key, v.isDouble()
                      ? QStringLiteral("must be a whole, non-negative number or a string")
                      : QStringLiteral("must be a string or a number, got %1").arg(describe(v)));
        return {};
    }
    if (id->isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return *id;
}

QString JsonFields::optionalId(const char *key) {
    if (hasError())
        return {};
    const QJsonValue v = raw(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return requiredId(key);
}

int JsonFields::optionalInt(const char *key, int fallback, int min, int max) {
    if (hasError())
        return fallback;
    const QJsonValue v = raw(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        fail(key, QStringLiteral("must be a number, got %1").arg(describe(v)));
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        fail(key, QStringLiteral("must be a whole number"));
        return fallback;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(d);
}

std::optional<QDateTime> JsonFields::parseTimestamp(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T "
                       "](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs((fraction + QStringLiteral("00")).left(3).toInt());
    // The API documents UTC; a timestamp without an offset is taken as UTC, not local time.
    int offsetSeconds = 0;
    const QString zone = m.captured(4);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds =
            (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    QDateTime result(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

QDateTime JsonFields::optionalTimestamp(const char *key) {
    if (hasError())
        return {};
    const QJsonValue v = raw(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be an ISO-8601 timestamp string, got %1").arg(describe(v)));
        return {};
    }
    const std::optional<QDateTime> when = parseTimestamp(v.toString());
    if (!when) {
        fail(key, QStringLiteral("is not an ISO-8601 timestamp such as 2026-01-23T09:24:59Z: %1")
                      .arg(quoted(v.toString())));
        return {};
    }
    return *when;
}

QJsonValue JsonFields::timestampToJson(const QDateTime &when) {
    if (!when.isValid())
        return QJsonValue::Null;
    const QDateTime utc = when.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace exotrunk
