// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <climits>
#include <string_view>
#include <utility>

namespace Revmark {

// The empty array and object that an absent or mistyped value reads as, as QJsonValue gives
// them (simdjson has none of its own: a default-constructed one is no value at all).
simdjson::dom::array emptyJsonArray();
simdjson::dom::object emptyJsonObject();

// A member of a parsed object in QJsonValue's terms: absent reads as undefined, a number is a
// double whatever it looks like.
class JsonValue
{
public:
    JsonValue() = default;
    explicit JsonValue(simdjson::dom::element element)
        : m_element(element)
        , m_defined(true)
    {
    }

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_element.is_null(); }
    bool isString() const { return m_defined && m_element.is_string(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isBool() const { return m_defined && m_element.is_bool(); }
    bool isDouble() const { return m_defined && m_element.is_number(); }

    std::string_view utf8() const
    {
        std::string_view s;
        return isString() && m_element.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
    }
    QString toString() const
    {
        const std::string_view s = utf8();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    double toDouble(double otherwise) const
    {
        double d = 0;
        return isDouble() && m_element.get_double().get(d) == simdjson::SUCCESS ? d : otherwise;
    }
    // QJsonValue::toInt(): the number when it is a whole number that fits an int, else 0.
    int toInt() const
    {
        const double d = toDouble(0.5);
        return d >= INT_MIN && d <= INT_MAX && d == double(int(d)) ? int(d) : 0;
    }
    bool toBool(bool otherwise) const
    {
        bool b = false;
        return isBool() && m_element.get_bool().get(b) == simdjson::SUCCESS ? b : otherwise;
    }
    simdjson::dom::array toArray() const
    {
        simdjson::dom::array a;
        return isArray() && m_element.get_array().get(a) == simdjson::SUCCESS ? a : emptyJsonArray();
    }
    simdjson::dom::object toObject() const
    {
        simdjson::dom::object o;
        return isObject() && m_element.get_object().get(o) == simdjson::SUCCESS ? o : emptyJsonObject();
    }

private:
    simdjson::dom::element m_element;
    bool m_defined = false;
};

// The member named key; of several with that name the last, as QJsonObject keeps it.
inline JsonValue member(const simdjson::dom::object &o, std::string_view key)
{
    JsonValue found;
    for (const simdjson::dom::key_value_pair field : o) {
        if (field.key == key)
            found = JsonValue(field.value);
    }
    return found;
}

// An object's members read once: an annotation asks for a dozen of them, and each member()
// walked the whole object again.
class JsonMembers
{
public:
    explicit JsonMembers(const simdjson::dom::object &o)
    {
        for (const simdjson::dom::key_value_pair field : o)
            m_fields.append({field.key, JsonValue(field.value)});
    }
    JsonValue operator()(std::string_view key) const
    {
        // The last of several with that name, as member() finds it.
        for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
            if (it->first == key)
                return it->second;
        }
        return JsonValue();
    }

private:
    QVarLengthArray<std::pair<std::string_view, JsonValue>, 16> m_fields;
};

inline JsonValue member(const JsonMembers &o, std::string_view key)
{
    return o(key);
}

inline bool contains(const simdjson::dom::object &o, std::string_view key)
{
    return !member(o, key).isUndefined();
}

} // namespace Revmark
