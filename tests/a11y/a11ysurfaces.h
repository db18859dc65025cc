#pragma once

// Every window a user reaches in the console, built the way the console builds it: the real
// main window (from exotrunk::Console on its embedded sandbox) with each of its pages, every
// dialog, and every page of the trunk wizard. The accessibility suites walk these.

#include "about/aboutdialog.h"
#include "about/keyboardshortcutsdialog.h"
#include "accounts/accountdialog.h"
#include "accounts/connectionverifier.h"
#include "accounts/tokenrotationdialog.h"
#include "console.h"
#include "createtrunk/createtrunkdialog.h"
#include "editing/adddestinationsdialog.h"
#include "editing/allowipdialog.h"
#include "editing/calleriddialog.h"
#include "editing/changemodedialog.h"
#include "editing/createcredentialdialog.h"
#include "editing/deletecredentialdialog.h"
#include "editing/mapnumberdialog.h"
#include "editing/rotatecredentialdialog.h"
#include "sandboxserver.h"
#include "trunkdetailsmodels.h"
#include "trunklist/deletetrunkdialog.h"
#include "trunklistmodel.h"
#include "wizard/trunkwizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

#include <functional>
#include <memory>

namespace exotrunk::testing {

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// One window as the user sees it. `owned` is deleted by close(); the main window is not owned.
struct Surface {
    QString name;
    QPointer<QWidget> window;
    QPointer<QWidget> owned;
};

// A name for a widget in a failure message: its object name, or the nearest named ancestor's
// for the inner parts of composite widgets (a spin box's line edit).
inline QString describeWidget(const QWidget *w) {
    QString path;
    for (const QObject *o = w; o; o = o->parent()) {
        const QString name = o->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_"))) {
            path = o == w ? name : name + QStringLiteral(" › ") + path;
            break;
        }
        if (path.isEmpty())
            path = name.isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : name;
    }
    return path + QStringLiteral(" (") + QString::fromLatin1(w->metaObject()->className()) +
           QLatin1Char(')');
}

