#pragma once

#include "sandboxtls.h"

#include <QString>
#include <QTemporaryDir>

namespace exotrunk::testing {

// Certificates for the TLS suites, made with the openssl command-line tool in a temporary folder
// of their own: a test CA, and server certificates that fail in one way each.
class TestCertificates {
public:
    // Empty on success, otherwise what went wrong (openssl missing, a command failed).
    QString create();

    QString caFile() const;               // the test CA (PEM), for ClientConfig::caCertificateFile
    sandbox::TlsFiles trusted() const;    // 127.0.0.1 and localhost, signed by the test CA
    sandbox::TlsFiles selfSigned() const; // the sandbox's own generated one (--tls)
    sandbox::TlsFiles wrongHost() const;  // signed by the test CA, for wrong.example.com only
    sandbox::TlsFiles expired() const;    // signed by the test CA, expired on 1 February 2020
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QString openssl(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_program;
    sandbox::TlsFiles m_selfSigned;
};

} // namespace exotrunk::testing
