#include "core/exchange/JsonReader.h"

#include "core/store/StoreError.h"

#include <cmath>

#include <QCoreApplication>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

constexpr double LargestExactInteger = 9007199254740992.0; // 2^53

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("true or false");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("text");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: return Tr::tr("nothing");
    }
    return {};
}

QString shown(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    return typeName(value);
}
} // namespace

QString JsonReader::Text::missing()
{
    return Tr::tr("is missing");
}

QString JsonReader::Text::unknownChoice(const QString &value, const QStringList &allowed)
{
    return Tr::tr("'%1' is not one of: %2").arg(value.left(40), allowed.join(QStringLiteral(", ")));
}

JsonReader::JsonReader(const QJsonValue &object, QString path)
    : m_path(std::move(path))
{
    if (!object.isObject())
        failAt(m_path.isEmpty() ? Tr::tr("the backup") : m_path,
               Tr::tr("must be an object, not %1").arg(typeName(object)));
    m_object = object.toObject();
}

void JsonReader::failAt(const QString &path, const QString &problem)
{
    throw StoreError(StoreError::Kind::Rejected,
                     Tr::tr("The backup is refused at %1: %2. Nothing was restored.").arg(path, problem),
                     QStringLiteral("%1: %2").arg(path, problem));
}

std::optional<QString> JsonReader::duplicateKey(const QByteArray &json)
{
    struct Level {
        bool object = false;
        bool expectKey = false;
        QSet<QByteArray> keys;
    };
    QList<Level> levels;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            const QByteArray text = json.mid(i + 1, end - i - 1);
            if (!levels.isEmpty() && levels.last().object && levels.last().expectKey) {
                if (levels.last().keys.contains(text))
                    return QString::fromUtf8(text);
                levels.last().keys.insert(text);
                levels.last().expectKey = false;
            }
            i = end;
        } else if (c == '{' || c == '[') {
            levels.append({ c == '{', c == '{', {} });
        } else if ((c == '}' || c == ']') && !levels.isEmpty()) {
            levels.removeLast();
        } else if (c == ',' && !levels.isEmpty() && levels.last().object) {
            levels.last().expectKey = true;
        }
    }
    return std::nullopt;
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    failAt(path(key), problem);
}

QString JsonReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue JsonReader::value(const QString &key) const
{
    return m_object.value(key);
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::allowKeys(const QStringList &required, const QStringList &optional) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            fail(it.key(), Tr::tr("is not a key a backup has"));
    for (const QString &key : required)
        if (!m_object.contains(key))
            fail(key, Text::missing());
}

JsonReader JsonReader::object(const QString &key) const
{
    return JsonReader(value(key), path(key));
}

QJsonArray JsonReader::array(const QString &key, bool optional) const
{
    const QJsonValue v = value(key);
    if (optional && (v.isUndefined() || v.isNull()))
        return {};
    if (!v.isArray())
        fail(key, Tr::tr("must be a list, not %1").arg(typeName(v)));
    return v.toArray();
}

qint64 JsonReader::integerAt(const QJsonValue &v, const QString &at, qint64 low, qint64 high)
{
    const double number = v.toDouble();
    if (!v.isDouble() || !std::isfinite(number) || std::trunc(number) != number
        || std::abs(number) > LargestExactInteger || number < double(low) || number > double(high))
        failAt(at, Tr::tr("must be a whole number from %1 to %2, not %3").arg(low).arg(high).arg(shown(v)));
    return qint64(number);
}

QString JsonReader::stringAt(const QJsonValue &v, const QString &at, int maxLength)
{
    if (!v.isString())
        failAt(at, Tr::tr("must be text, not %1").arg(typeName(v)));
    if (v.toString().size() > maxLength)
        failAt(at, Tr::tr("is longer than %1 characters").arg(maxLength));
    return v.toString();
}

qint64 JsonReader::integer(const QString &key, qint64 low, qint64 high) const
{
    return integerAt(value(key), path(key), low, high);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 low, qint64 high) const
{
    return has(key) ? std::optional(integer(key, low, high)) : std::nullopt;
}

std::optional<double> JsonReader::optionalNumber(const QString &key, double low, double high) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
        fail(key, Tr::tr("must be a number from %1 to %2, not %3").arg(low).arg(high).arg(shown(v)));
    return v.toDouble();
}

QString JsonReader::string(const QString &key, int maxLength) const
{
    return stringAt(value(key), path(key), maxLength);
}

QString JsonReader::optionalString(const QString &key, int maxLength) const
{
    return has(key) ? string(key, maxLength) : QString();
}

bool JsonReader::boolean(const QString &key) const
{
    const QJsonValue v = value(key);
    if (!v.isBool())
        fail(key, Tr::tr("must be true or false, not %1").arg(shown(v)));
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key) const
{
    return has(key) ? std::optional(boolean(key)) : std::nullopt;
}

QDate JsonReader::date(const QString &key) const
{
    const QDate d = QDate::fromString(string(key, 10), Qt::ISODate);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2200)
        fail(key, Tr::tr("must be a date from 1900 to 2200 written YYYY-MM-DD, not %1").arg(shown(value(key))));
    return d;
}

std::optional<QDate> JsonReader::optionalDate(const QString &key) const
{
    return has(key) ? std::optional(date(key)) : std::nullopt;
}

QDateTime JsonReader::dateTime(const QString &key) const
{
    const QString text = string(key, 40);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime || t.date().year() < 1900 || t.date().year() > 2200)
        fail(key, Tr::tr("must be a time like 2026-11-23T03:10:00+01:00, not %1").arg(shown(value(key))));
    return t;
}

QList<JsonReader> JsonReader::objects(const QJsonArray &array, const QString &arrayPath)
{
    QList<JsonReader> readers;
    readers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        readers.append(JsonReader(array.at(i), QStringLiteral("%1[%2]").arg(arrayPath).arg(i)));
    return readers;
}
