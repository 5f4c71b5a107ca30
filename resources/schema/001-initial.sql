-- Cramp Diary schema version 1. Applied in one transaction by SchemaMigrator.
-- CHECK constraints mirror the domain rules so that bad data cannot enter even by a bug.

CREATE TABLE episodes (
    id                INTEGER PRIMARY KEY,
    start_utc         INTEGER NOT NULL,              -- seconds since 1970-01-01T00:00Z
    utc_offset_s      INTEGER NOT NULL CHECK (utc_offset_s BETWEEN -64800 AND 64800),
    duration_s        INTEGER CHECK (duration_s BETWEEN 0 AND 86400),
    severity          INTEGER CHECK (severity BETWEEN 0 AND 10),
    leg               TEXT CHECK (leg IN ('left', 'right', 'both')),
    muscle            TEXT CHECK (muscle IN ('calf', 'foot', 'thigh_front', 'thigh_back', 'toes', 'other')),
    woke_from_sleep   INTEGER CHECK (woke_from_sleep IN (0, 1)),
    sleep_disturbance INTEGER CHECK (sleep_disturbance BETWEEN 0 AND 10),
    soreness_after    INTEGER CHECK (soreness_after IN (0, 1)),
    notes             TEXT NOT NULL DEFAULT '',
    created_utc       INTEGER NOT NULL,
    updated_utc       INTEGER NOT NULL
);
-- Episodes are found by the wall clock they happened on (nights are wall-clock spans).
CREATE INDEX episodes_by_wall_clock ON episodes (start_utc + utc_offset_s);

CREATE TABLE episode_reliefs (
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    relief     TEXT NOT NULL CHECK (relief IN ('stretch', 'stand', 'walk', 'massage', 'heat', 'cold', 'other')),
    helped     INTEGER CHECK (helped IN (0, 1)),
    PRIMARY KEY (episode_id, relief)
);

CREATE TABLE episode_warning_signs (
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    sign       TEXT NOT NULL CHECK (sign IN ('swelling', 'redness', 'warmth', 'not_relieved_by_stretching',
                                             'constant_pain', 'numbness_tingling', 'pain_on_walking',
                                             'eased_hanging_leg_down', 'muscle_weakness',
                                             'breathless_chest_pain')),
    PRIMARY KEY (episode_id, sign)
);

CREATE TABLE factors (
    id          INTEGER PRIMARY KEY,
    builtin_key TEXT UNIQUE,                          -- NULL for the user's own factors
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('yesno', 'number', 'choice')),
    unit        TEXT NOT NULL DEFAULT '',
    choices     TEXT NOT NULL DEFAULT '',             -- one choice per line, for 'choice' only
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'choice') = (choices <> ''))
);

INSERT INTO factors (builtin_key, name, kind, unit, choices, sort_order) VALUES
    ('water_ml',             'Water drunk',                    'number', 'ml',  '', 10),
    ('stretch_minutes',      'Stretched before bed',           'number', 'min', '', 20),
    ('sleep_position',       'Sleep position',                 'choice', '',    'toes_pointed' || char(10) || 'back' || char(10) || 'side' || char(10) || 'front', 30),
    ('exercise',             'Exercise or overexertion today', 'yesno',  '',    '', 40),
    ('long_sitting',         'Long sitting today',             'yesno',  '',    '', 50),
    ('alcohol',              'Alcohol',                        'yesno',  '',    '', 60),
    ('caffeine',             'Caffeine',                       'yesno',  '',    '', 70),
    ('magnesium_food',       'Magnesium-rich food',            'yesno',  '',    '', 80),
    ('potassium_food',       'Potassium-rich food',            'yesno',  '',    '', 90),
    ('supplement_magnesium', 'Magnesium supplement',           'yesno',  '',    '', 100),
    ('supplement_vitamin_d', 'Vitamin D supplement',           'yesno',  '',    '', 110),
    ('supplement_other',     'Other supplement',               'yesno',  '',    '', 120),
    ('sun_exposure',         'Time in the sun',                'yesno',  '',    '', 130),
    ('stress',               'Stress (0-10)',                  'number', '',    '', 140);

CREATE TABLE night_logs (
    night          TEXT PRIMARY KEY CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    checked_in_utc INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE night_factor_values (
    night        TEXT NOT NULL REFERENCES night_logs (night) ON DELETE CASCADE,
    factor_id    INTEGER NOT NULL REFERENCES factors (id),
    number_value REAL,                                -- yes/no as 0 or 1, numbers as they are
    choice_value TEXT,
    CHECK ((number_value IS NULL) <> (choice_value IS NULL)),
    PRIMARY KEY (night, factor_id)
) WITHOUT ROWID;

CREATE TABLE medications (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    drug_class TEXT NOT NULL CHECK (drug_class IN ('diuretic', 'statin', 'beta_agonist', 'other')),
    dose       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE medication_periods (
    id            INTEGER PRIMARY KEY,
    medication_id INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,
    started       TEXT NOT NULL CHECK (started GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    stopped       TEXT CHECK (stopped GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    CHECK (stopped IS NULL OR stopped >= started)
);

CREATE TABLE night_medications (
    night         TEXT NOT NULL REFERENCES night_logs (night) ON DELETE CASCADE,
    medication_id INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,
    PRIMARY KEY (night, medication_id)
) WITHOUT ROWID;
