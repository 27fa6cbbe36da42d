// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the REFI-QDA reader: a zip (input starting with "PK") goes through
// QdpxImporter::parse (ZipArchive, then the XML), anything else through QdpxImporter::parseXml
// directly, so mutations reach the XML reader without having to keep a zip valid. Besides
// crashes, leaks, undefined behaviour and timeouts it checks the documented contracts: a
// failure has a message; what is read has canonical texts and annotations that merge into an
// empty project without being dropped.
#include "import/importer.h"
#include "interchange/annotationmerger.h"
#include "interchange/qdpximporter.h"
#include "interchange/ziparchive.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Revmark {
namespace {

[[noreturn]] void contractBroken(const char *what)
{
    std::fprintf(stderr, "fuzz_qdpx: contract broken: %s\n", what);
    std::abort();
}

void fuzzOne(const QByteArray &data)
{
    const QString name = QStringLiteral("fuzz.qdpx");
    // Small bounds keep each run fast; the checks are the same at any size.
    ZipArchive::Bounds bounds;
    bounds.maxEntries = 64;
    bounds.maxEntrySize = qint64(1) << 20;
    bounds.maxTotalSize = qint64(4) << 20;
    const QdpxContent content = data.startsWith("PK") ? QdpxImporter::parse(data, name, bounds)
                                                      : QdpxImporter::parseXml(data, nullptr, name);
    if (!content.ok) {
        if (content.error.isEmpty())
            contractBroken("a failed read has no error message");
        return;
    }
    for (const Review &review : content.sources) {
        if (Importer::canonicalText(review.text) != review.text)
            contractBroken("a source's text is not canonical");
    }
    const MergeResult merged = AnnotationMerger::merge({}, content.sources, content.tags, content.annotations, name);
    if (!merged.ok) {
        if (!content.sources.isEmpty() || content.annotations.isEmpty())
            contractBroken("a merge into an empty project failed although there were sources");
        return;
    }
    int kept = 0;
    for (const Review &review : merged.content.reviews) {
        kept += int(review.annotations.size() + review.orphans.size());
        for (const Annotation &a : review.annotations) {
            if (a.start < 0 || a.end < a.start || a.end > review.text.size())
                contractBroken("an imported annotation lies outside its text");
        }
    }
    if (kept + merged.report.duplicates != content.annotations.size())
        contractBroken("an annotation was dropped");
}

} // namespace
} // namespace Revmark

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(1) << 22)
        return 0;
    Revmark::fuzzOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
