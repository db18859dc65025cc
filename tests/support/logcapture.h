#pragma once

// Every message the process logs, for searching it afterwards (for secrets, for a category).
// One per process; install() turns the console's categories on (debug included) and chains to
// the handler that was there before, so the messages still reach the test's output.

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>

namespace exotrunk::testing {

class LogCapture {
public:
    static LogCapture &instance() {
        static LogCapture capture;
        return capture;
    }
    void install() {
        QLoggingCategory::setFilterRules(QStringLiteral("exotrunk.*=true\nexotrunk.*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    void uninstall() { qInstallMessageHandler(m_previous); }
    // "category: message" per line.
    QStringList lines() const {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QString text() const { return lines().join(QLatin1Char('\n')); }
    int lineCount() const {
        QMutexLocker lock(&m_mutex);
        return int(m_lines.size());
    }

private:
    LogCapture() = default;
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
        LogCapture &self = instance();
        {
            QMutexLocker lock(&self.m_mutex);
            self.m_lines.append(
                QString::fromLatin1(context.category ? context.category : "default") +
                QLatin1String(": ") + message);
        }
        if (self.m_previous)
            self.m_previous(type, context, message);
    }
    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace exotrunk::testing
