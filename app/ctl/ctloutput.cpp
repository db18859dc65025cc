#include "ctloutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace exotrunk::ctl {

namespace {

QString csvField(const QString &value) {
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csv(const Table &table) {
    QStringList lines;
    QStringList header;
    for (const QString &key : table.keys)
        header << csvField(key);
    lines << header.join(QLatin1Char(','));
    for (const QStringList &row : table.rows) {
        QStringList fields;
        for (const QString &value : row)
            fields << csvField(value);
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

QJsonObject object(const Table &table, const QStringList &row) {
    QJsonObject o;
    for (qsizetype i = 0; i < table.keys.size() && i < row.size(); ++i)
        o.insert(table.keys.at(i), row.at(i));
    return o;
}

QString aligned(const QStringList &headers, const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i))
                                            : cells.at(i));
        return padded.join(QLatin1String("  "));
    };
    QStringList out{line(headers)};
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    out << rule.join(QLatin1String("  "));
    for (const QStringList &row : rows)
        out << line(row);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString render(const Table &table, Format format) {
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : table.rows)
            array.append(object(table, row));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    case Format::Csv:
        return csv(table);
    case Format::Table:
        break;
    }
    return aligned(table.headers, table.rows);
}

QString renderRecord(const Table &oneRow, Format format) {
    if (format == Format::Json) {
        const QStringList row = oneRow.rows.value(0);
        return QString::fromUtf8(
            QJsonDocument(object(oneRow, row)).toJson(QJsonDocument::Indented));
    }
    if (format == Format::Csv)
        return csv(oneRow);
    QList<QStringList> pairs;
    const QStringList row = oneRow.rows.value(0);
    for (qsizetype i = 0; i < oneRow.headers.size(); ++i)
        pairs << QStringList{oneRow.headers.at(i) + QLatin1Char(':'), row.value(i)};
    QString text;
    qsizetype width = 0;
    for (const QStringList &p : pairs)
        width = std::max(width, p.first().size());
    for (const QStringList &p : pairs)
        text += p.first().leftJustified(width + 1) + p.last() + QLatin1Char('\n');
    return text;
}

} // namespace exotrunk::ctl
