#pragma once

// Loopback peers for the reachability probe's suites: SIPp as the SIP peer over UDP and TCP, a
// TLS responder with a chosen certificate, a UDP responder, peers that never answer, and a DNS
// server for SRV records. Only loopback addresses are ever bound or reached.

#include "sandboxtls.h"

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QNetworkDatagram>
#include <QPointer>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

namespace exotrunk::testing {

inline const QHostAddress kLoopback = QHostAddress(QHostAddress::LocalHost);

// A port nothing listens on right now, for TCP and UDP alike (closed at once; a race with
// another program taking it meanwhile is possible but unlikely).
inline int freePort() {
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(kLoopback, 0))
            continue;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (udp.bind(kLoopback, port))
            return port;
    }
    return 0;
}

// A SIP 200 OK for `request`, echoing its Via, From, To (with a tag), Call-ID and CSeq.
inline QByteArray okFor(const QByteArray &request) {
    QByteArray answer = "SIP/2.0 200 OK\r\n";
    for (const QByteArray &raw : request.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QByteArray lower = line.toLower();
        if (lower.startsWith("via:") || lower.startsWith("from:") || lower.startsWith("call-id:") ||
            lower.startsWith("cseq:"))
            answer += line + "\r\n";
        else if (lower.startsWith("to:"))
            answer += line + ";tag=peer1\r\n";
    }
    return answer + "Content-Length: 0\r\n\r\n";
}

// Answers every datagram with okFor(); `silent` binds the port and never answers.
class UdpPeer : public QObject {
public:
    explicit UdpPeer(bool silent) {
        m_socket.bind(kLoopback, 0);
        if (!silent) {
            QObject::connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
                while (m_socket.hasPendingDatagrams()) {
                    const QNetworkDatagram datagram = m_socket.receiveDatagram();
                    ++m_received;
                    m_socket.writeDatagram(okFor(datagram.data()), datagram.senderAddress(),
                                           quint16(datagram.senderPort()));
                }
            });
        }
    }
    int port() const { return m_socket.localPort(); }
    int received() const { return m_received; }

private:
    QUdpSocket m_socket;
    int m_received = 0;
};

// Accepts connections; with a TLS configuration it starts the server handshake. A `silent` peer
// never answers; otherwise every complete request gets okFor().
class StreamPeer : public QTcpServer {
public:
    explicit StreamPeer(bool silent, std::optional<QSslConfiguration> tls = std::nullopt)
        : m_silent(silent)
        , m_tls(std::move(tls)) {
        listen(kLoopback, 0);
    }
    int port() const { return serverPort(); }
    int accepted() const { return m_accepted; }
    // Connections still open from the peer's side.
    int open() const {
        int n = 0;
        for (const QPointer<QTcpSocket> &s : m_sockets)
            n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }

protected:
    void incomingConnection(qintptr descriptor) override {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(*m_tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        socket->setSocketDescriptor(descriptor);
        ++m_accepted;
        m_sockets << socket;
        if (!m_silent) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                QByteArray &buffer = pending(socket);
                buffer += socket->readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    socket->write(okFor(buffer.left(end + 4)));
                    buffer.remove(0, end + 4);
                }
            });
        }
        if (m_tls)
            static_cast<QSslSocket *>(socket)->startServerEncryption();
    }

private:
    static QByteArray &pending(QTcpSocket *socket) {
        static QHash<QTcpSocket *, QByteArray> buffers;
        return buffers[socket];
    }
    bool m_silent;
    std::optional<QSslConfiguration> m_tls;
    int m_accepted = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

