#include "ui/home/RecentNights.h"

#include "core/domain/DateText.h"

#include <algorithm>

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

RecentNights::RecentNights(QWidget *parent)
    : QWidget(parent)
{
    m_weeks = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_weeks->setContentsMargins(0, 0, 0, 0);
    m_weeks->setSpacing(24);
    m_weeks->setSizeConstraint(QLayout::SetNoConstraint); // its least size is minimumSizeHint's
    for (int i = 0; i < Nights; ++i) {
        // The last seven nights down the first week, the seven before down the second: read
        // and seen in night order. Each week: day, what, evening.
        const int row = i % (Nights / 2);
        if (row == 0) {
            m_week[i / (Nights / 2)] = new QWidget(this);
            auto *grid = new QGridLayout(m_week[i / (Nights / 2)]);
            grid->setContentsMargins(0, 0, 0, 0);
            grid->setHorizontalSpacing(10);
            grid->setVerticalSpacing(4);
            m_weeks->addWidget(m_week[i / (Nights / 2)]);
        }
        QWidget *week = m_week[i / (Nights / 2)];
        Row cells { new QLabel(week), new QLabel(week), new QLabel(week) };
        for (QLabel *label : { cells.day, cells.what, cells.evening })
            label->setTextFormat(Qt::PlainText);
        auto *grid = static_cast<QGridLayout *>(week->layout());
        grid->addWidget(cells.day, row, 0);
        grid->addWidget(cells.what, row, 1);
        grid->addWidget(cells.evening, row, 2);
        m_rows.append(cells);
    }
    m_weeks->addStretch();
    setAccessibleName(tr("The last two weeks, newest night first"));
}

int RecentNights::sideBySideWidth() const
{
    return m_week[0]->sizeHint().width() + m_weeks->spacing() + m_week[1]->sizeHint().width();
}

QSize RecentNights::minimumSizeHint() const
{
    // One week above the other fits a narrow page (large text, a longer language).
    return { std::max(m_week[0]->minimumSizeHint().width(), m_week[1]->minimumSizeHint().width()), heightForWidth(0) };
}

int RecentNights::heightForWidth(int width) const
{
    const int first = m_week[0]->sizeHint().height();
    const int second = m_week[1]->sizeHint().height();
    return width >= sideBySideWidth() ? std::max(first, second) : first + m_weeks->spacing() + second;
}

void RecentNights::resizeEvent(QResizeEvent *event)
{
    const auto direction = width() >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_weeks->direction() != direction)
        m_weeks->setDirection(direction);
    QWidget::resizeEvent(event);
}

bool RecentNights::event(QEvent *event)
{
    // New words or a new text size: the weeks may now fit side by side, or no longer.
    if (event->type() == QEvent::LayoutRequest) {
        const auto direction = width() >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (m_weeks->direction() != direction) {
            m_weeks->setDirection(direction);
            updateGeometry();
        }
    }
    return QWidget::event(event);
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
