#include "editing/mapnumberdialog.h"

#include "api/exotelclient.h"
#include "common/accessiblecombobox.h"
#include "editing/editinglogging.h"
#include "editing/numbermodetext.h"
#include "workflows/trunkchanges.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exotrunk {

MapNumberDialog::MapNumberDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_number(new QLineEdit(this))
    , m_numberValidation(new QLabel(this))
    , m_mode(new QComboBox(this)) {
    setObjectName(QStringLiteral("mapNumberDialog"));
    setWindowTitle(tr("Map number to %1").arg(this->trunkSid().value()));
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(tr("+919876543210"));
    m_numberValidation->setObjectName(QStringLiteral("numberValidation"));
    m_numberValidation->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    ui::nameComboByField(m_mode);
    numbermodetext::fill(m_mode);

    formLayout()->addRow(tr("&Number (E.164):"), m_number);
    formLayout()->addRow(QString(), m_numberValidation);
    formLayout()->addRow(tr("M&ode:"), m_mode);
    addNote(numbermodetext::explanation(), QStringLiteral("modeExplanation"));
    submitButton()->setText(tr("&Map number"));

    connect(m_number, &QLineEdit::textChanged, this, &MapNumberDialog::validateInput);
    validateInput();
}

void MapNumberDialog::validateInput() {
    const QString text = m_number->text();
    const Validity v = text.isEmpty() ? Validity::ok() : validate::e164(text);
    showValidity(m_numberValidation, v);
    setInputValid(!text.isEmpty() && v.isAcceptable());
}

void MapNumberDialog::setInputsEnabled(bool enabled) {
    m_number->setEnabled(enabled);
    m_mode->setEnabled(enabled);
}

void MapNumberDialog::submit() {
    NewPhoneNumber number;
    number.number = m_number->text();
    number.mode = numbermodetext::selected(m_mode);
    qCInfo(lcEditing) << "mapping" << number.number << "to trunk" << trunkSid().value();
    track(changes()->mapPhoneNumber(number, this,
                                    [this](const ApiResult<PhoneNumber> &result) {
                                        if (!result.isOk()) {
                                            showError(result.error());
                                            return;
                                        }
                                        emit numberMapped(result.value());
                                        accept();
                                    }),
          tr("Mapping %1…").arg(number.number));
}

} // namespace exotrunk
