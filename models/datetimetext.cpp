#include "datetimetext.h"

namespace exotrunk {

QString dateTimeFormatWithSeconds(const QLocale &locale) {
    const QString longTime = locale.timeFormat(QLocale::LongFormat);
    QString time;
    time.reserve(longTime.size());
    bool quoted = false;
    for (const QChar c : longTime) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        // 't' is the time zone; quoted text is literal.
        if (!quoted && c == QLatin1Char('t'))
            continue;
        time += c;
    }
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time.simplified();
}

QString dateTimeText(const QDateTime &when, const QLocale &locale) {
    if (!when.isValid())
        return QStringLiteral("—");
    return locale.toString(when.toLocalTime(), dateTimeFormatWithSeconds(locale));
}

} // namespace exotrunk
