# Each rule of the figures is written once (issue: the same rule in three places drifted):
# the significance cut-off, the way a p-value is written, the default two-week baseline
# and the quarter that counts as a response. Fails naming every other place one appears.
# Run as: cmake -DSOURCE_DIR=<project root> -P CheckOneDefinition.cmake
cmake_minimum_required(VERSION 3.25)

# pattern | the one file allowed to hold it
set(rules
  "p(Value)? *<=? *0\\.05|q(Value)? *<=? *0\\.05|<=? *0\\.05\\)|core/analysis/Significance.h"
  "< 0\\.001|core/analysis/Significance.cpp"
  "addDays\\(13\\)|core/analysis/ReportFigures.cpp"
  "-25(\\.0)?[^0-9%]|core/analysis/ReportFigures.h")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
     ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(problems "")
foreach(rule IN LISTS rules)
  string(REGEX MATCH "^(.*)\\|([^|]*)$" _ "${rule}")
  set(pattern "${CMAKE_MATCH_1}")
  set(home "${CMAKE_MATCH_2}")
  foreach(source IN LISTS sources)
    if(source STREQUAL home)
      continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      string(STRIP "${line}" stripped)
      # Comments and translatable sentences may name the figure in words.
      if(stripped MATCHES "^//" OR stripped MATCHES "tr\\(" OR stripped MATCHES "^\"")
        continue()
      endif()
      string(APPEND problems "\n  ${source}: ${stripped}\n    belongs in ${home} alone")
    endforeach()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "A rule is written twice:${problems}")
endif()
message(STATUS "each rule has one definition")
