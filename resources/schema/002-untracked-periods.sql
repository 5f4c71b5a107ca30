-- Cramp Diary schema version 2: nights the person marked as not tracked (travel,
-- illness), so that rates per tracked night stay honest.

CREATE TABLE untracked_periods (
    id         INTEGER PRIMARY KEY,
    first_night TEXT NOT NULL CHECK (first_night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    last_night  TEXT NOT NULL CHECK (last_night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    reason     TEXT NOT NULL DEFAULT '',
    CHECK (last_night >= first_night)
);

-- Nights log lookups by range for the charts; the primary key already orders them, but
-- medication periods are read by medication on every chart refresh.
CREATE INDEX medication_periods_by_medication ON medication_periods (medication_id, started);
