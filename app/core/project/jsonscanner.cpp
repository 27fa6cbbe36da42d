// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/jsonscanner.h"

#include <QIODevice>

#include <cstring>
#include <limits>

namespace Revmark {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The bytes '{', '[' and ',' (values) and '{' (objects) wherever they stand, 16 at a time in
// GCC/Clang vector types (SSE2, NEON or plain words, whatever the target has). Per-lane counters
// are bytes, so they are added up before any can pass 255.
void countStructuralBytes(const char *data, qint64 size, qint64 *values, qint64 *objects)
{
    using Bytes = unsigned char __attribute__((vector_size(16)));
    constexpr qint64 Width = sizeof(Bytes);
    const Bytes zero = {};
    const Bytes comma = zero + ',';
    const Bytes bracket = zero + '[';
    const Bytes brace = zero + '{';
    qint64 i = 0;
    while (size - i >= Width) {
        Bytes valueLanes = {};
        Bytes objectLanes = {};
        for (int block = 0; block < 255 && size - i >= Width; ++block, i += Width) {
            Bytes v;
            std::memcpy(&v, data + i, sizeof v);
            // A comparison gives 0xff (-1) per equal lane: subtracting it adds one.
            const Bytes open = Bytes(v == brace);
            valueLanes -= Bytes(v == comma) | Bytes(v == bracket) | open;
            objectLanes -= open;
        }
        for (int lane = 0; lane < Width; ++lane) {
            *values += valueLanes[lane];
            *objects += objectLanes[lane];
        }
    }
    for (; i < size; ++i) {
        const char c = data[i];
        *values += c == ',' || c == '[' || c == '{';
        *objects += c == '{';
    }
}

} // namespace

JsonScanner::JsonScanner(const QByteArray &captureKey, qint64 maxCapture)
    : m_captureKey(captureKey)
    , m_maxCapture(maxCapture)
{
}

void JsonScanner::setLimits(qint64 maxValues, qint64 maxObjects)
{
    m_maxValues = maxValues;
    m_maxObjects = maxObjects;
}

bool JsonScanner::feed(const char *data, qint64 size)
{
    if (m_limitPassed)
        return false;
    if (m_captureKey.isEmpty())
        return count(data, size);
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];

        // The captured value: it starts at the first character after its ':' and ends before the
        // ',' or '}' that closes its member, both outside strings in the top-level object.
        if (m_captureState == CaptureState::BeforeValue && !isJsonSpace(c))
            m_captureState = CaptureState::Value;
        if (m_captureState == CaptureState::Value) {
            if (!m_inString && m_depth == 1 && (c == ',' || c == '}')) {
                while (!m_captured.isEmpty() && isJsonSpace(m_captured.back()))
                    m_captured.chop(1);
                m_captureState = CaptureState::Done;
            } else if (m_captured.size() < m_maxCapture) {
                m_captured.append(c);
            } else {
                m_captured.clear();
                m_captureState = CaptureState::Failed;
            }
        }

        if (m_inString) {
            if (m_escaped) {
                m_escaped = false;
            } else if (c == '\\') {
                m_escaped = true;
            } else if (c == '"') {
                m_inString = false;
                if (m_inKey) {
                    m_inKey = false;
                    if (m_captureState == CaptureState::Idle && !m_captureKey.isEmpty() && m_key == m_captureKey)
                        m_captureState = CaptureState::AfterKey;
                    m_key.clear();
                }
                continue;
            }
            // A key longer than the one sought cannot match: no need to keep it all.
            if (m_inKey && m_key.size() <= m_captureKey.size())
                m_key.append(c);
            continue;
        }

        switch (c) {
        case '"':
            m_inString = true;
            if (m_depth == 1 && m_topIsObject && m_expectKey) {
                m_expectKey = false;
                m_inKey = true;
                m_key.clear();
            }
            break;
        case '{':
        case '[':
            ++m_values;
            if (c == '{')
                ++m_objects;
            if ((m_maxValues >= 0 && m_values > m_maxValues) || (m_maxObjects >= 0 && m_objects > m_maxObjects)) {
                m_limitPassed = true;
                return false;
            }
            if (++m_depth == 1) {
                m_topIsObject = c == '{';
                m_expectKey = m_topIsObject;
            }
            break;
        case ',':
            if (++m_values > m_maxValues && m_maxValues >= 0) {
                m_limitPassed = true;
                return false;
            }
            if (m_depth == 1 && m_topIsObject)
                m_expectKey = true;
            break;
        case '}':
        case ']':
            if (m_depth > 0 && --m_depth == 0)
                m_finished = true;
            break;
        case ':':
            if (m_depth == 1 && m_captureState == CaptureState::AfterKey)
                m_captureState = CaptureState::BeforeValue;
            break;
        default:
            break;
        }
    }
    return true;
}

