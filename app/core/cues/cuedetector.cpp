// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/cuedetector.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "model/logging.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QElapsedTimer>
#include <QHash>

namespace Revmark {

namespace {

// Collects the runs KSyntaxHighlighting reports for one line into cues of the whole text.
class CueCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QVector<Cue> cues;

    void run(const QString &text)
    {
        KSyntaxHighlighting::State state;
        const QStringView view(text);
        int lineStart = 0;
        while (lineStart <= text.size()) {
            int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
            if (lineEnd < 0)
                lineEnd = int(text.size());
            m_lineOffset = lineStart;
            state = highlightLine(view.mid(lineStart, lineEnd - lineStart), state);
            lineStart = lineEnd + 1;
        }
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || !format.isValid())
            return;
        // Format names are compared once per format, not once per run: long reviews have
        // tens of thousands of runs but a definition has a handful of formats.
        auto it = m_kinds.constFind(format.id());
        if (it == m_kinds.cend()) {
            CueKind kind;
            it = m_kinds.insert(format.id(), cueKindFromAttribute(format.name(), &kind) ? int(kind) : -1);
        }
        if (it.value() < 0)
            return;
        const auto kind = CueKind(it.value());
        const int start = m_lineOffset + offset;
        // A rule may report a phrase in pieces; one cue per contiguous run of a kind.
        if (!cues.isEmpty() && cues.last().end == start && cues.last().kind == kind) {
            cues.last().end = start + length;
            return;
        }
        cues.append(Cue{start, start + length, kind});
    }

private:
    QHash<quint16, int> m_kinds;
    int m_lineOffset = 0;
};

} // namespace

CueDetector::CueDetector(const QString &cueSet)
    : m_cueSet(cueSet)
{
    const KSyntaxHighlighting::Definition definition = CueRepository::repository().definitionForName(cueSet);
    m_valid = definition.isValid();
    if (!m_valid)
        qCWarning(lcCues, "no cue set named \"%s\"", qUtf8Printable(cueSet));
    else
        qCDebug(lcCues, "cue set \"%s\" loaded from %s", qUtf8Printable(cueSet), qUtf8Printable(definition.filePath()));
}

bool CueDetector::isValid() const
{
    return m_valid;
}

QString CueDetector::cueSet() const
{
    return m_cueSet;
}

QVector<Cue> CueDetector::detect(const QString &text) const
{
    if (!m_valid)
        return {};
    QElapsedTimer timer;
    if (lcCues().isDebugEnabled())
        timer.start();
    CueCollector collector;
    collector.setDefinition(CueRepository::repository().definitionForName(m_cueSet));
    collector.run(text);
    if (timer.isValid()) {
        qCDebug(lcCues, "%d cue(s) in %lld character(s) with \"%s\" in %lld ms", int(collector.cues.size()),
                qint64(text.size()), qUtf8Printable(m_cueSet), qint64(timer.elapsed()));
    }
    return collector.cues;
}

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
