// DiaryRepository's identity: the random UUID drawn when the diary was made (schema 6),
// from which exports derive every entry's id.
#include "core/store/Database.h"
#include "core/store/DiaryFile.h"
#include "core/store/DiaryRepository.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QUuid>

QUuid DiaryRepository::identity() const
{
    Statement select(m_file->database(), "SELECT uuid FROM diary_identity WHERE id = 1");
    if (!select.step())
        throw StoreError(StoreError::Kind::Damaged,
                         QCoreApplication::translate("DiaryRepository",
                                                     "The diary has lost its identity; `cramp-diary check "
                                                     "--repair` gives it a new one."));
    return QUuid::fromString(select.text(0));
}

void DiaryRepository::setIdentity(const QUuid &identity)
{
    requireWritable();
    if (identity.isNull())
        throw StoreError(StoreError::Kind::Rejected,
                         QCoreApplication::translate("DiaryRepository", "A diary's identity cannot be empty."));
    Database &db = m_file->database();
    Statement replace(db, "INSERT OR REPLACE INTO diary_identity (id, uuid) VALUES (1, ?1)");
    replace.bind(1, identity.toString(QUuid::WithoutBraces));
    replace.step();
}
