#include "core/store/StoreError.h"

StoreError::StoreError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}
