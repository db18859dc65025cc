#include "editing/allowipdialog.h"
#include "common/numberfield.h"

#include "api/exotelclient.h"
#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace exotrunk {

AllowIpDialog::AllowIpDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_ip(new QLineEdit(this))
    , m_mask(new ui::NumberField(16, 32, this))
    , m_ipValidation(new QLabel(this))
    , m_maskValidation(new QLabel(this)) {
    setObjectName(QStringLiteral("allowIpDialog"));
    setWindowTitle(tr("Allow IP on %1").arg(this->trunkSid().value()));
    m_ip->setObjectName(QStringLiteral("ipEdit"));
    m_ip->setPlaceholderText(tr("203.0.113.10"));
    m_mask->setObjectName(QStringLiteral("maskSpin"));
    // The API accepts 16–32; anything else is refused before it is sent.
    m_mask->setValue(32);
    m_mask->setPrefix(QStringLiteral("/"));
    m_mask->setToolTip(tr("/32 allows exactly this address"));
    m_ipValidation->setObjectName(QStringLiteral("ipValidation"));
    m_ipValidation->setWordWrap(true);
    m_maskValidation->setObjectName(QStringLiteral("maskValidation"));
    m_maskValidation->setWordWrap(true);

    formLayout()->addRow(tr("&IPv4 address:"), m_ip);
    formLayout()->addRow(QString(), m_ipValidation);
    formLayout()->addRow(tr("Mas&k:"), m_mask);
    formLayout()->addRow(QString(), m_maskValidation);
    addNote(tr("Allow the peer's fixed public egress address. Masks /16 to /32 are accepted, but "
               "trunks do not support CIDR ranges: use /32 for each server unless Exotel has "
               "confirmed the range. If the provider's egress changes or is shared, use digest "
               "credentials instead."),
            QStringLiteral("allowIpNote"));
    submitButton()->setText(tr("&Allow IP"));

    connect(m_ip, &QLineEdit::textChanged, this, &AllowIpDialog::validateInput);
    connect(m_mask, &QSpinBox::valueChanged, this, &AllowIpDialog::validateInput);
    validateInput();
}

void AllowIpDialog::setIp(const QString &ip) {
    m_ip->setText(ip);
}

void AllowIpDialog::validateInput() {
    const QString ip = m_ip->text();
    const Validity ipValidity = ip.isEmpty() ? Validity::ok() : validate::ipv4(ip);
    const Validity maskValidity = validate::mask(m_mask->value());
    showValidity(m_ipValidation, ipValidity);
    showValidity(m_maskValidation, maskValidity);
    setInputValid(!ip.isEmpty() && ipValidity.isAcceptable() && maskValidity.isAcceptable());
}

void AllowIpDialog::setInputsEnabled(bool enabled) {
    m_ip->setEnabled(enabled);
    m_mask->setEnabled(enabled);
}

void AllowIpDialog::submit() {
    NewWhitelistedIp ip;
    ip.ip = m_ip->text();
    ip.mask = m_mask->value();
    qCInfo(lcEditing) << "allowing" << ip.ip << "/" << ip.mask << "on trunk" << trunkSid().value();
    track(changes()->allowIp(ip, this,
                             [this](const ApiResult<WhitelistedIp> &result) {
                                 if (!result.isOk()) {
                                     showError(result.error());
                                     return;
                                 }
                                 emit ipAllowed(result.value());
                                 accept();
                             }),
          tr("Allowing %1/%2…").arg(ip.ip).arg(ip.mask));
}

} // namespace exotrunk
