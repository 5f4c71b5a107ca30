-- Cramp Diary schema version 3: where the person chose to split a number factor (for
-- example water at 1,500 ml) to compare nights below and at or above it. NULL: the default
-- split (the guidance's figure, or the median of the nights recorded).

ALTER TABLE factors ADD COLUMN split_at REAL CHECK (split_at IS NULL OR (kind = 'number' AND split_at >= 0));
