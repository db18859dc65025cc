#pragma once

#include "api/apierror.h"
#include "domain/ids.h"
#include "validation/validators.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace exotrunk {

class ApiCall;
class ExotelClient;
class TrunkChanges;

// The frame every edit dialog shares: a form, a busy row, an error line and Submit / Cancel.
// Calls in flight are cancelled when the dialog is cancelled or destroyed, and their callbacks
// (context = the dialog) never run afterwards.
class EditDialogBase : public QDialog {
    Q_OBJECT
public:
    EditDialogBase(ExotelClient *client, TrunkSid trunkSid, QWidget *parent);
    ~EditDialogBase() override;

    ExotelClient *client() const { return m_client; }
    // Where the dialog's writes go (models/workflows): one place every change passes.
    TrunkChanges *changes() const { return m_changes; }
    const TrunkSid &trunkSid() const { return m_trunkSid; }
    bool isBusy() const;

    // Shows a validator's verdict under a field: nothing, a warning or an error.
    static void showValidity(QLabel *label, const Validity &validity);

public slots:
    void reject() override;

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    QFormLayout *formLayout() const { return m_form; }
    QLabel *addNote(const QString &text, const QString &objectName);
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *cancelButton() const { return m_cancel; }

    void track(ApiCall *call, const QString &busyText);
    // For a removal of several rows running in changes(): shows `busyText` until it finishes.
    void showBusy(const QString &busyText);
    void showError(const ApiError &error);
    void clearError();
    // Subclasses call this whenever their inputs change.
    void setInputValid(bool valid);

    virtual void submit() = 0;
    // Enables or disables the inputs while a call is in flight.
    virtual void setInputsEnabled(bool enabled);

private:
    void updateBusy();

    ExotelClient *m_client;
    TrunkSid m_trunkSid;
    TrunkChanges *m_changes;
    QVBoxLayout *m_content;
    QFormLayout *m_form;
    QProgressBar *m_progress;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QList<QPointer<ApiCall>> m_calls;
    bool m_inputValid = false;
};

} // namespace exotrunk
