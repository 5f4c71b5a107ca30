#include "core/store/StoreError.h"

StoreError::StoreError(Kind kind, const QString &message, const QString &detail)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_detail(detail)
{
}
