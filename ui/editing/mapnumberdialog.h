#pragma once

#include "domain/phonenumber.h"
#include "editing/editdialogbase.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace exotrunk {

// "Map number": maps an E.164 number to the trunk with mode pstn or flow.
class MapNumberDialog : public EditDialogBase {
    Q_OBJECT
public:
    MapNumberDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent = nullptr);

signals:
    void numberMapped(const exotrunk::PhoneNumber &number);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    QLineEdit *m_number;
    QLabel *m_numberValidation;
    QComboBox *m_mode;
};

} // namespace exotrunk
