#include "ui/diary/DiaryTableModel.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/DurationText.h"
#include "core/guidance/RedFlagRules.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/logging/CheckinSummary.h"
#include "ui/style/Tone.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {
// Newest night first; within a night, in the order the cramps came.
bool rowBefore(const QDate &nightA, const std::optional<Episode> &a, const QDate &nightB,
               const std::optional<Episode> &b)
{
    if (nightA != nightB)
        return nightA > nightB;
    const qint64 ta = a ? a->start.toSecsSinceEpoch() : 0;
    const qint64 tb = b ? b->start.toSecsSinceEpoch() : 0;
    return ta != tb ? ta < tb : (a ? a->id : 0) < (b ? b->id : 0);
}

QString durationText(int seconds)
{
    return DurationText::of(qint64(seconds));
}

// Short enough for a table cell; the editor shows the full wording.
QString shortRelief(Relief relief)
{
    switch (relief) {
    case Relief::Stretch: return DiaryTableModel::tr("Stretch");
    case Relief::StandOnLeg: return DiaryTableModel::tr("Stand");
    case Relief::Walk: return DiaryTableModel::tr("Walk");
    case Relief::Massage: return DiaryTableModel::tr("Massage");
    case Relief::Heat: return DiaryTableModel::tr("Heat");
    case Relief::Cold: return DiaryTableModel::tr("Cold");
    case Relief::Other: return DiaryTableModel::tr("Other");
    }
    return {};
}
} // namespace

DiaryTableModel::DiaryTableModel(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_nightRule(nightRule)
{
    connect(&m_diary, &DiaryRepository::episodeAdded, this, &DiaryTableModel::refreshEpisode);
    connect(&m_diary, &DiaryRepository::episodeUpdated, this, &DiaryTableModel::refreshEpisode);
    connect(&m_diary, &DiaryRepository::episodeRemoved, this, &DiaryTableModel::refreshEpisode);
    connect(&m_diary, &DiaryRepository::nightLogChanged, this, &DiaryTableModel::refreshNight);
    connect(&m_diary, &DiaryRepository::factorsChanged, this, &DiaryTableModel::reload);
    connect(&m_diary, &DiaryRepository::medicationsChanged, this, &DiaryTableModel::reload);
    connect(&m_diary, &DiaryRepository::diaryReset, this, &DiaryTableModel::reload);
    connect(&m_nightRule, &NightRule::changed, this, &DiaryTableModel::reload);
}

void DiaryTableModel::reload()
{
    if (!m_loaded)
        return; // read when first asked for
    beginResetModel();
    load();
    endResetModel();
}

void DiaryTableModel::load()
{
    m_clock = m_nightRule.clock();
    m_factors = m_diary.factors(true);
    m_medications = m_diary.medications();
    m_rows = rowsFor(m_diary.allEpisodes(), m_diary.nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31)));
    m_loaded = true;
}

void DiaryTableModel::loadIfNeeded() const
{
    if (!m_loaded)
        const_cast<DiaryTableModel *>(this)->load();
}

QList<DiaryTableModel::Row> DiaryTableModel::rowsFor(const QList<Episode> &episodes, const QList<NightLog> &logs) const
{
    QHash<QDate, const NightLog *> logByNight;
    for (const NightLog &log : logs)
        logByNight.insert(log.night, &log);
    const AppSettings::WaterUnit unit = m_settings.waterUnit();
    // Described once a night and shared by its rows (a night can hold many cramps).
    QHash<QDate, QString> described;
    auto evening = [&](QDate night, Row &row) {
        if (const NightLog *log = logByNight.value(night)) {
            auto text = described.find(night);
            if (text == described.end())
                text = described.insert(night, CheckinSummary::describe(*log, m_factors, m_medications, unit));
            row.evening = *text;
            row.eveningNotes = log->notes;
        }
    };
    QList<Row> rows;
    rows.reserve(episodes.size() + logs.size());
    QSet<QDate> nightsWithCramps;
    for (const Episode &episode : episodes) {
        Row row { m_clock.nightOf(episode.start), episode, {}, {}, std::nullopt, {} };
        const QList<RedFlagAlert> alerts = RedFlagRules::forEpisode(episode);
        if (!alerts.isEmpty()) {
            row.urgency = alerts.first().urgency;
            QStringList lines;
            for (const RedFlagAlert &alert : alerts)
                lines.append(QStringLiteral("%1: %2").arg(alert.headline, alert.reasons.join(QStringLiteral(", "))));
            row.warnings = lines.join(QLatin1Char('\n'));
        }
        evening(row.night, row);
        nightsWithCramps.insert(row.night);
        rows.append(row);
    }
    for (const NightLog &log : logs) {
        if (nightsWithCramps.contains(log.night))
            continue;
        Row row { log.night, std::nullopt, {}, {}, std::nullopt, {} };
        evening(log.night, row);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return rowBefore(a.night, a.episode, b.night, b.episode); });
    return rows;
}

void DiaryTableModel::refreshEpisode(qint64 id)
{
    if (!m_loaded)
        return; // the first read will have it
    // The episode may have moved between nights: refresh where it was and where it is.
    const int row = rowOfEpisode(id);
    const std::optional<QDate> oldNight = row >= 0 ? std::optional<QDate>(m_rows.at(row).night) : std::nullopt;
    const auto episode = m_diary.episode(id);
    if (oldNight)
        refreshNight(*oldNight);
    if (episode) {
        const QDate night = m_clock.nightOf(episode->start);
        if (!oldNight || night != *oldNight)
            refreshNight(night);
    }
}

