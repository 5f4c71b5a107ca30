#include "ui/logging/LoggingFlow.h"

#include "core/domain/DateText.h"
#include "core/guidance/RedFlagRules.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/guidance/RedFlagAlertDialog.h"
#include "ui/logging/CheckinDialog.h"
#include "ui/logging/EpisodeEditorDialog.h"
#include "ui/logging/PlanAdherenceRow.h"
#include "ui/logging/QuickLogDialog.h"
#include "ui/undo/UndoableDiary.h"

#include <QWidget>

LoggingFlow::LoggingFlow(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule,
                         UndoableDiary &undoable, const GuidanceLibrary &guidance, RunDialog runDialog, QWidget *window)
    : QObject(window)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
    , m_undoable(undoable)
    , m_guidance(guidance)
    , m_runDialog(std::move(runDialog))
    , m_window(window)
{
}

qint64 LoggingFlow::logCrampNow()
{
    Episode episode;
    episode.start = withFixedOffset(QDateTime::currentDateTime());
    const QList<qint64> ids = m_undoable.addEpisodes({ episode });
    if (ids.isEmpty())
        return 0;
    emit done(tr("Cramp recorded at %1.").arg(DateText::time(episode.start)));
    return ids.first();
}

void LoggingFlow::logCramp()
{
    // The cramp is stored before the sheet opens: closing the sheet never loses it.
    if (const qint64 id = logCrampNow())
        openSheet(id, false);
}

void LoggingFlow::logCrampEarlier()
{
    if (const qint64 id = logCrampNow())
        openSheet(id, true);
}

void LoggingFlow::openSheet(qint64 id, bool earlier)
{
    const auto recorded = m_diary.episode(id);
    QuickLogDialog sheet(m_undoable, m_nightRule.clock(), *recorded, m_window);
    if (earlier)
        sheet.startEarlier();
    if (m_runDialog(sheet) == QDialog::Accepted && sheet.wantsDetails())
        editEpisode(sheet.episodeId());
}

void LoggingFlow::addDetailed()
{
    Episode fresh;
    fresh.start = withFixedOffset(QDateTime::currentDateTime());
    fresh.muscle = Muscle::Calf;
    EpisodeEditorDialog editor(fresh, m_window, &m_guidance);
    if (m_runDialog(editor) == QDialog::Accepted && !m_undoable.addEpisodes({ editor.episode() }).isEmpty())
        alertIfWarningSigns(editor.episode(), std::nullopt);
}

void LoggingFlow::editEpisode(qint64 id)
{
    const auto episode = m_diary.episode(id);
    if (!episode)
        return;
    EpisodeEditorDialog editor(*episode, m_window, &m_guidance);
    if (m_runDialog(editor) == QDialog::Accepted && m_undoable.editEpisode(editor.episode()))
        alertIfWarningSigns(editor.episode(), episode);
}

void LoggingFlow::openCheckin(QDate night)
{
    CheckinDialog dialog(m_diary, m_settings, night, m_window, &m_guidance);
    if (m_runDialog(dialog) != QDialog::Accepted || !m_undoable.saveNightLog(dialog.log()))
        return;
    if (dialog.plan()->hasPlan()) {
        try { // kept apart from the check-in: the plan's record, not a factor of the evening
            m_diary.setExperimentFollowed(dialog.log().night, dialog.plan()->followed());
        } catch (const StoreError &error) {
            emit done(tr("Check-in saved; whether the plan was kept was not: %1").arg(error.message()));
            return;
        }
    }
    emit done(tr("Check-in saved."));
}

void LoggingFlow::alertIfWarningSigns(const Episode &saved, const std::optional<Episode> &before)
{
    const QList<RedFlagAlert> alerts = RedFlagRules::newAlerts(saved, before);
    if (alerts.isEmpty())
        return;
    RedFlagAlertDialog dialog(m_guidance, alerts, m_window);
    m_runDialog(dialog);
}