// SIPp (Debian sip-tester) as a UAS answering OPTIONS with 200 OK, on 127.0.0.1 and a free port,
// over "u1" (UDP) or "t1" (TCP). Killed when destroyed.
class Sipp {
public:
    // Empty on success, otherwise why SIPp did not start.
    QString start(const QString &transport) {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("sipp"));
        if (program.isEmpty())
            return QStringLiteral("sipp is not installed: it is a required test dependency "
                                  "(Debian package sip-tester, packaging/install-deps.sh)");
        const QString scenario = QFINDTESTDATA("sipp-uas-options.xml");
        if (scenario.isEmpty())
            return QStringLiteral("sipp-uas-options.xml not found");
        m_port = freePort();
        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("-sf"), scenario, QStringLiteral("-i"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                QString::number(m_port), QStringLiteral("-t"), transport,
                                QStringLiteral("-nostdin"), QStringLiteral("-trace_err")});
        m_process.setWorkingDirectory(m_dir.path());
        // Its status screen is redrawn all the time: to a file, read only when something failed.
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("sipp.out")));
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("sipp did not start: %1").arg(m_process.errorString());
        // Ready once its port is taken.
        const bool tcp = transport.startsWith(QLatin1Char('t'));
        const bool ready = QTest::qWaitFor(
            [&] {
                if (m_process.state() != QProcess::Running)
                    return true;
                if (tcp) {
                    QTcpSocket probe;
                    probe.connectToHost(kLoopback, quint16(m_port));
                    const bool up = probe.waitForConnected(200);
                    probe.abort();
                    return up;
                }
                QUdpSocket probe;
                return !probe.bind(kLoopback, quint16(m_port));
            },
            10000);
        if (!ready || m_process.state() != QProcess::Running)
            return QStringLiteral("sipp did not come up on port %1: %2").arg(m_port).arg(output());
        return {};
    }
    int port() const { return m_port; }
    QString output() const {
        QFile file(m_dir.filePath(QStringLiteral("sipp.out")));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(2000))
                                              : QString();
    }
    ~Sipp() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A DNS server on 127.0.0.153:53 for SRV lookups (QDnsLookup in Qt 6.4 asks a chosen server on
// port 53 only, so it takes root or CAP_NET_BIND_SERVICE; listening() says whether it could
// bind). It answers the one SRV name it was given with one record, and NXDOMAIN to anything else.
class DnsStub : public QObject {
public:
    static inline const QHostAddress kAddress = QHostAddress(QStringLiteral("127.0.0.153"));

    DnsStub(const QString &srvName, const QString &target, int port)
        : m_srvName(srvName.toLower())
        , m_target(target)
        , m_port(port) {
        m_listening = m_socket.bind(kAddress, 53);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                ++m_queries;
                m_socket.writeDatagram(answer(query.data()), query.senderAddress(),
                                       quint16(query.senderPort()));
            }
        });
    }
    bool listening() const { return m_listening; }
    int queries() const { return m_queries; }

private:
    static void put16(QByteArray &out, int value) {
        out.append(char((value >> 8) & 0xff));
        out.append(char(value & 0xff));
    }
    static QByteArray encodeName(const QString &name) {
        QByteArray out;
        for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            const QByteArray bytes = label.toLatin1();
            out.append(char(bytes.size()));
            out.append(bytes);
        }
        out.append('\0');
        return out;
    }
    QByteArray answer(const QByteArray &query) const {
        if (query.size() < 12)
            return {};
        // The question: labels up to the root, then type and class.
        int at = 12;
        QStringList labels;
        while (at < query.size() && query.at(at) != 0) {
            const int length = quint8(query.at(at));
            labels << QString::fromLatin1(query.mid(at + 1, length));
            at += length + 1;
        }
        const int questionEnd = at + 1 + 4;
        if (questionEnd > query.size())
            return {};
        const int type = (quint8(query.at(at + 1)) << 8) | quint8(query.at(at + 2));
        const bool known = type == 33 && labels.join(QLatin1Char('.')).toLower() == m_srvName;
        QByteArray out = query.left(2);      // the id
        put16(out, known ? 0x8180 : 0x8183); // a response, recursion available; NXDOMAIN
        put16(out, 1);                       // one question
        put16(out, known ? 1 : 0);           // answers
        put16(out, 0);
        put16(out, 0);
        out.append(query.mid(12, questionEnd - 12));
        if (known) {
            put16(out, 0xc00c); // the name: a pointer to the question's
            put16(out, 33);     // SRV
            put16(out, 1);      // IN
            put16(out, 0);      // TTL
            put16(out, 60);
            const QByteArray target = encodeName(m_target);
            put16(out, 6 + int(target.size()));
            put16(out, 10); // priority
            put16(out, 5);  // weight
            put16(out, m_port);
            out.append(target);
        }
        return out;
    }

    QUdpSocket m_socket;
    QString m_srvName;
    QString m_target;
    int m_port;
    bool m_listening = false;
    int m_queries = 0;
};

} // namespace exotrunk::testing
