#include "core/settings/AppSettings.h"

#include "core/domain/NightClock.h"

#include <algorithm>
#include <cmath>

#include <QSettings>

namespace {
const QString BoundaryKey = QStringLiteral("night/boundaryHour");
const QString WakeUpKey = QStringLiteral("night/wakeUpHour");
const QString FirstDayKey = QStringLiteral("charts/firstDayOfWeek");
const QString WaterUnitKey = QStringLiteral("units/water");
const QString NightModeKey = QStringLiteral("nightMode/mode");
const QString NightStartKey = QStringLiteral("nightMode/startHour");
const QString NightEndKey = QStringLiteral("nightMode/endHour");
const QString TextScaleKey = QStringLiteral("view/textScale");
const QString DiaryPathKey = QStringLiteral("diary/path");
const QString DisclaimerKey = QStringLiteral("guidance/disclaimerAccepted");
const QString PrivacyReportedKey = QStringLiteral("privacy/reportedDiaries");
const QString ImportMappingKey = QStringLiteral("import/lastMapping");
const QString LanguageKey = QStringLiteral("ui/language");
const QString WindowGeometryKey = QStringLiteral("window/geometry");
const QString ReminderEnabledKey = QStringLiteral("reminder/enabled");
const QString ReminderTimeKey = QStringLiteral("reminder/time");
const QString RemindedNightKey = QStringLiteral("reminder/remindedNight");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

int AppSettings::nightBoundaryHour() const
{
    return std::clamp(m_settings->value(BoundaryKey, NightClock::DefaultBoundaryHour).toInt(), 0, 23);
}

void AppSettings::setNightBoundaryHour(int hour)
{
    m_settings->setValue(BoundaryKey, std::clamp(hour, 0, 23));
}

int AppSettings::wakeUpHour() const
{
    return std::clamp(m_settings->value(WakeUpKey, NightClock::DefaultWakeUpHour).toInt(), 0, 23);
}

void AppSettings::setWakeUpHour(int hour)
{
    m_settings->setValue(WakeUpKey, std::clamp(hour, 0, 23));
}

Qt::DayOfWeek AppSettings::firstDayOfWeek() const
{
    const int day = m_settings->value(FirstDayKey, int(QLocale().firstDayOfWeek())).toInt();
    return day >= 1 && day <= 7 ? Qt::DayOfWeek(day) : QLocale().firstDayOfWeek();
}

void AppSettings::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_settings->setValue(FirstDayKey, int(day));
}

AppSettings::WaterUnit AppSettings::waterUnit() const
{
    return m_settings->value(WaterUnitKey).toString() == QLatin1StringView("floz") ? WaterUnit::FluidOunces
                                                                                   : WaterUnit::Millilitres;
}

void AppSettings::setWaterUnit(WaterUnit unit)
{
    m_settings->setValue(WaterUnitKey, unit == WaterUnit::FluidOunces ? QStringLiteral("floz") : QStringLiteral("ml"));
}

AppSettings::NightMode AppSettings::nightMode() const
{
    const QString mode = m_settings->value(NightModeKey).toString();
    if (mode == QLatin1StringView("on"))
        return NightMode::On;
    if (mode == QLatin1StringView("auto"))
        return NightMode::Automatic;
    return NightMode::Off;
}

void AppSettings::setNightMode(NightMode mode)
{
    static const QString names[] = { QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("auto") };
    m_settings->setValue(NightModeKey, names[int(mode)]);
}

int AppSettings::nightModeStartHour() const
{
    return std::clamp(m_settings->value(NightStartKey, 22).toInt(), 0, 23);
}

int AppSettings::nightModeEndHour() const
{
    return std::clamp(m_settings->value(NightEndKey, 7).toInt(), 0, 23);
}

void AppSettings::setNightModeHours(int startHour, int endHour)
{
    m_settings->setValue(NightStartKey, std::clamp(startHour, 0, 23));
    m_settings->setValue(NightEndKey, std::clamp(endHour, 0, 23));
}

QString AppSettings::diaryPath() const
{
    return m_settings->value(DiaryPathKey).toString();
}

void AppSettings::setDiaryPath(const QString &path)
{
    m_settings->setValue(DiaryPathKey, path);
}

double AppSettings::textScale() const
{
    bool ok = false;
    const double scale = m_settings->value(TextScaleKey, 1.0).toDouble(&ok);
    return ok && std::isfinite(scale) ? std::clamp(scale, SmallestTextScale, LargestTextScale) : 1.0;
}

void AppSettings::setTextScale(double scale)
{
    m_settings->setValue(TextScaleKey, std::clamp(scale, SmallestTextScale, LargestTextScale));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(WindowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(WindowGeometryKey, geometry);
}

bool AppSettings::reminderEnabled() const
{
    return m_settings->value(ReminderEnabledKey, false).toBool();
}

void AppSettings::setReminderEnabled(bool enabled)
{
    m_settings->setValue(ReminderEnabledKey, enabled);
}

QTime AppSettings::reminderTime() const
{
    const QTime time = QTime::fromString(m_settings->value(ReminderTimeKey).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(21, 30);
}

void AppSettings::setReminderTime(QTime time)
{
    m_settings->setValue(ReminderTimeKey, time.toString(QStringLiteral("HH:mm")));
}

std::optional<QDate> AppSettings::remindedNight() const
{
    // Written by the reminder command as well as the window: read what is on disk now.
    m_settings->sync();
    const QDate night = QDate::fromString(m_settings->value(RemindedNightKey).toString(), Qt::ISODate);
    return night.isValid() ? std::optional(night) : std::nullopt;
}

void AppSettings::setRemindedNight(QDate night)
{
    m_settings->setValue(RemindedNightKey, night.toString(Qt::ISODate));
    m_settings->sync();
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, language);
}

QByteArray AppSettings::lastImportMapping() const
{
    return m_settings->value(ImportMappingKey).toByteArray();
}

void AppSettings::setLastImportMapping(const QByteArray &json)
{
    m_settings->setValue(ImportMappingKey, json);
}

bool AppSettings::privacyReported(const QString &diaryPath) const
{
    return m_settings->value(PrivacyReportedKey).toStringList().contains(diaryPath);
}

void AppSettings::setPrivacyReported(const QString &diaryPath)
{
    QStringList reported = m_settings->value(PrivacyReportedKey).toStringList();
    if (!reported.contains(diaryPath))
        m_settings->setValue(PrivacyReportedKey, reported << diaryPath);
}

bool AppSettings::disclaimerAccepted() const
{
    return m_settings->value(DisclaimerKey, false).toBool();
}

void AppSettings::setDisclaimerAccepted(bool accepted)
{
    m_settings->setValue(DisclaimerKey, accepted);
}

void AppSettings::sync()
{
    m_settings->sync();
}
