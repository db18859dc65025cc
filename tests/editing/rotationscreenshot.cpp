// Renders the rotation dialog at its hand-off step (sandbox data) to a PNG for the README:
//   xvfb-run -a -s "-screen 0 1280x800x24" ./editing_rotation_screenshot rotate-credential.png
#include "editing/rotatecredentialdialog.h"
#include "editingtestkit.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>

using namespace exotrunk;
using namespace exotrunk::testing;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: %s OUTPUT.png [choose|handoff|failed]", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString step = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("handoff");
    QTemporaryDir settingsDir;
    isolateSettings(settingsDir);

    auto server = startSandbox();
    if (!server)
        return 1;
    ExotelClient client(clientConfigFor(*server));
    const auto trunk = createTrunk(client, QStringLiteral("acme_voiceai"));
    if (!trunk)
        return 1;
    const auto old =
        createCredential(client, *trunk, QStringLiteral("elevenlabs_agent"), generatePassword());
    createCredential(client, *trunk, QStringLiteral("office_pbx"), generatePassword());
    if (!old)
        return 1;

    RotateCredentialDialog dialog(&client, QStringLiteral("screenshot"), *trunk, nullptr, *old);
    dialog.resize(680, 480);
    dialog.show();
    auto waitFor = [](const std::function<bool()> &done) {
        QDeadlineTimer deadline(8000);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("credentialList"));
    if (!waitFor([&] { return list->count() == 2 && list->currentRow() >= 0; }))
        return 1;
    if (step == QLatin1String("handoff") || step == QLatin1String("failed")) {
        dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        if (!waitFor([&] { return dialog.currentPage() == RotateCredentialDialog::HandOffPage; }))
            return 1;
    }
    if (step == QLatin1String("failed")) {
        sandbox::Fault fault;
        fault.method = QStringLiteral("DELETE");
        fault.status = 503;
        server->addFault(fault);
        dialog.findChild<QPushButton *>(QStringLiteral("peerUpdatedButton"))->click();
        if (!waitFor(
                [&] { return dialog.currentPage() == RotateCredentialDialog::DeleteFailedPage; }))
            return 1;
    }
    QTest::qWait(300);
    const QPixmap shot = dialog.grab();
    if (shot.isNull() || !shot.save(out))
        return 1;
    qInfo("saved %s (%dx%d)", qPrintable(out), shot.width(), shot.height());
    return 0;
}
