#pragma once

#include "core/domain/Episode.h"
#include "core/domain/Factor.h"
#include "core/domain/Medication.h"
#include "core/domain/NightClock.h"
#include "core/domain/NightLog.h"
#include "core/guidance/RedFlagRules.h"
#include "core/settings/AppSettings.h"

#include <optional>

#include <QAbstractTableModel>

class DiaryRepository;
class NightRule;

// The diary as a table: one row per cramp, and one row for each checked-in night that
// had no cramp, newest night first. Rows of a night sit together and share a shade. The
// model follows the repository's signals and refreshes only the nights that changed. It
// reads the diary when first asked for its rows, not when made, so a window opening on
// another page does not wait for every entry of a long diary.
class DiaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NightColumn,
        TimeColumn,
        SeverityColumn,
        LegColumn,
        MuscleColumn,
        DurationColumn,
        ReliefColumn,
        SignsColumn,
        NotesColumn,
        EveningColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EpisodeIdRole, // 0 for a night without a cramp
        NightRole, // QDate
        LegKeyRole, // "left", "right", "both" or empty
        SeverityRole, // int, -1 when not recorded
        SearchTextRole, // notes of the cramp and of the evening
        HasWarningRole, // bool
    };

    DiaryTableModel(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads everything (after a settings change such as the night boundary).
    void reload();
    int rowOfEpisode(qint64 id) const;

private:
    struct Row {
        QDate night;
        std::optional<Episode> episode;
        QString evening; // the check-in, summarised; empty without one
        QString eveningNotes;
        // The red-flag rules, run once when the row is built rather than on every paint or sort.
        std::optional<Urgency> urgency;
        QString warnings; // each alert's headline and reasons, one per line
    };

    void loadIfNeeded() const; // the first read; no reset signal, as nobody has seen rows yet
    void load();
    QList<Row> rowsFor(const QList<Episode> &episodes, const QList<NightLog> &logs) const;
    void refreshNight(QDate night);
    void refreshEpisode(qint64 id);
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    bool shaded(int row) const;

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    const NightRule &m_nightRule;
    NightClock m_clock; // the rule's clock when the rows were built
    QList<Row> m_rows;
    bool m_loaded = false;
    QList<Factor> m_factors;
    QList<Medication> m_medications;
};
