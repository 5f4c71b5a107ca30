#pragma once

#include "core/domain/EnumKeys.h"

#include <optional>

#include <QDate>
#include <QString>

// How domain values are spelled in the store's columns: ISO dates, enum keys, 0/1 flags.
namespace SqlValues {

inline QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

template<typename E>
std::optional<QString> optionalKey(const std::optional<E> &value)
{
    return value ? std::optional<QString>(toKey(*value)) : std::nullopt;
}

template<typename E>
std::optional<E> optionalEnum(const std::optional<QString> &key)
{
    return key ? fromKey<E>(*key) : std::nullopt;
}

inline std::optional<int> optionalBoolAsInt(const std::optional<bool> &value)
{
    return value ? std::optional<int>(*value ? 1 : 0) : std::nullopt;
}

} // namespace SqlValues
