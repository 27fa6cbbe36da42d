// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for ProjectFile::parse. Besides crashes, leaks, undefined behaviour and
// timeouts it checks the contracts: a refused file has an error message, and what was read
// serializes into a file that reads back (writing what we read must never lose the project).
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
    const ProjectLoadResult result = ProjectFile::parse(data, fileName);
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
