# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.19)
# Installs the build into a fresh prefix and checks the tree: every file where the freedesktop
# specifications look for it, and the installed binary runs (--version).
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DICON_SIZES=16;32... -P check_install.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
include(GNUInstallDirs)
set(bindir ${CMAKE_INSTALL_BINDIR})
set(data ${CMAKE_INSTALL_DATADIR})
set(expected ${bindir}/revmark
    ${data}/applications/${APP_ID}.desktop
    ${data}/metainfo/${APP_ID}.metainfo.xml
    ${data}/mime/packages/${APP_ID}.xml
    ${data}/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected ${data}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(f IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${f})
        message(FATAL_ERROR "not installed: ${PREFIX}/${f}")
    endif()
endforeach()
execute_process(COMMAND ${PREFIX}/${bindir}/revmark --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "installed revmark --version failed (${rc}):\n${out}${err}")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "install tree OK: ${out}")
