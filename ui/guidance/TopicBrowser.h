#pragma once

#include <QTextBrowser>

class GuidanceLibrary;

// Shows one guidance topic as a readable page: its text, links to related topics, the
// document sections it comes from and, set apart, facts from outside the documents.
class TopicBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TopicBrowser(const GuidanceLibrary &library, QWidget *parent = nullptr);

    bool showTopic(const QString &topicId);
    QString currentTopic() const { return m_current; }

    static QString notMedicalAdvice();

signals:
    void topicShown(const QString &topicId);

private:
    QString html(const QString &topicId) const;

    const GuidanceLibrary &m_library;
    QString m_current;
};
