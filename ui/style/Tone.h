#pragma once

#include "core/guidance/RedFlagRules.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

// The few colours the app adds to the palette - a problem message, a banner, a note to
// mention, the chosen target - derived from the palette in use, so the day and the night
// palette both keep text readable (WCAG AA, 4.5:1). Widgets name their tone; the colours
// live only here and reach widgets through one application style sheet that NightMode
// re-applies with the palette.
namespace Tone {

enum class Kind { Plain, Problem, Banner, Note, Notice, Target };

// Marks `widget` as showing `kind`; the application style sheet gives it its colours.
void set(QWidget *widget, Kind kind);

// The application style sheet for `palette`.
QString styleSheet(const QPalette &palette);

bool isDark(const QPalette &palette);
// Text colours that stay readable on the palette's window and base colours.
QColor problem(const QPalette &palette);
QColor urgency(Urgency level, const QPalette &palette);

// The WCAG contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace Tone
