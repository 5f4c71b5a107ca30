#pragma once

#include <array>
#include <optional>
#include <utility>

#include <QByteArrayView>
#include <QList>
#include <QString>

// Each domain enum specialises EnumKeys<E> with the stable keys written to the store and
// to exports. Keys never change once released; display names live in DisplayNames.
template<typename E>
struct EnumKeys;

template<typename E>
QString toKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E>
std::optional<E> fromKey(QStringView key)
{
    for (const auto &[v, k] : EnumKeys<E>::table) {
        if (key == QLatin1StringView(k))
            return v;
    }
    return std::nullopt;
}

// The same from UTF-8 bytes as the store hands them over, without making a QString.
template<typename E>
std::optional<E> fromUtf8Key(QByteArrayView key)
{
    for (const auto &[v, k] : EnumKeys<E>::table) {
        if (key == QByteArrayView(k))
            return v;
    }
    return std::nullopt;
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto &entry : EnumKeys<E>::table)
        values.append(entry.first);
    return values;
}

template<typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumKeys<E>::table)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}
