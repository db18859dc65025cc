#pragma once

#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The envelopes the sandbox answers with, shaped as the live API's.
namespace exotrunk::sandbox {

// error_data.message: the category of the vendor's error table for an Exotel code.
QString categoryOf(int code);
// error_data.description: the specific text, with the sandbox's hint when there is one.
QString specific(const QString &text, const QString &detail);

QJsonObject itemEnvelope(int code, const QJsonValue &errorData, const QJsonValue &data);
QJsonObject topEnvelope(const QString &method, int httpCode);
ApiReply singleReply(const QString &method, const QJsonObject &data);
// A failed item: message is the code's category, description the specific text.
QJsonObject itemFailure(int httpCode, int code, const QString &text, const QString &detail = {});
// 200 when every item succeeded, 207 otherwise, with total/success(/failed) metadata.
ApiReply multiReply(const QString &method, const QJsonArray &items, bool withFailedCount);

} // namespace exotrunk::sandbox
