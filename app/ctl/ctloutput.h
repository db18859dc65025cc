#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk::ctl {

// How exotrunkctl prints what it read: an aligned table for people, JSON or CSV for scripts.
enum class Format { Table, Json, Csv };

// Rows of one kind. `keys` name the columns for JSON and CSV ("trunk_sid"), `headers` for the
// table ("Trunk SID"); both as long as each row.
struct Table {
    QStringList keys;
    QStringList headers;
    QList<QStringList> rows;
};

// Table: headers, a rule and left-aligned columns; JSON: an array of objects; CSV: RFC 4180
// (a header line of keys, fields quoted when they hold a comma, quote or line break).
QString render(const Table &table, Format format);

// One object (e.g. a trunk): a two-column table of header and value, or one JSON object, or a
// CSV with one row.
QString renderRecord(const Table &oneRow, Format format);

} // namespace exotrunk::ctl
