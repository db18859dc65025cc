#include "editing/editmaskdialog.h"

#include "common/numberfield.h"
#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace exotrunk {

EditMaskDialog::EditMaskDialog(ExotelClient *client, TrunkSid trunkSid, WhitelistedIp ip,
                               QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_ip(std::move(ip))
    , m_mask(new ui::NumberField(16, 32, this))
    , m_maskValidation(new QLabel(this)) {
    setObjectName(QStringLiteral("editMaskDialog"));
    setWindowTitle(tr("Edit mask of %1 on %2").arg(m_ip.cidr(), this->trunkSid().value()));
    m_mask->setObjectName(QStringLiteral("maskSpin"));
    m_mask->setAccessibleName(tr("Mask"));
    m_mask->setPrefix(QStringLiteral("/"));
    m_mask->setValue(m_ip.mask);
    m_maskValidation->setObjectName(QStringLiteral("maskValidation"));
    m_maskValidation->setWordWrap(true);
    auto *address = new QLabel(m_ip.ip, this);
    address->setObjectName(QStringLiteral("ipAddressLabel"));
    address->setTextFormat(Qt::PlainText);
    formLayout()->addRow(tr("Address:"), address);
    formLayout()->addRow(tr("Mas&k:"), m_mask);
    formLayout()->addRow(QString(), m_maskValidation);
    addNote(tr("A smaller mask lets a whole range call in; trunks do not support CIDR ranges "
               "unless Exotel has confirmed it, so /32 is recommended."),
            QStringLiteral("editMaskNote"));
    submitButton()->setText(tr("&Save mask"));
    connect(m_mask, &QSpinBox::valueChanged, this, &EditMaskDialog::validateInput);
    validateInput();
}

void EditMaskDialog::validateInput() {
    const Validity validity = validate::mask(m_mask->value());
    showValidity(m_maskValidation, validity);
    setInputValid(validity.isAcceptable() && m_mask->value() != m_ip.mask);
}

void EditMaskDialog::setInputsEnabled(bool enabled) {
    m_mask->setEnabled(enabled);
}

void EditMaskDialog::submit() {
    const int mask = m_mask->value();
    qCInfo(lcEditing) << "changing mask of" << m_ip.cidr() << "to" << mask;
    track(changes()->changeIpMask(m_ip, mask, this,
                                  [this](const ApiResult<WhitelistedIp> &result) {
                                      if (!result.isOk()) {
                                          showError(result.error());
                                          return;
                                      }
                                      emit maskChanged(result.value());
                                      accept();
                                  }),
          tr("Saving %1/%2…").arg(m_ip.ip).arg(mask));
}

} // namespace exotrunk
