// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for ProjectFile::parse. Besides crashes, leaks, undefined behaviour and
// timeouts it checks the contracts: a refused file has an error message, what was read
// serializes into a file that reads back (writing what we read must never lose the project), and
// reading reviews on several threads gives what one thread gives.
#include "model/limits.h"
#include "project/projectfile.h"

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
    std::fprintf(stderr, "fuzz_projectfile: contract broken: %s\n", what);
    std::abort();
}

void fuzzOne(const QByteArray &data)
{
    const QString fileName = QStringLiteral("fuzz.revmark");
    ProjectLimits oneThread;
    oneThread.readerThreads = 1;
    const ProjectLoadResult result = ProjectFile::parse(data, fileName, oneThread);
    // On an eighth of the inputs only: starting threads would halve the fuzzer's pace.
    if (data.size() % 8 == 0) {
        ProjectLimits threads;
        threads.readerThreads = 3;
        const ProjectLoadResult parallel = ProjectFile::parse(data, fileName, threads);
        if (parallel.ok != result.ok || parallel.error != result.error
            || parallel.warnings.size() != result.warnings.size()
            || parallel.data.reviews.size() != result.data.reviews.size())
            contractBroken("reading on three threads differs from reading on one");
        for (qsizetype i = 0; i < result.data.reviews.size(); ++i) {
            const Review &a = parallel.data.reviews.at(i);
            const Review &b = result.data.reviews.at(i);
            if (a.text != b.text || a.annotations.size() != b.annotations.size() || a.orphans.size() != b.orphans.size())
                contractBroken("reading on three threads read a review differently");
        }
    }
    if (!result.ok) {
        if (result.error.isEmpty())
            contractBroken("a refused project file has no error message");
        return;
    }
    const QByteArray written = ProjectFile::serialize(result.data);
    const ProjectLoadResult reread = ProjectFile::parse(written, fileName);
    if (!reread.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(reread.error));
        contractBroken("a project that was read does not read back after writing it");
    }
    if (reread.data.reviews.size() != result.data.reviews.size())
        contractBroken("writing and reading back changed the number of reviews");
    for (qsizetype i = 0; i < result.data.reviews.size(); ++i) {
        if (reread.data.reviews.at(i).annotations.size() != result.data.reviews.at(i).annotations.size())
            contractBroken("writing and reading back lost or added annotations");
    }
}

} // namespace
} // namespace Revmark

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // ProjectFile::load refuses larger files before reading them.
    if (size > size_t(Revmark::Limits::MaxProjectFileSize))
        return 0;
    Revmark::fuzzOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
