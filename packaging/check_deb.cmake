# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.19)
# Builds the .deb with CPack into a scratch folder of the build tree and checks its name, control
# fields and file list. Needs the build to be complete (CTest runs after it).
# Usage: cmake -DCPACK=... -DDPKG_DEB=... -DCONFIG=.../CPackConfig.cmake -DWORK_DIR=...
#              -DAPP_ID=... -DICON_SIZES=16;32... -DVERSION=0.1.0 -DSYNTAX=ON|OFF -P check_deb.cmake
# SYNTAX says whether the build has KSyntaxHighlighting (Debian 13: KF6): then the package must
# depend on the KF6 library and its program must report cues.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CPACK} -G DEB --config ${CONFIG} -B ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}${err}")
endif()
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()
get_filename_component(name ${debs} NAME)
if(NOT name MATCHES "^revmark_${VERSION}_[a-z0-9]+\\.deb$")
    message(FATAL_ERROR "unexpected package file name ${name}")
endif()

execute_process(COMMAND ${DPKG_DEB} -f ${debs} Package Version Depends Section Homepage Maintainer
                RESULT_VARIABLE rc OUTPUT_VARIABLE fields)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -f failed on ${name}")
endif()
foreach(needle "Package: revmark\n" "Version: ${VERSION}\n" "libqt6widgets6" "libqt6gui6"
        "fonts-dejavu-core" "fonts-wqy-microhei" "fonts-symbola" "Section: " "Homepage: https://"
        "Maintainer: ")
    string(FIND "${fields}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${name}: control fields lack '${needle}':\n${fields}")
    endif()
endforeach()

execute_process(COMMAND ${DPKG_DEB} -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed on ${name}")
endif()
set(expected ./usr/bin/revmark
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/mime/packages/${APP_ID}.xml
    ./usr/share/doc/revmark/copyright
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(f IN LISTS expected)
    string(FIND "${listing}" " ${f}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${name} lacks ${f}:\n${listing}")
    endif()
endforeach()
if(NOT listing MATCHES "-rwxr-xr-x root/root [^\n]* \\./usr/bin/revmark\n")
    message(FATAL_ERROR "${name}: /usr/bin/revmark is not an executable owned by root:\n${listing}")
endif()

# The packaged program itself says whether it has cues (--version needs no display).
if(SYNTAX AND NOT fields MATCHES "libkf6syntaxhighlighting6")
    message(FATAL_ERROR "${name}: built with KSyntaxHighlighting but does not depend on it:\n${fields}")
elseif(NOT SYNTAX AND fields MATCHES "syntaxhighlighting")
    message(FATAL_ERROR "${name}: built without KSyntaxHighlighting but depends on it:\n${fields}")
endif()
execute_process(COMMAND ${DPKG_DEB} -x ${debs} ${WORK_DIR}/root RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed on ${name}")
endif()
set(ENV{LANGUAGE} en)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${WORK_DIR}/root/usr/bin/revmark --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE version ERROR_VARIABLE version)
if(SYNTAX)
    set(cues yes)
else()
    set(cues no)
endif()
if(NOT rc EQUAL 0 OR NOT version MATCHES "cues [^\n]*: ${cues}\n")
    message(FATAL_ERROR "${name}: packaged revmark --version (${rc}) does not say cues: ${cues}:\n${version}")
endif()
message(STATUS "${name} OK:\n${fields}${version}")
