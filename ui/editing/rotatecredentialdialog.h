#pragma once

#include "domain/credential.h"
#include "workflows/credentialrotation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace exotrunk {

class ExotelClient;
class OnceSecretPanel;

// Drives a CredentialRotation: choose → creating → hand-off (password shown once) →
// deleting the old credential → done, or "delete failed" with Retry. Opened for a trunk with a
// pending rotation, it resumes at "delete the old credential" (the password cannot be shown
// again). Closing it at any step leaves the rotation persisted, never half-forgotten.
class RotateCredentialDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { ChoosePage, CreatingPage, HandOffPage, DeletingPage, DonePage, DeleteFailedPage };

    // Resumes `resume` when given, else the oldest pending rotation of the trunk, else starts a
    // new one with `preselected` chosen (when given).
    RotateCredentialDialog(ExotelClient *client, QString profileId, TrunkSid trunkSid,
                           QWidget *parent = nullptr,
                           std::optional<Credential> preselected = std::nullopt,
                           std::optional<PendingRotation> resume = std::nullopt);
    ~RotateCredentialDialog() override;

    CredentialRotation *rotation() const { return m_rotation; }
    Page currentPage() const;

signals:
    // The trunk's credential list changed (new one created, old one deleted).
    void credentialsChanged();
    // A rotation became pending or stopped being pending.
    void pendingRotationsChanged();

public slots:
    void reject() override;

private:
    QWidget *buildChoosePage();
    QWidget *buildProgressPage(QLabel **label, const QString &objectName);
    QWidget *buildHandOffPage();
    QWidget *buildDonePage();
    QWidget *buildDeleteFailedPage();
    void onStageChanged(RotationStage stage);
    void fillCredentialList();
    void updateProposal();
    void validateChoice();
    void updateSteps();
    void showPage(Page page);

    CredentialRotation *m_rotation;
    std::optional<Credential> m_preselected;
    QLabel *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Choose
    QListWidget *m_credentialList = nullptr;
    QLabel *m_loading = nullptr;
    QLineEdit *m_newUserName = nullptr;
    QLineEdit *m_newFriendlyName = nullptr;
    QLabel *m_choiceValidation = nullptr;
    QLabel *m_chooseError = nullptr;
    // Creating / deleting
    QLabel *m_creatingLabel = nullptr;
    QLabel *m_deletingLabel = nullptr;
    // Hand-off
    QLabel *m_handOffTitle = nullptr;
    QLabel *m_resumeNote = nullptr;
    OnceSecretPanel *m_secret = nullptr;
    QPlainTextEdit *m_handOffText = nullptr;
    QPushButton *m_copyHandOff = nullptr;
    QLabel *m_bothWork = nullptr;
    // Done / failed
    QLabel *m_doneLabel = nullptr;
    QLabel *m_deleteError = nullptr;
    QPushButton *m_abandon = nullptr;
    // Buttons
    QPushButton *m_cancel = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_peerUpdated = nullptr;
    QPushButton *m_retryDelete = nullptr;
    QPushButton *m_finishLater = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace exotrunk
