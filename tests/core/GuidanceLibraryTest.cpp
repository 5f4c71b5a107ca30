#include "core/guidance/GuidanceLibrary.h"

#include "TempDiary.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

TEST(GuidanceLibrary, EveryTopicLoadsWithTextAndASourceAndNothingIsBroken)
{
    const GuidanceLibrary library = GuidanceLibrary::load();
    EXPECT_TRUE(library.problems().isEmpty()) << library.problems().join(QLatin1Char('\n')).toStdString();
    ASSERT_GE(library.topics().size(), 15);
    for (const GuidanceTopic &topic : library.topics()) {
        SCOPED_TRACE(topic.id.toStdString());
        EXPECT_FALSE(topic.title.isEmpty());
        EXPECT_FALSE(topic.paragraphs.isEmpty());
        for (const GuidanceSource &source : topic.sources) {
            EXPECT_FALSE(source.documentTitle.isEmpty());
            EXPECT_FALSE(source.section.isEmpty());
        }
        for (const OutsideFact &fact : topic.outside) {
            EXPECT_FALSE(fact.source.isEmpty());
            EXPECT_FALSE(fact.text.isEmpty());
        }
        EXPECT_FALSE(library.topicsInSection(topic.sectionId).isEmpty());
    }
    // Only the topic about things the documents do not cover may lack a document source.
    for (const GuidanceTopic &topic : library.topics())
        EXPECT_TRUE(!topic.sources.isEmpty() || topic.id == QStringLiteral("other-suspects")) << topic.id.toStdString();
}

