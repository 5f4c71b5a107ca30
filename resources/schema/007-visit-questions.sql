-- Cramp Diary schema version 7: the person's own questions for their next visit, written
-- on the Report page or with `report --questions`, printed on the report's first page.
-- One text per diary; no row means none were written.

CREATE TABLE visit_questions (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
