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

// A date read from the file. One that is no date (2025-02-30, put there by another program)
// is refused as damage, never passed on as an invalid QDate that a view cannot handle.
QDate dateFrom(const QString &text);

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
