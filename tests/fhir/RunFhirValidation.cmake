# Exports the app's own generated diary as FHIR and validates it with the official R4 schema.
# Called by CTest with BINARY, NODE, SCRIPT, MODULES and WORK.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
set(ENV{NODE_PATH} ${MODULES})
execute_process(COMMAND ${BINARY} demo --database ${WORK}/demo.sqlite --nights 365 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "demo failed: ${rc}")
endif()
execute_process(COMMAND ${BINARY} export --format fhir --database ${WORK}/demo.sqlite --output ${WORK}/bundle.json
                        --name "Alex Example" --birth-date 1951-04-02 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "export failed: ${rc}")
endif()
execute_process(COMMAND ${NODE} ${SCRIPT} ${WORK}/bundle.json RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the FHIR bundle is not valid against the R4 schema")
endif()
