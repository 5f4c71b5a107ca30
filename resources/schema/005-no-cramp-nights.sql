-- Cramp Diary schema version 5: nights the person said had no cramps ("No cramps" on the
-- morning card, or log --no-cramps). Most figures count a night without an entry as quiet;
-- a self-experiment counts a night only when something was said about it, so a forgotten
-- week is missing there rather than cramp-free.

CREATE TABLE no_cramp_nights (
    night        TEXT PRIMARY KEY CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    recorded_utc INTEGER NOT NULL
) WITHOUT ROWID;
