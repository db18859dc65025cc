#pragma once

#include "domain/trunk.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QToolBar;
class QWidget;

namespace exotrunk {
class TrunkEditActions;
class ExotelClient;
class KnownTrunksStore;
class TrunkDetailsController;
class TrunkListModel;
} // namespace exotrunk

namespace exotrunk::ui {

class Banner;
class TrunkDetailsPage;
class TrunkListPage;
class WelcomePage;

// Who the window is talking to; shown in the toolbar at all times. Holds no secret.
struct ConnectionInfo {
    QString profileId;   // AccountProfile::id, or a fixed id for the sandbox
    QString profileName; // "Acme support", "Sandbox"
    QString regionLabel; // "Mumbai", "Singapore", a custom host, "Sandbox"
    QString accountSid;
    bool sandbox = false;
};

// The console's main window: a toolbar (refresh, create, open by ID, the profile switcher and
// the active profile with its region) over three pages — welcome, trunk list, trunk details.
// It owns no client: the composition root hands one in with setConnection() and replaces it
// when the profile changes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Welcome, TrunkList, TrunkDetails };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Cancels everything the previous connection had in flight, then shows and loads the
    // trunk list of the new one. Neither pointer is owned; both must outlive the connection
    // (until the next setConnection/clearConnection).
    void setConnection(ExotelClient *client, KnownTrunksStore *known, const ConnectionInfo &info);
    void clearConnection();
    // Before the connection to `info` exists: its labels and banner, and the trunk list in its
    // loading state, so the first paint shows what is coming while the connection is made.
    void showConnecting(const ConnectionInfo &info);
    ExotelClient *client() const;
    const ConnectionInfo &connectionInfo() const { return m_info; }
    // The connected profile was renamed (or its region relabelled): the toolbar and the title
    // follow; the connection and the pages stay as they are.
    void updateConnectionInfo(const ConnectionInfo &info);

    // A dialog that acts on the connected account (it holds that account's client): closed, and
    // deleted while that client still exists, as soon as the connection changes, so nothing it
    // sends can reach another account.
    void bindToConnection(QDialog *dialog);
    // The active profile is changing to `next`: every dialog and edit action of the current
    // account is closed (the status bar says so), the client let go, and the window shows that
    // `next` is being connected. Nothing is actionable until the next setConnection().
    void showSwitching(const ConnectionInfo &next);

    // The accounts' profile switcher, placed in the toolbar (ownership passes to the window).
    void setProfileSwitcher(QWidget *switcher);

    // The welcome page until a page is chosen; a window shown before any is chosen opens on it.
    Page currentPage() const;
    void setVisible(bool visible) override;
    void showWelcome(const QString &note = {});
    void showTrunkList();
    void openTrunk(const TrunkSid &sid);
    // Starts the delete confirmation for a trunk.
    void confirmDelete(const TrunkSid &sid);
    void openTrunkByIdPrompt();
    void installEditActions(const TrunkSid &sid);

    TrunkListModel *trunkListModel() const { return m_listModel; }
    TrunkDetailsController *detailsController() const { return m_details; }
    TrunkListPage *listPage() const { return m_listPage; }
    // Built on first use (the window opens on the list or the welcome page): asking creates it.
    TrunkDetailsPage *detailsPage() const;
    WelcomePage *welcomePage() const;
    Banner *sandboxBanner() const { return m_sandboxBanner; }
    // The "Not encrypted" strip of a plain http:// connection; null until one was first made.
    Banner *plainHttpBanner() const { return m_plainHttpBanner; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *createTrunkAction() const { return m_createAction; }
    QAction *guidedSetupAction() const { return m_guidedSetupAction; }
    QAction *openByIdAction() const { return m_openByIdAction; }
    QAction *findAction() const { return m_findAction; }

signals:
    void createTrunkRequested(); // the Create Trunk form (Ctrl+N)
    void guidedSetupRequested(); // the guided wizard (Ctrl+Shift+N)
    void trunkOpened(const exotrunk::TrunkSid &sid);
    void finishSetupRequested(const exotrunk::TrunkSid &sid);
    void addAccountRequested();
    void manageAccountsRequested();
    void exploreSandboxRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applySandboxBanner();   // shown for a sandbox connection
    void applyPlainHttpBanner(); // shown for plain http:// to an account (mainwindowplainhttp.cpp)
    TrunkDetailsPage *ensureDetailsPage();
    WelcomePage *ensureWelcomePage();
    void refresh();
    void updateConnectionLabels();
    void updateActions();
    // Closes and deletes what belongs to the current account (bound dialogs, edit actions);
    // returns how many of those windows were open.
    int closeAccountBoundWindows();

    QPointer<ExotelClient> m_client;
    QPointer<TrunkEditActions> m_editActions; // edit actions of the trunk on the details page
    QHash<QString, QString> m_deletingTrunks; // trunk SID → "name (SID)", while its delete runs
    QList<QPointer<QDialog>> m_boundDialogs;  // bindToConnection()
    QMetaObject::Connection m_rateLimitConnection;
    KnownTrunksStore *m_known = nullptr;
    ConnectionInfo m_info;
    TrunkListModel *m_listModel;
    TrunkDetailsController *m_details;

    QToolBar *m_toolBar;
    QAction *m_refreshAction;
    QAction *m_createAction;
    QAction *m_guidedSetupAction;
    QAction *m_openByIdAction;
    QAction *m_findAction;
    QAction *m_addAccountAction;
    QAction *m_manageAccountsAction;
    QAction *m_welcomeAction;
    QWidget *m_switcherSlot;
    QAction *m_switcherAction;
    QLabel *m_profileLabel;
    QLabel *m_regionLabel;

    Banner *m_sandboxBanner;
    Banner *m_plainHttpBanner = nullptr;
    QStackedWidget *m_pages;
    // Stands in for the welcome page in the stack until that page is first needed.
    QWidget *m_welcomeSlot = nullptr;
    bool m_pageChosen = false; // false: no page asked for yet, the window opens on welcome
    WelcomePage *m_welcomePage = nullptr;
    TrunkListPage *m_listPage;
    TrunkDetailsPage *m_detailsPage = nullptr;
};

} // namespace exotrunk::ui
