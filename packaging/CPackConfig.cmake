# Packaging: `cpack -G DEB` and `cpack -G TGZ` in the build directory, after a build.
# Included at the end of the top-level CMakeLists.txt, when every target exists.

set(CPACK_PACKAGE_NAME "exotrunk-console")
set(CPACK_PACKAGE_VENDOR "Exotrunk")
set(CPACK_PACKAGE_CONTACT "Exotrunk Console maintainers <maintainers@exotrunk.app>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Exotel SIP trunks")
set(CPACK_PACKAGE_DESCRIPTION
    "Exotrunk Console lets support staff create and look after Exotel SIP\n"
    "trunks for many customer accounts: trunks, phone numbers, allowed IP\n"
    "addresses, destination URIs and credentials, with API tokens kept in\n"
    "the system keychain. It checks whether a trunk is ready for its purpose,\n"
    "explains SIP response codes and probes destinations, and includes a\n"
    "sandbox server for trying things out without touching a real account.")
string(CONCAT CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "exotrunk-console")
set(CPACK_STRIP_FILES ON)
# The licence (MIT, as About and the metainfo say) goes where Debian policy puts a package's
# copyright file; the tarball carries it at the same place under its top folder.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/exotrunk-console"
    RENAME copyright)
# What Debian policy asks of a package besides the program: a changelog (native package:
# changelog.gz) and a manual page, generated from `exotrunk-console --help` so the two never
# disagree. Both compressed without a timestamp (gzip -n), as lintian expects.
find_program(EXOTRUNK_GZIP gzip REQUIRED)
find_program(EXOTRUNK_HELP2MAN help2man REQUIRED)
set(exotrunk_doc_dir "${PROJECT_BINARY_DIR}/packaging")
configure_file("${PROJECT_SOURCE_DIR}/packaging/changelog.in" "${exotrunk_doc_dir}/changelog" @ONLY)
add_custom_command(OUTPUT "${exotrunk_doc_dir}/changelog.gz"
    COMMAND "${EXOTRUNK_GZIP}" -9nkf changelog
    WORKING_DIRECTORY "${exotrunk_doc_dir}"
    DEPENDS "${exotrunk_doc_dir}/changelog"
    VERBATIM)
# Run by its bare name (found on PATH), so the page says "exotrunk-console", not a build path.
# The sanitizer build's binary runs here too: no leak report on its way out of --help.
add_custom_command(OUTPUT "${exotrunk_doc_dir}/exotrunk-console.1.gz"
    COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
            "PATH=$<TARGET_FILE_DIR:exotrunk-console>:$ENV{PATH}"
            "${EXOTRUNK_HELP2MAN}" --no-info --section 1
            --name "desktop console for Exotel SIP trunks"
            --output exotrunk-console.1 exotrunk-console
    COMMAND "${EXOTRUNK_GZIP}" -9nf exotrunk-console.1
    WORKING_DIRECTORY "${exotrunk_doc_dir}"
    DEPENDS exotrunk-console
    VERBATIM)
add_custom_command(OUTPUT "${exotrunk_doc_dir}/exotrunkctl.1.gz"
    COMMAND "${CMAKE_COMMAND}" -E env ASAN_OPTIONS=detect_leaks=0
            "PATH=$<TARGET_FILE_DIR:exotrunkctl>:$ENV{PATH}"
            "${EXOTRUNK_HELP2MAN}" --no-info --section 1
            --name "script Exotel SIP trunks from the command line"
            --output exotrunkctl.1 exotrunkctl
    COMMAND "${EXOTRUNK_GZIP}" -9nf exotrunkctl.1
    WORKING_DIRECTORY "${exotrunk_doc_dir}"
    DEPENDS exotrunkctl
    VERBATIM)
add_custom_target(exotrunk_package_docs ALL
    DEPENDS "${exotrunk_doc_dir}/changelog.gz" "${exotrunk_doc_dir}/exotrunk-console.1.gz"
            "${exotrunk_doc_dir}/exotrunkctl.1.gz")
install(FILES "${exotrunk_doc_dir}/exotrunkctl.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/exotrunkctl.bash-completion"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions"
    RENAME exotrunkctl)
install(FILES "${exotrunk_doc_dir}/changelog.gz"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/exotrunk-console")
install(FILES "${exotrunk_doc_dir}/exotrunk-console.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
# Keep packaging runs out of the source tree whatever directory cpack is started from.
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

set(CPACK_DEBIAN_PACKAGE_NAME "exotrunk-console")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries the binary links are found by dpkg-shlibdeps (with versions). What it cannot see:
# libsecret is loaded by QtKeychain at run time, and the SVG icon needs Qt's SVG image plugins.
find_program(EXOTRUNK_DPKG_SHLIBDEPS dpkg-shlibdeps)
set(exotrunk_runtime_extra "libsecret-1-0, libqt6svg6 (>= 6.4)")
if(EXOTRUNK_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${exotrunk_runtime_extra}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6websockets6 (>= 6.4), libqt6keychain1 (>= 0.13), ${exotrunk_runtime_extra}")
endif()
# The Hindi interface needs a Devanagari font; minimal systems ship none.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-lohit-deva | fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

include(CPack)
