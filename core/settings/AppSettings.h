#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

class QSettings;

// Typed settings with their defaults in one place. The app passes one instance down;
// tests make a throw-away one on a temporary file.
class AppSettings
{
public:
    enum class WaterUnit { Millilitres, FluidOunces };
    enum class NightMode { Off, On, Automatic };

    AppSettings(); // the user's QSettings
    explicit AppSettings(const QString &iniPath); // a file of its own, for tests
    ~AppSettings();

    int nightBoundaryHour() const;
    void setNightBoundaryHour(int hour);
    // The hour the person is usually up (6 unless set); NightClock keeps it at or before the boundary.
    int wakeUpHour() const;
    void setWakeUpHour(int hour);

    Qt::DayOfWeek firstDayOfWeek() const; // the locale's unless set
    void setFirstDayOfWeek(Qt::DayOfWeek day);

    WaterUnit waterUnit() const;
    void setWaterUnit(WaterUnit unit);

    NightMode nightMode() const;
    void setNightMode(NightMode mode);
    int nightModeStartHour() const; // automatic night mode from...
    int nightModeEndHour() const; // ...until
    void setNightModeHours(int startHour, int endHour);

    QString diaryPath() const; // empty: the default location
    void setDiaryPath(const QString &path);

    // The text size chosen with View > Larger text, as a factor of the desktop's own size.
    static constexpr double SmallestTextScale = 0.75;
    static constexpr double LargestTextScale = 2.0;
    double textScale() const; // 1 until chosen; kept within the two limits above
    void setTextScale(double scale);

    QByteArray windowGeometry() const; // QWidget::saveGeometry(); empty before the first close
    void setWindowGeometry(const QByteArray &geometry);

    // The evening reminder: "remind me at HH:MM if tonight has no check-in".
    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    QTime reminderTime() const; // 21:30 unless set
    void setReminderTime(QTime time);
    std::optional<QDate> remindedNight() const; // the last night a reminder went out for
    void setRemindedNight(QDate night);

    // The language chosen in the settings ("en", "de"); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);
    // The last column mapping used to import from another app (JSON), offered again.
    QByteArray lastImportMapping() const;
    void setLastImportMapping(const QByteArray &json);
    // Diaries already reported as readable by other users (each is reported once).
    bool privacyReported(const QString &diaryPath) const;
    void setPrivacyReported(const QString &diaryPath);
    bool disclaimerAccepted() const;
    void setDisclaimerAccepted(bool accepted);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
