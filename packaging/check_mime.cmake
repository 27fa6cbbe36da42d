# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.19)
# Checks the shared-mime-info definition: well-formed XML, and update-mime-database compiles it
# into a private database (never the system one) with the glob, parent type and magic.
# Usage: cmake -DXMLLINT=... -DUPDATE_MIME_DATABASE=... -DMIME_XML=... -DWORK_DIR=... -P check_mime.cmake
execute_process(COMMAND ${XMLLINT} --noout ${MIME_XML} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xmllint rejects ${MIME_XML}")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/packages)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# update-mime-database reports unknown elements and bad patterns on stderr, often with exit 0.
string(REGEX REPLACE "Note that '[^']*' is not in the search path.*" "" err "${err}")
string(REGEX REPLACE "^[ \n]+|[ \n]+$" "" err "${err}")
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "update-mime-database failed (${rc}):\n${out}${err}")
endif()

function(expect file text)
    file(READ ${WORK_DIR}/${file} content)
    string(FIND "${content}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${file} lacks '${text}':\n${content}")
    endif()
endfunction()
expect(globs2 "application/x-revmark-project:*.revmark")
expect(subclasses "application/x-revmark-project application/json")
expect(magic "revmark-project")
expect(application/x-revmark-project.xml "Revmark project")
expect(globs2 "application/x-qdpx:*.qdpx")
expect(subclasses "application/x-qdpx application/zip")
message(STATUS "MIME definition OK")
