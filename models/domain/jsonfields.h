#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace exotrunk {

// Reads the fields of one untrusted JSON object and remembers the first problem as a sentence
// that names the type and the field. Every accessor returns a harmless default once an error
// is recorded, so a decoder reads all fields in a row and checks error() once at the end.
class JsonFields {
public:
    JsonFields(const QJsonValue &json, const char *typeName);

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Present, a non-empty string.
    QString requiredString(const char *key);
    // Present, a string that may be empty (the live API keeps empty trunk names).
    QString presentString(const char *key);
    // Absent or null → empty; otherwise must be a string.
    QString optionalString(const char *key);
    // A string or an integral number (ids arrive both ways); stored as a string, never empty.
    QString requiredId(const char *key);
    // The same, absent or null → empty.
    QString optionalId(const char *key);
    // An integral JSON number within [min, max]; absent or null → fallback.
    int optionalInt(const char *key, int fallback, int min, int max);
    // ISO-8601 timestamp; absent or null → invalid QDateTime; a malformed one is an error.
    QDateTime optionalTimestamp(const char *key);
    // The raw value, for fields with their own rules (mode).
    QJsonValue raw(const char *key) const { return m_object.value(QLatin1String(key)); }
    void fail(const char *key, const QString &what);

    // Describes a JSON value's type for messages: "a string", "null", "an object" …
    static QString describe(const QJsonValue &value);
    // Parses "2026-01-23T09:24:59Z" (fraction and numeric offset allowed) into UTC.
    static std::optional<QDateTime> parseTimestamp(const QString &text);
    // The wire form of a timestamp: ISO-8601 UTC with a Z, or null when invalid.
    static QJsonValue timestampToJson(const QDateTime &when);
    // An id as the API sends it: a string, or an integral number; nullopt for anything else.
    static std::optional<QString> idFrom(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_type;
    QString m_error;
};

} // namespace exotrunk
