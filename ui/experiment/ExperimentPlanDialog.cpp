#include "ui/experiment/ExperimentPlanDialog.h"

#include "core/domain/DateText.h"
#include "core/domain/NightClock.h"
#include "core/experiment/ExperimentNights.h"
#include "core/experiment/ExperimentPlanner.h"
#include "core/experiment/ExperimentWording.h"
#include "core/experiment/PlanPower.h"
#include "core/store/DiaryRepository.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

ExperimentPlanDialog::ExperimentPlanDialog(const DiaryRepository &diary, const NightClock &clock, QWidget *parent)
    : QDialog(parent)
    , m_tonight(clock.tonight(QDateTime::currentDateTime()))
    , m_seed(QRandomGenerator::system()->bounded(std::numeric_limits<int>::max()))
{
    setWindowTitle(tr("Plan a self-experiment"));
    setAccessibleName(windowTitle());
    for (const Factor &factor : diary.factors())
        if (!factor.isBuiltin() && factor.kind == FactorKind::YesNo)
            m_ownFactors.append(factor);
    if (const auto recent = ExperimentNights::recentCrampNightRate(diary.snapshot(), clock, m_tonight.addDays(-1)))
        m_recentRate = std::clamp(*recent, 0.05, 0.95);

    QVBoxLayout *layout = FitScrollArea::bodyOf(this); // scrolls only where the screen is too small
    auto *intro = paragraph(this);
    intro->setText(tr("Test whether one change helps you. A plan drawn at random now decides, night by night, "
                      "whether you make the change, so that neither chance nor habit decides for you. Check in each "
                      "evening and log your cramps as usual; the result compares the two kinds of night."));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_change = new QComboBox(this);
    m_change->addItem(tr("Stretching before bed"), int(ExperimentChange::Stretching));
    m_change->addItem(tr("Drinking more water"), int(ExperimentChange::Water));
    m_change->addItem(tr("A magnesium supplement"), int(ExperimentChange::Magnesium));
    m_change->addItem(tr("Not sleeping with the toes pointed"), int(ExperimentChange::NoPointedToes));
    for (const Factor &own : std::as_const(m_ownFactors))
        m_change->addItem(tr("Your factor: %1").arg(own.name), int(ExperimentChange::OwnFactor));
    m_firstOwnFactor = m_change->count() - int(m_ownFactors.size());
    form->addRow(tr("&What to test"), m_change);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 60);
    m_minutes->setValue(ExperimentChange::DefaultStretchMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes of stretching"));
    form->addRow(tr("&Stretching for"), m_minutes);
    m_water = new QSpinBox(this);
    m_water->setRange(500, 6000);
    m_water->setSingleStep(250);
    m_water->setValue(ExperimentChange::DefaultWaterMillilitres);
    m_water->setSuffix(tr(" ml"));
    m_water->setAccessibleName(tr("Water to drink on a night with the change"));
    form->addRow(tr("Water, at &least"), m_water);
    m_nights = new QSpinBox(this);
    m_nights->setRange(14, ExperimentDesign::MaximumNights);
    m_nights->setValue(ExperimentDesign::DefaultNights);
    m_nights->setAccessibleName(tr("Nights with a plan"));
    form->addRow(tr("&Nights"), m_nights);
    m_baseline = new QCheckBox(tr("Start with a &baseline week, as usual (not counted)"), this);
    form->addRow(QString(), m_baseline);
    m_start = new QDateEdit(m_tonight, this);
    m_start->setCalendarPopup(true);
    m_start->setMinimumDate(m_tonight);
    m_start->setDisplayFormat(DateText::datePattern());
    m_start->setAccessibleName(tr("First night of the experiment"));
    form->addRow(tr("&First night"), m_start);
    if (!m_recentRate) { // a young diary cannot say how often cramps come: ask, never assume
        m_nightsAWeek = new QSpinBox(this);
        m_nightsAWeek->setRange(-1, 7);
        m_nightsAWeek->setValue(-1);
        m_nightsAWeek->setSpecialValueText(tr("Not sure"));
        m_nightsAWeek->setSuffix(tr(" nights a week"));
        m_nightsAWeek->setAccessibleName(tr("About how many nights a week do cramps wake you?"));
        form->addRow(tr("About how many nights a week do cramps &wake you?"), m_nightsAWeek);
        connect(m_nightsAWeek, &QSpinBox::valueChanged, this, &ExperimentPlanDialog::update);
    }
    layout->addLayout(form);

    m_scheme = paragraph(this);
    m_power = paragraph(this);
    m_power->setAccessibleDescription(tr("What this plan can detect"));
    m_floor = paragraph(this);
    m_floor->setProperty("tone", QStringLiteral("problem"));
    for (QLabel *label : { m_scheme, m_power, m_floor })
        layout->addWidget(label);

    // What few need to touch: nights not counted while a supplement wears off, and the seed.
    auto *advancedBox = new QCheckBox(tr("Show &advanced settings"), this);
    auto *advanced = new QWidget(this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_washout = new QSpinBox(advanced);
    m_washout->setRange(0, 6);
    m_washout->setAccessibleName(tr("Nights not counted at the start of each week (washout)"));
    m_washout->setToolTip(tr("For a supplement: the first nights of each week are followed but not counted, while "
                             "the week before wears off."));
    advancedForm->addRow(tr("Nights not counted at the start of each week (wash&out)"), m_washout);
    auto *seed = paragraph(advanced);
    seed->setText(tr("The nights are drawn when you start, from the random seed %1, which is kept with the plan. "
                     "They never change afterwards.")
                          .arg(m_seed));
    advancedForm->addRow(seed);
    advanced->hide();
    connect(advancedBox, &QCheckBox::toggled, advanced, &QWidget::setVisible);
    layout->addWidget(advancedBox);
    layout->addWidget(advanced);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start the experiment"));
    QDialog::layout()->addWidget(buttons); // below the body, always in view
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QComboBox::currentIndexChanged, this, &ExperimentPlanDialog::update);
    for (QSpinBox *spin : { m_minutes, m_water, m_nights, m_washout })
        connect(spin, &QSpinBox::valueChanged, this, &ExperimentPlanDialog::update);
    connect(m_baseline, &QCheckBox::toggled, this, &ExperimentPlanDialog::update);
    // Nights come in whole blocks of either scheme: 14 one by one, or a pair of 7-night blocks.
    m_nights->setSingleStep(14);
    update();
}

