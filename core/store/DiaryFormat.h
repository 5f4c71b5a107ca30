#pragma once

#include "core/domain/TextLimits.h"

#include <array>
#include <utility>

// Marks a SQLite file as a Cramp Diary (PRAGMA application_id), so another program's
// database is refused instead of being "upgraded" into a diary. 'CRMP' in ASCII.
namespace DiaryFormat {
constexpr int ApplicationId = 0x43524D50;

// Every column holding a date (YYYY-MM-DD). The schema checks only the shape, so a date
// that does not exist (2025-02-30, written by another program) is looked for at open and
// left out by a repair.
constexpr std::array<std::pair<const char *, const char *>, 11> DateColumns { {
        { "night_logs", "night" },
        { "night_factor_values", "night" },
        { "night_medications", "night" },
        { "medication_periods", "started" },
        { "medication_periods", "stopped" },
        { "untracked_periods", "first_night" },
        { "untracked_periods", "last_night" },
        { "no_cramp_nights", "night" },
        { "experiments", "start_night" },
        { "experiments", "stopped_after" },
        { "experiment_nights", "night" },
} };

// SQL true when `column` is set but holds no real date: SQLite's date() keeps 2025-02-30
// as it is, while '+0 days' rolls it over to 2025-03-02.
constexpr const char *NotADate = "%1 IS NOT NULL AND date(%1, '+0 days') IS NOT %1";

// Every free-text column and the longest text it may hold (TextLimits): a diary holding
// longer text, written by another program, is refused at open, named by `check` and the
// entry left out by a repair, as the writers and restore refuse it.
struct TextColumn {
    const char *table;
    const char *column;
    int limit;
};
constexpr std::array<TextColumn, 10> TextColumns { {
        { "episodes", "notes", TextLimits::Notes },
        { "night_logs", "notes", TextLimits::Notes },
        { "factors", "name", TextLimits::Name },
        { "factors", "unit", TextLimits::Unit },
        { "factors", "choices", TextLimits::Choices *(TextLimits::Choice + 1) }, // one per line
        { "night_factor_values", "choice_value", TextLimits::Choice },
        { "medications", "name", TextLimits::Name },
        { "medications", "dose", TextLimits::Dose },
        { "untracked_periods", "reason", TextLimits::Reason },
        { "visit_questions", "text", TextLimits::Questions },
} };

// SQL true when `column` holds more characters than `limit`.
constexpr const char *TooLong = "length(%1) > %2";
} // namespace DiaryFormat
