# Included from tests/CMakeLists.txt: the editor's headless smoke tests. Each boots attune-editor
# on a shipped level under xvfb-run (or SDL's offscreen driver), writes a screenshot on the last
# frame and checks the PNG is big enough and not blank (run_smoke.cmake).
add_executable(attune_editor_png_check ${CMAKE_CURRENT_LIST_DIR}/png_check.cpp)
target_link_libraries(attune_editor_png_check PRIVATE PkgConfig::IMGUI)
find_program(XVFB_RUN xvfb-run)
set(editor_screens ${CMAKE_BINARY_DIR}/screens)
set(editor_level ${PROJECT_SOURCE_DIR}/levels/15-busy-afternoon.json)
# attune_editor_smoke(NAME WHAT ARGS...): one CTest per view.
function(attune_editor_smoke name what)
  string(REPLACE ";" " " args "${ARGN}")
  set(test_name "Editor: ${what} headless and writes a screenshot")
  add_test(NAME "${test_name}"
           COMMAND ${CMAKE_COMMAND} -DEDITOR=$<TARGET_FILE:attune-editor>
                   -DCHECK=$<TARGET_FILE:attune_editor_png_check> -DXVFB_RUN=${XVFB_RUN}
                   -DCONFIG_DIR=${CMAKE_CURRENT_BINARY_DIR}/editor-smoke-${name}
                   -DPNG=${editor_screens}/editor-${name}.png "-DARGS=${args}"
                   -P ${CMAKE_CURRENT_LIST_DIR}/run_smoke.cmake)
  set_tests_properties("${test_name}" PROPERTIES
                       ENVIRONMENT "SDL_AUDIODRIVER=dummy;ASAN_OPTIONS=detect_leaks=0;ATTUNE_ROOT=${PROJECT_SOURCE_DIR}"
                       LABELS "smoke" TIMEOUT 180)
endfunction()
attune_editor_smoke(level "it opens a shipped level" ${editor_level} --select 2 --quit-after 1)
attune_editor_smoke(playtest "a bot play-test runs" ${editor_level} --play-test sensitive --play-from 30 --quit-after 4)
