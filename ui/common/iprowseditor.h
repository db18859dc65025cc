#pragma once

#include "common/rowseditor.h"
#include "domain/whitelistedip.h"

class QLineEdit;
class QSpinBox;

namespace exotrunk::ui {

// The one editor for whitelist entries (Create Trunk form, the wizard): per row an IPv4 address
// and a mask (/16–/32, /32 by default; below 32 warns, since trunks do not support ranges).
// Each row is validated as it changes, and the same entry twice is refused on the later row.
//
// Object names (n = 1-based row; none in SingleRow mode): whitelistRow_n, whitelistIpEdit_n,
// whitelistMaskSpin_n, whitelistRemoveButton_n, whitelistIpMessage_n, whitelistNote_n,
// whitelistActionButton_n; addIpButton.
class IpRowsEditor : public RowsEditor {
    Q_OBJECT
public:
    explicit IpRowsEditor(Mode mode, QWidget *parent = nullptr);

    int addRow(const QString &ip = {}, int mask = 32);
    void setEntry(int index, const NewWhitelistedIp &entry);
    NewWhitelistedIp entry(int index) const;
    bool isRowEmpty(int index) const override;
    // The non-empty rows' entries, in row order.
    QList<NewWhitelistedIp> entries() const;
    Validity rowVerdict(int index) const override;
    QLineEdit *ipEdit(int index) const { return m_fields.at(index).ip; }
    // Puts `ip`/32 into the first empty row, or a new one.
    void offer(const QString &ip);

protected:
    void nameFields(int index) override;
    void forgetRow(int index) override;
    int fieldRowCount() const override { return int(m_fields.size()); }

private:
    struct Fields {
        QLineEdit *ip = nullptr;
        QSpinBox *mask = nullptr;
    };
    QList<Fields> m_fields;
};

} // namespace exotrunk::ui
