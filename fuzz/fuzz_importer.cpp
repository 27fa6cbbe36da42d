// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for Importer::importData and TextDecoder::decode. Built three times
// (fuzz/CMakeLists.txt) with REVMARK_FUZZ_FILE_NAME naming a .txt, .md or .html file, so each
// target drives one extractor. Besides crashes, leaks, undefined behaviour and timeouts it
// checks the documented contracts: canonical text is a fixed point of Importer::canonicalText,
// and a successful import has text.
#include "import/importer.h"
#include "import/textdecoder.h"
#include "model/limits.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef REVMARK_FUZZ_FILE_NAME
#error "REVMARK_FUZZ_FILE_NAME must name the file (its extension picks the format)"
#endif

namespace Revmark {
namespace {

[[noreturn]] void contractBroken(const char *what)
{
    std::fprintf(stderr, "fuzz_importer: contract broken: %s\n", what);
    std::abort();
}

void fuzzOne(const QByteArray &data)
{
    const DecodedText decoded = TextDecoder::decode(data);
    if (decoded.status == DecodedText::Status::Ok && decoded.text.isEmpty())
        contractBroken("TextDecoder::decode returned Ok with no text");
    (void)TextDecoder::isValidUtf8(data);

    const ImportResult result = Importer::importData(data, QStringLiteral(REVMARK_FUZZ_FILE_NAME));
    if (!result.ok) {
        if (result.error.isEmpty())
            contractBroken("a failed import has no error message");
        return;
    }
    if (result.review.text.isEmpty())
        contractBroken("a successful import has no text");
    if (Importer::canonicalText(result.review.text) != result.review.text)
        contractBroken("imported text is not canonical (canonicalText is not idempotent)");
}

} // namespace
} // namespace Revmark

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Importer::importFile refuses larger files before reading them; so does importData.
    if (size > size_t(Revmark::Limits::MaxSourceFileSize) + 1)
        return 0;
    Revmark::fuzzOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
