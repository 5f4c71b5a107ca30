#include "ui/guidance/TopicBrowser.h"

#include "core/guidance/GuidanceLibrary.h"
#include "ui/style/TextSize.h"

#include <QRegularExpression>

TopicBrowser::TopicBrowser(const GuidanceLibrary &library, QWidget *parent)
    : QTextBrowser(parent)
    , m_library(library)
{
    setOpenLinks(false);
    setOpenExternalLinks(false); // the app never touches the network
    setAccessibleName(tr("Guidance topic"));
    document()->setDocumentMargin(18);
    TextSize::scaleFont(this, 1.1);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("topic"))
            showTopic(url.path());
    });
}

QString TopicBrowser::notMedicalAdvice()
{
    return tr("This guidance helps you understand and record your cramps. It is not medical advice and does "
              "not diagnose anything; for advice about you, talk to a clinician.");
}

bool TopicBrowser::showTopic(const QString &topicId)
{
    if (!m_library.topic(topicId))
        return false;
    m_current = topicId;
    setHtml(html(topicId));
    emit topicShown(topicId);
    return true;
}

QString TopicBrowser::html(const QString &topicId) const
{
    const GuidanceTopic *topic = m_library.topic(topicId);
    static const QRegularExpression link(QStringLiteral(R"(\[\[([^|\]]+)\|([^\]]+)\]\])"));
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString panel = palette().color(QPalette::AlternateBase).name();
    QString body = QStringLiteral("<h2>%1</h2>").arg(topic->title.toHtmlEscaped());
    for (const QString &paragraph : topic->paragraphs) {
        QString escaped = paragraph.toHtmlEscaped();
        escaped.replace(link, QStringLiteral("<a href=\"topic:\\1\">\\2</a>"));
        body += QStringLiteral("<p style='line-height:140%'>%1</p>").arg(escaped);
    }
    if (!topic->sources.isEmpty()) {
        body += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Where this comes from"));
        for (const GuidanceSource &source : topic->sources)
            body += QStringLiteral("<li><i>%1</i>, %2</li>")
                            .arg(source.documentTitle.toHtmlEscaped(),
                                 tr("section %1").arg(source.section.toHtmlEscaped()));
        body += QStringLiteral("</ul>");
    } else {
        body += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(muted, tr("The two articles this guide is based on do not cover this topic."));
    }
    if (!topic->outside.isEmpty()) {
        body += QStringLiteral("<table width='100%' cellpadding='10' style='background:%1'><tr><td>").arg(panel);
        body += QStringLiteral("<b>%1</b>").arg(tr("From clinical sources"));
        for (const OutsideFact &fact : topic->outside)
            body += QStringLiteral("<p>%1<br/><span style='color:%2'>%3</span></p>")
                            .arg(fact.text.toHtmlEscaped(), muted, tr("Source: %1").arg(fact.source.toHtmlEscaped()));
        body += QStringLiteral("</td></tr></table>");
    }
    body += QStringLiteral("<p style='color:%1'><small>%2</small></p>").arg(muted, notMedicalAdvice().toHtmlEscaped());
    return body;
}
