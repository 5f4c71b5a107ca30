#pragma once

#include <QToolButton>

class GuidanceLibrary;

// The small "?" next to a factor, relief, warning sign or medicine that opens what the
// guidance says about it.
class GuidanceButton : public QToolButton
{
    Q_OBJECT

public:
    GuidanceButton(const GuidanceLibrary &library, const QString &topicId, const QString &itemName,
                   QWidget *parent = nullptr);

    QString topicId() const { return m_topicId; }

private:
    QString m_topicId;
};
