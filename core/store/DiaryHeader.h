#pragma once

#include <optional>

#include <QString>

// The first 100 bytes of an SQLite file, read without SQLite: enough to refuse another
// program's database, an impossible or newer format, or a file cut short, before SQLite
// opens it and could create a journal or lock beside a file it was asked to leave alone.
struct DiaryHeader {
    qint64 fileSize = 0;
    int pageSize = 0;
    bool walMode = false; // written in write-ahead-log mode (the diary's own mode)
    std::optional<qint64> pageCount; // from the header, when SQLite marks it current
    qint64 userVersion = 0; // signed in the file, so a hostile file may say -1
    qint64 applicationId = 0;

    // std::nullopt for an empty file; throws StoreError (NotADiary or Damaged) for a file
    // that is not an SQLite database or whose header is impossible.
    static std::optional<DiaryHeader> read(const QString &path);

    // Whole pages, and as many as the header says: a diary cut short even by a byte is
    // damaged. Only meaningful when no write-ahead log holds newer pages.
    bool isComplete() const;
};
