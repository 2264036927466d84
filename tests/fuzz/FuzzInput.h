#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Every target implements the libFuzzer entry point; the replay runner (ReplayMain.cpp) calls it too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace danewerk::fuzz {

// The input as a QByteArray (a deep copy, so sanitizers see reads past the end of the fuzzer's buffer).
inline QByteArray inputBytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace danewerk::fuzz
