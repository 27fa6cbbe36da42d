// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/highlightsegments.h"

#include <algorithm>

namespace Revmark {

QVector<HighlightSegment> HighlightSegments::compute(const QVector<Annotation> &annotations)
{
    // Sweep over sorted boundary events; the active set is small (overlaps are few), so a
    // sorted vector beats a tree here.
    struct Event
    {
        int position;
        bool opens;
        int index;
    };
    QVector<Event> events;
    events.reserve(annotations.size() * 2);
    for (int i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        if (a.end <= a.start)
            continue;
        events.append({a.start, true, i});
        events.append({a.end, false, i});
    }
    std::sort(events.begin(), events.end(), [](const Event &x, const Event &y) {
        if (x.position != y.position)
            return x.position < y.position;
        return !x.opens && y.opens; // close before open at the same position
    });

    QVector<HighlightSegment> segments;
    QVector<int> active;
    int i = 0;
    while (i < events.size()) {
        const int position = events.at(i).position;
        for (; i < events.size() && events.at(i).position == position; ++i) {
            const Event &ev = events.at(i);
            if (ev.opens)
                active.insert(std::lower_bound(active.begin(), active.end(), ev.index), ev.index);
            else
                active.erase(std::lower_bound(active.begin(), active.end(), ev.index));
        }
        if (active.isEmpty() || i >= events.size())
            continue;
        HighlightSegment segment;
        segment.start = position;
        segment.end = events.at(i).position;
        segment.annotations = active;
        for (int index : active) {
            if (annotations.at(index).polarity == Polarity::Praise)
                ++segment.praise;
            else
                ++segment.criticism;
        }
        segments.append(segment);
    }
    return segments;
}

} // namespace Revmark
