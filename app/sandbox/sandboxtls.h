#pragma once

#include <QString>

#include <optional>

class QSslConfiguration;

namespace exotrunk::sandbox {

// A certificate and its key for the sandbox's HTTPS, as PEM files.
struct TlsFiles {
    QString certificateFile; // the leaf first; a chain may follow
    QString keyFile;         // unencrypted (RSA or EC)
};

// Writes a self-signed certificate for 127.0.0.1 and localhost (valid 30 days) and its key into
// `directory` with the `openssl` command-line tool: Qt can read certificates but not make them.
// Empty with `error` set when openssl is missing or fails.
std::optional<TlsFiles> generateSelfSignedCertificate(const QString &directory, QString *error);

// The server-side TLS configuration for `files`; empty with `error` set when a file is missing,
// unreadable or holds no certificate or key. (A key of another certificate fails each handshake.)
std::optional<QSslConfiguration> serverTlsConfiguration(const TlsFiles &files, QString *error);

} // namespace exotrunk::sandbox
