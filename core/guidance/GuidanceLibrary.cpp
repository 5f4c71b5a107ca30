#include "core/guidance/GuidanceLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// The keys of built-in factors, as seeded by the first schema script.
const QStringList BuiltinFactorKeys = { QStringLiteral("water_ml"),
                                        QStringLiteral("stretch_minutes"),
                                        QStringLiteral("sleep_position"),
                                        QStringLiteral("exercise"),
                                        QStringLiteral("long_sitting"),
                                        QStringLiteral("alcohol"),
                                        QStringLiteral("caffeine"),
                                        QStringLiteral("magnesium_food"),
                                        QStringLiteral("potassium_food"),
                                        QStringLiteral("supplement_magnesium"),
                                        QStringLiteral("supplement_vitamin_d"),
                                        QStringLiteral("supplement_other"),
                                        QStringLiteral("sun_exposure"),
                                        QStringLiteral("stress") };
} // namespace

GuidanceLibrary GuidanceLibrary::load()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QFile file(QStringLiteral(":/guidance/guidance_%1.json").arg(language));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/guidance/guidance_en.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        GuidanceLibrary empty;
        empty.m_problems.append(QStringLiteral("The guidance is missing from this build (%1).").arg(file.fileName()));
        return empty;
    }
    return fromJson(file.readAll());
}

GuidanceLibrary GuidanceLibrary::fromJson(const QByteArray &json)
{
    GuidanceLibrary library;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        library.m_problems.append(QStringLiteral("The guidance file is not valid JSON: %1").arg(error.errorString()));
        return library;
    }
    const QJsonObject root = document.object();
    const QJsonObject documents = root.value(QStringLiteral("documents")).toObject();
    for (const QJsonValue &value : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        library.m_sections.append(
                { section.value(QStringLiteral("id")).toString(), section.value(QStringLiteral("title")).toString() });
    }
    for (const QJsonValue &value : root.value(QStringLiteral("topics")).toArray()) {
        const QJsonObject object = value.toObject();
        GuidanceTopic topic;
        topic.id = object.value(QStringLiteral("id")).toString();
        topic.sectionId = object.value(QStringLiteral("section")).toString();
        topic.title = object.value(QStringLiteral("title")).toString();
        topic.paragraphs = strings(object.value(QStringLiteral("body")));
        for (const QJsonValue &source : object.value(QStringLiteral("sources")).toArray()) {
            const QString documentId = source.toObject().value(QStringLiteral("document")).toString();
            if (!documents.contains(documentId))
                library.m_problems.append(
                        QStringLiteral("%1 cites an unknown document '%2'.").arg(topic.id, documentId));
            topic.sources.append({ documents.value(documentId).toString(),
                                   source.toObject().value(QStringLiteral("section")).toString() });
        }
        for (const QJsonValue &fact : object.value(QStringLiteral("outside")).toArray())
            topic.outside.append({ fact.toObject().value(QStringLiteral("source")).toString(),
                                   fact.toObject().value(QStringLiteral("text")).toString() });
        const QJsonObject links = object.value(QStringLiteral("links")).toObject();
        topic.factorKeys = strings(links.value(QStringLiteral("factors")));
        topic.reliefKeys = strings(links.value(QStringLiteral("reliefs")));
        topic.signKeys = strings(links.value(QStringLiteral("warningSigns")));
        topic.drugClassKeys = strings(links.value(QStringLiteral("drugClasses")));
        library.m_topics.append(topic);
    }
    library.validate();
    return library;
}

void GuidanceLibrary::validate()
{
    QStringList sectionIds;
    for (const Section &section : std::as_const(m_sections))
        sectionIds.append(section.id);
    for (const GuidanceTopic &t : std::as_const(m_topics)) {
        if (t.id.isEmpty() || t.title.isEmpty() || t.paragraphs.isEmpty())
            m_problems.append(QStringLiteral("A topic lacks an id, a title or text (%1).").arg(t.id));
        if (!sectionIds.contains(t.sectionId))
            m_problems.append(QStringLiteral("%1 is in an unknown section '%2'.").arg(t.id, t.sectionId));
        for (const QString &linked : t.linkedTopicIds()) {
            if (!topic(linked))
                m_problems.append(QStringLiteral("%1 links to a missing topic '%2'.").arg(t.id, linked));
        }
        for (const QString &key : t.factorKeys)
            if (!BuiltinFactorKeys.contains(key))
                m_problems.append(QStringLiteral("%1 names an unknown factor '%2'.").arg(t.id, key));
        for (const QString &key : t.reliefKeys)
            if (!fromKey<Relief>(key))
                m_problems.append(QStringLiteral("%1 names an unknown relief '%2'.").arg(t.id, key));
        for (const QString &key : t.signKeys)
            if (!fromKey<WarningSign>(key))
                m_problems.append(QStringLiteral("%1 names an unknown warning sign '%2'.").arg(t.id, key));
        for (const QString &key : t.drugClassKeys)
            if (!fromKey<DrugClass>(key))
                m_problems.append(QStringLiteral("%1 names an unknown medicine class '%2'.").arg(t.id, key));
    }
}

QList<GuidanceTopic> GuidanceLibrary::topicsInSection(const QString &sectionId) const
{
    QList<GuidanceTopic> result;
    for (const GuidanceTopic &t : m_topics) {
        if (t.sectionId == sectionId)
            result.append(t);
    }
    return result;
}

const GuidanceTopic *GuidanceLibrary::topic(const QString &id) const
{
    for (const GuidanceTopic &t : m_topics) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString GuidanceLibrary::firstWith(QStringList GuidanceTopic::*keys, const QString &key) const
{
    for (const GuidanceTopic &t : m_topics) {
        if ((t.*keys).contains(key))
            return t.id;
    }
    return {};
}

QString GuidanceLibrary::topicForFactor(const QString &builtinKey) const
{
    return firstWith(&GuidanceTopic::factorKeys, builtinKey);
}

QString GuidanceLibrary::topicForRelief(Relief relief) const
{
    return firstWith(&GuidanceTopic::reliefKeys, toKey(relief));
}

QString GuidanceLibrary::topicForSign(WarningSign sign) const
{
    return firstWith(&GuidanceTopic::signKeys, toKey(sign));
}

QString GuidanceLibrary::topicForDrugClass(DrugClass drugClass) const
{
    return firstWith(&GuidanceTopic::drugClassKeys, toKey(drugClass));
}

QList<GuidanceTopic> GuidanceLibrary::search(const QString &query) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<GuidanceTopic> inTitle, inText;
    for (const GuidanceTopic &t : m_topics) {
        const QString text = t.paragraphs.join(QLatin1Char(' '));
        bool titleHasAll = true, anywhereHasAll = true;
        for (const QString &word : words) {
            const bool title = t.title.contains(word, Qt::CaseInsensitive);
            titleHasAll = titleHasAll && title;
            anywhereHasAll = anywhereHasAll && (title || text.contains(word, Qt::CaseInsensitive));
        }
        if (titleHasAll)
            inTitle.append(t);
        else if (anywhereHasAll)
            inText.append(t);
    }
    return inTitle + inText;
}
