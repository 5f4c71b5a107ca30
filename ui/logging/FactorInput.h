#pragma once

#include "core/domain/Factor.h"
#include "core/domain/NightLog.h"
#include "core/settings/AppSettings.h"

#include <optional>

#include <QWidget>

// The input for one factor in the check-in, shaped by its kind: a check box for yes/no,
// a number box (water in the chosen unit) or a list of choices. Numbers and choices can
// be left "not recorded"; an unticked yes/no is a "no".
class FactorInput : public QWidget
{
    Q_OBJECT

public:
    FactorInput(const Factor &factor, AppSettings::WaterUnit unit, QWidget *parent = nullptr);

    const Factor &factor() const { return m_factor; }
    QString label() const;
    QWidget *focusTarget() const { return m_editor; }

    void setValue(const std::optional<FactorValue> &value);
    std::optional<FactorValue> value() const;

private:
    Factor m_factor;
    AppSettings::WaterUnit m_unit;
    QWidget *m_editor = nullptr;
};
