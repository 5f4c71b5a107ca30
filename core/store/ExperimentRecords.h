#pragma once

#include "core/domain/Experiment.h"

#include <optional>

class Database;

// Self-experiments as rows in and out: the experiment and its plan, night by night. Runs
// inside the caller's transaction.
class ExperimentRecords
{
public:
    explicit ExperimentRecords(Database &db)
        : m_db(db)
    {
    }

    std::optional<Experiment> latest() const; // the one most recently planned
    qint64 insert(const Experiment &experiment); // keeps experiment.id when set (restoring)
    void setFollowed(qint64 id, QDate night, std::optional<bool> followed);
    void stop(qint64 id, QDate lastNight);

private:
    Database &m_db;
};
