#include "ui/logging/FactorInput.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/FactorValueCheck.h"
#include "ui/logging/WaterVolume.h"
#include "ui/style/ScreenReaderNames.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace {
bool isWater(const Factor &factor)
{
    return factor.builtinKey == QLatin1StringView("water_ml");
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
        auto *check = new QCheckBox(name, this);
        m_editor = check;
        break;
    }
    case FactorKind::Number: {
        auto *spin = new QDoubleSpinBox(this);
        const auto range = FactorValueCheck::rangeOf(factor);
        // One step below the minimum stands for "not recorded".
        const double low = isWater(factor) ? WaterVolume::fromMillilitres(range.minimum, unit) : range.minimum;
        const double high = isWater(factor) ? WaterVolume::fromMillilitres(range.maximum, unit) : range.maximum;
        const double step = isWater(factor) ? (unit == AppSettings::WaterUnit::FluidOunces ? 8 : 250)
                                            : (factor.builtinKey == QLatin1StringView("stretch_minutes") ? 5 : 1);
        spin->setDecimals(0);
        spin->setRange(low - step, std::min(high, 1e7));
        spin->setSingleStep(step);
        spin->setSpecialValueText(tr("Not recorded"));
        QString suffix = factor.unit;
        if (isWater(factor))
            suffix = unit == AppSettings::WaterUnit::FluidOunces ? tr("fl oz") : tr("ml");
        else if (factor.builtinKey == QLatin1StringView("stretch_minutes"))
            suffix = tr("min");
        if (!suffix.isEmpty())
            spin->setSuffix(QLatin1Char(' ') + suffix);
        spin->setValue(spin->minimum());
        m_editor = spin;
        break;
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

void FactorInput::setValue(const std::optional<FactorValue> &value)
{
    if (auto *check = qobject_cast<QCheckBox *>(m_editor)) {
        check->setChecked(value && std::holds_alternative<bool>(*value) && std::get<bool>(*value));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        if (value && std::holds_alternative<double>(*value)) {
            const double number = std::get<double>(*value);
            spin->setValue(isWater(m_factor) ? WaterVolume::fromMillilitres(number, m_unit) : number);
        } else {
            spin->setValue(spin->minimum());
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const int index
                = value && std::holds_alternative<QString>(*value) ? combo->findData(std::get<QString>(*value)) : 0;
        combo->setCurrentIndex(std::max(index, 0));
    }
}

std::optional<FactorValue> FactorInput::value() const
{
    if (auto *check = qobject_cast<QCheckBox *>(m_editor))
        return FactorValue(check->isChecked());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        if (spin->value() <= spin->minimum())
            return std::nullopt;
        const double number
                = isWater(m_factor) ? std::round(WaterVolume::toMillilitres(spin->value(), m_unit)) : spin->value();
        return FactorValue(number);
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        if (combo->currentIndex() <= 0)
            return std::nullopt;
        return FactorValue(combo->currentData().toString());
    }
    return std::nullopt;
}
