-- Cramp Diary schema version 6: the diary's own identity, drawn at random once when the
-- diary is made (or upgraded to this version) and kept by backup and restore. Exports
-- derive each entry's id from it, so ids are stable across exports of one diary and never
-- shared between two people's diaries.

CREATE TABLE diary_identity (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid GLOB
        '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*')
);

-- A version 4 UUID from 16 random bytes: the version nibble is 4, the variant 8 to b.
INSERT INTO diary_identity (id, uuid)
SELECT 1, lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-'
                || substr('89ab', 1 + abs(random() % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12))
FROM (SELECT hex(randomblob(16)) AS h);