// The German guidance has the same topics and links as the English, each with its text.
TEST(GuidanceLibrary, TheGermanGuidanceHasEveryTopicOfTheEnglish)
{
    QFile file(QStringLiteral(":/guidance/guidance_de.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const GuidanceLibrary german = GuidanceLibrary::fromJson(file.readAll());
    EXPECT_TRUE(german.problems().isEmpty()) << german.problems().join(QLatin1Char('\n')).toStdString();
    QFile englishFile(QStringLiteral(":/guidance/guidance_en.json"));
    ASSERT_TRUE(englishFile.open(QIODevice::ReadOnly));
    const GuidanceLibrary english = GuidanceLibrary::fromJson(englishFile.readAll());
    QStringList germanIds, englishIds;
    for (const GuidanceTopic &topic : german.topics()) {
        germanIds.append(topic.id);
        EXPECT_FALSE(topic.paragraphs.isEmpty()) << topic.id.toStdString();
    }
    for (const GuidanceTopic &topic : english.topics())
        englishIds.append(topic.id);
    EXPECT_EQ(germanIds, englishIds);
    EXPECT_NE(german.topics().first().title, english.topics().first().title) << "translated, not copied";
}

TEST(GuidanceLibrary, EveryFactorReliefWarningSignAndMedicineClassHasATopic)
{
    const GuidanceLibrary library = GuidanceLibrary::load();
    TempDiary temp;
    auto diary = temp.open();
    for (const Factor &factor : diary->factors(true)) {
        const QString topic = library.topicForFactor(factor.builtinKey);
        EXPECT_FALSE(topic.isEmpty()) << factor.builtinKey.toStdString();
        EXPECT_NE(library.topic(topic), nullptr);
    }
    for (Relief relief : allValues<Relief>())
        EXPECT_NE(library.topic(library.topicForRelief(relief)), nullptr) << toKey(relief).toStdString();
    for (WarningSign sign : allValues<WarningSign>())
        EXPECT_NE(library.topic(library.topicForSign(sign)), nullptr) << toKey(sign).toStdString();
    for (DrugClass drugClass : allValues<DrugClass>())
        EXPECT_NE(library.topic(library.topicForDrugClass(drugClass)), nullptr) << toKey(drugClass).toStdString();
    EXPECT_NE(library.topic(QString::fromLatin1(GuidanceLibrary::ClinicianTopicId)), nullptr);
}

TEST(GuidanceLibrary, WhereTheDocumentsDifferTheTopicGivesBoth)
{
    const GuidanceLibrary library = GuidanceLibrary::load();
    const GuidanceTopic *stretch = library.topic(QStringLiteral("stretch-during-a-cramp"));
    ASSERT_NE(stretch, nullptr);
    const QString text = stretch->paragraphs.join(QLatin1Char(' '));
    EXPECT_TRUE(text.contains(QStringLiteral("30 to 60 seconds")));
    EXPECT_TRUE(text.contains(QStringLiteral("10 to 15 seconds")));
    EXPECT_EQ(stretch->sources.size(), 2);
}

TEST(GuidanceLibrary, NoSentenceIsCopiedFromTheDocuments)
{
    // Fingerprints of every eight-word run of the two documents (see
    // packaging/make-source-fingerprints.py); any run of ours that matches was copied.
    QFile file(QStringLiteral(CRAMP_FINGERPRINTS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QSet<QByteArray> fingerprints;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty())
            fingerprints.insert(line);
    ASSERT_GT(fingerprints.size(), 1000);
    const auto normalise = [](QString text) {
        return text.toLower()
                .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "))
                .simplified();
    };
    const GuidanceLibrary library = GuidanceLibrary::load();
    int runsChecked = 0;
    for (const GuidanceTopic &topic : library.topics()) {
        QStringList texts = topic.paragraphs;
        texts.append(topic.title);
        const QStringList words = normalise(texts.join(QLatin1Char(' '))).split(QLatin1Char(' '));
        for (qsizetype i = 0; i + 8 <= words.size(); ++i) {
            const QString run = words.mid(i, 8).join(QLatin1Char(' '));
            const QByteArray hash = QCryptographicHash::hash(run.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
            EXPECT_FALSE(fingerprints.contains(hash)) << topic.id.toStdString() << ": \"" << run.toStdString() << "\"";
            ++runsChecked;
        }
    }
    EXPECT_GT(runsChecked, 1000);
}

TEST(GuidanceLibrary, BrokenContentIsReportedNotTrusted)
{
    const QByteArray json = R"({"documents": {"a": "Doc A"}, "sections": [{"id": "s", "title": "S"}],
        "topics": [{"id": "t", "section": "s", "title": "T", "body": ["See [[nowhere|there]]."],
                    "sources": [{"document": "b", "section": "x"}],
                    "links": {"factors": ["chocolate"], "reliefs": ["prayer"], "warningSigns": ["itch"], "drugClasses": ["x"]}}]})";
    const QStringList problems = GuidanceLibrary::fromJson(json).problems();
    EXPECT_EQ(problems.size(), 6) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(GuidanceLibrary::fromJson("{not json").problems().isEmpty());
}

TEST(GuidanceLibrary, SearchFindsTopicsByTitleFirst)
{
    const GuidanceLibrary library = GuidanceLibrary::load();
    const QList<GuidanceTopic> found = library.search(QStringLiteral("magnesium"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(found.first().title.contains(QStringLiteral("Magnesium")));
    EXPECT_TRUE(library.search(QStringLiteral("zebra crossing")).isEmpty());
}

namespace {
// Every string value of a JSON tree (keys such as "document" are the loader's, not text).
void collectTexts(const QJsonValue &value, QStringList &texts)
{
    if (value.isString())
        texts.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        collectTexts(item, texts);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        collectTexts(it.value(), texts);
}
} // namespace

// A reader has never seen the project's drafting notes: no guidance text says "document",
// cites CLINICAL.md or names a source by its position; each source is named by its title.
TEST(GuidanceLibrary, NoTextNamesASourceByPositionOrByAFileTheReaderHasNeverSeen)
{
    const QRegularExpression drafting(
            QStringLiteral(
                    "\\bdocuments?\\b|CLINICAL\\.md|Dokument|\\b(first|second|other|one) (of them|source|text)\\b"
                    "|\\b(ersten?|zweiten?) (Text|Quelle|Artikel)\\b|\\bneither (document|source)"),
            QRegularExpression::CaseInsensitiveOption);
    for (const char *language : { "en", "de" }) {
        QFile file(QStringLiteral(":/guidance/guidance_%1.json").arg(QLatin1StringView(language)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QStringList texts;
        collectTexts(QJsonDocument::fromJson(file.readAll()).object(), texts);
        ASSERT_GT(texts.size(), 100);
        for (const QString &text : std::as_const(texts))
            EXPECT_FALSE(text.contains(drafting)) << language << ": " << text.toStdString();
    }
    // The words the window puts around the guidance, in both languages.
    QFile translations(QStringLiteral(CRAMP_FIXTURES "/../../resources/translations/cramp-diary_de.ts"));
    ASSERT_TRUE(translations.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(translations.readAll());
    const QRegularExpression visible(QStringLiteral("<(source|translation|numerusform)>([^<]*)<"));
    for (auto match = visible.globalMatch(ts); match.hasNext();) {
        const QString text = match.next().captured(2);
        EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("guidance documents|two documents|CLINICAL\\.md|"
                                                                     "(?<!PDF-)Dokument"))))
                << text.toStdString();
    }
}

// One German word per concept (docs/german-glossary.md): no translation uses a word the
// glossary forbids, such as "Stärke" for severity or "Gegenmaßnahme" for a relief.
TEST(GermanGlossary, NoTranslationUsesAForbiddenSynonym)
{
    QFile glossary(QStringLiteral(CRAMP_FIXTURES "/../../docs/german-glossary.md"));
    ASSERT_TRUE(glossary.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(glossary.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("\n## Forbidden\n"));
    ASSERT_GE(section, 0);
    QStringList forbidden;
    for (const QString &line : text.mid(section + 14).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            break;
        if (const QString word = line.trimmed(); !word.isEmpty() && !word.startsWith(QStringLiteral("```")))
            forbidden.append(word);
    }
    ASSERT_GE(forbidden.size(), 5);
    QFile translations(QStringLiteral(CRAMP_FIXTURES "/../../resources/translations/cramp-diary_de.ts"));
    ASSERT_TRUE(translations.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(translations.readAll());
    const QRegularExpression translated(QStringLiteral("<(translation|numerusform)>([^<]*)<"));
    int checked = 0;
    for (auto match = translated.globalMatch(ts); match.hasNext();) {
        const QString german = match.next().captured(2);
        ++checked;
        for (const QString &word : std::as_const(forbidden))
            EXPECT_FALSE(german.contains(
                    QRegularExpression(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(word)),
                                       QRegularExpression::UseUnicodePropertiesOption)))
                    << word.toStdString() << " in: " << german.toStdString();
    }
    EXPECT_GT(checked, 1000);
}
