#include "core/guidance/GuidanceTopic.h"

#include <QRegularExpression>

QStringList GuidanceTopic::linkedTopicIds() const
{
    static const QRegularExpression link(QStringLiteral(R"(\[\[([^|\]]+)\|[^\]]+\]\])"));
    QStringList ids;
    for (const QString &paragraph : paragraphs) {
        for (auto it = link.globalMatch(paragraph); it.hasNext();) {
            const QString linked = it.next().captured(1);
            if (!ids.contains(linked))
                ids.append(linked);
        }
    }
    return ids;
}
