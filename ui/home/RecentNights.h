#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;

// Home's last two weeks, night by night, in two columns read top to bottom (the last seven
// nights, then the seven before), or the second week below the first where the page is too
// narrow for both. Plain labels in a grid: after a log only the changed words are laid out
// again, not a whole rich-text table (which cost 8 ms a time).
class RecentNights : public QWidget
{
    Q_OBJECT

public:
    struct Night {
        QDate night;
        QString what; // "no cramp", "2 cramps, worst 7/10"; blank before the diary began
        bool cramps = false; // shown in bold
        bool checkedIn = false;
    };
    static constexpr int Nights = 14;

    explicit RecentNights(QWidget *parent = nullptr);
    void setNights(const QList<Night> &nights); // newest first
    QString text() const; // a line per night, as shown

private:
    struct Row {
        QLabel *day;
        QLabel *what;
        QLabel *evening;
    };
    QList<Row> m_rows;
};