ExperimentChange ExperimentPlanDialog::change() const
{
    ExperimentChange change;
    change.kind = ExperimentChange::Kind(m_change->currentData().toInt());
    if (change.kind == ExperimentChange::Stretching)
        change.amount = m_minutes->value();
    if (change.kind == ExperimentChange::Water)
        change.amount = m_water->value();
    if (change.kind == ExperimentChange::OwnFactor) {
        const Factor &own = m_ownFactors.at(m_change->currentIndex() - m_firstOwnFactor);
        change.ownFactorId = own.id;
        change.ownFactorName = own.name;
    }
    return change;
}

ExperimentDesign ExperimentPlanDialog::design() const
{
    ExperimentDesign design;
    design.scheme = change().scheme();
    design.blockNights = ExperimentDesign::defaultBlockNights(design.scheme);
    design.nights = m_nights->value();
    design.washoutNights = design.scheme == ExperimentScheme::PairedBlocks ? m_washout->value() : 0;
    design.baselineWeek = m_baseline->isChecked();
    design.start = m_start->date();
    design.seed = m_seed;
    return design;
}

void ExperimentPlanDialog::update()
{
    const ExperimentChange what = change();
    const ExperimentDesign plan = design();
    const bool paired = plan.scheme == ExperimentScheme::PairedBlocks;
    m_minutes->setEnabled(what.kind == ExperimentChange::Stretching);
    m_water->setEnabled(what.kind == ExperimentChange::Water);
    m_washout->setEnabled(paired);
    m_scheme->setText(paired ? tr("A supplement builds up over days, so it is tested a week at a time: a week with it, "
                                  "a week without, in an order drawn at random.")
                             : tr("This change acts the same night, so it is tested night by night: in every two "
                                  "weeks, seven nights with it and seven without, in an order drawn at random."));
    const QString problem = plan.problem();
    auto *start = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    start->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_power->setText(problem);
        m_floor->clear();
        return;
    }
    m_floor->setText(ExperimentWording::floor(plan));
    m_floor->setVisible(!m_floor->text().isEmpty());
    std::optional<double> rate = m_recentRate;
    if (m_nightsAWeek && m_nightsAWeek->value() >= 0)
        rate = m_nightsAWeek->value() / 7.0;
    if (!rate) {
        m_power->setText(tr("The diary is too young to tell how often cramps come. Say about how many nights a week "
                            "they wake you to see what this plan can detect."));
        return;
    }
    if (*rate <= 0) {
        m_power->setText(tr("With no cramp nights now, there is nothing for a change to lower: an experiment "
                            "cannot show a difference."));
        return;
    }
    const double currentRate = *rate;
    const double target = currentRate * 0.3;
    const double power = PlanPower::estimate(plan, currentRate, target);
    QString text = ExperimentWording::power(plan, currentRate, target, power);
    if (power < 0.5 && plan.nights * 2 <= ExperimentDesign::MaximumNights) { // say what a longer plan would give
        ExperimentDesign longer = plan;
        longer.nights *= 2;
        text += QLatin1Char(' ')
                + tr("With %1 nights, about %2 times in 10.")
                          .arg(longer.nights)
                          .arg(qRound(10 * PlanPower::estimate(longer, currentRate, target)));
    }
    m_power->setText(text);
}

Experiment ExperimentPlanDialog::experiment() const
{
    Experiment e;
    e.change = change();
    e.design = design();
    e.plan = ExperimentPlanner::draw(e.design);
    e.plannedAt = QDateTime::currentDateTimeUtc();
    return e;
}

QString ExperimentPlanDialog::powerText() const
{
    return m_power->text();
}

QString ExperimentPlanDialog::floorText() const
{
    return m_floor->isVisibleTo(this) ? m_floor->text() : QString();
}
