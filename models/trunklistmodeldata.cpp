// What the trunk list shows per cell and role, and its Readiness column, read from the
// ReadinessCache the details page feeds (the list never asks for it).
#include "trunklistmodel.h"

#include "datetimetext.h"
#include "diagnostics/readinesscache.h"
#include "domain/trunkvalues.h"

#include <QLocale>

namespace exotrunk {

int TrunkListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrunkListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

// Over ~80 lines: one case per role and column, each a line or two; split, it would be read
// in several places at once.
QVariant TrunkListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Trunk &t = row.trunk;
    switch (role) {
    case SidRole:
        return t.sid.value();
    case NameRole:
        return t.name;
    case StatusRole:
        return t.status;
    case ActiveRole:
        return t.isActive();
    case PendingDeleteRole:
        return row.pendingDelete;
    case ReadBackRole:
        return row.readBack;
    case ReadinessRole:
        return int(m_readiness->verdict(t.sid));
    case SipUriRole:
        return t.sipUri();
    case DomainRole:
        return t.domainName;
    case SearchTextRole:
        return t.displayName() + QLatin1Char('\n') + t.sid.value() + QLatin1Char('\n') +
               t.domainName;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
        case ActionsColumn:
            return t.name;
        case DomainColumn:
            return t.domainName;
        case CreatedColumn:
            return t.created;
        case UpdatedColumn:
            return t.updated;
        case StatusColumn:
            return t.status.toLower();
        case ReadinessColumn:
            return m_readiness->sortKey(t.sid);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1\nID: %2").arg(t.displayName(), t.sid.value());
        case CreatedColumn:
            return t.created.isValid()
                       ? QLocale().toString(t.created.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        case UpdatedColumn:
            return t.updated.isValid()
                       ? QLocale().toString(t.updated.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        case ActionsColumn:
            return row.pendingDelete ? tr("Deleting %1…").arg(t.displayName())
                                     : tr("Delete %1").arg(t.displayName());
        case ReadinessColumn:
            return m_readiness->toolTip(t.sid);
        case StatusColumn:
            return row.readBack ? QVariant()
                                : tr("Created by this console, but reading it back from Exotel "
                                     "failed so far. Press F5 to refresh.");
        }
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // A trunk the API holds without a name shows "(no name)"; NameRole keeps it empty.
            return role == Qt::AccessibleTextRole
                       ? tr("%1, ID %2").arg(t.displayName(), t.sid.value())
                       : t.displayName();
        case DomainColumn:
            return t.domainName;
        case CreatedColumn:
            return dateTimeText(t.created);
        case UpdatedColumn:
            return dateTimeText(t.updated);
        case StatusColumn:
            if (!row.readBack)
                return tr("Not yet read back");
            return trunkvalues::status(t.status);
        case ReadinessColumn:
            return role == Qt::AccessibleTextRole ? m_readiness->accessibleText(t.sid)
                                                  : m_readiness->text(t.sid);
        case ActionsColumn:
            if (row.pendingDelete)
                return tr("Deleting…");
            return role == Qt::AccessibleTextRole ? tr("Delete") : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant TrunkListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Trunk Name");
    case DomainColumn:
        return tr("Domain Name");
    case CreatedColumn:
        return tr("Created At");
    case UpdatedColumn:
        return tr("Updated At");
    case StatusColumn:
        return tr("Status");
    case ReadinessColumn:
        return tr("Readiness");
    case ActionsColumn:
        return tr("Actions");
    }
    return {};
}

Qt::ItemFlags TrunkListModel::flags(const QModelIndex &index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A row whose delete is in flight cannot be acted on again; views grey it out.
    if (m_rows.at(index.row()).pendingDelete)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace exotrunk
