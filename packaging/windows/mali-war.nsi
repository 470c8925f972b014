; NSIS installer for Windows: installs the PyInstaller one-folder bundle built by build_windows.ps1.
; Build on Windows: makensis /DVERSION=0.1.0 packaging\windows\mali-war.nsi
Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!define APPNAME "Mali War Reference"
Name "${APPNAME}"
OutFile "..\..\dist\mali-war-${VERSION}-windows-x64-setup.exe"
InstallDir "$PROGRAMFILES64\${APPNAME}"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
Icon "mali-war.ico"
!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "..\..\build\packaging\pyinstaller\dist\mali-war\*.*"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\mali-war.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "UninstallString" "$INSTDIR\uninstall.exe"
  ExecWait '"$INSTDIR\mali-war.exe" --self-test' $0
  StrCmp $0 0 +2
    MessageBox MB_OK|MB_ICONEXCLAMATION "The installed program did not pass its self-test."
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
SectionEnd
