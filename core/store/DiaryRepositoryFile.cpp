// DiaryRepository's questions to the file behind it: where it is, whether it may be
// written, and writing its log into it.
#include "core/store/DiaryFile.h"
#include "core/store/DiaryRepository.h"

QString DiaryRepository::path() const
{
    return m_file->path();
}

void DiaryRepository::writeOutLog()
{
    m_file->writeOutLog();
}

bool DiaryRepository::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString DiaryRepository::readOnlyReason() const
{
    return m_file->readOnlyReason();
}
