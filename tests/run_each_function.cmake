# Runs every QtTest function of one suite in a process of its own (`<exe> <function>`, with
# initTestCase/cleanupTestCase around it as usual), so a function that passes only after another
# has left state behind (settings, files, a loaded model, a static) fails here.
# CTest runs it as `cmake -DEXE=<suite executable> -P run_each_function.cmake` (the test
# <suite>_each_function, beside the whole-suite run). Fails listing every function that failed;
# a QSKIP line is passed through so CTest's SKIP_REGULAR_EXPRESSION still sees it.
execute_process(COMMAND ${EXE} -functions OUTPUT_VARIABLE listing ERROR_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} -functions failed (${rc})")
endif()
string(REGEX MATCHALL "[A-Za-z_][A-Za-z0-9_]*\\(\\)" functions "${listing}")
list(LENGTH functions count)
if(count EQUAL 0)
  message(FATAL_ERROR "${EXE} -functions listed no test function")
endif()

set(failed "")
foreach(call ${functions})
  string(REPLACE "()" "" function ${call})
  string(TIMESTAMP start "%s")
  execute_process(COMMAND ${EXE} ${function} OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
  string(TIMESTAMP end "%s")
  math(EXPR seconds "${end} - ${start}")
  if(rc EQUAL 0)
    message("PASS ${function} (alone, ${seconds} s)")
    string(REGEX MATCHALL "SKIP   : [^\n]*" skips "${out}")
    foreach(line ${skips})
      message("${line}")
    endforeach()
  else()
    message("FAIL ${function} (alone, exit ${rc}):\n${out}")
    list(APPEND failed ${function})
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "run alone, these functions failed: ${failed}")
endif()
message("all ${count} functions pass, each in a process of its own")
