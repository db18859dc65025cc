#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace exotrunk::testing {

QString TestCertificates::write(const QString &name, const QByteArray &content) {
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

QString TestCertificates::openssl(const QStringList &arguments) {
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString TestCertificates::create() {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
    m_program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_program.isEmpty())
        return QStringLiteral("the openssl command is not installed (packaging/install-deps.sh)");
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    QString problem = write(QStringLiteral("server.ext"),
                            "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                            "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    if (problem.isEmpty())
        problem = write(QStringLiteral("wrong.ext"),
                        "subjectAltName=DNS:wrong.example.com\n"
                        "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    // `openssl x509` cannot date a certificate in the past; `openssl ca` can, with a database.
    if (problem.isEmpty())
        problem = write(QStringLiteral("ca.cnf"), "[ca]\ndefault_ca=t\n[t]\ndatabase=index.txt\n"
                                                  "new_certs_dir=.\nserial=serial\n"
                                                  "default_md=sha256\npolicy=p\n"
                                                  "[p]\ncommonName=supplied\n");
    if (problem.isEmpty())
        problem = write(QStringLiteral("index.txt"), {});
    if (problem.isEmpty())
        problem = write(QStringLiteral("serial"), "10\n");
    const QList<QStringList> steps = {
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s, u"-days"_s,
         u"30"_s, u"-subj"_s, u"/CN=Exotrunk Test CA"_s, u"-addext"_s,
         u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
         u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s,
         u"ca.pem"_s},
        {u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s, u"-subj"_s,
         u"/CN=127.0.0.1"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
         u"ca.key"_s, u"-set_serial"_s, u"2"_s, u"-days"_s, u"30"_s, u"-extfile"_s, u"server.ext"_s,
         u"-out"_s, u"trusted.pem"_s},
        {u"req"_s, u"-new"_s, u"-key"_s, u"server.key"_s, u"-subj"_s, u"/CN=wrong.example.com"_s,
         u"-out"_s, u"wrong.csr"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, u"wrong.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
         u"ca.key"_s, u"-set_serial"_s, u"3"_s, u"-days"_s, u"30"_s, u"-extfile"_s, u"wrong.ext"_s,
         u"-out"_s, u"wrong.pem"_s},
        {u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"ca.pem"_s, u"-keyfile"_s,
         u"ca.key"_s, u"-in"_s, u"server.csr"_s, u"-out"_s, u"expired.pem"_s, u"-notext"_s,
         u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200201000000Z"_s, u"-extfile"_s,
         u"server.ext"_s},
    };
    for (const QStringList &step : steps) {
        if (!problem.isEmpty())
            break;
        problem = openssl(step);
    }
    if (!problem.isEmpty())
        return problem;
    const std::optional<sandbox::TlsFiles> generated =
        sandbox::generateSelfSignedCertificate(m_dir.path(), &problem);
    if (!generated)
        return problem;
    m_selfSigned = *generated;
    return {};
}

QString TestCertificates::caFile() const {
    return path(QStringLiteral("ca.pem"));
}

sandbox::TlsFiles TestCertificates::trusted() const {
    return {path(QStringLiteral("trusted.pem")), path(QStringLiteral("server.key"))};
}

sandbox::TlsFiles TestCertificates::selfSigned() const {
    return m_selfSigned;
}

sandbox::TlsFiles TestCertificates::wrongHost() const {
    return {path(QStringLiteral("wrong.pem")), path(QStringLiteral("server.key"))};
}

sandbox::TlsFiles TestCertificates::expired() const {
    return {path(QStringLiteral("expired.pem")), path(QStringLiteral("server.key"))};
}

} // namespace exotrunk::testing
