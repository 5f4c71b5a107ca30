#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct GuidanceSource {
    QString documentTitle;
    QString section;
};

// A fact from outside the two guidance documents (CLINICAL.md), shown as such.
struct OutsideFact {
    QString source;
    QString text;
};

// One piece of the documents' guidance, in the project's own words. Paragraphs may link
// to other topics as [[topic-id|words shown]].
struct GuidanceTopic {
    QString id;
    QString sectionId;
    QString title;
    QStringList paragraphs;
    QList<GuidanceSource> sources;
    QList<OutsideFact> outside;
    QStringList factorKeys; // built-in factor keys this topic is about
    QStringList reliefKeys;
    QStringList signKeys;
    QStringList drugClassKeys;

    QStringList linkedTopicIds() const;
};