// The widgets a user operates: buttons (push, tool, check, radio), text fields, combo and spin
// boxes, sliders and item views. Inner parts of composites (a spin box's line edit, a line
// edit's clear button, scroll bars, a view's header) speak through their owner and are skipped.
inline bool isInteractive(const QWidget *w) {
    if (w->focusProxy())
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    const QWidget *parent = w->parentWidget();
    if (parent &&
        (qobject_cast<const QLineEdit *>(parent) ||
         qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return false;
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

// A dialog's own standard buttons (OK, Cancel, Close, Back, Next, Finish…): their name is the
// whole story, so a description would only repeat it to a screen-reader user.
inline bool isStandardDialogButton(const QWidget *w) {
    if (qobject_cast<const QDialogButtonBox *>(w->parentWidget()))
        return true;
    if (const auto *wizard = qobject_cast<const QWizard *>(w->window())) {
        for (int b = QWizard::BackButton; b <= QWizard::CustomButton3; ++b) {
            if (wizard->button(static_cast<QWizard::WizardButton>(b)) == w)
                return true;
        }
    }
    return false;
}

inline QString accessibleText(QWidget *w, QAccessible::Text which) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(which).trimmed() : QString();
}

class ConsoleSurfaces {
public:
    ConsoleSurfaces() {
        CommandLineOptions options;
        options.mode = CommandLineOptions::Mode::SandboxConsole;
        // The console gives its client the sandbox's limit; neither should pace the sweep.
        options.sandboxRateLimit = 100000;
        m_console = std::make_unique<Console>(options);
    }
    ~ConsoleSurfaces() {
        if (m_console)
            m_console->window().clearConnection();
    }

    // Starts the console on its sandbox and waits until the trunk list is loaded.
    bool start(QString *error) {
        if (!m_console->start(error))
            return false;
        ui::MainWindow &w = m_console->window();
        w.resize(1280, 800);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) {
            *error = QStringLiteral("the main window was not exposed");
            return false;
        }
        if (!waitFor(
                [&w] { return w.trunkListModel()->state() == TrunkListModel::State::Loaded; })) {
            *error = QStringLiteral("the trunk list did not load");
            return false;
        }
        m_trunkSid = TrunkSid(m_console->sandboxServer()->trunkSid(QStringLiteral("test_123")));
        return !m_trunkSid.isEmpty();
    }

    Console &console() { return *m_console; }
    ui::MainWindow &window() { return m_console->window(); }

    static QStringList mainWindowPages() {
        return {QStringLiteral("mainWindow/welcome"), QStringLiteral("mainWindow/trunkList"),
                QStringLiteral("mainWindow/trunkDetails")};
    }

    // Every dialog, then every page of the trunk wizard ("trunkWizard/<page id>").
    static QStringList dialogs() {
        QStringList names = {
            QStringLiteral("accountDialog"),
            QStringLiteral("tokenRotationDialog"),
            QStringLiteral("mapNumberDialog"),
            QStringLiteral("changeModeDialog"),
            QStringLiteral("allowIpDialog"),
            QStringLiteral("addDestinationsDialog"),
            QStringLiteral("callerIdDialog"),
            QStringLiteral("createCredentialDialog"),
            QStringLiteral("deleteCredentialDialog"),
            QStringLiteral("rotateCredentialDialog"),
            QStringLiteral("deleteTrunkDialog"),
            QStringLiteral("openByIdDialog"),
            QStringLiteral("aboutDialog"),
            QStringLiteral("keyboardShortcutsDialog"),
            QStringLiteral("createTrunkDialog"),
            // Dialogs in a second state, reached the way a user reaches it.
            QStringLiteral("accountDialog/advanced"),
            QStringLiteral("createCredentialDialog/created"),
        };
        for (const QString &page : wizardPageIds())
            names << QStringLiteral("trunkWizard/") + page;
        return names;
    }

    // TrunkWizard::PageId by value.
    static QStringList wizardPageIds() {
        return {QStringLiteral("UseCasePage"),     QStringLiteral("TrunkPage"),
                QStringLiteral("NumberPage"),      QStringLiteral("AuthPage"),
                QStringLiteral("DestinationPage"), QStringLiteral("ReviewPage"),
                QStringLiteral("ProgressPage"),    QStringLiteral("DonePage")};
    }

    // Shows the named surface, active and settled; an empty window on failure.
    Surface open(const QString &name) {
        Surface s;
        s.name = name;
        ui::MainWindow &w = window();
        if (name.startsWith(QLatin1String("mainWindow/"))) {
            if (name.endsWith(QLatin1String("/welcome"))) {
                w.showWelcome();
            } else if (name.endsWith(QLatin1String("/trunkList"))) {
                w.showTrunkList();
            } else {
                w.openTrunk(m_trunkSid);
                if (!waitFor([&w] { return w.detailsController()->sectionsSettled(); }))
                    return s;
            }
            s.window = &w;
        } else {
            s.owned = makeDialog(name);
            s.window = s.owned;
        }
        if (!s.window)
            return s;
        s.window->show();
        QApplication::setActiveWindow(s.window);
        if (!QTest::qWaitForWindowActive(s.window) || !reachState(name, s.window))
            s.window = nullptr;
        // Dialogs that load something (counts, the sandbox's lists) settle first.
        QTest::qWait(150);
        return s;
    }

    static void close(Surface &s) {
        delete s.owned.data();
        s.window = nullptr;
    }

private:
    // The second states: Advanced opened; a credential created, its password shown once.
    static bool reachState(const QString &name, QWidget *dialog) {
        if (name == QLatin1String("accountDialog/advanced")) {
            auto *toggle = dialog->findChild<QAbstractButton *>(QStringLiteral("advancedToggle"));
            if (!toggle)
                return false;
            toggle->click();
            return waitFor([dialog] {
                QWidget *edit = dialog->findChild<QWidget *>(QStringLiteral("customUrlEdit"));
                return edit && edit->isVisible();
            });
        }
        if (name == QLatin1String("createCredentialDialog/created")) {
            auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
            auto *submit = dialog->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
            if (!user || !submit)
                return false;
            user->setText(QStringLiteral("a11y_sweep"));
            if (!waitFor([submit] { return submit->isEnabled(); }))
                return false;
            submit->click();
            return waitFor([dialog] {
                QWidget *copy = dialog->findChild<QWidget *>(QStringLiteral("copyPasswordButton"));
                return copy && copy->isVisible();
            });
        }
        return true;
    }

    QWidget *makeDialog(const QString &name) {
        ui::MainWindow *parent = &window();
        ExotelClient *client = m_console->client();
        AccountManager *accounts = &m_console->accounts();
        const QString profile = window().connectionInfo().profileId;
        if (name.startsWith(QLatin1String("accountDialog")))
            return new AccountDialog(accounts, makeExotelVerifier(), parent);
        if (name == QLatin1String("tokenRotationDialog")) {
            // A profile of its own (memory only, on the sandbox): the dialog's fields are live
            // only for a profile that exists.
            const sandbox::SandboxServer *server = m_console->sandboxServer();
            AccountProfile account;
            account.displayName = QStringLiteral("Sandbox account");
            account.region = Region::Custom;
            account.customBaseUrl = server->baseUrl();
            account.accountSid = server->options().accountSid;
            account.apiKey = server->options().apiKey;
            const QString id = accounts->addTransientProfile(account, server->options().apiToken);
            return new TokenRotationDialog(accounts, makeExotelVerifier(), id, parent);
        }
        if (name == QLatin1String("mapNumberDialog"))
            return new MapNumberDialog(client, m_trunkSid, parent);
        if (name == QLatin1String("changeModeDialog")) {
            PhoneNumber number;
            number.id = PhoneNumberId(QStringLiteral("1"));
            number.trunkSid = m_trunkSid;
            number.number = QStringLiteral("+918047091234");
            return new ChangeModeDialog(client, m_trunkSid, number, parent);
        }
        if (name == QLatin1String("allowIpDialog"))
            return new AllowIpDialog(client, m_trunkSid, parent);
        if (name == QLatin1String("addDestinationsDialog"))
            return new AddDestinationsDialog(client, m_trunkSid, parent);
        if (name == QLatin1String("callerIdDialog"))
            return new CallerIdDialog(client, m_trunkSid, profile, parent);
        if (name.startsWith(QLatin1String("createCredentialDialog")))
            return new CreateCredentialDialog(client, m_trunkSid, parent);
        if (name == QLatin1String("deleteCredentialDialog")) {
            Credential credential;
            credential.id = CredentialId(QStringLiteral("1"));
            credential.trunkSid = m_trunkSid;
            credential.userName = QStringLiteral("pbx_main");
            credential.friendlyName = QStringLiteral("Main PBX");
            return new DeleteCredentialDialog(client, m_trunkSid, credential, parent);
        }
        if (name == QLatin1String("rotateCredentialDialog"))
            return new RotateCredentialDialog(client, profile, m_trunkSid, parent);
        if (name == QLatin1String("deleteTrunkDialog")) {
            const std::optional<Trunk> trunk = window().trunkListModel()->trunk(m_trunkSid);
            return trunk ? new ui::DeleteTrunkDialog(*trunk, client, parent) : nullptr;
        }
        if (name == QLatin1String("openByIdDialog")) {
            window().openTrunkByIdPrompt();
            auto *dialog = window().findChild<QInputDialog *>(QStringLiteral("openByIdDialog"));
            if (dialog)
                dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            return dialog;
        }
        if (name == QLatin1String("aboutDialog"))
            return new AboutDialog(parent);
        if (name == QLatin1String("keyboardShortcutsDialog"))
            return new KeyboardShortcutsDialog(KeyboardShortcutsDialog::actionsOf(parent), parent);
        if (name == QLatin1String("createTrunkDialog"))
            return new CreateTrunkDialog(client, &m_console->journal(), context(), parent);
        if (name.startsWith(QLatin1String("trunkWizard/"))) {
            const int id = wizardPageIds().indexOf(name.section(QLatin1Char('/'), 1));
            if (id < 0)
                return nullptr;
            auto *wizard = new TrunkWizard(client, &m_console->journal(), context(), parent);
            // Opens straight on the page: the walk looks at the page, not at how to get there.
            wizard->setStartId(id);
            wizard->restart();
            return wizard;
        }
        return nullptr;
    }

    ProvisioningContext context() {
        ProvisioningContext c;
        c.profileId = window().connectionInfo().profileId;
        c.accountSid = window().connectionInfo().accountSid;
        return c;
    }

    std::unique_ptr<Console> m_console;
    TrunkSid m_trunkSid;
};

} // namespace exotrunk::testing
