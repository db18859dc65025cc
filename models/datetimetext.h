#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace exotrunk {

// How the console shows a moment (created, updated, set at, started at): in local time, the
// locale's short date and its time with seconds, without a time zone ("1/23/26 2:54:59 PM",
// "23.01.26 14:54:59"). Seconds matter here: support staff match these against request logs.
// "—" for an invalid moment.
QString dateTimeText(const QDateTime &when, const QLocale &locale = QLocale());

// The format dateTimeText() uses: the locale's short date format, then its long time format
// (which has seconds) with the time zone left out.
QString dateTimeFormatWithSeconds(const QLocale &locale = QLocale());

} // namespace exotrunk
