# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build folder writes revmark_<version>_<arch>.deb.
# Meant for the Qt 6 build (what Debian 12 users get); the Qt 5 build configures it too.
set(CPACK_PACKAGE_NAME revmark)
set(CPACK_PACKAGE_VENDOR "The Revmark developers")
set(CPACK_PACKAGE_VERSION ${Revmark_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review reader and annotator")
# Lines under 80 columns, as Debian's control files want; CPack indents them.
set(CPACK_PACKAGE_DESCRIPTION
    "Revmark opens reviews of one work side by side in columns and lets you mark
passages as praise or criticism with aspect tags and notes, keeping everything
in one portable project file. It imports plain text, Markdown and HTML, and
exports annotated reviews with their notes to PDF.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://revmark.github.io/")
set(CPACK_PACKAGE_CONTACT "The Revmark developers <revmark@users.noreply.github.com>")
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # revmark_0.1.0_amd64.deb
# dpkg-shlibdeps (dpkg-dev) computes the library dependencies; the rest are what it cannot see:
# the fonts the PDF export names explicitly.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-wqy-microhei, fonts-symbola")
# and the SVG icon engine, a plugin, which the bundled fallback icons need (see RevmarkQt.cmake).
if(REVMARK_SVG_PLUGIN_PACKAGE)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${REVMARK_SVG_PLUGIN_PACKAGE}")
endif()
if(REVMARK_QT_MAJOR EQUAL 6)
    # Native Wayland; without it Qt falls back to XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
else()
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qtwayland5")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Desktop database, MIME database and icon caches are refreshed by the dpkg triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme: no maintainer scripts needed.

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/" "/\\.flatpak-builder/")

include(CPack)
