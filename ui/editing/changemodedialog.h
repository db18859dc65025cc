#pragma once

#include "domain/phonenumber.h"
#include "editing/editdialogbase.h"

class QComboBox;

namespace exotrunk {

// "Change mode": PUT of a mapped number's mode, addressed by the mapping's numeric id.
class ChangeModeDialog : public EditDialogBase {
    Q_OBJECT
public:
    ChangeModeDialog(ExotelClient *client, TrunkSid trunkSid, PhoneNumber number,
                     QWidget *parent = nullptr);

signals:
    void modeChanged(const exotrunk::PhoneNumber &number);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    PhoneNumber m_number;
    QComboBox *m_mode;
};

} // namespace exotrunk
