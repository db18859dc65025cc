#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace exotrunk::testdata {

// The vendor docs' example responses and the malformed bodies, copied into tests/unit/data.
inline QByteArray load(const QString &name) {
    QFile file(QStringLiteral(EXOTRUNK_UNIT_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data %s is missing", qPrintable(name));
    return file.readAll();
}

inline QStringList jsonFiles() {
    return QDir(QStringLiteral(EXOTRUNK_UNIT_DATA_DIR))
        .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

} // namespace exotrunk::testdata
