#include "editing/renametrunkdialog.h"

#include "api/exotelclient.h"
#include "editing/editinglogging.h"
#include "validation/validators.h"
#include "workflows/trunkchanges.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exotrunk {

RenameTrunkDialog::RenameTrunkDialog(ExotelClient *client, TrunkSid trunkSid,
                                     const QString &currentName, QStringList otherNames,
                                     QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_currentName(currentName)
    , m_otherNames(std::move(otherNames))
    , m_name(new QLineEdit(currentName, this))
    , m_validation(new QLabel(this)) {
    setObjectName(QStringLiteral("renameTrunkDialog"));
    setWindowTitle(tr("Rename %1").arg(this->trunkSid().value()));
    m_name->setObjectName(QStringLiteral("trunkNameEdit"));
    m_name->setMaxLength(64); // longer input is shown as invalid, never cut
    m_name->selectAll();
    m_validation->setObjectName(QStringLiteral("trunkNameValidation"));
    m_validation->setWordWrap(true);
    formLayout()->addRow(tr("New &name:"), m_name);
    formLayout()->addRow(QString(), m_validation);
    // The note is rich text (EditDialogBase): the SID goes in escaped, never as markup.
    addNote(tr("The trunk keeps its SID, numbers, IPs, destinations and credentials: a Connect "
               "applet dialling sip:%1 keeps working. Only the name shown in the dashboard and "
               "here changes.")
                .arg(this->trunkSid().value().toHtmlEscaped()),
            QStringLiteral("renameTrunkNote"));
    submitButton()->setText(tr("&Rename"));
    connect(m_name, &QLineEdit::textChanged, this, &RenameTrunkDialog::validateInput);
    validateInput();
}

void RenameTrunkDialog::validateInput() {
    const QString name = m_name->text();
    Validity validity = validate::trunkName(name);
    if (validity.isAcceptable() && m_otherNames.contains(name))
        validity =
            Validity::error(tr("Another trunk of this account is already called %1.").arg(name));
    showValidity(m_validation, name == m_currentName ? Validity::ok() : validity);
    setInputValid(name != m_currentName && validity.isAcceptable());
}

void RenameTrunkDialog::setInputsEnabled(bool enabled) {
    m_name->setEnabled(enabled);
}

void RenameTrunkDialog::submit() {
    const QString name = m_name->text();
    qCInfo(lcEditing) << "renaming trunk" << trunkSid().value() << "to" << name;
    track(changes()->renameTrunk(name, this,
                                 [this](const ApiResult<Trunk> &result) {
                                     if (!result.isOk()) {
                                         showError(result.error());
                                         return;
                                     }
                                     emit renamed(result.value());
                                     accept();
                                 }),
          tr("Renaming to %1…").arg(name));
}

} // namespace exotrunk
