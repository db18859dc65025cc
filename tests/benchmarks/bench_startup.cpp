// Start-up: process start to the first paint of the console's main window on the sandbox,
// offscreen, against a bare QMainWindow (bench_startup_floor) as the floor. The two programs
// run alternately, each in a fresh process with fresh XDG config/data directories.
//
// The console side is this executable with --console: it builds what `exotrunk-console
// --sandbox` builds (the embedded sandbox, an ExotelClient, the known-trunks store and the
// real MainWindow with the sandbox connection) and exits on the window's first paint, so the
// benchmark does not depend on a hook in the shipped binary.
//
//   bench_startup [runs=15]

#include "api/exotelclient.h"
#include "benchcommon.h"
#include "firstpaint.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::bench;

namespace {

int runConsole(int argc, char **argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exotrunk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));

    // Same order as the console's composition root: window, sandbox, client, connection.
    ui::MainWindow window;
    sandbox::SandboxServer server{sandbox::SandboxOptions{}};
    if (!server.start(0)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.accountSid = server.options().accountSid;
    config.apiKey = server.options().apiKey;
    config.apiToken = server.options().apiToken;
    config.requestsPerMinute = server.options().requestsPerMinute;
    ExotelClient client(config);
    KnownTrunksStore known(QStringLiteral("sandbox"), KnownTrunksStore::Persistence::MemoryOnly);
    ui::ConnectionInfo info;
    info.profileId = QStringLiteral("sandbox");
    info.profileName = QStringLiteral("Sandbox");
    info.regionLabel = QStringLiteral("Sandbox (this computer)");
    info.accountSid = config.accountSid;
    info.sandbox = true;
    window.setConnection(&client, &known, info);

    FirstPaintExit watcher;
    window.installEventFilter(&watcher);
    window.show();
    const int rc = QApplication::exec();
    window.clearConnection();
    return rc;
}

// Starts `program` and returns ms until it printed "first-paint"; -1 on failure.
double timeToFirstPaint(const QString &program, const QStringList &arguments) {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray seen;
    while (!seen.contains("first-paint")) {
        if (!process.waitForReadyRead(30000))
            break;
        seen += process.readAllStandardOutput();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(10000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    return seen.contains("first-paint") ? ms : -1;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc >= 2 && qstrcmp(argv[1], "--console") == 0)
        return runConsole(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc >= 2 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    const QString self = QCoreApplication::applicationFilePath();
    const QString floor = QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("bench_startup_floor"));

    // One untimed run of each warms the page cache so the first timed run is not an outlier.
    timeToFirstPaint(floor, {});
    timeToFirstPaint(self, {QStringLiteral("--console")});

    std::vector<double> console;
    std::vector<double> bare;
    for (int i = 0; i < runs; ++i) {
        const double f = timeToFirstPaint(floor, {});
        const double c = timeToFirstPaint(self, {QStringLiteral("--console")});
        if (f < 0 || c < 0) {
            out() << "run " << i + 1 << " failed (no first paint within 30 s)" << Qt::endl;
            return 1;
        }
        bare.push_back(f);
        console.push_back(c);
    }
    const double ratio = median(console) / median(bare);
    out() << "Start-up to first paint (offscreen, " << runs << " runs each, alternating)"
          << Qt::endl
          << "  console (sandbox, real MainWindow): median " << fmt(median(console)) << " ms, p90 "
          << fmt(percentile(console, 90)) << " ms" << Qt::endl
          << "  floor (bare QMainWindow):           median " << fmt(median(bare)) << " ms, p90 "
          << fmt(percentile(bare, 90)) << " ms" << Qt::endl
          << "  ratio console/floor (medians):      " << fmt(ratio, 2) << "x   (goal <= 1.5x)"
          << Qt::endl
          << "  ratio console/floor (p90):          "
          << fmt(percentile(console, 90) / percentile(bare, 90), 2) << "x" << Qt::endl;
    return 0;
}
