#include "ui/diary/DiaryFilterProxy.h"

#include "ui/diary/DiaryTableModel.h"

DiaryFilterProxy::DiaryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiaryTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DiaryFilterProxy::setNightRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
    invalidateRowsFilter();
}

void DiaryFilterProxy::setLeg(const QString &legKey)
{
    m_leg = legKey;
    invalidateRowsFilter();
}

void DiaryFilterProxy::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateRowsFilter();
}

void DiaryFilterProxy::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool DiaryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate night = index.data(DiaryTableModel::NightRole).toDate();
    if (m_first.isValid() && night < m_first)
        return false;
    if (m_last.isValid() && night > m_last)
        return false;
    const bool isCramp = index.data(DiaryTableModel::EpisodeIdRole).toLongLong() != 0;
    if (!m_leg.isEmpty() && (!isCramp || index.data(DiaryTableModel::LegKeyRole).toString() != m_leg))
        return false;
    if (m_minimumSeverity >= 0 && (!isCramp || index.data(DiaryTableModel::SeverityRole).toInt() < m_minimumSeverity))
        return false;
    if (!m_text.isEmpty()
        && !index.data(DiaryTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}
