# web_app.cmake — the browser app (included from CMakeLists.txt only under emcmake).
#
#   lede_imgui   Dear ImGui 1.90.1 + GLFW/OpenGL3 backends from ${LEDE_IMGUI_DIR} (static, built once)
#   lede_fonts   Noto Sans Regular/Bold subsets made with pyftsubset at build time (build/web/fonts/)
#   fallback fonts (Arabic, Hebrew, symbols, emoji, CJK tiers) subset by scripts/gen/fallback_fonts.py into
#                build/web/fallback-fonts/: NOT embedded; build-web.sh copies them to dist/fonts/ and the page
#                fetches one only when text needs it (src/app/text/glyph_needs.h, src/platform/font_loader.cpp)
#   text tables  bidi classes, mirroring, Arabic joining and forms from Debian's unicode-data (text_tables.py)
#   lede_web     src/app + src/platform + lede_core  ->  lede.js + lede.wasm, with the fonts and assets/articles
#                embedded. No analysis in it (it asks the worker): the core's Document model, codec, dates, text
#                import and library only, and no name tagger's model
#   lede_worker  lede_core + src/platform/worker  ->  lede-worker.js + .wasm: the analysis Web Worker's
#                module (no ImGui, no GL); fetches the name tagger's model (assets/models/lede-ner.bin) as a
#                static file of its own (src/platform/worker/ner_model_fetch.js, --pre-js); web/analysis-worker.js
#                runs it (lede_worker_offline, lede_offline: one file each, the worker's with the model embedded)
# scripts/build-web.sh configures this tree and copies the outputs, shell.html and web/*.js into dist/.

if(NOT EXISTS "${LEDE_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${LEDE_IMGUI_DIR}: run scripts/setup.sh")
endif()

