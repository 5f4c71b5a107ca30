#include "ui/guidance/GuidanceTopicDialog.h"

#include "core/guidance/GuidanceLibrary.h"
#include "ui/guidance/TopicBrowser.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

GuidanceTopicDialog::GuidanceTopicDialog(const GuidanceLibrary &library, const QString &topicId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Guidance"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_browser = new TopicBrowser(library, this);
    m_browser->showTopic(topicId);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the guidance"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

void GuidanceTopicDialog::open(const GuidanceLibrary &library, const QString &topicId, QWidget *parent)
{
    if (!library.topic(topicId))
        return;
    GuidanceTopicDialog dialog(library, topicId, parent);
    dialog.exec();
}
