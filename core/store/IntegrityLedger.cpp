#include "core/store/IntegrityLedger.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/stat.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
// An entry: the fingerprint, then when it was recorded (nanoseconds), one per line.
QList<QByteArray> readEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(512).split('\n');
}
} // namespace

IntegrityLedger::IntegrityLedger(QString folder)
    : m_folder(std::move(folder))
{
}

QString IntegrityLedger::standardFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/diaries-as-left");
}

QString IntegrityLedger::entryPath(const QString &diaryPath) const
{
    const QByteArray path = QFile::encodeName(QFileInfo(diaryPath).absoluteFilePath());
    return m_folder + QLatin1Char('/')
            + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

// Nanosecond modification and change times and the inode: a write by anyone, or a file put
// in its place, changes at least one of them. The change time cannot be set back, so a file
// changed in place with its modification time restored (touch -d) is still found.
QString IntegrityLedger::fingerprint(const QString &diaryPath)
{
    struct stat status {
    };
    if (::stat(QFile::encodeName(diaryPath).constData(), &status) != 0)
        return {};
    return QStringLiteral("%1:%2.%3:%4.%5:%6")
            .arg(qint64(status.st_size))
            .arg(qint64(status.st_mtim.tv_sec))
            .arg(qint64(status.st_mtim.tv_nsec))
            .arg(qint64(status.st_ctim.tv_sec))
            .arg(qint64(status.st_ctim.tv_nsec))
            .arg(quint64(status.st_ino));
}

bool IntegrityLedger::isAsLeft(const QString &diaryPath) const
{
    const QString now = fingerprint(diaryPath);
    return !now.isEmpty() && readEntry(entryPath(diaryPath)).value(0) == now.toLatin1();
}

void IntegrityLedger::recordAsLeft(const QString &diaryPath) const
{
    const QString now = fingerprint(diaryPath);
    if (now.isEmpty() || readEntry(entryPath(diaryPath)).value(0) == now.toLatin1())
        return; // as recorded already: nothing to write after only viewing
    if (!QDir().mkpath(m_folder))
        return; // without a ledger the next open simply checks the diary
    // Written beside and renamed over the old entry, without syncing to disk: an entry lost
    // to a power cut only means one more check.
    const QString path = entryPath(diaryPath);
    const QString partial = path + QStringLiteral(".%1.partial").arg(QCoreApplication::applicationPid());
    QFile entry(partial);
    if (!entry.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const auto recorded = std::chrono::system_clock::now().time_since_epoch();
    entry.write(now.toLatin1() + '\n'
                + QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(recorded).count())));
    entry.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0)
        keepNewest();
    else
        QFile::remove(partial);
}

void IntegrityLedger::forget(const QString &diaryPath) const
{
    QFile::remove(entryPath(diaryPath));
}

void IntegrityLedger::keepNewest() const
{
    const QStringList names = QDir(m_folder).entryList(QDir::Files);
    if (names.size() <= MaxDiaries)
        return;
    QList<std::pair<qint64, QString>> byAge;
    for (const QString &name : names)
        byAge.append({ readEntry(m_folder + QLatin1Char('/') + name).value(1).toLongLong(), name });
    std::sort(byAge.begin(), byAge.end());
    for (qsizetype i = 0; i < byAge.size() - MaxDiaries; ++i)
        QFile::remove(m_folder + QLatin1Char('/') + byAge[i].second);
}
