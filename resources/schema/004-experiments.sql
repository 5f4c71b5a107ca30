-- Cramp Diary schema version 4: self-experiments (trials of one). The plan is drawn once,
-- when the experiment is made, and stored night by night so it can never be redrawn; each
-- evening's check-in records whether it was kept.

CREATE TABLE experiments (
    id             INTEGER PRIMARY KEY,
    change_kind    TEXT NOT NULL CHECK (change_kind IN ('stretching', 'water', 'magnesium', 'toes_not_pointed', 'own')),
    amount         INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    own_factor_id  INTEGER REFERENCES factors (id),
    scheme         TEXT NOT NULL CHECK (scheme IN ('nightly', 'paired')),
    nights         INTEGER NOT NULL CHECK (nights BETWEEN 2 AND 364),
    block_nights   INTEGER NOT NULL CHECK (block_nights >= 2),
    washout_nights INTEGER NOT NULL DEFAULT 0 CHECK (washout_nights >= 0 AND washout_nights < block_nights),
    baseline_week  INTEGER NOT NULL CHECK (baseline_week IN (0, 1)),
    start_night    TEXT NOT NULL CHECK (start_night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    seed           INTEGER NOT NULL CHECK (seed >= 0),
    planned_utc    INTEGER NOT NULL,
    stopped_after  TEXT CHECK (stopped_after IS NULL OR stopped_after GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    CHECK ((change_kind = 'own') = (own_factor_id IS NOT NULL))
);

CREATE TABLE experiment_nights (
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    night         TEXT NOT NULL CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    role          TEXT NOT NULL CHECK (role IN ('baseline', 'washout', 'analysed')),
    arm           TEXT CHECK (arm IN ('change', 'usual')),
    block         INTEGER NOT NULL CHECK (block >= -1),
    followed      INTEGER CHECK (followed IS NULL OR followed IN (0, 1)),
    PRIMARY KEY (experiment_id, night),
    CHECK ((role = 'baseline') = (arm IS NULL))
) WITHOUT ROWID;
