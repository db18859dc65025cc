#pragma once

#include "domain/whitelistedip.h"
#include "editing/editdialogbase.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace exotrunk {

// "Allow IP": adds an IPv4 address (and mask) to the trunk's whitelist.
class AllowIpDialog : public EditDialogBase {
    Q_OBJECT
public:
    AllowIpDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent = nullptr);

    void setIp(const QString &ip);

signals:
    void ipAllowed(const exotrunk::WhitelistedIp &ip);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    QLineEdit *m_ip;
    QSpinBox *m_mask;
    QLabel *m_ipValidation;
    QLabel *m_maskValidation;
};

} // namespace exotrunk
