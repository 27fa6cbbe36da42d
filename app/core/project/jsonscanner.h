// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace Revmark {

// One forward pass over JSON bytes that builds nothing: what the project loader and the recovery
// listing need to know about an untrusted file before (or instead of) handing it to
// QJsonDocument. Bytes may come in chunks of any size, split anywhere (inside a string or an
// escape too); memory stays bounded by the captured value.
//
// It counts values (one per '{', '[' and ',' outside strings: containers, members and items)
// and objects, and can capture the raw bytes of one member of the top-level object, found by
// its key wherever it stands among the other members: a key of a nested object, or the same
// characters inside a string, never matches. The key is compared as written in the file
// (escapes are not decoded), which is how Qt writes plain ASCII keys.
// The scanner does not validate: for malformed JSON its answers are merely bounded.
class JsonScanner
{
public:
    // Bytes of a captured value kept at most unless the caller says otherwise.
    static constexpr qint64 DefaultMaxCapture = 64 * 1024;

    // captureKey: the top-level member whose value to capture (none when empty); a value longer
    // than maxCapture bytes is not captured.
    explicit JsonScanner(const QByteArray &captureKey = QByteArray(), qint64 maxCapture = DefaultMaxCapture);

    // Scans the next bytes. Returns false, and ignores everything from then on, once more than
    // maxValues values or maxObjects objects have been seen (see setLimits()).
    bool feed(const char *data, qint64 size);
    bool feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }
    // No limits unless set; a negative limit means none.
    void setLimits(qint64 maxValues, qint64 maxObjects);

    qint64 values() const { return m_values; }
    qint64 objects() const { return m_objects; }
    bool limitPassed() const { return m_limitPassed; }

    // Whether the captured member's value was seen whole; then captured() holds its bytes (from
    // its first to its last character, white space around it left out).
    bool hasCapture() const { return m_captureState == CaptureState::Done; }
    QByteArray captured() const { return hasCapture() ? m_captured : QByteArray(); }
    // True once the top-level value has ended: nothing further can change the answers.
    bool finished() const { return m_finished; }

    // Counts json at once: false when it holds more than maxValues values or maxObjects objects.
    static bool withinLimits(const QByteArray &json, qint64 maxValues, qint64 maxObjects);
    // Reads device from its current position in chunks, at most maxBytes, stopping as soon as the
    // top-level member key has been read; returns its value's bytes, or an empty array when the
    // member is absent, too long (over maxCapture) or cut off.
    static QByteArray topLevelMember(QIODevice *device, const QByteArray &key, qint64 maxBytes,
                                     qint64 maxCapture = DefaultMaxCapture);

private:
    bool count(const char *data, qint64 size);

    enum class CaptureState { Idle, AfterKey, BeforeValue, Value, Done, Failed };

    QByteArray m_captureKey;
    qint64 m_maxCapture;
    qint64 m_maxValues = -1;
    qint64 m_maxObjects = -1;
    qint64 m_values = 0;
    qint64 m_objects = 0;
    int m_depth = 0;          // open objects and arrays
    bool m_topIsObject = false;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_expectKey = false; // in the top-level object, before a member's key
    bool m_limitPassed = false;
    bool m_finished = false;
    CaptureState m_captureState = CaptureState::Idle;
    bool m_inKey = false;   // in a key of the top-level object
    QByteArray m_key;      // that key, as far as it can match
    QByteArray m_captured; // the value being captured
};

} // namespace Revmark
