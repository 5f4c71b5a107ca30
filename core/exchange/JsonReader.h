#pragma once

#include "core/domain/EnumKeys.h"

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Strict reading of a JSON document: every value must have the expected type and range,
// containers the expected kind, objects only the keys they may have. Each failure throws
// StoreError (Rejected) naming the value by its JSON path ("episodes[3].severity"), so a
// backup is either read exactly as written or refused with the place to look.
class JsonReader
{
public:
    // `path`: where `object` sits in the document ("" for the root).
    JsonReader(const QJsonValue &object, QString path);

    // Refuses a key not in `required` or `optional`, and a missing required key.
    void allowKeys(const QStringList &required, const QStringList &optional = {}) const;

    bool has(const QString &key) const; // present and not null
    QStringList keys() const { return m_object.keys(); }
    bool isBool(const QString &key) const { return value(key).isBool(); }
    bool isNumber(const QString &key) const { return value(key).isDouble(); }
    QString path(const QString &key) const;
    JsonReader object(const QString &key) const;
    QJsonArray array(const QString &key, bool optional = false) const;
    // An integer: a JSON number with no fraction, from `low` to `high`.
    qint64 integer(const QString &key, qint64 low, qint64 high) const;
    std::optional<qint64> optionalInteger(const QString &key, qint64 low, qint64 high) const;
    std::optional<double> optionalNumber(const QString &key, double low, double high) const;
    QString string(const QString &key, int maxLength = 100000) const;
    QString optionalString(const QString &key, int maxLength = 100000) const; // "" when absent or null
    bool boolean(const QString &key) const;
    std::optional<bool> optionalBoolean(const QString &key) const;
    QDate date(const QString &key) const; // YYYY-MM-DD, years 1900 to 2200
    std::optional<QDate> optionalDate(const QString &key) const;
    QDateTime dateTime(const QString &key) const; // ISO 8601 with a UTC offset or Z

    template<typename E>
    std::optional<E> optionalEnum(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        const QString text = string(key, 64);
        if (const auto value = fromKey<E>(text))
            return value;
        fail(key, Text::unknownChoice(text, allKeys<E>()));
    }
    template<typename E>
    E requiredEnum(const QString &key) const
    {
        if (const auto value = optionalEnum<E>(key))
            return *value;
        fail(key, Text::missing());
    }

    // Elements of an array, each with its path ("episodes[3]").
    static QList<JsonReader> objects(const QJsonArray &array, const QString &arrayPath);
    static qint64 integerAt(const QJsonValue &value, const QString &path, qint64 low, qint64 high);
    static QString stringAt(const QJsonValue &value, const QString &path, int maxLength = 100000);

    [[noreturn]] void fail(const QString &key, const QString &problem) const;
    // Throws StoreError worded for a backup; its detail() is "path: problem" alone, for
    // the readers of other documents (a mapping file) to word their own refusal.
    [[noreturn]] static void failAt(const QString &path, const QString &problem);
    // The first key an object of `json` gives twice (QJsonDocument keeps only the last).
    static std::optional<QString> duplicateKey(const QByteArray &json);

    struct Text {
        static QString missing();
        static QString unknownChoice(const QString &value, const QStringList &allowed);
    };

private:
    QJsonValue value(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
};
