#include "ui/logging/FactorInput.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/FactorValueCheck.h"
#include "ui/logging/WaterVolume.h"
#include "ui/style/ScreenReaderNames.h"

#include <cmath>

#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
bool isWater(const Factor &factor)
{
    return factor.builtinKey == QLatin1StringView("water_ml");
}

// Water, minutes and the 0-10 scales are counted in whole numbers; the person's own
// number factors may have decimals.
bool wholeNumbers(const Factor &factor)
{
    return factor.isBuiltin();
}
} // namespace

FactorInput::FactorInput(const Factor &factor, AppSettings::WaterUnit unit, QWidget *parent)
    : QWidget(parent)
    , m_factor(factor)
    , m_unit(unit)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString name = DisplayNames::of(factor);
    switch (factor.kind) {
    case FactorKind::YesNo: {
        // Three states: yes, no, or not answered (neither pressed, as at first). Pressing the
        // chosen answer again takes it back.
        auto *question = new QLabel(name, this);
        m_yes = new QPushButton(tr("Yes"), this);
        m_no = new QPushButton(tr("No"), this);
        for (QPushButton *answer : { m_yes, m_no }) {
            answer->setCheckable(true);
            answer->setAutoDefault(false);
            connect(answer, &QPushButton::toggled, this, [this, answer](bool on) {
                if (on)
                    (answer == m_yes ? m_no : m_yes)->setChecked(false);
            });
        }
        m_yes->setAccessibleName(tr("%1: yes").arg(name));
        m_no->setAccessibleName(tr("%1: no").arg(name));
        question->setBuddy(m_yes);
        layout->addWidget(question, 1);
        layout->addWidget(m_yes);
        layout->addWidget(m_no);
        setFocusProxy(m_yes);
        return;
    }
    case FactorKind::Number: {
        // A plain field, empty until the person types: a click never turns "not recorded"
        // into "0 ml", and what is shown is what was typed.
        auto *edit = new QLineEdit(this);
        const auto range = FactorValueCheck::rangeOf(factor);
        const double low = isWater(factor) ? WaterVolume::fromMillilitres(range.minimum, unit) : range.minimum;
        const double high = isWater(factor) ? WaterVolume::fromMillilitres(range.maximum, unit) : range.maximum;
        auto *validator = new QDoubleValidator(low, std::min(high, 1e7), wholeNumbers(factor) ? 0 : 2, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        edit->setPlaceholderText(tr("Not recorded"));
        m_editor = edit;
        QString suffix = factor.unit;
        if (isWater(factor))
            suffix = unit == AppSettings::WaterUnit::FluidOunces ? tr("fl oz") : tr("ml");
        else if (factor.builtinKey == QLatin1StringView("stretch_minutes"))
            suffix = tr("min");
        layout->addWidget(edit, 1);
        if (!suffix.isEmpty())
            layout->addWidget(new QLabel(suffix, this));
        edit->setAccessibleName(name);
        setFocusProxy(edit);
        return;
    }
    case FactorKind::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Not recorded"));
        for (const QString &choice : factor.choices)
            combo->addItem(DisplayNames::choice(factor, choice), choice);
        ScreenReaderNames::labelDropDown(combo, name);
        m_editor = combo;
        break;
    }
    }
    m_editor->setAccessibleName(name);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
}

QString FactorInput::label() const
{
    return m_factor.kind == FactorKind::YesNo ? QString() : DisplayNames::of(m_factor);
}

QWidget *FactorInput::focusTarget() const
{
    return m_yes ? m_yes : m_editor;
}

void FactorInput::answer(std::optional<bool> yes)
{
    if (!m_yes)
        return;
    m_yes->setChecked(yes == true);
    m_no->setChecked(yes == false);
}

void FactorInput::setValue(const std::optional<FactorValue> &value)
{
    if (m_yes) {
        answer(value && std::holds_alternative<bool>(*value) ? std::optional(std::get<bool>(*value)) : std::nullopt);
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        if (value && std::holds_alternative<double>(*value)) {
            double number = std::get<double>(*value);
            if (isWater(m_factor))
                number = WaterVolume::fromMillilitres(number, m_unit);
            edit->setText(edit->locale()
                                  .toString(number, 'f', wholeNumbers(m_factor) ? 0 : 2)
                                  .remove(edit->locale().groupSeparator()));
            if (!wholeNumbers(m_factor)) // 2.50 reads as 2.5
                edit->setText(edit->locale().toString(number, 'g', 10).remove(edit->locale().groupSeparator()));
        } else {
            edit->clear();
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const int index
                = value && std::holds_alternative<QString>(*value) ? combo->findData(std::get<QString>(*value)) : 0;
        combo->setCurrentIndex(std::max(index, 0));
    }
}

std::optional<FactorValue> FactorInput::value() const
{
    if (m_yes) { // neither pressed: not answered, never a "no"
        if (!m_yes->isChecked() && !m_no->isChecked())
            return std::nullopt;
        return FactorValue(m_yes->isChecked());
    }
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double typed = edit->locale().toDouble(text, &ok);
        if (!ok) // kept as typed, for the diary's rules to refuse with a message, never dropped
            return FactorValue(std::nan(""));
        return FactorValue(isWater(m_factor) ? std::round(WaterVolume::toMillilitres(typed, m_unit)) : typed);
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        if (combo->currentIndex() <= 0)
            return std::nullopt;
        return FactorValue(combo->currentData().toString());
    }
    return std::nullopt;
}
