// DiaryRepository's questions for the next visit (schema 7): one text the report prints on
// its first page, kept in the diary so it travels with backups and outlives the window.
#include "core/domain/TextLimits.h"
#include "core/store/Database.h"
#include "core/store/DiaryFile.h"
#include "core/store/DiaryRepository.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>

QString DiaryRepository::visitQuestions() const
{
    Statement select(m_file->database(), "SELECT text FROM visit_questions WHERE id = 1");
    return select.step() ? select.text(0) : QString();
}

void DiaryRepository::setVisitQuestions(const QString &questions)
{
    requireWritable();
    const QString text = questions.trimmed();
    if (text.size() > TextLimits::Questions)
        throw StoreError(StoreError::Kind::Rejected,
                         TextLimits::tooLong(QCoreApplication::translate("DiaryRepository", "The questions"),
                                             TextLimits::Questions));
    if (text == visitQuestions())
        return;
    if (text.isEmpty()) {
        Statement(m_file->database(), "DELETE FROM visit_questions").step();
    } else {
        Statement replace(m_file->database(), "INSERT OR REPLACE INTO visit_questions (id, text) VALUES (1, ?1)");
        replace.bind(1, text);
        replace.step();
    }
    emit visitQuestionsChanged();
}