namespace {

struct StructuralTable
{
    constexpr StructuralTable()
    {
        for (const char c : {'"', '{', '[', ',', '}', ']'})
            structural[uchar(c)] = true;
    }
    bool structural[256] = {};
};

constexpr StructuralTable Structural;

inline bool isStructural(char c)
{
    return Structural.structural[uchar(c)];
}

} // namespace

// The loader's pass over every byte of a project file: the same counts as feed() without the
// capture, in locals, at about twice the speed.
bool JsonScanner::count(const char *data, qint64 size)
{
    qint64 values = m_values;
    qint64 objects = m_objects;
    const qint64 maxValues = m_maxValues < 0 ? std::numeric_limits<qint64>::max() : m_maxValues;
    const qint64 maxObjects = m_maxObjects < 0 ? std::numeric_limits<qint64>::max() : m_maxObjects;
    int depth = m_depth;
    bool inString = m_inString;
    bool escaped = m_escaped;
    bool within = true;
    // Where the next '"' and '\\' are, found with memchr: most bytes are inside strings (review
    // texts), which are skipped whole instead of byte by byte.
    qint64 nextQuote = -1;
    qint64 nextBackslash = -1;
    const auto find = [data, size](qint64 from, char c) {
        const void *p = std::memchr(data + from, c, size_t(size - from));
        return p ? qint64(static_cast<const char *>(p) - data) : size;
    };
    for (qint64 i = 0; i < size; ++i) {
        if (inString) {
            if (escaped) {
                escaped = false;
                continue;
            }
            if (nextQuote < i)
                nextQuote = find(i, '"');
            if (nextBackslash < i)
                nextBackslash = find(i, '\\');
            i = qMin(nextQuote, nextBackslash);
            if (i == size)
                break;
            if (data[i] == '\\')
                escaped = true;
            else
                inString = false;
            continue;
        }
        // Past what is neither a string nor a bracket nor a comma (indentation, numbers, colons) in one tight loop.
        while (i < size && !isStructural(data[i]))
            ++i;
        if (i == size)
            break;
        const char c = data[i];
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[' || c == ',') {
            if (++values > maxValues || (c == '{' && ++objects > maxObjects)) {
                within = false;
                break;
            }
            if (c != ',' && ++depth == 1)
                m_topIsObject = c == '{';
        } else if ((c == '}' || c == ']') && depth > 0 && --depth == 0) {
            m_finished = true;
        }
    }
    m_values = values;
    m_objects = objects;
    m_depth = depth;
    m_inString = inString;
    m_escaped = escaped;
    m_limitPassed = !within;
    return within;
}

bool JsonScanner::withinLimits(const QByteArray &json, qint64 maxValues, qint64 maxObjects)
{
    // Every '{', '[' and ',' counted, in strings too, bounds what the exact count can find, and
    // costs a tenth of it: a real project (mostly review text) is known to be within limits
    // without following its strings; only a file near or past a limit is counted exactly.
    qint64 values = 0;
    qint64 objects = 0;
    countStructuralBytes(json.constData(), json.size(), &values, &objects);
    if ((maxValues < 0 || values <= maxValues) && (maxObjects < 0 || objects <= maxObjects))
        return true;
    JsonScanner scanner;
    scanner.setLimits(maxValues, maxObjects);
    return scanner.feed(json);
}

QByteArray JsonScanner::topLevelMember(QIODevice *device, const QByteArray &key, qint64 maxBytes, qint64 maxCapture)
{
    JsonScanner scanner(key, maxCapture);
    constexpr qint64 ChunkSize = 64 * 1024;
    qint64 total = 0;
    while (total < maxBytes) {
        const QByteArray chunk = device->read(qMin(ChunkSize, maxBytes - total));
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        scanner.feed(chunk);
        if (scanner.hasCapture())
            return scanner.captured();
        if (scanner.finished() || scanner.m_captureState == CaptureState::Failed)
            break;
    }
    return {};
}

} // namespace Revmark
