#include "ui/home/RecentNights.h"

#include "core/domain/DateText.h"
#include "ui/style/FlowLayout.h"

#include <QGridLayout>
#include <QLabel>

RecentNights::RecentNights(QWidget *parent)
    : QWidget(parent)
{
    // The second week goes below the first where the page is too narrow for both.
    auto *weeks = new FlowLayout(this);
    weeks->setContentsMargins(0, 0, 0, 0);
    weeks->setSpacing(24);
    QWidget *week = nullptr;
    for (int i = 0; i < Nights; ++i) {
        // The last seven nights down the first week, the seven before down the second: read
        // and seen in night order. Each week: day, what, evening.
        const int row = i % (Nights / 2);
        if (row == 0) {
            week = new QWidget(this);
            auto *grid = new QGridLayout(week);
            grid->setContentsMargins(0, 0, 0, 0);
            grid->setHorizontalSpacing(10);
            grid->setVerticalSpacing(4);
            weeks->addWidget(week);
        }
        Row cells { new QLabel(week), new QLabel(week), new QLabel(week) };
        for (QLabel *label : { cells.day, cells.what, cells.evening })
            label->setTextFormat(Qt::PlainText);
        auto *grid = static_cast<QGridLayout *>(week->layout());
        grid->addWidget(cells.day, row, 0);
        grid->addWidget(cells.what, row, 1);
        grid->addWidget(cells.evening, row, 2);
        m_rows.append(cells);
    }
    setAccessibleName(tr("The last two weeks, newest night first"));
}

void RecentNights::setNights(const QList<Night> &nights)
{
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const Night night = i < nights.size() ? nights[i] : Night();
        row.day->setText(night.night.isValid() ? DateText::shortDay(night.night) : QString());
        row.what->setText(night.what);
        QFont font = row.what->font();
        font.setBold(night.cramps);
        row.what->setFont(font);
        // Read with the night it belongs to, wherever a screen reader lands.
        row.what->setAccessibleDescription(
                night.night.isValid() ? tr("Night of %1").arg(DateText::shortDay(night.night)) : QString());
        row.evening->setText(night.checkedIn ? tr("checked in") : QString());
        // Blank on screen, but a screen reader says it rather than skipping the cell.
        row.evening->setAccessibleName(night.night.isValid() && !night.checkedIn ? tr("not checked in") : QString());
        row.evening->setPalette(muted);
    }
}

QString RecentNights::text() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        QStringList cells = { row.day->text(), row.what->text() };
        if (!row.evening->text().isEmpty())
            cells.append(row.evening->text());
        lines.append(cells.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}
