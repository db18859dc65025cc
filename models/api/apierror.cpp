#include "api/apierror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace exotrunk {

namespace {

// Server-provided text is shown to the user and written to logs, so anything shaped like a
// credential is masked first: Basic/Bearer values, key=value pairs with a sensitive name,
// user info in URLs. The console never puts its own secrets into an ApiError, but an echoing
// proxy or a confused server might.
QString scrub(QString text) {
    static const QRegularExpression authHeader(
        QStringLiteral(
            R"re(\b(authorization\s*[:=]\s*)("?)(?:(?:basic|bearer|digest)\s+)?[^\s",;]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(
        QStringLiteral(R"re(\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{6,})re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assigned(
        QStringLiteral(
            R"re(\b((?:api[_-]?)?(?:token|key|secret|password|passwd|pwd)[A-Za-z_]*"?\s*[:=]\s*"?)[^\s"&,;]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(
        QStringLiteral(R"re(\b([a-z][a-z0-9+.-]*://)[^/@\s]+@)re"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(authHeader, QStringLiteral("\\1\\2***"));
    text.replace(scheme, QStringLiteral("\\1 ***"));
    text.replace(assigned, QStringLiteral("\\1***"));
    text.replace(userInfo, QStringLiteral("\\1***@"));
    // Long server messages are cut: the details view is not a place for an HTML page.
    const int limit = 300;
    text = text.simplified();
    if (text.size() > limit)
        text = text.left(limit) + QStringLiteral("…");
    return text;
}

// `signature` is the endpoint's "PUT /trunks/{trunk_sid}"; empty when unknown.
QString unsupportedSentence(const QString &signature) {
    if (signature.isEmpty())
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "This account's server does not support this action. Nothing was changed.");
    return QCoreApplication::translate("exotrunk::ApiError",
                                       "This account's server does not support this action "
                                       "(%1). Nothing was changed.")
        .arg(signature);
}

QString kindSentence(ApiError::Kind kind, int httpStatus) {
    using K = ApiError::Kind;
    switch (kind) {
    case K::None:
        return {};
    case K::Network:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Could not reach Exotel. Check the internet connection, any proxy or firewall, and "
            "that the API address of the account is right.");
    case K::Timeout:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel did not answer in time. The request may or may not have been carried out: "
            "refresh the view before trying again.");
    case K::Tls:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "The secure connection to Exotel could not be verified. Check the computer's date "
            "and time, and whether a proxy intercepts HTTPS traffic.");
    case K::Authentication:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel rejected the API key or token. Check both, and that the account's region is "
            "right: a Mumbai account does not work against Singapore.");
    case K::PermissionDenied:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel refused access. The trunk probably belongs to another account, or the API key "
            "lacks permission for it: check the account selected and the trunk SID.");
    case K::NotFound:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel could not find what was asked for. It may have been deleted or belong to "
            "another account: refresh the list and check the trunk SID or id.");
    case K::Validation:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel refused the request because a value was missing or invalid. Check the fields "
            "shown and try again.");
    case K::Duplicate:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "This already exists on the trunk, so nothing was changed. That is safe to ignore if "
            "the existing entry is the one wanted.");
    case K::RateLimited:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Too many requests to Exotel for this account (the limit is 200 per minute). Wait a "
            "minute before trying again.");
    case K::Server:
        if (httpStatus >= 500)
            return QCoreApplication::translate(
                       "exotrunk::ApiError",
                       "Exotel had an internal problem (HTTP %1). Try again in a few "
                       "minutes; if it "
                       "persists, contact Exotel support with the request id.")
                .arg(httpStatus);
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel reported a failure without a usable reason. Try again; if it persists, "
            "contact Exotel support with the request id.");
    case K::MalformedResponse:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel's answer could not be understood, so the console cannot tell whether the "
            "request succeeded. Refresh the view before trying again; a proxy or a wrong API "
            "address may be answering instead of Exotel.");
    case K::Cancelled:
        return QCoreApplication::translate("exotrunk::ApiError",
                                           "The request was cancelled before it finished.");
    case K::Unsupported:
        return unsupportedSentence(QString());
    }
    return {};
}

} // namespace

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Authentication:
        return QStringLiteral("Authentication");
    case Kind::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::Duplicate:
        return QStringLiteral("Duplicate");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Unsupported:
        return QStringLiteral("Unsupported");
    }
    return QStringLiteral("Unknown");
}

