#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// Sorting and filtering of the diary list: a range of nights, a leg, a lowest severity
// and words in the notes. Nights without a cramp pass only filters that are not about
// the cramp itself (range and words).
class DiaryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiaryFilterProxy(QObject *parent = nullptr);

    void setNightRange(QDate first, QDate last); // invalid dates: open-ended
    void setLeg(const QString &legKey); // empty: any leg
    void setMinimumSeverity(int severity); // -1: any, including not recorded
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_first;
    QDate m_last;
    QString m_leg;
    int m_minimumSeverity = -1;
    QString m_text;
};
