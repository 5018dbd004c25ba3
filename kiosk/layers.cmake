# The kiosk's layers, one library each, with the only dependencies allowed: downwards.
#
#   app        the loop, drivers, dumps, --check, --report: may use every layer
#   render     SDL renderer, textures, PNG: core, text, scenes, platform
#   scenes     layout and reactions of each screen (no SDL): core, content, text, input, narration
#   platform   SDL and C-handle wrappers, files, service, analytics: core, content, input, narration
#   narration  what is read aloud and when (no SDL): core, content
#   input      gestures, keys, replay scripts (no SDL): core
#   text       fonts, shaping, line breaking, hyphenation, glyph atlas: core, content
#   content    configuration, TEI, timeline, translations: core
#   core       results, geometry, paths, log, limits: nothing
#
# Each folder's CMakeLists.txt lists its sources by name. The links are PRIVATE: a layer
# sees only what it names. tests/layers_test.cpp fails when a file includes a header of a
# layer its own may not use, or when a layer without SDL includes SDL. The fuzz build
# (fuzz/CMakeLists.txt) adds core, content, input and narration from here.
set(KIOSK_LAYER_ROOT ${CMAKE_CURRENT_LIST_DIR})

# kiosk_layer(NAME SOURCES file... [LAYERS layer...] [LIBS target...])
function(kiosk_layer name)
  cmake_parse_arguments(L "" "" "SOURCES;LAYERS;LIBS" ${ARGN})
  add_library(layer_${name} STATIC ${L_SOURCES})
  target_include_directories(layer_${name} PUBLIC ${KIOSK_LAYER_ROOT})
  if(KIOSK_LAYER_WARNINGS)
    target_compile_options(layer_${name} PRIVATE ${KIOSK_LAYER_WARNINGS})
    if(name IN_LIST KIOSK_CONVERSION_CLEAN)
      target_compile_options(layer_${name} PRIVATE -Wconversion)
    endif()
  endif()
  foreach(layer ${L_LAYERS})
    target_link_libraries(layer_${name} PRIVATE layer_${layer})
  endforeach()
  if(L_LIBS)
    target_link_libraries(layer_${name} PRIVATE ${L_LIBS})
  endif()
endfunction()
