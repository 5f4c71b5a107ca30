#pragma once

#include "core/guidance/RedFlagRules.h"

#include <QDialog>

class GuidanceLibrary;

// Shown as soon as a cramp is saved with a warning sign: how soon to see a clinician, in
// plain words, why, and a link to the guidance. The most urgent level comes first.
class RedFlagAlertDialog : public QDialog
{
    Q_OBJECT

public:
    RedFlagAlertDialog(const GuidanceLibrary &library, const QList<RedFlagAlert> &alerts, QWidget *parent = nullptr);

    QList<RedFlagAlert> alerts() const { return m_alerts; }


private:
    QList<RedFlagAlert> m_alerts;
};
