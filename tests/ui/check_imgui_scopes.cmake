# Fails when a source under app/ or tests/ui/ calls an ImGui Begin/End, Push/Pop or
# Indent/Unindent pair (or a draw list's clip rect or channels) directly, or pushes the probe's
# id path by hand: every scope goes through app/ui/imgui_scope.hpp (ImScope) and ScopedId /
# ScopedProbePath (app/ui/ui_frame.*), so an early return can never unbalance ImGui's stacks.
#   cmake -DROOT=<source dir> -P check_imgui_scopes.cmake
cmake_minimum_required(VERSION 3.16)
file(GLOB_RECURSE sources "${ROOT}/app/*.cpp" "${ROOT}/app/*.hpp" "${ROOT}/tests/ui/*.cpp" "${ROOT}/tests/ui/*.hpp"
     "${ROOT}/tests/gallery/*.cpp")
set(allowed "${ROOT}/app/ui/imgui_scope.hpp" "${ROOT}/app/ui/ui_frame.cpp")
set(pattern "ImGui::(Begin|End|Push|Pop|Indent|Unindent)[A-Za-z]*[ \t]*\\(|->(PushClipRect|PopClipRect|ChannelsSplit|ChannelsMerge)[ \t]*\\(|id_stack\\.(emplace_back|push_back|pop_back)")
set(found "")
foreach(source IN LISTS sources)
  if(source IN_LIST allowed)
    continue()
  endif()
  file(STRINGS "${source}" lines REGEX "${pattern}")
  foreach(line IN LISTS lines)
    # ImGui's frame calls are not scopes.
    if(line MATCHES "ImGui::(BeginFrame|EndFrame)")
      continue()
    endif()
    file(RELATIVE_PATH relative "${ROOT}" "${source}")
    string(STRIP "${line}" line)
    string(APPEND found "\n  ${relative}: ${line}")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "Raw ImGui scope calls outside app/ui/imgui_scope.hpp (use ImScope / ScopedId):${found}")
endif()
message(STATUS "No raw ImGui scope calls outside app/ui/imgui_scope.hpp")
