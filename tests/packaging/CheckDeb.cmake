# Builds the .deb with CPack, checks it holds everything a desktop app installs, and runs
# lintian on it: no errors allowed. Called by CTest with CPACK_CONFIG, LINTIAN and WORK.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND cpack --config ${CPACK_CONFIG} -G DEB -B ${WORK} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB deb ${WORK}/*.deb)
if(NOT deb)
  message(FATAL_ERROR "cpack wrote no .deb:\n${out}")
endif()
execute_process(COMMAND dpkg-deb --contents ${deb} OUTPUT_VARIABLE contents)
execute_process(COMMAND dpkg-deb --field ${deb} Depends OUTPUT_VARIABLE depends)
foreach(expected
    ./usr/bin/cramp-diary
    ./usr/share/applications/org.crampdiary.CrampDiary.desktop
    ./usr/share/metainfo/org.crampdiary.CrampDiary.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/org.crampdiary.CrampDiary.svg
    ./usr/share/icons/hicolor/48x48/apps/org.crampdiary.CrampDiary.png
    ./usr/share/man/man1/cramp-diary.1.gz
    ./usr/share/bash-completion/completions/cramp-diary
    ./usr/share/doc/cramp-diary/copyright)
  string(FIND "${contents}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the .deb lacks ${expected}:\n${contents}")
  endif()
endforeach()
foreach(library libqt6widgets6 libsqlite3 libsodium qt6-qpa-plugins)
  string(FIND "${depends}" "${library}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the .deb does not depend on ${library}: ${depends}")
  endif()
endforeach()
execute_process(COMMAND ${LINTIAN} --fail-on error --tag-display-limit 0 ${deb} RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE report)
message(STATUS "lintian:\n${report}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lintian found errors in ${deb}")
endif()
