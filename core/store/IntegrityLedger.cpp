#include "core/store/IntegrityLedger.h"

#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

IntegrityLedger::IntegrityLedger(QString ledgerFile)
    : m_file(std::move(ledgerFile))
{
}

QString IntegrityLedger::standardFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/diaries-as-left.ini");
}

QString IntegrityLedger::key(const QString &diaryPath)
{
    const QByteArray path = QFile::encodeName(QFileInfo(diaryPath).absoluteFilePath());
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

// Nanosecond modification time and inode: a write by anyone, or a file put in its place,
// changes at least one of them.
QString IntegrityLedger::fingerprint(const QString &diaryPath)
{
    struct stat status {
    };
    if (::stat(QFile::encodeName(diaryPath).constData(), &status) != 0)
        return {};
    return QStringLiteral("%1:%2.%3:%4")
            .arg(qint64(status.st_size))
            .arg(qint64(status.st_mtim.tv_sec))
            .arg(qint64(status.st_mtim.tv_nsec))
            .arg(quint64(status.st_ino));
}

bool IntegrityLedger::isAsLeft(const QString &diaryPath) const
{
    const QString now = fingerprint(diaryPath);
    if (now.isEmpty())
        return false;
    const QSettings ledger(m_file, QSettings::IniFormat);
    return ledger.value(key(diaryPath) + QStringLiteral("/file")).toString() == now;
}

void IntegrityLedger::recordAsLeft(const QString &diaryPath) const
{
    const QString now = fingerprint(diaryPath);
    if (now.isEmpty())
        return;
    QSettings ledger(m_file, QSettings::IniFormat);
    if (ledger.value(key(diaryPath) + QStringLiteral("/file")).toString() == now)
        return; // as recorded already: nothing to write (and no file to sync) after viewing
    ledger.setValue(key(diaryPath) + QStringLiteral("/file"), now);
    // A running count, not a clock: records made within one millisecond still have an order.
    const qint64 sequence = ledger.value(QStringLiteral("sequence")).toLongLong() + 1;
    ledger.setValue(QStringLiteral("sequence"), sequence);
    ledger.setValue(key(diaryPath) + QStringLiteral("/recorded"), sequence);
    QStringList diaries = ledger.childGroups();
    if (diaries.size() <= MaxDiaries)
        return;
    std::sort(diaries.begin(), diaries.end(), [&](const QString &a, const QString &b) {
        return ledger.value(a + QStringLiteral("/recorded")).toLongLong()
                < ledger.value(b + QStringLiteral("/recorded")).toLongLong();
    });
    for (qsizetype i = 0; i < diaries.size() - MaxDiaries; ++i)
        ledger.remove(diaries[i]);
}

void IntegrityLedger::forget(const QString &diaryPath) const
{
    QSettings ledger(m_file, QSettings::IniFormat);
    ledger.remove(key(diaryPath));
}
