# Fails when a translation catalogue is behind the sources: runs lupdate on copies of the .ts
# files (the sources' own .ts files are never touched) and looks for entries that are unfinished
# (new or changed strings) or obsolete/vanished (strings the code no longer has).
#
#   cmake -DLUPDATE=<lupdate> -DGENERATOR_SCRIPT=<Qt's GenerateLUpdateProject.cmake>
#         -DPROJECT_IN=<lupdate project .cmake> -DWORK_DIR=<scratch>
#         -DTS_FILES=<a.ts;b.ts> -DPLURAL_ONLY_TS=<source-language .ts> -DOPTIONS=<lupdate options>
#         -P check-translations.cmake
foreach(var LUPDATE GENERATOR_SCRIPT PROJECT_IN WORK_DIR TS_FILES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-translations: ${var} not set")
    endif()
endforeach()

# Lists arrive "|"-separated: a ";" would split the ctest command line.
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${project_json}"
            -P "${GENERATOR_SCRIPT}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check-translations: could not write the lupdate project")
endif()

set(problems 0)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    set(extra "")
    if(DEFINED PLURAL_ONLY_TS AND ts STREQUAL PLURAL_ONLY_TS)
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -project "${project_json}" ${OPTIONS} ${extra} -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "check-translations: lupdate failed for ${name}:\n${out}${err}")
    endif()

    # One message per <source>…<translation> pair; remember the source to name what is missing.
    file(STRINGS "${copy}" lines ENCODING UTF-8)
    set(context "")
    set(source "")
    set(unfinished 0)
    set(obsolete 0)
    foreach(line IN LISTS lines)
        if(line MATCHES "<name>(.*)</name>")
            set(context "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            string(REGEX REPLACE "</source>.*" "" source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<translation[^>]*type=\"unfinished\"")
            math(EXPR unfinished "${unfinished} + 1")
            message(STATUS "${name}: untranslated [${context}] ${source}")
        elseif(line MATCHES "<translation[^>]*type=\"(obsolete|vanished)\"")
            math(EXPR obsolete "${obsolete} + 1")
            message(STATUS "${name}: no longer in the sources [${context}] ${source}")
        endif()
    endforeach()
    if(unfinished OR obsolete)
        message(STATUS "${name}: ${unfinished} untranslated, ${obsolete} obsolete")
        math(EXPR problems "${problems} + ${unfinished} + ${obsolete}")
    else()
        message(STATUS "${name}: complete")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR
        "${problems} catalogue entries need work. Run `cmake --build <build dir> --target "
        "update_translations`, translate the entries marked unfinished (Qt Linguist or an editor), "
        "delete the obsolete/vanished ones, and commit the .ts files.")
endif()
