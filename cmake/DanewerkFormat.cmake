find_program(CLANG_FORMAT_PROGRAM NAMES clang-format clang-format-14)
if(CLANG_FORMAT_PROGRAM)
    file(GLOB_RECURSE _dw_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format COMMAND ${CLANG_FORMAT_PROGRAM} -i ${_dw_format_sources}
        COMMENT "clang-format every source file" VERBATIM)
    add_custom_target(format-check COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run -Werror ${_dw_format_sources}
        COMMENT "Check that every source file is clang-format clean" VERBATIM)
endif()
