#pragma once

#include <QString>

// Remembers, per diary, the file exactly as this app last left it (size, modification
// time, inode) after a clean close. A diary found just as it was left needs no integrity
// check when it opens; one changed since (an unclean shutdown, another program, a copy)
// is checked. The ledger is a folder in the app's local data folder with a small file per
// diary, each replaced whole: no lock to wait on, even after a writer was killed.
class IntegrityLedger
{
public:
    explicit IntegrityLedger(QString folder = standardFolder());
    static QString standardFolder();

    bool isAsLeft(const QString &diaryPath) const;
    // Records the diary file as it is now; call it only once its last writer has closed.
    void recordAsLeft(const QString &diaryPath) const;
    void forget(const QString &diaryPath) const;

    static constexpr int MaxDiaries = 64; // the oldest records go beyond this

private:
    QString entryPath(const QString &diaryPath) const;
    static QString fingerprint(const QString &diaryPath); // empty when the file is missing
    void keepNewest() const;

    QString m_folder;
};
