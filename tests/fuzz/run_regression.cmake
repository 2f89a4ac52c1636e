# CTest `fuzz_regression`: builds tests/fuzz with clang into BINARY_DIR/fuzz and runs every target
# for a fixed number of inputs over its corpus (a regression check for crashes, hangs and leaks on
# known inputs and their mutations, not a time bound). Without clang it prints a SKIP line (CTest's
# SKIP_REGULAR_EXPRESSION counts it as skipped); with CI=true a missing clang fails, as setup.sh
# installs it.
find_program(CLANGXX clang++)
if(NOT CLANGXX)
  if("$ENV{CI}" STREQUAL "true")
    message(FATAL_ERROR "clang++ is missing (packaging/setup.sh installs clang and libclang-rt-14-dev)")
  endif()
  message("SKIP: clang++ is not installed; the fuzz targets need it")
  return()
endif()
set(dir ${BINARY_DIR}/fuzz)
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/fuzz -B ${dir} -DCMAKE_CXX_COMPILER=${CLANGXX}
                        -DCMAKE_BUILD_TYPE=RelWithDebInfo RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "configuring the fuzz targets failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${dir} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "building the fuzz targets failed")
endif()
foreach(target fuzz_prompt_syntax fuzz_infotext fuzz_safetensors fuzz_single_file_keys fuzz_png_text
               fuzz_clip_tokenizer fuzz_clip_vocab fuzz_config_json fuzz_sweep_axis fuzz_pickle
               fuzz_extra_networks fuzz_lora_file fuzz_onnx_signature)
  string(REPLACE "fuzz_" "" corpus ${target})
  # -runs: mutations beyond the corpus, the same count every run; -seed fixes them.
  # New inputs go to a scratch folder (libFuzzer writes into its first corpus folder), never
  # into the source tree.
  file(REMOVE_RECURSE ${dir}/found-${corpus})
  file(MAKE_DIRECTORY ${dir}/found-${corpus})
  execute_process(COMMAND ${dir}/${target} -runs=20000 -seed=1 -max_len=4096 -timeout=10 -rss_limit_mb=2048
                          ${dir}/found-${corpus} ${SOURCE_DIR}/tests/fuzz/corpus/${corpus}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "Done [0-9]+ runs[^\n]*" done "${err}")
  message("${target}: ${done}")
  if(rc)
    message(FATAL_ERROR "${target} failed (exit ${rc}):\n${err}")
  endif()
endforeach()
