#include "ui/style/NightMode.h"

#include "core/settings/AppSettings.h"
#include "ui/style/FocusRing.h"
#include "ui/style/OutlinedIndicatorStyle.h"
#include "ui/style/Tone.h"

#include <QApplication>
#include <QTime>

NightMode::NightMode(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dayPalette(dayPalette())
{
    OutlinedIndicatorStyle::install();
    FocusRing::install();
    QApplication::setPalette(m_dayPalette);
    qApp->setStyleSheet(Tone::styleSheet(m_dayPalette));
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &NightMode::followSettings);
    followSettings();
}

bool NightMode::isNightHour(int hour, int startHour, int endHour)
{
    if (startHour == endHour)
        return false;
    return startHour < endHour ? (hour >= startHour && hour < endHour) : (hour >= startHour || hour < endHour);
}

void NightMode::setActive(bool active)
{
    m_clock.stop();
    apply(active);
}

void NightMode::chooseByHand(bool active)
{
    m_settings.setNightMode(active ? AppSettings::NightMode::On : AppSettings::NightMode::Off);
    followSettings();
}

void NightMode::followSettings()
{
    switch (m_settings.nightMode()) {
    case AppSettings::NightMode::Off:
        m_clock.stop();
        apply(false);
        break;
    case AppSettings::NightMode::On:
        m_clock.stop();
        apply(true);
        break;
    case AppSettings::NightMode::Automatic:
        if (!m_clock.isActive())
            m_clock.start();
        apply(isNightHour(QTime::currentTime().hour(), m_settings.nightModeStartHour(), m_settings.nightModeEndHour()));
        break;
    }
}

void NightMode::apply(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    const QPalette palette = active ? nightPalette() : m_dayPalette;
    QApplication::setPalette(palette);
    // Setting the sheet again also repolishes every widget, so none keeps the old palette.
    qApp->setStyleSheet(Tone::styleSheet(palette));
    emit activeChanged(active);
}

QPalette NightMode::dayPalette()
{
    // The desktop's palette; placeholder text darkened (or lightened) until it reads at 4.5:1.
    QPalette p = QApplication::palette();
    const QColor base = p.color(QPalette::Base);
    const QColor translucent = p.color(QPalette::PlaceholderText);
    const double a = translucent.alphaF(); // Qt's default is the text colour at half opacity
    QColor placeholder = QColor::fromRgbF(base.redF() + (translucent.redF() - base.redF()) * a,
                                          base.greenF() + (translucent.greenF() - base.greenF()) * a,
                                          base.blueF() + (translucent.blueF() - base.blueF()) * a);
    const QColor text = p.color(QPalette::Text);
    for (int step = 1; step <= 10 && Tone::contrast(placeholder, base) < 4.6; ++step)
        placeholder = QColor::fromRgbF(placeholder.redF() + (text.redF() - placeholder.redF()) * 0.2,
                                       placeholder.greenF() + (text.greenF() - placeholder.greenF()) * 0.2,
                                       placeholder.blueF() + (text.blueF() - placeholder.blueF()) * 0.2);
    p.setColor(QPalette::PlaceholderText, placeholder);
    return p;
}

QPalette NightMode::nightPalette()
{
    // Dim, warm greys and a deep amber accent: little blue light, low glare.
    const QColor window(0x16, 0x14, 0x13);
    const QColor base(0x1d, 0x1a, 0x18);
    const QColor button(0x26, 0x22, 0x1f);
    const QColor text(0xb3, 0xa3, 0x92);
    const QColor dimText(0x6e, 0x63, 0x59); // disabled only: WCAG exempts inactive controls
    const QColor placeholder(0x9a, 0x8b, 0x7b);
    const QColor accent(0x8a, 0x4b, 0x1c);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xd9, 0x8c, 0x5f));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(0xe6, 0xd5, 0xc3));
    p.setColor(QPalette::Link, QColor(0xc0, 0x85, 0x4a));
    p.setColor(QPalette::LinkVisited, QColor(0xa0, 0x70, 0x40));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, dimText);
    return p;
}
