# The Debian package, built with CPack's DEB generator by deploy/build-package. The layout is
# Debian's: the binary in /usr/bin, the key tool in /usr/sbin, forms in /usr/share/intake-kiosk,
# units in /lib/systemd/system (bookworm's place for packaged units), users and directories
# declared for systemd-sysusers and systemd-tmpfiles, and the fonts taken from fonts-noto-core.
include(GNUInstallDirs)
# The package needs only the binary and the gzipped docs, which deploy/build-package builds;
# packaging must not rebuild every test first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(deploy "${CMAKE_SOURCE_DIR}/deploy")
set(doc_dir "share/doc/intake-kiosk")

install(TARGETS intake-kiosk RUNTIME DESTINATION bin)
install(DIRECTORY forms/ DESTINATION share/intake-kiosk/forms)
install(PROGRAMS "${deploy}/sbin/intake-kiosk-keys" DESTINATION sbin)
install(PROGRAMS "${deploy}/libexec/kiosk-session" DESTINATION libexec/intake-kiosk)
install(FILES "${deploy}/systemd/intake-kiosk.service"
              "${deploy}/systemd/intake-kiosk-out-of-order.service"
              "${deploy}/systemd/intake-kiosk-backup.service"
              "${deploy}/systemd/intake-kiosk-backup.timer"
        DESTINATION /lib/systemd/system)
install(FILES "${deploy}/debian/sysusers.conf" DESTINATION lib/sysusers.d RENAME intake-kiosk.conf)
install(FILES "${deploy}/debian/tmpfiles.conf" DESTINATION lib/tmpfiles.d RENAME intake-kiosk.conf)
install(FILES "${deploy}/debian/pam" DESTINATION /etc/pam.d RENAME intake-kiosk)
install(FILES "${deploy}/debian/intake-kiosk.default" DESTINATION /etc/default RENAME intake-kiosk)
install(FILES "${deploy}/debian/lintian-overrides" DESTINATION share/lintian/overrides
        RENAME intake-kiosk)
install(FILES "${deploy}/debian/copyright" DESTINATION "${doc_dir}")
install(FILES "${deploy}/README.md" DESTINATION "${doc_dir}" RENAME README.deploy.md)
install(FILES "${deploy}/debian/99-touch-calibration.rules.example" DESTINATION "${doc_dir}/examples")

# Debian wants the changelog and the manual page gzipped with -n (no name or time stamp), so
# the package is the same however often it is built.
set(generated_docs "${CMAKE_BINARY_DIR}/package-docs")
file(MAKE_DIRECTORY "${generated_docs}")
foreach(pair "changelog;${doc_dir}/changelog.Debian.gz" "intake-kiosk.1;share/man/man1/intake-kiosk.1.gz"
             "intake-kiosk-keys.8;share/man/man8/intake-kiosk-keys.8.gz")
  list(GET pair 0 source)
  list(GET pair 1 destination)
  get_filename_component(gz_name "${destination}" NAME)
  get_filename_component(gz_dir "${destination}" DIRECTORY)
  add_custom_command(OUTPUT "${generated_docs}/${gz_name}"
                     COMMAND gzip -9 -n -c "${deploy}/debian/${source}" > "${generated_docs}/${gz_name}"
                     DEPENDS "${deploy}/debian/${source}" VERBATIM)
  list(APPEND package_docs "${generated_docs}/${gz_name}")
  install(FILES "${generated_docs}/${gz_name}" DESTINATION "${gz_dir}")
endforeach()
add_custom_target(package_docs ALL DEPENDS ${package_docs})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME intake-kiosk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "intake-kiosk maintainers <it@intake-kiosk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "touchscreen check-in kiosk for aesthetic clinics")
# CPack puts the summary first itself; this is only the extended description (< 80 columns).
# CPack indents each line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A fullscreen station where a patient fills in the health questionnaire,
reads and initials the consent and signs it with a finger. Signed PDFs and
answers are kept in an encrypted SQLCipher store with an audit trail; staff
review flagged answers, countersign, print and export. The package runs it
in a sandboxed systemd service on tty1 under the cage compositor, with its
keys sealed by systemd-creds.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://intake-kiosk.invalid/")
# The shared libraries come from dpkg-shlibdeps; the rest is what the units and scripts run.
# libsqlcipher1 (>= 4) is only in bookworm-backports (bookworm itself has 3.4); icc-profiles-free
# holds the sRGB profile every PDF/A OutputIntent embeds; espeak-ng-data holds the read-aloud
# voices (en-us, es-419), which the kiosk names itself.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsqlcipher1 (>= 4), fonts-noto-core, icc-profiles-free, espeak-ng-data, systemd (>= 252), cage, xwayland, cups-client, openssl, tzdata, libpam-systemd, init-system-helpers (>= 1.54~)")
# systemd-creds loads the TPM2 libraries only when sealing with a TPM2.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libtss2-esys-3.0.2-0, libtss2-rc0, libtss2-mu0")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${deploy}/debian/postinst;${deploy}/debian/prerm;${deploy}/debian/postrm;${deploy}/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
