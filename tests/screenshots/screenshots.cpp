// Opens the console on a sandbox at 1280x800 and saves the README screenshots: the trunk
// list, the details of a trunk, and the delete confirmation.
#include "api/exotelclient.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace exotrunk;

namespace {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &path) {
    widget->repaint();
    settle();
    // The whole screen when there is one (a dialog over the window), else the widget itself.
    QPixmap shot;
    if (QScreen *screen = QGuiApplication::primaryScreen();
        screen && QGuiApplication::platformName() == QLatin1String("xcb"))
        shot = screen->grabWindow(0, 0, 0, 1280, 800);
    if (shot.isNull())
        shot = widget->window()->grab();
    const bool ok = shot.save(path, "PNG");
    QTextStream(stdout) << (ok ? "saved " : "could not save ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-screenshots"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();

    sandbox::SandboxOptions options;
    options.requestsPerMinute = 0;
    sandbox::SandboxServer server(options);
    if (!server.start(0)) {
        QTextStream(stderr) << "sandbox: " << server.errorString() << Qt::endl;
        return 1;
    }
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.accountSid = server.options().accountSid;
    config.apiKey = server.options().apiKey;
    config.apiToken = server.options().apiToken;
    config.requestsPerMinute = 100000;
    ExotelClient client(config);
    KnownTrunksStore known(QStringLiteral("sandbox"), KnownTrunksStore::Persistence::MemoryOnly);

    ui::MainWindow window;
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    ui::ConnectionInfo info;
    info.profileId = QStringLiteral("sandbox");
    info.profileName = QStringLiteral("Sandbox");
    info.regionLabel = QStringLiteral("Sandbox (this computer)");
    info.accountSid = config.accountSid;
    info.sandbox = true;
    window.setConnection(&client, &known, info);
    int failures = 0;

    if (!waitUntil(
            [&] { return window.trunkListModel()->state() == TrunkListModel::State::Loaded; }))
        return 2;
    auto *table = window.findChild<QTableView *>(QStringLiteral("trunkTable"));
    table->setFocus();
    table->selectRow(0);
    failures += !save(&window, QDir(outDir).filePath(QStringLiteral("trunk-list.png")));

    window.openTrunk(TrunkSid(server.trunkSid(QStringLiteral("test_123"))));
    if (!waitUntil([&] { return window.detailsController()->sectionsSettled(); }))
        return 3;
    failures += !save(&window, QDir(outDir).filePath(QStringLiteral("trunk-details.png")));

    window.showTrunkList();
    window.confirmDelete(TrunkSid(server.trunkSid(QStringLiteral("test_alias1"))));
    if (!waitUntil([] { return QApplication::activeModalWidget() != nullptr; }))
        return 4;
    QWidget *dialog = QApplication::activeModalWidget();
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("deleteConfirmEdit"));
    settle(800); // the counts arrive
    confirm->setText(QStringLiteral("test_alias"));
    confirm->setFocus();
    // Centre the dialog over the window, as a window manager would.
    dialog->adjustSize();
    dialog->move(window.geometry().center() - dialog->rect().center());
    failures += !save(dialog, QDir(outDir).filePath(QStringLiteral("delete-confirmation.png")));
    dialog->close();

    window.clearConnection();
    return failures == 0 ? 0 : 5;
}
