#include "common/iprowseditor.h"
#include "common/numberfield.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace exotrunk::ui {

IpRowsEditor::IpRowsEditor(Mode mode, QWidget *parent)
    : RowsEditor(mode,
                 Names{"addIpButton", tr("Add &IP"), tr("Add a whitelist IP row"), "whitelistRow",
                       "whitelistRemoveButton", tr("Remove this IP address"),
                       tr("Remove IP address %1"), "whitelistIpMessage", "whitelistNote",
                       "whitelistActionButton", QString(), QString()},
                 parent) {
    setObjectName(QStringLiteral("ipRowsEditor"));
    addButton()->setAccessibleDescription(tr("Adds an empty IP address row below the others"));
    const int maskWidth = qMax(fontMetrics().horizontalAdvance(tr("Subnet Mask")) + 12, 90);
    setColumns({{tr("IP &address"), 0}, {tr("&Mask"), maskWidth}});
    connect(addButton(), &QPushButton::clicked, this, [this] {
        const int index = addRow();
        m_fields.at(index).ip->setFocus(Qt::OtherFocusReason);
    });
}

int IpRowsEditor::addRow(const QString &ip, int mask) {
    QWidget *row = newContainer();
    Fields f;
    f.ip = new QLineEdit(row);
    f.ip->setPlaceholderText(QStringLiteral("203.0.113.10"));
    f.ip->setAccessibleDescription(tr("The public IPv4 address of your PBX or SIP side"));
    f.mask = new NumberField(16, 32, row);
    f.mask->setPrefix(QStringLiteral("/"));
    f.mask->setAccessibleDescription(
        tr("32 for a single address; trunks support no ranges unless Exotel confirms one"));
    m_fields.append(f);
    setEntry(int(m_fields.size()) - 1, NewWhitelistedIp{ip, mask});
    connect(f.ip, &QLineEdit::textChanged, this, &IpRowsEditor::refresh);
    connect(f.mask, &QSpinBox::valueChanged, this, &IpRowsEditor::refresh);
    return appendRow(row, {f.ip, f.mask});
}

void IpRowsEditor::setEntry(int index, const NewWhitelistedIp &entry) {
    const Fields &f = m_fields.at(index);
    {
        const QSignalBlocker blockIp(f.ip);
        const QSignalBlocker blockMask(f.mask);
        f.ip->setText(entry.ip);
        f.mask->setValue(entry.mask);
    }
    if (index < rowCount())
        refresh();
}

NewWhitelistedIp IpRowsEditor::entry(int index) const {
    const Fields &f = m_fields.at(index);
    return NewWhitelistedIp{f.ip->text().trimmed(), f.mask->value()};
}

bool IpRowsEditor::isRowEmpty(int index) const {
    return m_fields.at(index).ip->text().trimmed().isEmpty();
}

QList<NewWhitelistedIp> IpRowsEditor::entries() const {
    QList<NewWhitelistedIp> list;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!isRowEmpty(i))
            list << entry(i);
    }
    return list;
}

Validity IpRowsEditor::rowVerdict(int index) const {
    if (isRowEmpty(index))
        return Validity::ok();
    const NewWhitelistedIp e = entry(index);
    const Validity address = validate::ipv4(e.ip);
    if (!address.isAcceptable())
        return address;
    for (int i = 0; i < index; ++i) {
        const NewWhitelistedIp other = entry(i);
        if (other.ip == e.ip && other.mask == e.mask)
            return Validity::error(
                tr("%1/%2 is already in row %3.").arg(e.ip).arg(e.mask).arg(i + 1));
    }
    const Validity mask = validate::mask(e.mask);
    if (!mask.isOk())
        return mask;
    return address;
}

void IpRowsEditor::offer(const QString &ip) {
    for (int i = 0; i < m_fields.size(); ++i) {
        if (isRowEmpty(i)) {
            setEntry(i, NewWhitelistedIp{ip, 32});
            return;
        }
    }
    addRow(ip, 32);
}

void IpRowsEditor::nameFields(int index) {
    const Fields &f = m_fields.at(index);
    const bool many = mode() == Mode::ManyRows;
    const int n = index + 1;
    f.ip->setObjectName(rowName("whitelistIpEdit", index));
    f.ip->setAccessibleName(many ? tr("IP address %1").arg(n) : tr("Whitelisted IP address"));
    f.mask->setObjectName(rowName("whitelistMaskSpin", index));
    f.mask->setAccessibleName(many ? tr("Subnet mask %1").arg(n) : tr("Subnet mask"));
}

void IpRowsEditor::forgetRow(int index) {
    m_fields.removeAt(index);
}

} // namespace exotrunk::ui
