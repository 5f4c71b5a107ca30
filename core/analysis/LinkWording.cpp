#include "core/analysis/LinkWording.h"

#include "core/analysis/Significance.h"
#include "core/domain/DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LinkWording)
};

QString percent(int part, int whole)
{
    return QLocale().toString(whole ? 100.0 * part / whole : 0.0, 'f', 0) + QLatin1Char('%');
}

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', ratio < 10 ? 1 : 0);
}

// "with exercise" / "with water drunk less than 2,000 ml" / "with sleep position: on the back"
QString groupPhrase(const FactorLink &link)
{
    const QString factor = DisplayNames::of(link.factor);
    switch (link.factor.kind) {
    case FactorKind::YesNo: return Text::tr("on nights with \u201c%1\u201d").arg(factor);
    case FactorKind::Number: return Text::tr("on nights with \u201c%1\u201d %2").arg(factor, link.groupLabel);
    case FactorKind::Choice: return Text::tr("on nights with \u201c%1\u201d: %2").arg(factor, link.groupLabel);
    }
    return factor;
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
    const QString rates = Text::tr("%1 against %2 of nights")
                                  .arg(percent(link.groupCrampNights, link.groupNights),
                                       percent(link.otherCrampNights, link.otherNights));
    if (link.ratio >= 0.95 && link.ratio <= 1.05)
        return Text::tr("Cramp nights were about as common %1 as on other nights: %2.").arg(groupPhrase(link), rates);
    if (link.ratio > 1)
        return Text::tr("Cramp nights were about %1 times as common %2: %3.")
                .arg(ratioText(link.ratio), groupPhrase(link), rates);
    return Text::tr("Cramp nights were less common %1: %2 (about %3 times as common).")
            .arg(groupPhrase(link), rates, ratioText(link.ratio));
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
