#pragma once

#include "sandboxaccount.h"
#include "sandboxapi.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

// Reading a request and answering its errors the way the live API does: a body decoded like the
// vendor's Go server (a wrong JSON type fails the whole body with 1007), error_data with the
// category as message and the specific text as description, and paged lists.
namespace exotrunk::sandbox {

enum class FieldState { Absent, Present, WrongType };

// A string field; null counts as absent, as Go's decoder leaves the field empty.
FieldState stringField(const QJsonObject &object, const QString &key, QString *out);
// The JSON type's name as Go's decoder reports it ("number", "string", …).
QString typeName(const QJsonValue &value);

ApiReply notFound(const ApiRequest &r, const QString &text, const QString &detail);
ApiReply mandatory(const ApiRequest &r, const QString &text);
ApiReply invalid(const ApiRequest &r, const QString &text, const QString &detail = {});
ApiReply duplicate(const ApiRequest &r, const QString &description);
ApiReply badBody(const ApiRequest &r, const QString &description);
ApiReply wrongType(const ApiRequest &r, const QJsonObject &body, const QString &field,
                   const QString &goType);

// A trunk of this account; answers 1003 for another account's trunk (the live API does not say
// which of "invalid", "missing" or "not yours" it is), 1000 for one that does not exist.
TrunkRecord *findTrunk(const Account &account, const ApiRequest &r, const QString &sid,
                       ApiReply *error);

// Parses the body as a JSON object, or sets `error` to the live API's 1007.
std::optional<QJsonObject> parseBody(const ApiRequest &r, ApiReply *error);

// An integer field decoded into a Go integer type of range [min, max] (uint8: 0..255): absent or
// null leaves `out` empty; anything that is not a whole number in that range fails the body
// (1007) before any range check of the API's own.
std::optional<ApiReply> integerField(const ApiRequest &r, const QJsonObject &body,
                                     const QString &key, int min, int max, const QString &goType,
                                     std::optional<int> *out);

// Lists come in two observed metadata flavours: with total/page (trunks, credentials) and
// without (phone numbers, IPs, destination URIs), and their page URIs order the query
// parameters differently. Both are mirrored so clients are tested against each.
enum class ListStyle { WithTotal, Plain };

struct ListSpec {
    QString path; // absolute path of the page URIs
    ListStyle style = ListStyle::Plain;
    QString filter; // query the page URIs keep ("exophone=%2B91…"), before paging parameters
    PageLimits limits;
};

// One page of `total` items per offset/page_size; an empty collection has no metadata at all.
ApiReply listReply(const ApiRequest &r, const ListSpec &spec, int total,
                   const std::function<QJsonObject(int)> &itemAt);

} // namespace exotrunk::sandbox
