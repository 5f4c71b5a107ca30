# Builds the release as Debian would ship it (its own tree, hardening flags, stripped), packs
# the .deb with CPack and checks it: everything a desktop app installs, the dependencies, a
# hardened binary (BIND_NOW, fortified libc calls), lintian --pedantic -I with no tag left
# unexplained, and the diary's MIME type as a file manager sees it.
# Called by CTest with SOURCE_DIR, LINTIAN and WORK.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "${command} failed:\n${out}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

set(release ${WORK}/release) # kept between runs, so a second run builds only what changed
if(NOT EXISTS ${release}/build.ninja)
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${release} -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRAMP_BUILD_TESTS=OFF)
endif()
run(${CMAKE_COMMAND} --build ${release})
file(REMOVE_RECURSE ${WORK}/deb ${WORK}/root ${WORK}/mime ${WORK}/home)
run(cpack --config ${release}/CPackConfig.cmake -G DEB -B ${WORK}/deb)
file(GLOB deb ${WORK}/deb/*.deb)
if(NOT deb)
  message(FATAL_ERROR "cpack wrote no .deb:\n${out}")
endif()

execute_process(COMMAND dpkg-deb --contents ${deb} OUTPUT_VARIABLE contents)
foreach(expected
    ./usr/bin/cramp-diary
    ./usr/share/applications/org.crampdiary.CrampDiary.desktop
    ./usr/share/metainfo/org.crampdiary.CrampDiary.metainfo.xml
    ./usr/share/mime/packages/org.crampdiary.CrampDiary.xml
    ./usr/share/icons/hicolor/scalable/apps/org.crampdiary.CrampDiary.svg
    ./usr/share/icons/hicolor/48x48/apps/org.crampdiary.CrampDiary.png
    ./usr/share/man/man1/cramp-diary.1.gz
    ./usr/share/bash-completion/completions/cramp-diary
    ./usr/share/doc/cramp-diary/copyright
    ./usr/share/doc/cramp-diary/csv.md
    ./usr/share/doc/cramp-diary/experiments.md)
  string(FIND "${contents}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the .deb lacks ${expected}:\n${contents}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb --field ${deb} Depends OUTPUT_VARIABLE depends)
execute_process(COMMAND dpkg-deb --field ${deb} Recommends OUTPUT_VARIABLE recommends)
foreach(library libqt6widgets6 libsqlite3 libsodium libqt6svg6)
  string(FIND "${depends}" "${library}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the .deb does not depend on ${library}: ${depends}")
  endif()
endforeach()
# The X11 and offscreen plugins come with libqt6gui6; qt6-qpa-plugins would add nothing.
string(FIND "${depends}" "qt6-qpa-plugins" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "the .deb depends on qt6-qpa-plugins, which adds nothing on Debian 12: ${depends}")
endif()
string(FIND "${recommends}" "qt6-wayland" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the .deb does not recommend qt6-wayland: ${recommends}")
endif()

# Hardened as dpkg-buildflags would have it, and stripped.
run(dpkg-deb -x ${deb} ${WORK}/root)
set(binary ${WORK}/root/usr/bin/cramp-diary)
run(readelf -d -W ${binary})
if(NOT out MATCHES "BIND_NOW" AND NOT out MATCHES "FLAGS_1[^\n]*NOW")
  message(FATAL_ERROR "the binary is not bound at start (no BIND_NOW):\n${out}")
endif()
run(readelf --dyn-syms -W ${binary})
if(NOT out MATCHES "__stack_chk_fail@")
  message(FATAL_ERROR "the binary has no stack protector (-fstack-protector-strong)")
endif()
# Fortified calls: every file of the release is compiled with _FORTIFY_SOURCE=2 (it shows in
# a binary only where a call's size is unknown at compile time; see the lintian note below).
file(READ ${release}/compile_commands.json commands)
string(REGEX MATCHALL "\"file\":" compiles "${commands}")
list(LENGTH compiles compiled)
string(REGEX MATCHALL "-D_FORTIFY_SOURCE=2" fortified "${commands}")
list(LENGTH fortified fortified)
if(compiled EQUAL 0 OR NOT fortified EQUAL compiled)
  message(FATAL_ERROR "${fortified} of ${compiled} files of the release are compiled with _FORTIFY_SOURCE=2")
endif()
run(readelf -S -W ${binary})
if(out MATCHES " \\.comment ")
  message(FATAL_ERROR "the binary keeps its .comment section: not stripped as dh_strip would")
endif()

# Every tag lintian has, pedantic and informational ones included, must be none or one
# explained here.
set(explained_tags
    # Built with -D_FORTIFY_SOURCE=2 (checked above), but the compiler proved every libc call
    # of the program safe or could not know a size: its memcpy/memset/memmove come from Qt and
    # standard containers writing to heap buffers. Lintian's own description of the tag says a
    # program can legitimately have no fortified calls.
    hardening-no-fortify-functions)
set(suppress "")
if(explained_tags)
  list(JOIN explained_tags "," joined)
  set(suppress --suppress-tags ${joined})
endif()
execute_process(COMMAND ${LINTIAN} --pedantic -I --tag-display-limit 0 ${suppress} ${deb}
                RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE errors)
message(STATUS "lintian --pedantic -I:\n${report}")
if(report MATCHES "(^|\n)[EWIPX]: ")
  message(FATAL_ERROR "lintian reports tags nobody explained:\n${report}")
endif()

# The diary's own MIME type, installed into a test prefix, as a file manager sees it: a
# diary is application/x-cramp-diary, a plain SQLite file is not, and the launcher opens it.
set(prefix ${WORK}/mime)
file(MAKE_DIRECTORY ${prefix}/mime/packages ${prefix}/applications)
file(COPY /usr/share/mime/packages/freedesktop.org.xml DESTINATION ${prefix}/mime/packages)
file(COPY ${WORK}/root/usr/share/mime/packages/org.crampdiary.CrampDiary.xml DESTINATION ${prefix}/mime/packages)
file(COPY ${WORK}/root/usr/share/applications/org.crampdiary.CrampDiary.desktop DESTINATION ${prefix}/applications)
run(update-mime-database ${prefix}/mime)
run(update-desktop-database ${prefix}/applications)
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/.config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/.local/share)
set(ENV{XDG_DATA_DIRS} ${prefix})
set(ENV{XDG_CURRENT_DESKTOP} GNOME) # xdg-mime asks GLib, which reads the shared MIME database
run(${binary} log --at 03:00 --database ${WORK}/home/diary.sqlite)
run(sqlite3 ${WORK}/home/plain.sqlite "CREATE TABLE t (x)")
run(xdg-mime query filetype ${WORK}/home/diary.sqlite)
string(STRIP "${out}" diary_type)
run(xdg-mime query filetype ${WORK}/home/plain.sqlite)
string(STRIP "${out}" plain_type)
run(xdg-mime query default application/x-cramp-diary)
string(STRIP "${out}" opener)
if(NOT diary_type STREQUAL "application/x-cramp-diary" OR plain_type STREQUAL "application/x-cramp-diary"
   OR NOT opener STREQUAL "org.crampdiary.CrampDiary.desktop")
  message(FATAL_ERROR "MIME: a diary is '${diary_type}', a plain SQLite file '${plain_type}', and diaries open "
                      "with '${opener}'")
endif()
message(STATUS "A diary is ${diary_type} (plain SQLite: ${plain_type}), opened by ${opener}")
