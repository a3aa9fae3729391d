# Drives a real mouse drag through attune's --inject (tests/app/data/*.inject: Walk and carry, then
# press on the baby at 1280x720 and drag side to side, one mouse position every 1/30 s), writes the
# run with --run-json and checks its safety_events: EXPECT "none" (a gentle drag) or
# "rough_handling" (a violent one).
cmake_minimum_required(VERSION 3.20)
file(READ ${INJECT_FILE} inject)
string(STRIP "${inject}" inject)
file(REMOVE_RECURSE ${DATA_DIR})
file(REMOVE ${RUN_JSON})
include(${CMAKE_CURRENT_LIST_DIR}/../support/headless_command.cmake)
headless_command(cmd ${ATTUNE} 1280x720)
execute_process(COMMAND ${cmd} --data-dir ${DATA_DIR} --screen play --level ${LEVEL} --quit-after ${QUIT_AFTER}
                        --inject ${inject} --run-json ${RUN_JSON}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 100)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "attune exited with ${rc}\n${out}\n${err}")
endif()
file(READ ${RUN_JSON} json)
string(JSON events GET "${json}" runs 0 safety_events)
string(JSON count LENGTH "${events}")
if(EXPECT STREQUAL "none")
  if(NOT count EQUAL 0)
    message(FATAL_ERROR "a gentle drag logged safety events: ${events}")
  endif()
else()
  if(count EQUAL 0)
    message(FATAL_ERROR "a violent drag logged no safety event")
  endif()
  string(JSON kind GET "${events}" 0 kind)
  if(NOT kind STREQUAL EXPECT)
    message(FATAL_ERROR "expected ${EXPECT}, found ${kind}: ${events}")
  endif()
endif()
message(STATUS "safety_events: ${events}")