void DiaryTableModel::refreshNight(QDate night)
{
    if (!m_loaded)
        return;
    auto first = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.night <= night; });
    auto last = std::find_if(first, m_rows.cend(), [&](const Row &r) { return r.night < night; });
    const int from = int(first - m_rows.cbegin());
    const int count = int(last - first);
    if (count > 0) {
        beginRemoveRows({}, from, from + count - 1);
        m_rows.remove(from, count);
        endRemoveRows();
    }
    const QList<Row> fresh = rowsFor(m_diary.episodesInNights(night, night, m_clock), m_diary.nightLogs(night, night));
    if (!fresh.isEmpty()) {
        beginInsertRows({}, from, from + int(fresh.size()) - 1);
        for (qsizetype i = 0; i < fresh.size(); ++i)
            m_rows.insert(from + i, fresh.at(i));
        endInsertRows();
    }
}

int DiaryTableModel::rowOfEpisode(qint64 id) const
{
    loadIfNeeded();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).episode && m_rows.at(i).episode->id == id)
            return i;
    }
    return -1;
}

int DiaryTableModel::rowCount(const QModelIndex &parent) const
{
    loadIfNeeded();
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DiaryTableModel::shaded(int row) const
{
    // Alternate by night number so a night's rows share a shade wherever they sit.
    return m_rows.at(row).night.toJulianDay() % 2 == 0;
}

QVariant DiaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Episode *e = row.episode ? &*row.episode : nullptr;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == EveningColumn && !row.evening.isEmpty())
            return row.evening;
        if (index.column() == NotesColumn && e)
            return e->notes;
        if (index.column() == ReliefColumn && e && !e->reliefs.isEmpty()) {
            QStringList lines;
            for (const ReliefTried &r : e->reliefs)
                lines.append(
                        r.helped
                                ? (*r.helped ? tr("%1: helped") : tr("%1: didn't help")).arg(DisplayNames::of(r.relief))
                                : DisplayNames::of(r.relief));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == SignsColumn && row.urgency)
            return row.warnings;
        return {};
    case Qt::BackgroundRole: {
        const QPalette palette = QGuiApplication::palette();
        return QBrush(shaded(index.row()) ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Base));
    }
    case Qt::ForegroundRole:
        if (index.column() == SignsColumn && row.urgency)
            return QBrush(Tone::problem(QGuiApplication::palette()));
        if (!e)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeverityColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: return sortValue(row, index.column());
    case EpisodeIdRole: return e ? e->id : 0;
    case NightRole: return row.night;
    case LegKeyRole: return e && e->leg ? toKey(*e->leg) : QString();
    case SeverityRole: return e && e->severity ? *e->severity : -1;
    case SearchTextRole: return QString((e ? e->notes : QString()) + QLatin1Char('\n') + row.eveningNotes);
    case HasWarningRole: return row.urgency.has_value();
    }
    return {};
}

QVariant DiaryTableModel::display(const Row &row, int column) const
{
    const Episode *e = row.episode ? &*row.episode : nullptr;
    switch (column) {
    case NightColumn: return DateText::shortDayWithYear(row.night);
    case TimeColumn: return e ? DateText::time(e->start) : tr("no cramp");
    case SeverityColumn: return e && e->severity ? QVariant(*e->severity) : QVariant();
    case LegColumn: return e && e->leg ? DisplayNames::of(*e->leg) : QString();
    case MuscleColumn: return e && e->muscle ? DisplayNames::of(*e->muscle) : QString();
    case DurationColumn: return e && e->durationSeconds ? durationText(*e->durationSeconds) : QString();
    case ReliefColumn: {
        if (!e)
            return {};
        QStringList parts;
        for (const ReliefTried &r : e->reliefs) {
            QString text = shortRelief(r.relief);
            if (r.helped)
                text += *r.helped ? tr(" \u2713") : tr(" \u2717");
            parts.append(text);
        }
        return parts.join(QStringLiteral(", "));
    }
    case SignsColumn: {
        if (!row.urgency)
            return {};
        switch (*row.urgency) {
        case Urgency::Emergency: return tr("\u26a0 emergency");
        case Urgency::SameDay: return tr("\u26a0 see today");
        case Urgency::UrgentAppointment: return tr("\u26a0 urgent");
        case Urgency::Appointment: return tr("\u26a0 appointment");
        case Urgency::NextVisit: return tr("\u26a0 next visit");
        }
        return {};
    }
    case EveningColumn: return row.evening.isEmpty() ? tr("no check-in") : row.evening;
    case NotesColumn: return e ? QString(e->notes).replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
    }
    return {};
}

QVariant DiaryTableModel::sortValue(const Row &row, int column) const
{
    const Episode *e = row.episode ? &*row.episode : nullptr;
    switch (column) {
    case NightColumn:
    case TimeColumn:
        // Night, then the moment within it, as one number: cheap to compare when sorting.
        return row.night.toJulianDay() * 100000
                + (e ? wallClockSeconds(e->start) - m_clock.nightBeginWallSeconds(row.night) : 0);
    case SeverityColumn: return e && e->severity ? *e->severity : -1;
    case DurationColumn: return e && e->durationSeconds ? *e->durationSeconds : -1;
    case SignsColumn: return row.urgency ? int(*row.urgency) : 99; // most urgent sorts first
    default: return display(row, column);
    }
}

QVariant DiaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NightColumn: return tr("Night");
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case LegColumn: return tr("Leg");
    case MuscleColumn: return tr("Muscle");
    case DurationColumn: return tr("Lasted");
    case ReliefColumn: return tr("What I tried");
    case SignsColumn: return tr("See a clinician");
    case EveningColumn: return tr("Evening");
    case NotesColumn: return tr("Notes");
    }
    return {};
}
