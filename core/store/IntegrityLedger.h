#pragma once

#include <QString>

// Remembers, per diary, the file exactly as this app last left it (size, modification
// time, inode) after a clean close. A diary found just as it was left needs no integrity
// check when it opens; one changed since (an unclean shutdown, another program, a copy)
// is checked. The ledger lives in the app's local data folder, not beside the diary.
class IntegrityLedger
{
public:
    explicit IntegrityLedger(QString ledgerFile = standardFile());
    static QString standardFile();

    bool isAsLeft(const QString &diaryPath) const;
    // Records the diary file as it is now; call it only once its last writer has closed.
    void recordAsLeft(const QString &diaryPath) const;
    void forget(const QString &diaryPath) const;

    static constexpr int MaxDiaries = 64; // the oldest records go beyond this

private:
    static QString key(const QString &diaryPath);
    static QString fingerprint(const QString &diaryPath); // empty when the file is missing

    QString m_file;
};
