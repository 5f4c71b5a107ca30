#include "ui/logging/PlanAdherenceRow.h"

#include "core/experiment/ExperimentWording.h"
#include "core/store/DiaryRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

PlanAdherenceRow::PlanAdherenceRow(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    QFont bold = m_plan->font();
    bold.setBold(true);
    m_plan->setFont(bold);
    m_plan->setAccessibleDescription(tr("Tonight's self-experiment"));
    auto *followedLabel = new QLabel(tr("&Kept to the plan?"), this);
    m_followed = new QComboBox(this);
    m_followed->addItem(tr("Not said"));
    m_followed->addItem(tr("Yes"));
    m_followed->addItem(tr("No"));
    m_followed->setAccessibleName(tr("Kept to the plan?"));
    followedLabel->setBuddy(m_followed);
    layout->addWidget(m_plan, 1);
    layout->addWidget(followedLabel);
    layout->addWidget(m_followed);
    hide();
}

void PlanAdherenceRow::showNight(const DiaryRepository &diary, QDate night)
{
    const auto experiment = diary.experiment();
    const QString plan = experiment ? ExperimentWording::tonight(*experiment, night) : QString();
    m_hasPlan = !plan.isEmpty();
    m_plan->setText(tr("Self-experiment \u2014 %1").arg(plan));
    setFollowed(experiment && experiment->followed.contains(night)
                        ? std::optional<bool>(experiment->followed.value(night))
                        : std::nullopt);
    setVisible(m_hasPlan);
}

QString PlanAdherenceRow::planText() const
{
    return m_hasPlan ? m_plan->text() : QString();
}

std::optional<bool> PlanAdherenceRow::followed() const
{
    if (!m_hasPlan || m_followed->currentIndex() == 0)
        return std::nullopt;
    return m_followed->currentIndex() == 1;
}

void PlanAdherenceRow::setFollowed(std::optional<bool> followed)
{
    m_followed->setCurrentIndex(followed ? (*followed ? 1 : 2) : 0);
}
