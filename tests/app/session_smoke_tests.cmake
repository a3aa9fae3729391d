# Headless smoke tests of the facilitator screens (included from tests/app/CMakeLists.txt).
set(sessions ${PROJECT_SOURCE_DIR}/tests/data/sessions)
# attune_session_smoke(NAME SESSION_FILE ARGS...)
function(attune_session_smoke name session)
  string(REPLACE ";" " " args "${ARGN}")
  add_test(NAME "Game: the facilitator ${name} screen opens headless and draws a screenshot"
           COMMAND ${CMAKE_COMMAND} -DATTUNE=$<TARGET_FILE:attune> -DCHECK=$<TARGET_FILE:attune_png_check>
                   -DXVFB_RUN=${XVFB_RUN} -DDATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/smoke-data-session-${name}
                   -DSESSION=${sessions}/${session} -DPNG=${screens_dir}/session-${name}.png "-DARGS=${args}"
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/session_smoke.cmake)
  set_tests_properties("Game: the facilitator ${name} screen opens headless and draws a screenshot" PROPERTIES
                       ENVIRONMENT "SDL_AUDIODRIVER=dummy;ASAN_OPTIONS=detect_leaks=0;ATTUNE_ROOT=${PROJECT_SOURCE_DIR}"
                       LABELS "smoke" TIMEOUT 180 RESOURCE_LOCK attune_display)
endfunction()
attune_session_smoke(setup class.session.json --screen session --quit-after 1)
attune_session_smoke(debrief class.session.json --screen debrief --quit-after 1)
attune_session_smoke(replay class.session.json --screen replay --quit-after 12)
# An interrupted session resumes at its next turn; a bot plays it until the first cue's discussion
# (cue at 5 s; --autoplay reveals the card after 1 s and continues after 2 s).
attune_session_smoke(turn interrupted.session.json --screen turn --autoplay sensitive --quit-after 6.5)
# With --autoplay, discussion cards time out: a pause-on-cue turn with a 10 s limit plays to its end
# and is saved with its unfinished need.
add_test(NAME "Game: --autoplay plays through discussion cards and saves a time-limited turn"
         COMMAND ${CMAKE_COMMAND} -DATTUNE=$<TARGET_FILE:attune> -DXVFB_RUN=${XVFB_RUN}
                 -DDATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/smoke-data-session-autoplay
                 -DSESSION=${sessions}/interrupted.session.json
                 -DPNG=${screens_dir}/session-autoplay.png
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/session_autoplay.cmake)
set_tests_properties("Game: --autoplay plays through discussion cards and saves a time-limited turn"
                     PROPERTIES ENVIRONMENT "SDL_AUDIODRIVER=dummy;ASAN_OPTIONS=detect_leaks=0;ATTUNE_ROOT=${PROJECT_SOURCE_DIR}"
                     LABELS "smoke" TIMEOUT 180 RESOURCE_LOCK attune_display)
# The game's --level with a broken file exits 1 with the file's PATH:LINE:COL message.
add_test(NAME "Game: --level with a broken level file exits 1 and says where the problem is"
         COMMAND ${CMAKE_COMMAND} -DATTUNE=$<TARGET_FILE:attune> -DXVFB_RUN=${XVFB_RUN}
                 -DDATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/smoke-data-bad-level
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/bad_level.cmake)
set_tests_properties("Game: --level with a broken level file exits 1 and says where the problem is"
                     PROPERTIES ENVIRONMENT "SDL_AUDIODRIVER=dummy;ASAN_OPTIONS=detect_leaks=0;ATTUNE_ROOT=${PROJECT_SOURCE_DIR}"
                     LABELS "smoke" TIMEOUT 120 RESOURCE_LOCK attune_display)
