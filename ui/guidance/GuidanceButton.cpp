#include "ui/guidance/GuidanceButton.h"

#include "core/guidance/GuidanceLibrary.h"
#include "ui/guidance/GuidanceTopicDialog.h"

GuidanceButton::GuidanceButton(const GuidanceLibrary &library, const QString &topicId, const QString &itemName,
                               QWidget *parent)
    : QToolButton(parent)
    , m_topicId(topicId)
{
    setText(QStringLiteral("?"));
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    const GuidanceTopic *topic = library.topic(topicId);
    setToolTip(topic ? tr("What the guidance says: %1").arg(topic->title) : QString());
    setAccessibleName(tr("Guidance about %1").arg(itemName));
    setEnabled(topic != nullptr);
    connect(this, &QToolButton::clicked, this,
            [this, &library] { GuidanceTopicDialog::open(library, m_topicId, window()); });
}
