// Start-up: process start to the first paint of the console's main window on the sandbox,
// offscreen, against a bare QMainWindow (bench_startup_floor) as the floor, and the same floor
// linked with the libraries the console loads before main() (bench_startup_floor_linked). The
// programs run alternately, each in a fresh process with fresh XDG config/data directories.
//
// The console side is this executable with --console: it runs the steps of app/main.cpp for
// `exotrunk-console --sandbox` — application identity, command line, translations, the style,
// the real Console (accounts, profile switcher, MainWindow) started the way main() starts
// it — and exits on the window's first paint, so the benchmark does not depend on a hook in the
// shipped binary. main() starts the embedded sandbox right after that first paint, which shows
// the trunk list loading ("Starting the sandbox…"); the benchmark also reports how long after
// the first paint the trunks are listed (with --until-listed), so that cost stays in view.
//
//   bench_startup [runs=15]

#include "about/applicationicon.h"
#include "benchcommon.h"
#include "commandline.h"
#include "common/deferrediconstyle.h"
#include "console.h"
#include "firstpaint.h"
#include "i18n/translations.h"
#include "trunklistmodel.h"

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

// The steps of app/main.cpp for `exotrunk-console --sandbox`. With `untilListed` it exits when
// the trunk list has loaded instead of on the first paint, printing both moments.
int runConsole(int argc, char **argv, bool untilListed) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exotrunk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXOTRUNK_VERSION));
    const CommandLineParse parsed =
        parseCommandLine({QStringLiteral("exotrunk-console"), QStringLiteral("--sandbox")});
    if (!parsed.options) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
        return 1;
    }
    const CommandLineOptions &options = *parsed.options;
    installTranslations(app, options.language);
    QGuiApplication::setDesktopFileName(applicationId());
    ui::DeferredIconStyle::install();

    Console console(options);
    QString error;
    if (!console.start(&error, Console::Timing::AfterFirstPaint)) {
        std::fprintf(stderr, "console: %s\n", qPrintable(error));
        return 1;
    }
    if (untilListed) {
        QObject::connect(
            console.window().trunkListModel(), &TrunkListModel::stateChanged, &app, [&console] {
                if (console.window().trunkListModel()->state() == TrunkListModel::State::Loaded) {
                    std::fputs("listed\n", stdout);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                }
            });
    }
    FirstPaintExit watcher(untilListed ? FirstPaintExit::Then::KeepRunning
                                       : FirstPaintExit::Then::Exit);
    console.window().installEventFilter(&watcher);
    console.window().show();
    return QApplication::exec();
}

struct Moments {
    double firstPaint = -1; // ms from process start
    double listed = -1;     // ms from process start, when asked for
};

// Starts `program` and returns the ms until it printed "first-paint" (and "listed" when
// `untilListed`); -1 for what did not come within 30 s.
Moments timeProcess(const QString &program, const QStringList &arguments, bool untilListed) {
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
    Moments m;
    QByteArray seen;
    const QByteArray last =
        untilListed ? QByteArrayLiteral("listed") : QByteArrayLiteral("first-paint");
    while (!seen.contains(last)) {
        if (!process.waitForReadyRead(30000))
            break;
        seen += process.readAllStandardOutput();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (m.firstPaint < 0 && seen.contains("first-paint"))
            m.firstPaint = ms;
        if (untilListed && m.listed < 0 && seen.contains("listed"))
            m.listed = ms;
    }
    process.waitForFinished(10000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    return m;
}

double timeToFirstPaint(const QString &program, const QStringList &arguments) {
    return timeProcess(program, arguments, false).firstPaint;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc >= 2 && qstrcmp(argv[1], "--console") == 0)
        return runConsole(argc, argv, argc >= 3 && qstrcmp(argv[2], "--until-listed") == 0);

    QCoreApplication app(argc, argv);
    const int runs = argc >= 2 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    const QString self = QCoreApplication::applicationFilePath();
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString floor = dir.filePath(QStringLiteral("bench_startup_floor"));
    const QString linkedFloor = dir.filePath(QStringLiteral("bench_startup_floor_linked"));

    // One untimed run of each warms the page cache so the first timed run is not an outlier.
    timeToFirstPaint(floor, {});
    timeToFirstPaint(linkedFloor, {});
    timeToFirstPaint(self, {QStringLiteral("--console")});

    std::vector<double> console;
    std::vector<double> bare;
    std::vector<double> linked;
    for (int i = 0; i < runs; ++i) {
        const double f = timeToFirstPaint(floor, {});
        const double l = timeToFirstPaint(linkedFloor, {});
        const double c = timeToFirstPaint(self, {QStringLiteral("--console")});
        if (f < 0 || l < 0 || c < 0) {
            out() << "run " << i + 1 << " failed (no first paint within 30 s)" << Qt::endl;
            return 1;
        }
        bare.push_back(f);
        linked.push_back(l);
        console.push_back(c);
    }
    // The rest of start-up: the sandbox starts after the first paint and the trunks load.
    std::vector<double> listed;
    std::vector<double> paintToListed;
    for (int i = 0; i < std::max(3, runs / 3); ++i) {
        const Moments m = timeProcess(
            self, {QStringLiteral("--console"), QStringLiteral("--until-listed")}, true);
        if (m.firstPaint < 0 || m.listed < 0) {
            out() << "run " << i + 1 << " failed (the trunks were not listed within 30 s)"
                  << Qt::endl;
            return 1;
        }
        listed.push_back(m.listed);
        paintToListed.push_back(m.listed - m.firstPaint);
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
          << fmt(percentile(console, 90) / percentile(bare, 90), 2) << "x" << Qt::endl
          << "  floor linked with the console's Qt Network, HTTP Server and QtKeychain: median "
          << fmt(median(linked)) << " ms (" << fmt(median(linked) / median(bare), 2)
          << "x the floor); console/linked floor " << fmt(median(console) / median(linked), 2)
          << "x" << Qt::endl
          << "  then, " << listed.size() << " runs: first paint -> trunks listed median "
          << fmt(median(paintToListed)) << " ms; process start -> trunks listed median "
          << fmt(median(listed)) << " ms" << Qt::endl;
    return 0;
}
