#pragma once

// Small helpers shared by the benchmarks: percentiles, peak RSS, an event-loop heartbeat and a
// sandbox in a child process (so that its memory and CPU do not count against the console's).

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace exotrunk::bench {

inline QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

// Nearest-rank percentile, p in [0, 100].
inline double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

inline double median(const std::vector<double> &values) {
    if (values.empty())
        return 0.0;
    std::vector<double> v = values;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Peak resident set size of this process (VmHWM), in MiB; -1 when /proc is unavailable.
inline double peakRssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2)
                return parts.at(1).toDouble() / 1024.0;
        }
    }
    return -1;
}

// Fires every millisecond and records the longest gap between two firings: the longest time
// the event loop could not run a timer (plus the timer's own 1 ms).
class Heartbeat : public QObject {
public:
    Heartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { beat(); });
    }
    void start() {
        m_maxGapNs = 0;
        m_beats = 0;
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    double gapPercentileMs(double p) const { return percentile(m_gaps, p); }
    qint64 beats() const { return m_beats; }

private:
    void beat() {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        ++m_beats;
        m_maxGapNs = std::max(m_maxGapNs, gap);
        m_gaps.push_back(double(gap) / 1e6);
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_beats = 0;
    std::vector<double> m_gaps;
};

// `--serve <extraTrunks> <requestsPerMinute> <latencyMs>`: runs a sandbox and prints its URL.
// Returns -1 when argv is not a serve command.
inline int serveIfAsked(int argc, char **argv) {
    if (argc < 5 || qstrcmp(argv[1], "--serve") != 0)
        return -1;
    QCoreApplication app(argc, argv);
    sandbox::SandboxOptions options;
    options.extraTrunks = QByteArray(argv[2]).toInt();
    options.requestsPerMinute = QByteArray(argv[3]).toInt();
    options.latencyMs = QByteArray(argv[4]).toInt();
    sandbox::SandboxServer server(options);
    if (!server.start(0)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// A sandbox in a child process (this executable with --serve). Killed on destruction.
class SandboxProcess {
public:
    bool start(int extraTrunks, int requestsPerMinute, int latencyMs = 0) {
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments({QStringLiteral("--serve"), QString::number(extraTrunks),
                                QString::number(requestsPerMinute), QString::number(latencyMs)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(120000))
                return false;
        }
        m_url = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
        return m_url.isValid();
    }
    QUrl baseUrl() const { return m_url; }
    ~SandboxProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QUrl m_url;
};

inline QString fmt(double v, int decimals = 1) {
    return QString::number(v, 'f', decimals);
}

} // namespace exotrunk::bench
