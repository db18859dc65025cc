#include "editing/changemodedialog.h"

#include "api/exotelclient.h"
#include "common/accessiblecombobox.h"
#include "editing/editinglogging.h"
#include "editing/numbermodetext.h"
#include "workflows/trunkchanges.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace exotrunk {

ChangeModeDialog::ChangeModeDialog(ExotelClient *client, TrunkSid trunkSid, PhoneNumber number,
                                   QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_number(std::move(number))
    , m_mode(new QComboBox(this)) {
    setObjectName(QStringLiteral("changeModeDialog"));
    setWindowTitle(tr("Change mode of %1").arg(m_number.number));

    auto *numberLabel = new QLabel(m_number.number, this);
    numberLabel->setObjectName(QStringLiteral("numberLabel"));
    numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *idLabel = new QLabel(m_number.id.value(), this);
    idLabel->setObjectName(QStringLiteral("mappingIdLabel"));
    auto *currentLabel = new QLabel(numbermodetext::displayName(m_number.mode), this);
    currentLabel->setObjectName(QStringLiteral("currentModeLabel"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    ui::nameComboByField(m_mode);
    numbermodetext::fill(m_mode);
    // Offer the other mode: changing to the same one is a no-op.
    numbermodetext::select(m_mode,
                           m_number.mode == NumberMode::Flow ? NumberMode::Pstn : NumberMode::Flow);

    formLayout()->addRow(tr("Number:"), numberLabel);
    formLayout()->addRow(tr("Mapping id:"), idLabel);
    formLayout()->addRow(tr("Current mode:"), currentLabel);
    formLayout()->addRow(tr("&New mode:"), m_mode);
    addNote(numbermodetext::explanation(), QStringLiteral("modeExplanation"));
    submitButton()->setText(tr("&Change mode"));

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ChangeModeDialog::validateInput);
    validateInput();
}

void ChangeModeDialog::validateInput() {
    const NumberMode mode = numbermodetext::selected(m_mode);
    setInputValid(!m_number.id.isEmpty() && validate::e164(m_number.number).isAcceptable() &&
                  mode != m_number.mode);
}

void ChangeModeDialog::setInputsEnabled(bool enabled) {
    m_mode->setEnabled(enabled);
}

void ChangeModeDialog::submit() {
    const NumberMode mode = numbermodetext::selected(m_mode);
    qCInfo(lcEditing) << "changing mode of" << m_number.number << "(mapping" << m_number.id.value()
                      << ") to" << numberModeToWire(mode);
    track(changes()->changeNumberMode(m_number, mode, this,
                                      [this](const ApiResult<PhoneNumber> &result) {
                                          if (!result.isOk()) {
                                              showError(result.error());
                                              return;
                                          }
                                          emit modeChanged(result.value());
                                          accept();
                                      }),
          tr("Changing the mode…"));
}

} // namespace exotrunk
