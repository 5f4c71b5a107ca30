#pragma once

#include <QWidget>

class GuidanceLibrary;
class QLineEdit;
class QTreeWidget;
class TopicBrowser;

// The guidance library: topics by section, a search box, and the topic itself.
class GuidanceView : public QWidget
{
    Q_OBJECT

public:
    explicit GuidanceView(const GuidanceLibrary &library, QWidget *parent = nullptr);

    bool showTopic(const QString &topicId);
    TopicBrowser *browser() const { return m_browser; }
    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *index() const { return m_index; }

private:
    void fill(const QString &query);
    void selectInIndex(const QString &topicId);

    const GuidanceLibrary &m_library;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_index = nullptr;
    TopicBrowser *m_browser = nullptr;
};
