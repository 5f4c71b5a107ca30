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

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace {
constexpr qint64 SameCrampSeconds = 120; // a second L this soon is more likely the same cramp
}

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
    episode.start = withFixedOffset(m_now());
    const QList<qint64> ids = m_undoable.addEpisodes({ episode });
    if (ids.isEmpty())
        return 0;
    m_lastLoggedId = ids.first();
    m_lastLoggedAt = m_now();
    emit done(tr("Cramp recorded at %1.").arg(DateText::time(episode.start)));
    return ids.first();
}

void LoggingFlow::logCramp()
{
    if (m_lastLoggedAt.isValid() && m_lastLoggedAt.secsTo(m_now()) < SameCrampSeconds) {
        if (const auto recent = m_diary.episode(m_lastLoggedId); recent && isTheSameCramp(*recent)) {
            openSheet(recent->id, false);
            return;
        }
    }
    // The cramp is stored before the sheet opens: closing the sheet never loses it.
    m_undoable.beginGroup(tr("Log a cramp"));
    if (const qint64 id = logCrampNow())
        openSheet(id, false);
    m_undoable.endGroup();
}

void LoggingFlow::logCrampEarlier()
{
    m_undoable.beginGroup(tr("Log a cramp"));
    if (const qint64 id = logCrampNow())
        openSheet(id, true);
    m_undoable.endGroup();
}

bool LoggingFlow::isTheSameCramp(const Episode &recent)
{
    QMessageBox question(QMessageBox::Question, tr("Another cramp?"),
                         tr("You logged a cramp at %1, moments ago. Is this another cramp, or the same one?")
                                 .arg(DateText::time(recent.start)),
                         QMessageBox::NoButton, m_window);
    auto *same = question.addButton(tr("The &same cramp"), QMessageBox::RejectRole);
    question.addButton(tr("&Another cramp"), QMessageBox::AcceptRole);
    // Enter and Esc both keep the diary as it is: one cramp, its sheet open again.
    question.setDefaultButton(same);
    question.setEscapeButton(same);
    m_runDialog(question);
    return question.clickedButton() == nullptr || question.clickedButton() == same;
}

void LoggingFlow::openSheet(qint64 id, bool earlier)
{
    const auto recorded = m_diary.episode(id);
    QuickLogDialog sheet(m_undoable, m_nightRule.clock(), *recorded, m_window, m_now);
    if (earlier)
        sheet.startEarlier();
    if (m_runDialog(sheet) == QDialog::Accepted && sheet.wantsDetails())
        editEpisode(sheet.episodeId());
}

void LoggingFlow::addDetailed()
{
    Episode fresh;
    fresh.start = withFixedOffset(m_now());
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
