// Opens the console on its sandbox filling the screen (1280x800 in take-screenshots.sh), exactly as
// `exotrunk-console --sandbox` does, and saves README screenshots by name:
//   exotrunk-screenshots [--dark] [--lang <code>] <out dir> <shot>...
// Shots: trunk-list, trunk-details, delete-confirmation, main-light, main-dark, main-hindi.
// main-dark forces the Fusion style with a dark palette and main-hindi the Hindi interface
// whatever the options say; the other shots follow --dark and --lang. Shots that need a
// different palette or language than the ones before them are refused: take-screenshots.sh runs
// one process per shot.
#include "common/palettecolors.h"
#include "console.h"
#include "i18n/translations.h"
#include "sandboxserver.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStyleFactory>
#include <QTableView>
#include <QTextStream>

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
        shot = screen->grabWindow(0, 0, 0, screen->size().width(), screen->size().height());
    if (shot.isNull())
        shot = widget->window()->grab();
    const bool ok = shot.save(path, "PNG");
    QTextStream(stdout) << (ok ? "saved " : "could not save ") << path << Qt::endl;
    return ok;
}

const QStringList knownShots = {
    QStringLiteral("trunk-list"),          QStringLiteral("trunk-details"),
    QStringLiteral("delete-confirmation"), QStringLiteral("main-light"),
    QStringLiteral("main-dark"),           QStringLiteral("main-hindi"),
    QStringLiteral("troubleshooter"),      QStringLiteral("network-handoff"),
    QStringLiteral("rename-trunk"),        QStringLiteral("remove-confirmation")};

struct Look {
    bool dark = false;
    QString language = QStringLiteral("en");
    bool operator==(const Look &o) const { return dark == o.dark && language == o.language; }
};

Look lookFor(const QString &shot, const Look &asked) {
    if (shot == QLatin1String("main-light"))
        return {};
    if (shot == QLatin1String("main-dark"))
        return {true, QStringLiteral("en")};
    if (shot == QLatin1String("main-hindi"))
        return {false, QStringLiteral("hi")};
    return asked;
}

// The trunk list with the first row selected: what the README opens with.
bool showTrunkList(ui::MainWindow &window) {
    window.showTrunkList();
    auto *table = window.findChild<QTableView *>(QStringLiteral("trunkTable"));
    if (!table)
        return false;
    table->setFocus();
    table->selectRow(0);
    return true;
}

} // namespace

