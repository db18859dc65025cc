#include "editing/editdialogbase.h"

#include "common/palettecolors.h"
#include "common/validitylabel.h"

#include "api/exotelclient.h"
#include "workflows/trunkchanges.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

EditDialogBase::EditDialogBase(ExotelClient *client, TrunkSid trunkSid, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_trunkSid(std::move(trunkSid))
    , m_changes(new TrunkChanges(client, m_trunkSid, this))
    , m_content(new QVBoxLayout)
    , m_form(new QFormLayout)
    , m_progress(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText); // the server's error description
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui::setToneText(m_error, ui::Tone::Danger);
    m_error->hide();

    m_submit = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Submit does not close the dialog: it closes itself once the API said yes.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_inputValid && !isBusy())
            submit();
    });
    connect(m_cancel, &QPushButton::clicked, this, &EditDialogBase::reject);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_busyLabel, 1);

    auto *layout = new QVBoxLayout(this);
    m_content->addLayout(m_form);
    layout->addLayout(m_content);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);
    connect(m_changes, &TrunkChanges::finished, this, &EditDialogBase::updateBusy,
            Qt::QueuedConnection);
    updateBusy();
    setInputValid(false);
}

EditDialogBase::~EditDialogBase() {
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

bool EditDialogBase::isBusy() const {
    if (m_changes->isRunning())
        return true;
    for (const QPointer<ApiCall> &call : m_calls) {
        if (call && !call->isFinished())
            return true;
    }
    return false;
}

void EditDialogBase::reject() {
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    m_changes->cancel();
    QDialog::reject();
}

QLabel *EditDialogBase::addNote(const QString &text, const QString &objectName) {
    auto *note = new QLabel(text, this);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    m_content->addWidget(note);
    return note;
}

void EditDialogBase::showValidity(QLabel *label, const Validity &validity) {
    ui::showValidity(label, validity);
}

void EditDialogBase::track(ApiCall *call, const QString &busyText) {
    if (!call)
        return;
    m_calls.removeAll(QPointer<ApiCall>());
    m_calls.append(call);
    m_busyLabel->setText(busyText);
    clearError();
    connect(call, &ApiCall::finished, this, [this] {
        // The callback may already have started another call; re-evaluate.
        QMetaObject::invokeMethod(this, &EditDialogBase::updateBusy, Qt::QueuedConnection);
    });
    connect(call, &QObject::destroyed, this, &EditDialogBase::updateBusy, Qt::QueuedConnection);
    updateBusy();
}

void EditDialogBase::showBusy(const QString &busyText) {
    m_busyLabel->setText(busyText);
    clearError();
    updateBusy();
}

void EditDialogBase::updateBusy() {
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_submit->setEnabled(m_inputValid && !busy);
    setInputsEnabled(!busy);
}

void EditDialogBase::showError(const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_error->setText(error.userMessage());
    m_error->setToolTip(error.technicalDetails());
    m_error->show();
}

void EditDialogBase::clearError() {
    m_error->clear();
    m_error->hide();
}

void EditDialogBase::setInputValid(bool valid) {
    m_inputValid = valid;
    m_submit->setEnabled(valid && !isBusy());
}

void EditDialogBase::setInputsEnabled(bool) {}

} // namespace exotrunk
