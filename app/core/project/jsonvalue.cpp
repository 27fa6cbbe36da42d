// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/jsonvalue.h"

#include <QtGlobal>

namespace Revmark {

namespace {

// Parsed once, by a parser of their own that lives as long as the program.
struct Empty
{
    Empty()
    {
        static const char json[] = "{\"array\":[],\"object\":{}}";
        simdjson::dom::object root;
        if (parser.parse(json, sizeof json - 1, true).get(root) != simdjson::SUCCESS
            || root["array"].get(array) != simdjson::SUCCESS || root["object"].get(object) != simdjson::SUCCESS)
            qFatal("simdjson cannot parse an empty array");
    }
    simdjson::dom::parser parser;
    simdjson::dom::array array;
    simdjson::dom::object object;
};

const Empty &empty()
{
    static const Empty instance;
    return instance;
}

} // namespace

simdjson::dom::array emptyJsonArray()
{
    return empty().array;
}

simdjson::dom::object emptyJsonObject()
{
    return empty().object;
}

} // namespace Revmark
