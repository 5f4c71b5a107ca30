#pragma once

#include <QDialog>

class GuidanceLibrary;
class TopicBrowser;

// A guidance topic opened from where an item appears (a factor, a relief, a warning
// sign, a medicine), on top of the form the person is filling in.
class GuidanceTopicDialog : public QDialog
{
    Q_OBJECT

public:
    GuidanceTopicDialog(const GuidanceLibrary &library, const QString &topicId, QWidget *parent = nullptr);

    TopicBrowser *browser() const { return m_browser; }

    // Opens the topic modally; does nothing when there is no such topic.
    static void open(const GuidanceLibrary &library, const QString &topicId, QWidget *parent);

private:
    TopicBrowser *m_browser = nullptr;
};
