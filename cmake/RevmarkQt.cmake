# SPDX-License-Identifier: GPL-3.0-or-later
# Finds Qt 6 (default) or Qt 5.15 and KSyntaxHighlighting (KF6 with Qt 6, KF5 with Qt 5).
# Everything else in the tree uses the versionless Qt:: targets and the variables set here:
#   REVMARK_QT_MAJOR            5 or 6
#   REVMARK_UNDO_TARGET         the Qt target that provides QUndoStack (Qt 6: Gui, Qt 5: Widgets)
#   REVMARK_HAVE_SYNTAX         ON when KSyntaxHighlighting was found (target KF::SyntaxHighlighting;
#                               C++ macro REVMARK_KSYNTAX_VERSION, e.g. "6.13.0")
# REVMARK_SYNTAX (cache) chooses whether KSyntaxHighlighting (cues, suggestions, highlighted source)
# is built in: AUTO (default) uses KF6 with Qt 6 when it is installed (Debian 13 yes, Debian 12 no)
# and requires KF5 with Qt 5; ON requires it; OFF builds without it even where it is installed.
#   REVMARK_SVG_PLUGIN_PACKAGE  the Debian package holding Qt's SVG icon engine when libqt6svg6 does
#                               not (Qt 6.6 and later: qt6-svg-plugins); empty otherwise
#   REVMARK_LUPDATE, REVMARK_LRELEASE, REVMARK_RCC
#                               the tool targets of the Qt chosen (Qt 6's lupdate is not the one on
#                               PATH on Debian: that is Qt 5's); used by translations/ and its checks

set(REVMARK_QT_MAJOR 6 CACHE STRING "Qt major version to build against (6 or 5)")
set_property(CACHE REVMARK_QT_MAJOR PROPERTY STRINGS 6 5)
set(REVMARK_SYNTAX AUTO CACHE STRING "Build with KSyntaxHighlighting: AUTO, ON or OFF")
set_property(CACHE REVMARK_SYNTAX PROPERTY STRINGS AUTO ON OFF)
if(NOT REVMARK_SYNTAX MATCHES "^(AUTO|ON|OFF)$")
    message(FATAL_ERROR "REVMARK_SYNTAX must be AUTO, ON or OFF, not ${REVMARK_SYNTAX}")
endif()

if(REVMARK_QT_MAJOR EQUAL 6)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Network Test LinguistTools)
    set(REVMARK_UNDO_TARGET Qt::Gui)
    # Qt 6.4 is what Debian 12 ships: fail on anything deprecated up to it. What a later Qt
    # deprecates (Debian 13: 6.8) warns there, and -Werror (the presets) makes that fail too.
    add_compile_definitions(QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    set(REVMARK_HAVE_SYNTAX OFF)
    if(REVMARK_SYNTAX STREQUAL "ON")
        find_package(KF6SyntaxHighlighting REQUIRED)
    elseif(REVMARK_SYNTAX STREQUAL "AUTO")
        find_package(KF6SyntaxHighlighting QUIET)
    endif()
    if(KF6SyntaxHighlighting_FOUND AND NOT REVMARK_SYNTAX STREQUAL "OFF")
        add_library(KF::SyntaxHighlighting ALIAS KF6::SyntaxHighlighting)
        set(REVMARK_HAVE_SYNTAX ON)
        set(syntax_version ${KF6SyntaxHighlighting_VERSION})
    endif()
    set(REVMARK_SVG_PLUGIN_PACKAGE "")
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.6)
        set(REVMARK_SVG_PLUGIN_PACKAGE qt6-svg-plugins)
    endif()
    set(REVMARK_LUPDATE Qt6::lupdate)
    set(REVMARK_LRELEASE Qt6::lrelease)
    set(REVMARK_RCC Qt6::rcc)
elseif(REVMARK_QT_MAJOR EQUAL 5)
    find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Network Test LinguistTools)
    set(REVMARK_UNDO_TARGET Qt::Widgets)
    add_compile_definitions(QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
    # Debian 12 packages KSyntaxHighlighting for Qt 5 only; the Qt 5 variant requires it
    # unless REVMARK_SYNTAX is OFF.
    set(REVMARK_HAVE_SYNTAX OFF)
    if(NOT REVMARK_SYNTAX STREQUAL "OFF")
        find_package(KF5SyntaxHighlighting 5.90 REQUIRED)
        add_library(KF::SyntaxHighlighting INTERFACE IMPORTED)
        target_link_libraries(KF::SyntaxHighlighting INTERFACE KF5::SyntaxHighlighting)
        set(REVMARK_HAVE_SYNTAX ON)
        set(syntax_version ${KF5SyntaxHighlighting_VERSION})
    endif()
    set(REVMARK_LUPDATE Qt5::lupdate)
    set(REVMARK_LRELEASE Qt5::lrelease)
    set(REVMARK_RCC Qt5::rcc)
else()
    message(FATAL_ERROR "REVMARK_QT_MAJOR must be 5 or 6, not ${REVMARK_QT_MAJOR}")
endif()

# KSyntaxHighlighting's version for the About box: its header's macro is named differently in
# KF5 (SyntaxHighlighting_VERSION_STRING) and KF6 (KSYNTAXHIGHLIGHTING_VERSION_STRING).
if(REVMARK_HAVE_SYNTAX)
    add_compile_definitions(REVMARK_KSYNTAX_VERSION="${syntax_version}")
endif()

# Product code (not tests) may not build user-visible strings from bare char literals:
# every string is tr(), QStringLiteral or QLatin1String, so lupdate sees what users see.
function(revmark_strict_strings target)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING)
endfunction()
message(STATUS "Revmark: Qt ${REVMARK_QT_MAJOR}, KSyntaxHighlighting: ${REVMARK_HAVE_SYNTAX}")