// The troubleshooter for a 403 from an IP outside the whitelist, or the network hand-off, for
// test_trunk_ui2, centred over the window.
QWidget *openDiagnosticsTool(ui::MainWindow &window, const sandbox::SandboxServer &server,
                             const QString &shot) {
    window.openTrunk(TrunkSid(server.trunkSid(QStringLiteral("test_trunk_ui2"))));
    if (!waitUntil([&] { return window.detailsController()->sectionsSettled(); }))
        return nullptr;
    const bool troubleshooter = shot == QLatin1String("troubleshooter");
    auto *button =
        window.findChild<QPushButton *>(troubleshooter ? QStringLiteral("troubleshootButton")
                                                       : QStringLiteral("networkHandoffButton"));
    if (!button)
        return nullptr;
    button->click();
    QWidget *dialog = window.findChild<QWidget *>(
        troubleshooter ? QStringLiteral("troubleshooterDialog") : QStringLiteral("handoffDialog"));
    if (!dialog)
        return nullptr;
    if (troubleshooter) {
        auto *code = dialog->findChild<QComboBox *>(QStringLiteral("troubleshooterCodeCombo"));
        code->setEditText(QStringLiteral("403"));
        dialog->findChild<QLineEdit *>(QStringLiteral("troubleshooterIpEdit"))
            ->setText(QStringLiteral("198.51.100.7"));
    }
    dialog->move(window.geometry().center() - dialog->rect().center());
    settle(300);
    return dialog;
}

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-screenshots"));

    Look asked;
    QString outDir;
    QStringList shots;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--dark")) {
            asked.dark = true;
        } else if (arg == QLatin1String("--lang") && i + 1 < args.size()) {
            asked.language = args.at(++i);
        } else if (outDir.isEmpty()) {
            outDir = arg;
        } else if (knownShots.contains(arg)) {
            shots << arg;
        } else {
            QTextStream(stderr) << "unknown shot " << arg
                                << "; known: " << knownShots.join(QStringLiteral(", ")) << Qt::endl;
            return 1;
        }
    }
    if (outDir.isEmpty())
        outDir = QDir::currentPath();
    if (shots.isEmpty())
        shots = {QStringLiteral("trunk-list"), QStringLiteral("trunk-details"),
                 QStringLiteral("delete-confirmation")};
    const Look look = lookFor(shots.first(), asked);
    for (const QString &shot : std::as_const(shots)) {
        if (!(lookFor(shot, asked) == look)) {
            QTextStream(stderr) << shot << " needs another palette or language than "
                                << shots.first() << "; take it in its own run" << Qt::endl;
            return 1;
        }
    }

    // Both looks use Fusion so that light and dark differ only in the palette.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (look.dark)
        QApplication::setPalette(ui::darkPalette());
    const TranslationSetup translation = installTranslations(app, look.language);
    if (!translation.warning.isEmpty())
        QTextStream(stderr) << translation.warning << Qt::endl;

    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    options.sandboxRateLimit = 100000;
    options.language = look.language;
    Console console(options);
    QString error;
    if (!console.start(&error)) {
        QTextStream(stderr) << "console: " << error << Qt::endl;
        return 1;
    }
    ui::MainWindow &window = console.window();
    window.setGeometry(QApplication::primaryScreen()->geometry());
    window.show();
    if (!waitUntil(
            [&] { return window.trunkListModel()->state() == TrunkListModel::State::Loaded; }))
        return 2;
    sandbox::SandboxServer *server = console.sandboxServer();

    int failures = 0;
    for (const QString &shot : std::as_const(shots)) {
        const QString path = QDir(outDir).filePath(shot + QStringLiteral(".png"));
        if (shot == QLatin1String("trunk-details")) {
            window.openTrunk(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
            if (!waitUntil([&] { return window.detailsController()->sectionsSettled(); }))
                return 3;
            failures += !save(&window, path);
        } else if (shot == QLatin1String("delete-confirmation")) {
            showTrunkList(window);
            window.confirmDelete(TrunkSid(server->trunkSid(QStringLiteral("test_alias1"))));
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
            failures += !save(dialog, path);
            dialog->close();
        } else if (shot == QLatin1String("rename-trunk")) {
            window.openTrunk(TrunkSid(server->trunkSid(QStringLiteral("test_alias1"))));
            if (!waitUntil([&] { return window.detailsController()->sectionsSettled(); }))
                return 3;
            auto *rename = window.findChild<QAction *>(QStringLiteral("renameTrunkAction"));
            rename->trigger();
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return 4;
            dialog->findChild<QLineEdit *>(QStringLiteral("trunkNameEdit"))
                ->setText(QStringLiteral("test_123"));
            dialog->adjustSize();
            dialog->move(window.geometry().center() - dialog->rect().center());
            settle(300);
            failures += !save(dialog, path);
            dialog->close();
        } else if (shot == QLatin1String("remove-confirmation")) {
            // Two of test_123's numbers selected (the table sorted by number, descending, as a
            // person may leave it), then Remove number…
            window.openTrunk(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
            if (!waitUntil([&] { return window.detailsController()->sectionsSettled(); }))
                return 3;
            auto *table = window.findChild<QTableView *>(QStringLiteral("phoneNumbersTable"));
            table->sortByColumn(0, Qt::DescendingOrder);
            table->selectAll();
            window.findChild<QAction *>(QStringLiteral("removeNumberAction"))->trigger();
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return 4;
            dialog->adjustSize();
            dialog->move(window.geometry().center() - dialog->rect().center());
            settle(300);
            failures += !save(dialog, path);
            dialog->close();
        } else if (shot == QLatin1String("troubleshooter") ||
                   shot == QLatin1String("network-handoff")) {
            QWidget *dialog = openDiagnosticsTool(window, *server, shot);
            if (!dialog)
                return 7;
            failures += !save(dialog, path);
            dialog->close();
        } else {
            if (!showTrunkList(window))
                return 5;
            failures += !save(&window, path);
        }
    }
    return failures == 0 ? 0 : 6;
}
