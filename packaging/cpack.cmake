# Install layout and the Debian package (included from the top-level CMakeLists.txt).
#   /usr/bin/stipple, /usr/bin/stipple-cli            (app/CMakeLists.txt)
#   /usr/lib/stipple/libstipple_spm_shim.so            (core/CMakeLists.txt; found by shim_path())
#   /usr/share/stipple/{configs,models/stipple-shapes} (found by resources_dir(): <exe>/../share/stipple)
#   desktop entry, AppStream metainfo, hicolor icons, copyright
# `cmake --build <build> --target package` (or `packaging/setup.sh deb`) writes
# <build>/stipple_<version>_amd64.deb.

set(STIPPLE_APP_ID "io.github.stipple.Stipple")
# Where the project lives online: used for AppStream URLs and screenshots. Set it to the real one.
set(STIPPLE_HOMEPAGE "https://github.com/stipple-studio/stipple" CACHE STRING "Project homepage (AppStream, .deb)")
set(STIPPLE_RELEASE_DATE "2026-11-21")  # of PROJECT_VERSION, for the AppStream <release> entry; bump with the version

set(stipple_packaging ${CMAKE_SOURCE_DIR}/packaging)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/configs DESTINATION share/stipple)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/clip-tokenizer DESTINATION share/stipple)
# The built-in model folder ships whatever it holds (scene vocabulary now, weights once trained).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/models/stipple-shapes DESTINATION share/stipple/models)
install(FILES ${stipple_packaging}/${STIPPLE_APP_ID}.desktop DESTINATION share/applications)
configure_file(${stipple_packaging}/${STIPPLE_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/${STIPPLE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${STIPPLE_APP_ID}.metainfo.xml DESTINATION share/metainfo)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/icons/hicolor DESTINATION share/icons)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/stipple.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${stipple_packaging}/copyright DESTINATION share/doc/stipple)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stipple)
set(CPACK_PACKAGE_VENDOR "The Stipple contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop studio for text-to-image diffusion")
set(CPACK_PACKAGE_DESCRIPTION "Type a prompt and watch the image emerge from noise, step by step: Stipple runs \
Stable Diffusion models (SD 1.x, 2.x, SDXL, Turbo) and its own built-in model on the CPU, with a live preview \
of every step, a gallery and a history, and reproduces Hugging Face diffusers seed for seed. Includes stipple-cli.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # stipple_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Stipple contributors <maintainers@users.noreply.b-seed-212fddec.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${STIPPLE_HOMEPAGE})
# dpkg-shlibdeps finds the linked libraries (libtorch, Qt 6, OpenCV, ICU, OpenSSL, sentencepiece
# for the shim…); the rest is loaded at run time and must be named: the BLAS libtorch calls
# (OpenBLAS's OpenMP build, found through our RPATH: ~30x faster than the reference BLAS and 40 %
# faster than the pthread build beside libtorch's OpenMP), Qt's SQLite driver and platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-openmp, libtcmalloc-minimal4, libqt6sql6-sqlite, qt6-qpa-plugins, libsentencepiece0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, opencv-data")  # opencv-data: the face detailer's face cascade
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")  # the Simplified Chinese interface needs a CJK font
include(CPack)