# ---- Dear ImGui -------------------------------------------------------------------------------------
add_library(lede_imgui STATIC
  "${LEDE_IMGUI_DIR}/imgui.cpp"
  "${LEDE_IMGUI_DIR}/imgui_draw.cpp"
  "${LEDE_IMGUI_DIR}/imgui_tables.cpp"
  "${LEDE_IMGUI_DIR}/imgui_widgets.cpp"
  "${LEDE_IMGUI_DIR}/backends/imgui_impl_glfw.cpp"
  "${LEDE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(lede_imgui SYSTEM PUBLIC "${LEDE_IMGUI_DIR}" "${LEDE_IMGUI_DIR}/backends")
# IMGUI_USE_WCHAR32: code points above U+FFFF (emoji) get glyphs too.
target_compile_definitions(lede_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32)

# ---- fonts: subset of Debian's Noto Sans ---------------------------------------------------------------
set(LEDE_FONT_SOURCE_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "folder holding NotoSans-Regular.ttf")
set(LEDE_FONT_UNICODES "U+0020-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2116,U+2122,U+2190-2193,U+2212")
set(LEDE_FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
set(LEDE_FONT_FILES)
foreach(style Regular Bold)
  set(src "${LEDE_FONT_SOURCE_DIR}/NotoSans-${style}.ttf")
  set(out "${LEDE_FONT_DIR}/NotoSans-${style}.ttf")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${LEDE_FONT_DIR}"
    COMMAND pyftsubset "${src}" "--unicodes=${LEDE_FONT_UNICODES}" "--output-file=${out}"
            --layout-features=kern,liga --no-hinting --desubroutinize --name-IDs=0,1,2,3,4,5,6
    DEPENDS "${src}"
    COMMENT "Subsetting NotoSans-${style}.ttf"
    VERBATIM)
  list(APPEND LEDE_FONT_FILES "${out}")
endforeach()
add_custom_target(lede_fonts DEPENDS ${LEDE_FONT_FILES})

# ---- fallback fonts and Unicode text tables (generated C++ + font files) ---------------------------------
find_program(LEDE_HOST_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)  # Debian's, with fontTools
set(LEDE_FALLBACK_FONT_DIR "${CMAKE_BINARY_DIR}/fallback-fonts")
set(LEDE_FALLBACK_FACES_CPP "${CMAKE_BINARY_DIR}/generated/fallback_faces.cpp")
add_custom_command(OUTPUT "${LEDE_FALLBACK_FACES_CPP}"
  COMMAND "${LEDE_HOST_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/gen/fallback_fonts.py" "${LEDE_FALLBACK_FONT_DIR}" "${LEDE_FALLBACK_FACES_CPP}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/gen/fallback_fonts.py"
  COMMENT "Subsetting fallback fonts (Arabic, Hebrew, symbols, emoji, CJK tiers; a few minutes the first time)"
  VERBATIM)
set(LEDE_TEXT_TABLES_CPP "${CMAKE_BINARY_DIR}/generated/text_tables.cpp")
add_custom_command(OUTPUT "${LEDE_TEXT_TABLES_CPP}"
  COMMAND "${LEDE_HOST_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/gen/text_tables.py" "${LEDE_TEXT_TABLES_CPP}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/gen/text_tables.py" /usr/share/unicode/UnicodeData.txt
          /usr/share/unicode/ArabicShaping.txt /usr/share/unicode/BidiMirroring.txt
          /usr/share/unicode/extracted/DerivedBidiClass.txt
  COMMENT "Generating bidi and Arabic shaping tables from unicode-data"
  VERBATIM)
set(LEDE_TEXT_GENERATED "${LEDE_FALLBACK_FACES_CPP}" "${LEDE_TEXT_TABLES_CPP}")

# ---- the app ----------------------------------------------------------------------------------------
file(GLOB_RECURSE LEDE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp" "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
list(FILTER LEDE_APP_SOURCES EXCLUDE REGEX "/src/platform/worker/")  # the worker's own module, below
# The page analyses nothing itself (its worker does): without local_analysis.cpp nothing in it calls analyse(),
# so the linker leaves the analysis (entities, tagger, finders, gazetteers, model loading) out of lede.wasm
# (tests/browser/model.test.js checks that it stays out).
list(FILTER LEDE_APP_SOURCES EXCLUDE REGEX "/src/app/state/local_analysis\\.cpp$")
file(GLOB LEDE_ARTICLES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/articles/*.txt")
add_executable(lede_web ${LEDE_APP_SOURCES} ${LEDE_TEXT_GENERATED})
add_dependencies(lede_web lede_fonts)
target_link_libraries(lede_web PRIVATE lede_notes lede_core lede_imgui)
target_include_directories(lede_web PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_compile_options(lede_web PRIVATE -Wall -Wextra)
# GL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0: Emscripten otherwise enables every WebGL extension the browser
# offers when the context is made (~0.35 s of start-up in headless Chromium); ImGui's WebGL2 backend uses
# none of them. GL_PREINITIALIZED_CONTEXT=1: web/boot.js makes the WebGL context before lede.js has loaded.
# MAXIMUM_MEMORY=4GB (page and worker; Emscripten's default is 2 GB): a 50 MB article of figures needs more than
# 2 GB in each. Emscripten then makes its own JS use pointers unsigned; ours (web/*.js, EM_JS) says '>>> 0'
# wherever a pointer comes out of wasm.
set(LEDE_WEB_COMMON_LINK_OPTIONS
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sGL_PREINITIALIZED_CONTEXT=1
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sENVIRONMENT=web
  "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString"
  "--embed-file=${LEDE_FONT_DIR}@/assets/fonts"
  "--embed-file=${CMAKE_SOURCE_DIR}/assets/articles@/assets/articles")
if(NOT EXISTS "${LEDE_NER_MODEL}")
  message(FATAL_ERROR "the name tagger's model ${LEDE_NER_MODEL} is missing: run scripts/train-ner.sh")
endif()
set(LEDE_NER_FETCH_JS "${CMAKE_SOURCE_DIR}/src/platform/worker/ner_model_fetch.js")
set(LEDE_NER_EMBED "--embed-file=${LEDE_NER_MODEL}@/assets/models/lede-ner.bin")
target_link_options(lede_web PRIVATE ${LEDE_WEB_COMMON_LINK_OPTIONS} -sFORCE_FILESYSTEM=1)
set_target_properties(lede_web PROPERTIES OUTPUT_NAME lede SUFFIX ".js"
                      LINK_DEPENDS "${LEDE_FONT_FILES};${LEDE_ARTICLES}")

# ---- the analysis worker: the core alone, for a Web Worker (web/analysis-worker.js) -----------------------
set(LEDE_WORKER_LINK_OPTIONS -sENVIRONMENT=worker -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB "-sEXPORTED_RUNTIME_METHODS=ccall")
set(LEDE_WORKER_SOURCES "${CMAKE_SOURCE_DIR}/src/platform/worker/worker_main.cpp"
                        "${CMAKE_SOURCE_DIR}/src/platform/worker/ner_model_file.cpp")
add_executable(lede_worker ${LEDE_WORKER_SOURCES})
target_include_directories(lede_worker PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(lede_worker PRIVATE lede_core)
target_link_options(lede_worker PRIVATE ${LEDE_WORKER_LINK_OPTIONS} -sFORCE_FILESYSTEM=1 "--pre-js=${LEDE_NER_FETCH_JS}")
set_target_properties(lede_worker PROPERTIES OUTPUT_NAME lede-worker SUFFIX ".js" LINK_DEPENDS "${LEDE_NER_FETCH_JS}")
add_executable(lede_worker_offline EXCLUDE_FROM_ALL ${LEDE_WORKER_SOURCES})
target_include_directories(lede_worker_offline PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(lede_worker_offline PRIVATE lede_core)
target_link_options(lede_worker_offline PRIVATE ${LEDE_WORKER_LINK_OPTIONS} ${LEDE_NER_EMBED} -sSINGLE_FILE=1)
set_target_properties(lede_worker_offline PROPERTIES OUTPUT_NAME lede-worker-offline SUFFIX ".js" LINK_DEPENDS "${LEDE_NER_MODEL}")

# ---- unit tests of the app's pure parts (layout, find), as wasm under node: ctest in this tree ----------
set(LEDE_DOCTEST_INCLUDE "${CMAKE_BINARY_DIR}/doctest-include")   # only a symlink: never -I/usr/include
file(MAKE_DIRECTORY "${LEDE_DOCTEST_INCLUDE}")
if(NOT EXISTS "${LEDE_DOCTEST_INCLUDE}/doctest" AND EXISTS /usr/include/doctest)
  file(CREATE_LINK /usr/include/doctest "${LEDE_DOCTEST_INCLUDE}/doctest" SYMBOLIC)
endif()
file(GLOB_RECURSE LEDE_APP_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/app/*.cpp"
     "${CMAKE_SOURCE_DIR}/tests/platform/*.cpp")   # platform: its pure parts only (header-only, no Emscripten)
list(FILTER LEDE_APP_TEST_SOURCES EXCLUDE REGEX "/tests/app/userdata/")   # native: lede_app_logic_tests
file(GLOB LEDE_APP_TEXT_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/text/*.cpp")
add_executable(lede_app_tests EXCLUDE_FROM_ALL ${LEDE_APP_TEST_SOURCES} ${LEDE_APP_TEXT_SOURCES} ${LEDE_TEXT_GENERATED}
  "${CMAKE_SOURCE_DIR}/src/app/reader/reader_layout.cpp" "${CMAKE_SOURCE_DIR}/src/app/reader/find.cpp"
  "${CMAKE_SOURCE_DIR}/src/app/reader/highlights.cpp" "${CMAKE_SOURCE_DIR}/src/app/reader/smooth_scroll.cpp"
  "${CMAKE_SOURCE_DIR}/src/app/state/prefs.cpp")
target_include_directories(lede_app_tests PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_include_directories(lede_app_tests SYSTEM PRIVATE "${LEDE_DOCTEST_INCLUDE}")
target_link_libraries(lede_app_tests PRIVATE lede_core)
target_link_options(lede_app_tests PRIVATE -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sNODERAWFS=0)
enable_testing()
add_test(NAME app_unit_tests COMMAND lede_app_tests)

# ---- the one-file offline build: the same app with the wasm inlined (-sSINGLE_FILE=1) ------------------
# scripts/make-offline.py then inlines it, the page's scripts and styles into dist/lede-offline.html.
add_executable(lede_offline EXCLUDE_FROM_ALL ${LEDE_APP_SOURCES} ${LEDE_TEXT_GENERATED})
add_dependencies(lede_offline lede_fonts)
target_link_libraries(lede_offline PRIVATE lede_notes lede_core lede_imgui)
target_include_directories(lede_offline PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_link_options(lede_offline PRIVATE ${LEDE_WEB_COMMON_LINK_OPTIONS} -sSINGLE_FILE=1)
set_target_properties(lede_offline PROPERTIES OUTPUT_NAME lede-offline SUFFIX ".js"
                      LINK_DEPENDS "${LEDE_FONT_FILES};${LEDE_ARTICLES}")
