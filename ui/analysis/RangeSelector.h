#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

// The range all charts and insights share: 4 weeks, 3 months, 12 months, all, or custom.
class RangeSelector : public QWidget
{
    Q_OBJECT

public:
    enum Preset { FourWeeks, ThreeMonths, TwelveMonths, All, Custom };

    explicit RangeSelector(QWidget *parent = nullptr);

    // The diary's first night and last complete night, which "all" and the presets use.
    void setBounds(QDate firstNight, QDate lastNight);
    void setPreset(Preset preset);
    void setCustom(QDate first, QDate last);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    QComboBox *presetCombo() const { return m_preset; }

signals:
    void rangeChanged(QDate first, QDate last);

private:
    void update();

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDate m_firstNight;
    QDate m_lastNight;
    QDate m_first;
    QDate m_last;
};
