#pragma once

#include <QMetaType>
#include <QString>

namespace exotrunk {

// One error type for everything that can go wrong with a request, in terms a support
// person can act on. Built by the client from the transport, the HTTP status and the
// Exotel error_data of the envelope.
struct ApiError {
    enum class Kind {
        None,
        Network,           // unreachable, DNS, connection refused or dropped
        Timeout,           // no complete answer within the transfer timeout
        Tls,               // certificate or handshake failure
        Authentication,    // 401 / 1010: bad API key or token, or wrong region
        PermissionDenied,  // 403 / 1003: e.g. a trunk of another account
        NotFound,          // 404 / 1000
        Validation,        // 400 / 1001, 1002, 1007, 415 / 1011 — the request was refused
        Duplicate,         // 409 / 1008, whatever the HTTP status says
        RateLimited,       // 429
        Server,            // 5xx
        MalformedResponse, // a body that is not the documented envelope
        Cancelled,         // the caller cancelled the request
        // 404/405 from an endpoint documented only in the vendor's samples: this account's
        // server does not have it. Nothing was changed, and nothing is gone. `message` holds
        // the endpoint's signature ("PUT /trunks/{trunk_sid}"). Last: journals store kinds.
        Unsupported,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    int exotelCode = 0;  // error_data.code, 0 when absent
    QString message;     // error_data.message, or what the console observed
    QString description; // error_data.description
    QString requestId;   // request_id of the envelope, for Exotel support

    bool isError() const { return kind != Kind::None; }

    // One or two sentences: what happened and what to do about it. Never contains secrets.
    QString userMessage() const;
    // What the server said, specific text first: error_data.description ("mask should be
    // in-between 16 and 32"), then error_data.message, the category ("Invalid parameter"). For
    // an error the console observed itself (no Exotel code), its message.
    QString serverText() const;
    // userMessage() plus status, code and request id, for a "Details" section or a log line.
    QString technicalDetails() const;

    static QString kindName(Kind kind);
    // Actionable sentence for each documented Exotel code (1000–1011); empty for unknown codes.
    static QString adviceForExotelCode(int code);
    // The kind that a documented Exotel code (or, without one, an HTTP status) stands for.
    static Kind kindForCodes(int exotelCode, int httpStatus);
};

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::ApiError)
