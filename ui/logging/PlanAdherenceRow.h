#pragma once

#include <optional>

#include <QDate>
#include <QWidget>

class DiaryRepository;
class QComboBox;
class QLabel;

// In the evening check-in: what tonight's self-experiment plan says, and whether it was
// kept. Hidden on nights that are not part of an experiment.
class PlanAdherenceRow : public QWidget
{
    Q_OBJECT

public:
    explicit PlanAdherenceRow(QWidget *parent = nullptr);

    void showNight(const DiaryRepository &diary, QDate night);
    bool hasPlan() const { return m_hasPlan; }
    QString planText() const;
    std::optional<bool> followed() const; // none: not said
    void setFollowed(std::optional<bool> followed);

private:
    QLabel *m_plan = nullptr;
    QComboBox *m_followed = nullptr;
    bool m_hasPlan = false;
};
