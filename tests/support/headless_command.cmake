# headless_command(OUT PROGRAM SCREEN): the command line that runs PROGRAM headless — under
# xvfb-run with a SCREEN-sized display (e.g. 1280x720) when XVFB_RUN is set, else with SDL's
# offscreen driver. Included by the smoke-test scripts in tests/app and tests/editor.
function(headless_command out program screen)
  if(XVFB_RUN)
    set(${out} ${XVFB_RUN} -a -s "-screen 0 ${screen}x24" ${program} PARENT_SCOPE)
  else()
    set(ENV{SDL_VIDEODRIVER} offscreen)
    set(${out} ${program} PARENT_SCOPE)
  endif()
endfunction()
