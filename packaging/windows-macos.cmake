# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS packaging recipes. UNTESTED HERE: this project is built and tested on Debian
# only; these blocks are never configured on Linux. See packaging/README.md before relying on them.

if(WIN32 AND SWINGMAP_BUILD_GUI)
  # Qt's deployment (windeployqt under the hood): Qt DLLs, the platform, style, image-format and
  # SVG icon-engine plugins, next to swingmap.exe.
  qt_generate_deploy_app_script(TARGET swingmap OUTPUT_SCRIPT swingmap_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${swingmap_deploy_script})
  # GDAL, PROJ, GEOS and their own dependencies (vcpkg or OSGeo4W DLLs) beside the executables.
  install(TARGETS swingmap swingmap-cli RUNTIME_DEPENDENCY_SET swingmap_runtime_dlls)
  install(RUNTIME_DEPENDENCY_SET swingmap_runtime_dlls DESTINATION ${CMAKE_INSTALL_BINDIR}
          PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*"
          POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll")
  # GDAL's and PROJ's data files (gdal/*.csv, proj.db): the program must point GDAL_DATA and
  # PROJ_DATA at these at start-up (packaging/README.md, "Windows").
  if(DEFINED SWINGMAP_GDAL_DATA_DIR AND DEFINED SWINGMAP_PROJ_DATA_DIR)
    install(DIRECTORY ${SWINGMAP_GDAL_DATA_DIR}/ DESTINATION share/gdal)
    install(DIRECTORY ${SWINGMAP_PROJ_DATA_DIR}/ DESTINATION share/proj)
  endif()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/swingmap.svg DESTINATION share/swingmap)

  set(CPACK_GENERATOR NSIS ZIP) # or WIX: set(CPACK_GENERATOR WIX) + CPACK_WIX_UPGRADE_GUID
  set(CPACK_PACKAGE_INSTALL_DIRECTORY SwingMap)
  set(CPACK_PACKAGE_EXECUTABLES swingmap SwingMap) # Start-menu shortcut
  # An installer icon needs a swingmap.ico (CPACK_NSIS_MUI_ICON), which nothing makes yet.
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put swingmap-cli on PATH
  # Windows associates by the last extension only (.json), so SwingMap registers itself as an
  # "Open with" choice for .json instead of taking over every JSON file.
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
      "WriteRegStr HKCR 'SwingMap.Project' '' 'SwingMap project'
       WriteRegStr HKCR 'SwingMap.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\swingmap.exe\\\" \\\"%1\\\"'
       WriteRegStr HKCR '.json\\\\OpenWithProgids' 'SwingMap.Project' ''")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
      "DeleteRegKey HKCR 'SwingMap.Project'
       DeleteRegValue HKCR '.json\\\\OpenWithProgids' 'SwingMap.Project'")
endif()

if(APPLE AND SWINGMAP_BUILD_GUI)
  # An app bundle with document types; macdeployqt (through Qt's deploy script) copies Qt and
  # its plugins into SwingMap.app, RUNTIME_DEPENDENCY_SET the GDAL/PROJ/GEOS dylibs.
  set_target_properties(swingmap PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME SwingMap
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.example.swingmap
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
  # app/gui installs the bundle (BUNDLE DESTINATION .).
  qt_generate_deploy_app_script(TARGET swingmap OUTPUT_SCRIPT swingmap_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${swingmap_deploy_script})
  set(CPACK_GENERATOR DragNDrop)
endif()
