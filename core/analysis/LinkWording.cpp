#include "core/analysis/LinkWording.h"

#include "core/analysis/FactorSplit.h"
#include "core/analysis/Significance.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/PercentText.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LinkWording)
};

QString percent(int part, int whole)
{
    return PercentText::of(part, whole);
}

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', ratio < 10 ? 1 : 0);
}

// Which nights the group holds, for choosing a whole sentence: a sentence is never built
// from a translated piece of another, whose grammar changes from language to language.
enum class Group { With, Without, Below, Answer };

Group groupOf(const FactorLink &link)
{
    switch (link.factor.kind) {
    case FactorKind::YesNo: return Group::With;
    case FactorKind::Number: return link.anyVersusNone ? Group::Without : Group::Below;
    case FactorKind::Choice: return Group::Answer;
    }
    return Group::With;
}

// The group's value as the sentence needs it: the split with its unit, or the answer.
QString groupValue(const FactorLink &link)
{
    if (groupOf(link) == Group::Below)
        return link.threshold ? FactorSplit::amount(link.factor, *link.threshold) : link.groupLabel;
    return link.groupLabel;
}
} // namespace

namespace LinkWording {

Strength strength(const FactorLink &link)
{
    const bool intervalExcludesOne = link.ratioLow > 1.0 || link.ratioHigh < 1.0;
    if (intervalExcludesOne && Significance::isClear(link.qValue))
        return Strength::Clear;
    return intervalExcludesOne ? Strength::Possible : Strength::None;
}

QString strengthKey(Strength strength)
{
    switch (strength) {
    case Strength::Clear: return QStringLiteral("clear");
    case Strength::Possible: return QStringLiteral("possible");
    case Strength::None: return QStringLiteral("none");
    }
    return {};
}

QString strengthText(const FactorLink &link, int comparisons)
{
    switch (strength(link)) {
    case Strength::Clear: return Text::tr("A clear link");
    case Strength::Possible:
        return comparisons > 1
                ? Text::tr("A possible link, not yet clear after allowing for %n comparison(s)", nullptr, comparisons)
                : Text::tr("A possible link, not yet clear");
    case Strength::None: return Text::tr("No clear link so far");
    }
    return {};
}

QString groupName(const FactorLink &link)
{
    return link.groupLabel.isEmpty() ? DisplayNames::of(link.factor)
                                     : Text::tr("%1: %2").arg(DisplayNames::of(link.factor), link.groupLabel);
}

QString finding(const FactorLink &link)
{
    const QString factor = DisplayNames::of(link.factor), value = groupValue(link);
    const QString in = percent(link.groupCrampNights, link.groupNights);
    const QString out = percent(link.otherCrampNights, link.otherNights);
    const QString ratio = ratioText(link.ratio);
    const Group group = groupOf(link);
    if (link.ratio >= 0.95 && link.ratio <= 1.05) {
        switch (group) {
        case Group::With:
            return Text::tr("Cramp nights were about as common on nights with \u201c%1\u201d as on other nights: %2 "
                            "against %3 of nights.")
                    .arg(factor, in, out);
        case Group::Without:
            return Text::tr("Cramp nights were about as common on nights without \u201c%1\u201d as on other nights: "
                            "%2 against %3 of nights.")
                    .arg(factor, in, out);
        case Group::Below:
            return Text::tr("Cramp nights were about as common on nights when \u201c%1\u201d was below %2 as on other "
                            "nights: %3 against %4 of nights.")
                    .arg(factor, value, in, out);
        case Group::Answer:
            return Text::tr("Cramp nights were about as common on nights answered \u201c%2\u201d for \u201c%1\u201d "
                            "as on other nights: %3 against %4 of nights.")
                    .arg(factor, value, in, out);
        }
    }
    if (link.ratio > 1) {
        switch (group) {
        case Group::With:
            return Text::tr("Cramp nights were about %1 times as common on nights with \u201c%2\u201d: %3 against %4 "
                            "of nights.")
                    .arg(ratio, factor, in, out);
        case Group::Without:
            return Text::tr("Cramp nights were about %1 times as common on nights without \u201c%2\u201d: %3 against "
                            "%4 of nights.")
                    .arg(ratio, factor, in, out);
        case Group::Below:
            return Text::tr("Cramp nights were about %1 times as common on nights when \u201c%2\u201d was below %3: %4 "
                            "against %5 of nights.")
                    .arg(ratio, factor, value, in, out);
        case Group::Answer:
            return Text::tr("Cramp nights were about %1 times as common on nights answered \u201c%3\u201d for "
                            "\u201c%2\u201d: %4 against %5 of nights.")
                    .arg(ratio, factor, value, in, out);
        }
    }
    switch (group) {
    case Group::With:
        return Text::tr("Cramp nights were less common on nights with \u201c%1\u201d: %2 against %3 of nights (about "
                        "%4 times as common).")
                .arg(factor, in, out, ratio);
    case Group::Without:
        return Text::tr("Cramp nights were less common on nights without \u201c%1\u201d: %2 against %3 of nights "
                        "(about %4 times as common).")
                .arg(factor, in, out, ratio);
    case Group::Below:
        return Text::tr("Cramp nights were less common on nights when \u201c%1\u201d was below %2: %3 against %4 of "
                        "nights (about %5 times as common).")
                .arg(factor, value, in, out, ratio);
    case Group::Answer:
        return Text::tr("Cramp nights were less common on nights answered \u201c%2\u201d for \u201c%1\u201d: %3 "
                        "against %4 of nights (about %5 times as common).")
                .arg(factor, value, in, out, ratio);
    }
    return {};
}

QStringList summary(const QList<FactorLink> &links)
{
    QStringList more, fewer, possible;
    int compared = 0;
    for (const FactorLink &link : links) {
        if (!link.hasEnoughNights())
            continue;
        ++compared;
        switch (strength(link)) {
        case Strength::Clear: (link.ratio > 1 ? more : fewer).append(groupName(link)); break;
        case Strength::Possible: possible.append(groupName(link)); break;
        case Strength::None: break;
        }
    }
    QStringList sentences;
    const QString separator = Text::tr("; ");
    if (!more.isEmpty())
        sentences.append(Text::tr("Clearly more cramp nights went with: %1.").arg(more.join(separator)));
    if (!fewer.isEmpty())
        sentences.append(Text::tr("Clearly fewer cramp nights went with: %1.").arg(fewer.join(separator)));
    if (!possible.isEmpty())
        sentences.append(Text::tr("Possible links, not yet clear: %1.").arg(possible.join(separator)));
    if (compared > 0 && more.isEmpty() && fewer.isEmpty())
        sentences.append(Text::tr("%n factor answer(s) compared; none goes clearly with more or fewer cramp nights "
                                  "yet.",
                                  nullptr, compared));
    return sentences;
}

QString numbers(const FactorLink &link, int comparisons)
{
    const QLocale locale;
    const auto nights = [](int n) { return Text::tr("%n night(s)", nullptr, n); };
    return Text::tr("In numbers: %1, cramps on %2 of %3; %4, cramps on %5 of %6. ")
                   .arg(link.groupLabel)
                   .arg(link.groupCrampNights)
                   .arg(nights(link.groupNights), link.otherLabel)
                   .arg(link.otherCrampNights)
                   .arg(nights(link.otherNights))
            + Text::tr("Ratio %1 (95% interval %2 to %3); Fisher's exact test %4, %5 across %n comparison(s).", nullptr,
                       comparisons)
                      .arg(locale.toString(link.ratio, 'f', 2), locale.toString(link.ratioLow, 'f', 2),
                           locale.toString(link.ratioHigh, 'f', 2),
                           Significance::statement(QStringLiteral("p"), link.pValue),
                           Significance::statement(QStringLiteral("q"), link.qValue));
}

QString needs(const FactorLink &link)
{
    if (link.singleValue)
        return Text::tr("every night so far has the same value, so there is nothing to compare yet");
    const int group = link.moreGroupNightsNeeded(), other = link.moreOtherNightsNeeded();
    if (group && other)
        return Text::tr("needs %n more night(s) with %1", nullptr, group).arg(link.groupLabel)
                + Text::tr(" and %n more with %1", nullptr, other).arg(link.otherLabel);
    if (group)
        return Text::tr("needs %n more night(s) with %1", nullptr, group).arg(link.groupLabel);
    return Text::tr("needs %n more night(s) with %1", nullptr, other).arg(link.otherLabel);
}

QString describe(const FactorLink &link, int comparisons, bool withNumbers)
{
    QString text = strengthText(link, comparisons) + QStringLiteral(". ") + finding(link);
    switch (strength(link)) {
    case Strength::Clear:
        text += QLatin1Char(' ')
                + Text::tr("The two go together on your nights; that does not show that one causes the other.");
        break;
    case Strength::Possible:
        text += QLatin1Char(' ')
                + Text::tr("Keep checking in: with this many comparisons, a difference of this size can turn up by "
                           "chance.");
        break;
    case Strength::None:
        text += QLatin1Char(' ') + Text::tr("A difference like this could well be chance; keep checking in.");
        break;
    }
    if (withNumbers)
        text += QLatin1Char('\n') + numbers(link, comparisons);
    return text;
}

} // namespace LinkWording
