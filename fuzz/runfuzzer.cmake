# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a bounded time (a CTest job; see fuzz/CMakeLists.txt).
#   cmake -DFUZZER=<exe> -DSEEDS=<seed folder> -DWORK=<scratch folder> -DSECONDS=<n> -P runfuzzer.cmake
# The seeds are copied into WORK/corpus, so new inputs never land in the source tree; a crashing
# input is written to WORK as crash-*, leak-* or timeout-* and its name is printed.
# Fails on any crash, leak, UBSan report (the targets are built with -fno-sanitize-recover) or
# timeout of a single input (> 10 s), and when an input needs more than 2 GB.
foreach(var FUZZER SEEDS WORK SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${SEEDS}/*)
if(NOT seeds)
    message(FATAL_ERROR "runfuzzer.cmake: no seeds in ${SEEDS}")
endif()
file(COPY ${seeds} DESTINATION ${WORK}/corpus)

set(ENV{ASAN_OPTIONS} "detect_leaks=1:abort_on_error=0")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1:halt_on_error=1")
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${WORK}/ ${WORK}/corpus
    WORKING_DIRECTORY ${WORK}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK}/crash-* ${WORK}/leak-* ${WORK}/timeout-* ${WORK}/oom-* ${WORK}/slow-unit-*)
    message(FATAL_ERROR "${FUZZER} failed (exit ${result}); input(s): ${artifacts}")
endif()
