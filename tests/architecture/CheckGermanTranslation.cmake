cmake_minimum_required(VERSION 3.25)
# Fails when a user-visible string has no German translation: lupdate brings the committed
# German file up to date with the code in a scratch copy, and every message it leaves
# unfinished is listed. Fix: translate it in resources/translations/cramp-diary_de.ts.
# Run as: cmake -DSOURCE_DIR=<project root> -DLUPDATE=<lupdate> -DWORK_DIR=<scratch> -P CheckGermanTranslation.cmake
set(copy ${WORK_DIR}/german-check.ts)
configure_file(${SOURCE_DIR}/resources/translations/cramp-diary_de.ts ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR} core ui app -ts ${copy}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "lupdate failed")
endif()
file(READ ${copy} text)
string(REGEX MATCHALL "<message[^>]*>[ \t\r\n]*<source>[^<]*</source>([ \t\r\n]*<comment>[^<]*</comment>)?[ \t\r\n]*<translation type=\"unfinished\""
       unfinished "${text}")
string(REGEX MATCHALL "<source>" all "${text}")
list(LENGTH all count)
if(count LESS 500)
  message(FATAL_ERROR "lupdate found only ${count} strings; is SOURCE_DIR right?")
endif()
if(unfinished)
  set(names "")
  foreach(message IN LISTS unfinished)
    string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" source "${message}")
    list(APPEND names "${source}")
  endforeach()
  list(LENGTH names missing)
  list(JOIN names "\n  " listed)
  message(FATAL_ERROR "${missing} of ${count} strings have no German translation:\n  ${listed}")
endif()
message(STATUS "All ${count} strings have a German translation")
