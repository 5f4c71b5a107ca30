#include "ui/style/TextSize.h"

#include "core/settings/AppSettings.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QWidget>

namespace {
const char *const FactorProperty = "textSizeFactor";
const char *const BoldProperty = "textSizeBold";

QFont scaled(double factor, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setBold(true);
    return font;
}
} // namespace

TextSize::TextSize(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_scale(settings.textScale())
{
    if (m_scale != 1.0)
        apply();
}

void TextSize::larger()
{
    setScale(m_scale + Step);
}

void TextSize::smaller()
{
    setScale(m_scale - Step);
}

void TextSize::normal()
{
    setScale(1.0);
}

void TextSize::setScale(double scale)
{
    scale = std::clamp(std::round(scale / Step) * Step, AppSettings::SmallestTextScale, AppSettings::LargestTextScale);
    if (scale == m_scale)
        return;
    m_scale = scale;
    m_settings.setTextScale(scale);
    apply();
    emit changed(scale);
}

void TextSize::apply()
{
    // The desktop's font as the app first found it: a window made later (another diary
    // opened) must not scale an already scaled font again.
    static const QFont desktop = QApplication::font();
    QFont font = desktop;
    font.setPointSizeF(desktop.pointSizeF() * m_scale);
    QApplication::setFont(font);
    // Under the app's style sheet a widget that is already there keeps the font it had
    // (Qt's documented limit of QApplication::setFont), so each is told again, parents
    // before children: the inherited font anew, or its own size relative to the text.
    for (QWidget *window : QApplication::topLevelWidgets())
        refont(window);
}

void TextSize::refont(QWidget *widget)
{
    if (const QVariant factor = widget->property(FactorProperty); factor.isValid())
        widget->setFont(scaled(factor.toDouble(), widget->property(BoldProperty).toBool()));
    else if (!widget->testAttribute(Qt::WA_SetFont))
        widget->setFont(QFont()); // nothing of its own: its parent's (or the app's) font
    for (QObject *child : widget->children())
        if (auto *inner = qobject_cast<QWidget *>(child); inner && !inner->isWindow())
            refont(inner);
}

void TextSize::scaleFont(QWidget *widget, double factor, bool bold)
{
    widget->setProperty(FactorProperty, factor);
    widget->setProperty(BoldProperty, bold);
    widget->setFont(scaled(factor, bold));
}
