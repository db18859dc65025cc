#pragma once

// A small HTTP/1.1 responder on 127.0.0.1 for contract tests: it records every request (method,
// path, query, headers, body) and answers each with the canned reply the test set.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace exotrunk::testing {

struct RecordedRequest {
    QByteArray method;
    QString path;        // decoded, without the query
    QByteArray rawQuery; // as sent, still percent-encoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

struct CannedReply {
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "application/json";
    QByteArray body;
};

class RecordingServer : public QObject {
public:
    RecordingServer() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void setReply(CannedReply reply) { m_reply = std::move(reply); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clear() { m_requests.clear(); }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still on its way
        request.method = start.value(0);
        const QByteArray target = start.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
        request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
        request.query = QUrlQuery(QString::fromLatin1(request.rawQuery));
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);
        socket->write("HTTP/1.1 " + QByteArray::number(m_reply.status) + ' ' + m_reply.reason +
                      "\r\nConnection: close\r\nContent-Type: " + m_reply.contentType +
                      "\r\nContent-Length: " + QByteArray::number(m_reply.body.size()) +
                      "\r\n\r\n" + m_reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    CannedReply m_reply;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace exotrunk::testing