QString ApiError::adviceForExotelCode(int code) {
    switch (code) {
    case 1000:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel could not find the trunk, phone-number id or path (code 1000). Check the "
            "trunk SID and id, and refresh the list: it may have been deleted or belong to another "
            "account.");
    case 1001:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "A mandatory field was missing from the request (code 1001). Fill in every required "
            "field and try again.");
    case 1002:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel found a value invalid (code 1002): check the format of the IP address, host "
            "name, port or E.164 number. An IP destination must be whitelisted on the trunk "
            "first.");
    case 1003:
        // The server answers 1003 alike for an invalid SID, a trunk that does not exist and one
        // of another account, by design: the advice names all three.
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel refused access (code 1003): the trunk SID is invalid, the trunk does not "
            "exist, or it belongs to another account. Exotel does not say which. Check that the "
            "active account profile is the one that owns this trunk, and check the trunk SID.");
    case 1004:
    case 1005:
    case 1006:
    case 1009:
        return QCoreApplication::translate(
                   "exotrunk::ApiError",
                   "Exotel refused the request with code %1, which its documentation does not "
                   "describe. "
                   "Try again; if it repeats, contact Exotel support with the request id.")
            .arg(code);
    case 1007:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel could not read the request body (code 1007), for example a number out of "
            "range. Check the values entered; if they look right, report it with the request id.");
    case 1008:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "This already exists on the trunk (code 1008), so nothing was changed. That is safe to "
            "ignore if the existing entry is the one wanted.");
    case 1010:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel rejected the API key or token (code 1010). Check both, and that the account's "
            "region is right: a Mumbai account does not work against Singapore.");
    case 1011:
        return QCoreApplication::translate(
            "exotrunk::ApiError",
            "Exotel refused the content type (code 1011). This is a fault in the console or a "
            "proxy that rewrites requests: report it with the request id.");
    default:
        break;
    }
    return {};
}

ApiError::Kind ApiError::kindForCodes(int exotelCode, int httpStatus) {
    switch (exotelCode) {
    case 1000:
        return Kind::NotFound;
    case 1001:
    case 1002:
    case 1007:
    case 1011:
        return Kind::Validation;
    case 1003:
        return Kind::PermissionDenied;
    case 1008:
        return Kind::Duplicate;
    case 1010:
        return Kind::Authentication;
    default:
        break;
    }
    if (httpStatus == 401)
        return Kind::Authentication;
    if (httpStatus == 403)
        return Kind::PermissionDenied;
    if (httpStatus == 404 || httpStatus == 410)
        return Kind::NotFound;
    if (httpStatus == 408)
        return Kind::Timeout;
    if (httpStatus == 409)
        return Kind::Duplicate;
    if (httpStatus == 429)
        return Kind::RateLimited;
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::Validation;
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::Server;
    if (exotelCode != 0)
        return Kind::Server; // an unknown code on an otherwise successful status
    return Kind::None;
}

QString ApiError::userMessage() const {
    if (kind == Kind::None)
        return {};
    // TLS failures are described by the console itself (what the certificate check found and
    // what to do), in full sentences that are already translated: shown as they are, uncut.
    if (kind == Kind::Tls && exotelCode == 0 && !message.isEmpty())
        return message;
    QString text;
    if (kind == Kind::Unsupported) {
        // The server's 404/405 words would only suggest that something is gone: left out here
        // (technicalDetails() keeps them).
        text = unsupportedSentence(scrub(message));
        if (!requestId.isEmpty())
            text += QLatin1Char(' ') +
                    QCoreApplication::translate("exotrunk::ApiError", "Request id: %1.")
                        .arg(scrub(requestId));
        return text;
    }
    const QString advice = adviceForExotelCode(exotelCode);
    // The code's advice is more specific than the kind's, unless the kind came from somewhere
    // else (a transport failure after an earlier answer, say).
    if (!advice.isEmpty() && kindForCodes(exotelCode, httpStatus) == kind)
        text = advice;
    else
        text = kindSentence(kind, httpStatus);

    QString said = serverText();
    if (!said.isEmpty() && kind != Kind::Cancelled) {
        const QString end = said.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral(".");
        // Only error_data carries Exotel's own words; everything else is what the console saw.
        text += QLatin1Char(' ') +
                (exotelCode != 0
                     ? QCoreApplication::translate("exotrunk::ApiError", "Exotel said: %1%2")
                           .arg(said, end)
                     : QCoreApplication::translate("exotrunk::ApiError", "Details: %1%2")
                           .arg(said, end));
    }
    // The advice may send the reader to Exotel support "with the request id": it is right here.
    if (!requestId.isEmpty() && kind != Kind::Cancelled)
        text +=
            QLatin1Char(' ') + QCoreApplication::translate("exotrunk::ApiError", "Request id: %1.")
                                   .arg(scrub(requestId));
    return text;
}

QString ApiError::serverText() const {
    QString said = scrub(message);
    QString more = scrub(description);
    if (exotelCode != 0 && !more.isEmpty()) {
        // Exotel's description is the specific text, its message only the category: the
        // specific text comes first.
        return said.isEmpty() || said == more ? more : QStringLiteral("%1 (%2)").arg(more, said);
    }
    if (!more.isEmpty() && more != said) {
        if (said.isEmpty())
            return more;
        said +=
            (said.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(": ")) + more;
    }
    return said;
}

QString ApiError::technicalDetails() const {
    QStringList parts;
    parts << QStringLiteral("kind %1").arg(kindName(kind));
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (exotelCode != 0)
        parts << QStringLiteral("Exotel code %1").arg(exotelCode);
    if (!message.isEmpty())
        parts << QStringLiteral("message \"%1\"").arg(scrub(message));
    if (!description.isEmpty())
        parts << QStringLiteral("description \"%1\"").arg(scrub(description));
    if (!requestId.isEmpty())
        parts << QStringLiteral("request_id %1").arg(scrub(requestId));
    const QString summary = userMessage();
    if (summary.isEmpty())
        return parts.join(QStringLiteral("; "));
    return summary + QStringLiteral("\n") + parts.join(QStringLiteral("; "));
}

} // namespace exotrunk
