#pragma once

#include "core/domain/DrugClass.h"
#include "core/domain/Relief.h"
#include "core/domain/WarningSign.h"
#include "core/guidance/GuidanceTopic.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The guidance topics, loaded from the embedded JSON for the user's language (English
// when there is none). problems() lists anything broken: a link to a missing topic, a
// key that names no factor, relief, sign or medicine class.
class GuidanceLibrary
{
public:
    struct Section {
        QString id;
        QString title;
    };

    static GuidanceLibrary load();
    static GuidanceLibrary fromJson(const QByteArray &json);

    QList<Section> sections() const { return m_sections; }
    QList<GuidanceTopic> topics() const { return m_topics; }
    QList<GuidanceTopic> topicsInSection(const QString &sectionId) const;
    const GuidanceTopic *topic(const QString &id) const;
    QStringList problems() const { return m_problems; }

    // The first topic about an item, or empty when none is.
    QString topicForFactor(const QString &builtinKey) const;
    QString topicForRelief(Relief relief) const;
    QString topicForSign(WarningSign sign) const;
    QString topicForDrugClass(DrugClass drugClass) const;

    // Topics whose title or text contains every word of `query`, titles first.
    QList<GuidanceTopic> search(const QString &query) const;

    static constexpr const char *ClinicianTopicId = "when-to-see-a-clinician";

private:
    QString firstWith(QStringList GuidanceTopic::*keys, const QString &key) const;
    void validate();

    QList<Section> m_sections;
    QList<GuidanceTopic> m_topics;
    QStringList m_problems;
};
