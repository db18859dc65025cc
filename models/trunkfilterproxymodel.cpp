#include "trunklistmodel.h"

#include <algorithm>

namespace exotrunk {

TrunkFilterProxyModel::TrunkFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TrunkListModel::SortRole);
    setDynamicSortFilter(true);
}

void TrunkFilterProxyModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_search = trimmed;
    endFilterChange();
#else
    m_search = trimmed;
    invalidateFilter();
#endif
}

bool TrunkFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_search.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = idx.data(TrunkListModel::SearchTextRole).toString();
    // Every word must match somewhere, so "alias ameyo" narrows rather than widens.
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool TrunkFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QDateTime && b.metaType().id() == QMetaType::QDateTime) {
        const QDateTime da = a.toDateTime();
        const QDateTime db = b.toDateTime();
        if (da != db) {
            // Unknown timestamps sort before every known one.
            if (!da.isValid() || !db.isValid())
                return !da.isValid();
            return da < db;
        }
    } else {
        const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    }
    // A stable tie-break keeps equal rows from jumping around when pages arrive.
    return left.data(TrunkListModel::SidRole).toString() <
           right.data(TrunkListModel::SidRole).toString();
}

} // namespace exotrunk
