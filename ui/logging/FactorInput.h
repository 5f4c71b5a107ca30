#pragma once

#include "core/domain/Factor.h"
#include "core/domain/NightLog.h"
#include "core/settings/AppSettings.h"

#include <optional>

#include <QWidget>

class QPushButton;

// The input for one factor in the check-in, shaped by its kind: Yes and No buttons for a
// yes/no factor, a number box (water in the chosen unit) or a list of choices. Every kind
// can be left not answered, and is at first: nothing the person did not say is stored.
class FactorInput : public QWidget
{
    Q_OBJECT

public:
    FactorInput(const Factor &factor, AppSettings::WaterUnit unit, QWidget *parent = nullptr);

    const Factor &factor() const { return m_factor; }
    QString label() const;
    QWidget *focusTarget() const; // the Yes button of a yes/no factor
    // Yes/no factors: press Yes, No, or neither (not answered).
    void answer(std::optional<bool> yes);

    void setValue(const std::optional<FactorValue> &value);
    std::optional<FactorValue> value() const;

private:
    Factor m_factor;
    AppSettings::WaterUnit m_unit;
    QWidget *m_editor = nullptr; // number box or list of choices
    QPushButton *m_yes = nullptr; // yes/no factors
    QPushButton *m_no = nullptr;
};
