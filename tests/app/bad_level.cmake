# Runs attune --level on a broken level file: it must exit 1 and print the PATH:LINE:COL message,
# not play level 1.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE ${DATA_DIR})
file(MAKE_DIRECTORY ${DATA_DIR})
set(bad ${DATA_DIR}/bad-level.json)
file(WRITE ${bad} "{\n  \"format_version\": 1,\n  \"id\": \"bad\",\n  \"duration_s\": NaN\n}\n")
include(${CMAKE_CURRENT_LIST_DIR}/../support/headless_command.cmake)
headless_command(cmd ${ATTUNE} 1280x720)
execute_process(COMMAND ${cmd} --data-dir ${DATA_DIR} --level ${bad} --quit-after 1
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "attune --level BAD exited with ${rc}, expected 1\n${out}\n${err}")
endif()
if(NOT err MATCHES "bad-level.json:4:[0-9]+: error: ")
  message(FATAL_ERROR "no PATH:LINE:COL message on stderr:\n${err}")
endif()
message(STATUS "${err}")
