#pragma once

#include "domain/whitelistedip.h"
#include "editing/editdialogbase.h"

class QLabel;

namespace exotrunk {
namespace ui {
class NumberField;
}

// Changes the mask of one whitelisted IP (PUT …/whitelisted-ips/{id}); the address stays.
class EditMaskDialog : public EditDialogBase {
    Q_OBJECT
public:
    EditMaskDialog(ExotelClient *client, TrunkSid trunkSid, WhitelistedIp ip, QWidget *parent);

signals:
    void maskChanged(const exotrunk::WhitelistedIp &ip);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    WhitelistedIp m_ip;
    ui::NumberField *m_mask;
    QLabel *m_maskValidation;
};

} // namespace exotrunk
