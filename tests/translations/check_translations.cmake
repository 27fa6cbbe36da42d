# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the translations. Run with cmake -P; variables:
#   MODE        finished: every message of the .ts files is translated (nothing unfinished,
#                         vanished or obsolete);
#               current:  lupdate, run on copies of the .ts files, finds nothing new or gone in
#                         the sources (else run the update_translations target and translate).
#   SOURCE_DIR  the source tree; TS_FILES, PLURAL_TS_FILES: names under translations/;
#   SCAN_DIRS   folders lupdate reads; LUPDATE: the Qt variant's lupdate; WORK_DIR: scratch.
cmake_minimum_required(VERSION 3.19)
foreach(list TS_FILES PLURAL_TS_FILES SCAN_DIRS)
    string(REPLACE "|" ";" ${list} "${${list}}")
endforeach()

# Fails listing each message whose translation is marked unfinished, vanished or obsolete.
function(check_finished file label)
    file(STRINGS ${file} lines ENCODING UTF-8)
    set(source "")
    set(problems "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)")
            string(REPLACE "</source>" "" source "${CMAKE_MATCH_1}")
        endif()
        if(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            string(APPEND problems "  ${CMAKE_MATCH_1}: ${source}\n")
        endif()
    endforeach()
    if(problems)
        message(SEND_ERROR "${label}:\n${problems}")
    endif()
endfunction()

if(MODE STREQUAL "finished")
    foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
        check_finished(${SOURCE_DIR}/translations/${ts} "translations/${ts} has messages to translate")
    endforeach()
elseif(MODE STREQUAL "current")
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${WORK_DIR})
    set(copies "")
    foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
        file(COPY ${SOURCE_DIR}/translations/${ts} DESTINATION ${WORK_DIR})
    endforeach()
    foreach(group TS_FILES PLURAL_TS_FILES)
        set(copies "")
        foreach(ts IN LISTS ${group})
            list(APPEND copies ${WORK_DIR}/${ts})
        endforeach()
        if(NOT copies)
            continue()
        endif()
        set(extra "")
        if(group STREQUAL "PLURAL_TS_FILES")
            set(extra -pluralonly)
        endif()
        # Without -no-obsolete: strings gone from the sources show up as vanished.
        execute_process(COMMAND ${LUPDATE} ${SCAN_DIRS} -locations none ${extra} -ts ${copies}
            WORKING_DIRECTORY ${SOURCE_DIR}
            RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
        endif()
    endforeach()
    foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
        check_finished(${WORK_DIR}/${ts}
            "translations/${ts} is not current with the sources (build the update_translations target, then translate)")
    endforeach()
else()
    message(FATAL_ERROR "MODE must be finished or current")
endif()
