#include "ui/analysis/RangeSelector.h"

#include "ui/style/FlowLayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalBlocker>

RangeSelector::RangeSelector(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new FlowLayout(this); // wraps at large text rather than widening the page
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Show"), this);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Last 4 weeks"), FourWeeks);
    m_preset->addItem(tr("Last 3 months"), ThreeMonths);
    m_preset->addItem(tr("Last 12 months"), TwelveMonths);
    m_preset->addItem(tr("All of the diary"), All);
    m_preset->addItem(tr("Custom range"), Custom);
    m_preset->setAccessibleName(tr("Range of nights shown"));
    label->setBuddy(m_preset);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First night of the custom range"));
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last night of the custom range"));
    layout->addWidget(FlowLayout::together(this, { label, m_preset }));
    layout->addWidget(FlowLayout::together(this, { m_from, new QLabel(tr("to"), this), m_to }));
    m_preset->setCurrentIndex(ThreeMonths);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &RangeSelector::update);
    connect(m_from, &QDateEdit::dateChanged, this, &RangeSelector::update);
    connect(m_to, &QDateEdit::dateChanged, this, &RangeSelector::update);
}

void RangeSelector::setBounds(QDate firstNight, QDate lastNight)
{
    m_firstNight = firstNight;
    m_lastNight = lastNight;
    update();
}

void RangeSelector::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
}

void RangeSelector::setCustom(QDate first, QDate last)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_preset);
        m_from->setDate(first);
        m_to->setDate(last);
        m_preset->setCurrentIndex(Custom);
    }
    update();
}

void RangeSelector::update()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    const QDate last = m_lastNight.isValid() ? m_lastNight : QDate::currentDate();
    QDate first;
    switch (preset) {
    case FourWeeks: first = last.addDays(-27); break;
    case ThreeMonths: first = last.addMonths(-3).addDays(1); break;
    case TwelveMonths: first = last.addYears(-1).addDays(1); break;
    case All: first = m_firstNight.isValid() ? m_firstNight : last.addDays(-27); break;
    case Custom: break;
    }
    const bool custom = preset == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    QDate from = m_from->date(), to = m_to->date();
    if (to < from)
        std::swap(from, to);
    if (from == m_first && to == m_last)
        return;
    m_first = from;
    m_last = to;
    emit rangeChanged(m_first, m_last);
}
