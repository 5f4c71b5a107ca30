#include "ui/style/Tone.h"

#include <QStyle>
#include <QWidget>

#include <cmath>

namespace Tone {

namespace {
const char *propertyValue(Kind kind)
{
    switch (kind) {
    case Kind::Plain: return "";
    case Kind::Problem: return "problem";
    case Kind::Banner: return "banner";
    case Kind::Note: return "note";
    case Kind::Notice: return "notice";
    case Kind::Target: return "target";
    }
    return "";
}

double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

void set(QWidget *widget, Kind kind)
{
    const QString value = QString::fromLatin1(propertyValue(kind));
    if (widget->property("tone").toString() == value)
        return;
    widget->setProperty("tone", value);
    if (widget->isVisible()) { // a shown widget only takes a new tone when polished again
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor problem(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe8, 0x8e, 0x74) : QColor(0xa8, 0x2c, 0x1f);
}

QColor urgency(Urgency level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Urgency::Emergency: return dark ? QColor(0xf0, 0x80, 0x70) : QColor(0xa0, 0x1a, 0x1a);
    case Urgency::SameDay: return dark ? QColor(0xe8, 0x94, 0x5a) : QColor(0xa8, 0x3e, 0x0c);
    case Urgency::UrgentAppointment: return dark ? QColor(0xd8, 0xb0, 0x50) : QColor(0x80, 0x50, 0x00);
    case Urgency::Appointment: return dark ? QColor(0x8c, 0xb4, 0xd8) : QColor(0x25, 0x55, 0x80);
    case Urgency::NextVisit: return dark ? QColor(0x9c, 0xc4, 0x90) : QColor(0x35, 0x60, 0x35);
    }
    return palette.color(QPalette::WindowText);
}

QString styleSheet(const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QString bannerBackground = dark ? QStringLiteral("#3a2e14") : QStringLiteral("#f6e3b4");
    const QString bannerText = dark ? QStringLiteral("#e8d2a0") : QStringLiteral("#4a3800");
    const QString noteBorder = dark ? QStringLiteral("#6f9a62") : QStringLiteral("#3f6b3f");
    const QString border = palette.color(QPalette::PlaceholderText).name();
    const QString highlight = palette.color(QPalette::Highlight).name();
    const QString highlightedText = palette.color(QPalette::HighlightedText).name();
    return QStringLiteral("*[tone=\"problem\"] { color: %1; }\n"
                          "QLabel[tone=\"banner\"] { background: %2; color: %3; padding: 8px; border-radius: 4px; }\n"
                          "QFrame[tone=\"note\"] { border: none; border-left: 5px solid %4; }\n"
                          "QLabel[tone=\"notice\"] { padding: 6px; border: 1px solid %5; border-radius: 4px; }\n"
                          "QPushButton[tone=\"target\"]:checked { background: %6; color: %7; font-weight: bold; "
                          "border: 2px solid %7; border-radius: 4px; }\n")
            .arg(problem(palette).name(), bannerBackground, bannerText, noteBorder, border, highlight,
                 highlightedText);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Tone
