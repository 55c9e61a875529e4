# What `cmake --install` and the .deb (cpack -G DEB) put where, under the install prefix:
#   bin/scorecard
#   share/scorecard/templates/*.json    found by the program relative to bin/ (or the prefix)
#   share/man/man1/scorecard.1.gz       made by `scorecard --man-page`, the text of --help
#   share/doc/scorecard/                README and docs/
# The templates name their fonts (Liberation Sans, Debian's fonts-liberation2), which the .deb
# depends on.

install(TARGETS scorecard RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/output_templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/scorecard/templates
        FILES_MATCHING PATTERN "*.json")

# The man page comes from the program itself, so it cannot differ from --help; gzip -n keeps
# it byte-identical from build to build (Debian installs man pages compressed).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/scorecard.1.gz
                   COMMAND sh -c "'$<TARGET_FILE:scorecard>' --man-page > scorecard.1 && gzip -9nf scorecard.1"
                   WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
                   DEPENDS scorecard
                   COMMENT "Writing the man page scorecard.1.gz from scorecard --man-page" VERBATIM)
add_custom_target(scorecard_man_page ALL DEPENDS ${CMAKE_BINARY_DIR}/scorecard.1.gz)
install(FILES ${CMAKE_BINARY_DIR}/scorecard.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")

# cpack -G DEB (in the build folder): scorecard_VERSION-1_ARCH.deb for Debian 12, installing
# under /usr. Library dependencies are read from the binary by dpkg-shlibdeps.
set(SCORECARD_PACKAGE_CONTACT "scorecard maintainers" CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_NAME scorecard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${SCORECARD_PACKAGE_CONTACT})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "committee scorecards (Excel and PDF) from a raw performance-indicator table")
set(CPACK_PACKAGE_DESCRIPTION
    "Turns a council's raw performance-indicator table into an Excel workbook and a PDF scorecard in the committee-paper layout, repairing and reporting what PDF extraction breaks and re-deriving every trend and RAG rating.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# dpkg-shlibdeps adds the shared libraries the program links, among them libharfbuzz0b,
# libharfbuzz-subset0 and libfribidi0 (shaping and ordering right-to-left and joining scripts);
# they are named below as well, so the dependency holds when shlibdeps is turned off.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The fonts of the templates' chain (output_templates/*.json, fonts.families), and fontconfig
# to find them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fontconfig, fonts-liberation2, fonts-dejavu-core, fonts-noto-core, fonts-droid-fallback, fonts-symbola, libharfbuzz0b, libharfbuzz-subset0, libfribidi0")
include(CPack)
