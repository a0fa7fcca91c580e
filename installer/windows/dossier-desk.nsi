; Dossier Desk's Windows installer: one setup .exe that puts the PyInstaller bundle on a front-desk PC.
;
; Compile (installer/nsis.py does this; these three defines are required, SIGN_COMMAND is optional, see below):
;   makensis -WX -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DBUNDLE=<abs bundle dir> -DOUTFILE=<abs setup.exe> dossier-desk.nsi
;
; What it does, and why:
; - Per-user install by default, no administrator rights (%LOCALAPPDATA%\Programs\Dossier Desk): a clerk can install
;   it on a locked-down desk PC. Per-machine (Program Files, for every account) is the other choice on the "Install
;   for" page or /AllUsers on the command line; only then does it ask for administrator rights, by starting itself
;   again elevated (Windows' UAC prompt). NSIS's MultiUser.nsh sets the folders, the shell context and reads the
;   previous install; it cannot elevate by itself (it only offers per-machine to an already elevated process), hence
;   the relaunch here rather than a third-party UAC plug-in that Debian's nsis does not ship.
; - Upgrade in place: the Uninstall key remembers the folder and the mode; installing again goes to the same folder,
;   replaces the program files (the old _internal\ is removed first, so no stale module lingers) and touches
;   nothing else. A newer version already installed: it asks before going back.
; - It never touches the user's data: databases, attachments and the demo live in %LOCALAPPDATA%\DossierDesk
;   (platformdirs), backups in folders the user chose, settings in HKCU\Software\DossierDesk\Dossier Desk.
;   The uninstaller removes only what the installer made and says where the data is.
; - The database type is offered in "Open with" (.db\OpenWithProgids) without taking .db from other programs.

Unicode true

!ifndef VERSION
  !error "VERSION is not defined: pass -DVERSION=x.y.z (app/version.py's __version__)"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined: pass -DBUNDLE=<absolute path of the PyInstaller one-folder bundle>"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined: pass -DOUTFILE=<absolute path of the setup .exe to write>"
!endif
!if ! /FileExists "${BUNDLE}\dossier-desk.exe"
  !error "${BUNDLE}\dossier-desk.exe does not exist: BUNDLE must be the built Windows bundle (or a staged copy with a placeholder, installer/nsis.py)"
!endif
!if ! /FileExists "${BUNDLE}\_internal\*.*"
  !error "${BUNDLE}\_internal does not exist: BUNDLE must be the PyInstaller one-folder bundle"
!endif

; Code signing (optional): -DSIGN_COMMAND="signtool sign /sha1 <thumbprint> /fd SHA256 /tr <url> /td SHA256" signs
; the uninstaller before it is packed and the finished setup, each named as the command's last argument.
!ifdef SIGN_COMMAND
  !uninstfinalize `${SIGN_COMMAND} "%1"` = 0
  !finalize `${SIGN_COMMAND} "%1"` = 0
!endif

; The Windows version resource needs four numbers: 0.1.0 -> 0.1.0.0, 1.2 -> 1.2.0.0.
!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!ifndef VERSION_MINOR
  !error "VERSION must be x.y or x.y.z with numbers only (got ${VERSION})"
!endif
!ifndef VERSION_PATCH
  !define VERSION_PATCH 0
!endif
!define VERSION_WINDOWS "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"

!define PRODUCT "Dossier Desk"
!define PUBLISHER "Dossier Desk"
!define EXE "dossier-desk.exe"          ; the window (no console)
!define CLI_EXE "dossier-desk-cli.exe"  ; the commands (dossier-desk-cli check, print …) in a console
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DossierDesk"
!define PROGID "DossierDesk.Database"
!define RUNNING_MUTEX "Local\DossierDesk.Running" ; held by the program while it runs (ui/running_mark.py)
!define DATA_FOLDER_NAME "DossierDesk" ; platformdirs.user_data_dir("DossierDesk") under %LOCALAPPDATA%

Name "$(AppName)"
OutFile "${OUTFILE}"
!ifdef UNCOMPRESSED
  ; A check of the script against a bundle's file list (tests, a build on Linux with a placeholder program): packing
  ; stored, not compressed, takes seconds instead of minutes, and such a setup is never handed out.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
ManifestDPIAware true
ManifestSupportedOS Win10
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; -- MultiUser.nsh: per-user by default, per-machine on request ------------------------------------------------------
; "Highest" unlocks its per-machine half (the /AllUsers switch, HKLM, Program Files) for an elevated relaunch; the
; manifest is set back to "user" below so that double-clicking the setup never shows a UAC prompt.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_FUNCTION KeepCommandLineFolder ; MultiUser.nsh would overwrite /D=

!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include WinVer.nsh
!include x64.nsh
!include nsDialogs.nsh
!include Sections.nsh

RequestExecutionLevel user

VIProductVersion "${VERSION_WINDOWS}"
VIFileVersion "${VERSION_WINDOWS}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

Var Relaunched       ; 1: this process is the elevated copy started by the "Install for" page or /AllUsers
Var CommandLineDir   ; the folder given with /D= (empty: none), kept over MultiUser.nsh's default folders
Var MustElevate      ; 1: /AllUsers was asked for by a process without administrator rights
Var ShortcutName     ; the Start-menu and desktop shortcut's file name (the program's name in the chosen language)
Var DataFolder       ; the user's data folder, for the uninstaller's closing words
Var ModePage.AllUsers
Var ModePage.CurrentUser

; -- pages ------------------------------------------------------------------------------------------------------------

!define MUI_ICON "${__FILEDIR__}\dossier-desk.ico"
!define MUI_UNICON "${__FILEDIR__}\dossier-desk.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
; All three languages in the language dialog, whatever the system's code page (the installer is Unicode).
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_WINDOWTITLE "Installer Language / 安装语言 / 安裝語言"
!define MUI_LANGDLL_INFO "Please select a language. / 请选择语言。/ 請選擇語言。"

!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenRelaunched
!insertmacro MUI_PAGE_WELCOME
Page custom InstallModePage InstallModePageLeave
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipFolderOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartProgram
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE_3LINES
!define MUI_FINISHPAGE_TEXT "$(DataKept)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the fallback when the system's language is none of the three.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_RESERVEFILE_LANGDLL

; -- our own words, in the three languages ----------------------------------------------------------------------------

LangString AppName ${LANG_ENGLISH} "Dossier Desk"
LangString AppName ${LANG_SIMPCHINESE} "客户档案台"
LangString AppName ${LANG_TRADCHINESE} "客戶檔案台"

LangString NeedsWindows10 ${LANG_ENGLISH} "Dossier Desk needs 64-bit Windows 10 or later. This computer has an older or a 32-bit Windows, so Dossier Desk cannot be installed on it."
LangString NeedsWindows10 ${LANG_SIMPCHINESE} "客户档案台需要 64 位的 Windows 10 或更新版本。这台电脑的 Windows 版本较旧或是 32 位的，无法安装客户档案台。"
LangString NeedsWindows10 ${LANG_TRADCHINESE} "客戶檔案台需要 64 位元的 Windows 10 或更新版本。這台電腦的 Windows 版本較舊或是 32 位元的，無法安裝客戶檔案台。"

LangString StillRunning ${LANG_ENGLISH} "Dossier Desk is running. Close it — your work is saved — then press Retry."
LangString StillRunning ${LANG_SIMPCHINESE} "客户档案台正在运行。请关闭它（您的工作已保存），然后按“重试”。"
LangString StillRunning ${LANG_TRADCHINESE} "客戶檔案台正在執行。請關閉它（您的工作已儲存），然後按「重試」。"

LangString NewerInstalled ${LANG_ENGLISH} "A newer version of Dossier Desk ($0) is already installed. Replace it with the older version ${VERSION}?$\r$\n$\r$\nAn older version may not open database files that the newer one has already updated."
LangString NewerInstalled ${LANG_SIMPCHINESE} "已安装较新版本的客户档案台（$0）。要用较旧的版本 ${VERSION} 替换它吗？$\r$\n$\r$\n较旧的版本可能打不开已被新版本更新过的数据库文件。"
LangString NewerInstalled ${LANG_TRADCHINESE} "已安裝較新版本的客戶檔案台（$0）。要用較舊的版本 ${VERSION} 取代它嗎？$\r$\n$\r$\n較舊的版本可能打不開已被新版本更新過的資料庫檔案。"

LangString ModeTitle ${LANG_ENGLISH} "Install for"
LangString ModeTitle ${LANG_SIMPCHINESE} "安装给谁使用"
LangString ModeTitle ${LANG_TRADCHINESE} "安裝給誰使用"
LangString ModeSubtitle ${LANG_ENGLISH} "Choose who on this computer can use Dossier Desk."
LangString ModeSubtitle ${LANG_SIMPCHINESE} "选择这台电脑上哪些用户可以使用客户档案台。"
LangString ModeSubtitle ${LANG_TRADCHINESE} "選擇這台電腦上哪些使用者可以使用客戶檔案台。"
LangString ModeText ${LANG_ENGLISH} "Installing only for you needs no administrator rights. Installing for everyone puts Dossier Desk in Program Files and asks for administrator rights. Each user's records stay in their own data folder either way."
LangString ModeText ${LANG_SIMPCHINESE} "只为您安装不需要管理员权限。为所有用户安装会把客户档案台放在 Program Files 中，并需要管理员权限。无论哪种方式，每个用户的档案都保存在各自的数据文件夹中。"
LangString ModeText ${LANG_TRADCHINESE} "只為您安裝不需要系統管理員權限。為所有使用者安裝會把客戶檔案台放在 Program Files 中，並需要系統管理員權限。無論哪種方式，每位使用者的檔案都儲存在各自的資料夾中。"
LangString ModeCurrentUser ${LANG_ENGLISH} "Only for me (recommended)"
LangString ModeCurrentUser ${LANG_SIMPCHINESE} "只为我安装（推荐）"
LangString ModeCurrentUser ${LANG_TRADCHINESE} "只為我安裝（建議）"
LangString ModeAllUsers ${LANG_ENGLISH} "For everyone who uses this computer (asks for administrator rights)"
LangString ModeAllUsers ${LANG_SIMPCHINESE} "为这台电脑的所有用户安装（需要管理员权限）"
LangString ModeAllUsers ${LANG_TRADCHINESE} "為這台電腦的所有使用者安裝（需要系統管理員權限）"
LangString ElevationRefused ${LANG_ENGLISH} "Installing for everyone needs administrator rights, and they were not given. Choose $\"Only for me$\", or ask your administrator to install Dossier Desk."
LangString ElevationRefused ${LANG_SIMPCHINESE} "为所有用户安装需要管理员权限，但未获得授权。请选择“只为我安装”，或请管理员安装客户档案台。"
LangString ElevationRefused ${LANG_TRADCHINESE} "為所有使用者安裝需要系統管理員權限，但未獲授權。請選擇「只為我安裝」，或請系統管理員安裝客戶檔案台。"

LangString SectionProgram ${LANG_ENGLISH} "Dossier Desk (required)"
LangString SectionProgram ${LANG_SIMPCHINESE} "客户档案台（必需）"
LangString SectionProgram ${LANG_TRADCHINESE} "客戶檔案台（必要）"
LangString SectionProgramInfo ${LANG_ENGLISH} "The program, a Start-menu shortcut, and $\"Open with$\" for Dossier Desk database files."
LangString SectionProgramInfo ${LANG_SIMPCHINESE} "程序本身、开始菜单快捷方式，以及数据库文件的“打开方式”。"
LangString SectionProgramInfo ${LANG_TRADCHINESE} "程式本身、「開始」功能表捷徑，以及資料庫檔案的「開啟檔案」選項。"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SectionDesktop ${LANG_TRADCHINESE} "桌面捷徑"
LangString SectionDesktopInfo ${LANG_ENGLISH} "A shortcut to Dossier Desk on the desktop."
LangString SectionDesktopInfo ${LANG_SIMPCHINESE} "在桌面上放一个客户档案台的快捷方式。"
LangString SectionDesktopInfo ${LANG_TRADCHINESE} "在桌面上放一個客戶檔案台的捷徑。"

LangString FileTypeName ${LANG_ENGLISH} "Dossier Desk database"
LangString FileTypeName ${LANG_SIMPCHINESE} "Dossier Desk 档案数据库"
LangString FileTypeName ${LANG_TRADCHINESE} "Dossier Desk 檔案資料庫"

LangString DataKept ${LANG_ENGLISH} "Dossier Desk has been removed. Your records were kept: the database files, their attachments and the demo in $DataFolder, your backups in the folders you chose, and your settings. To remove them too, delete those folders yourself."
LangString DataKept ${LANG_SIMPCHINESE} "客户档案台已卸载。您的档案都已保留：数据库文件、附件和演示数据在 $DataFolder，备份在您选择的文件夹中，设置也已保留。如需一并删除，请自行删除这些文件夹。"
LangString DataKept ${LANG_TRADCHINESE} "客戶檔案台已解除安裝。您的檔案都已保留：資料庫檔案、附件和示範資料在 $DataFolder，備份在您選擇的資料夾中，設定也已保留。如需一併刪除，請自行刪除這些資料夾。"

; -- shared checks (installer and uninstaller) ------------------------------------------------------------------------

; Retry/Cancel until no Dossier Desk runs; Cancel (and a silent run that finds it running) leaves with $0 = "cancel".
; A mutex made by another account (e.g. the clerk's, seen from an administrator's elevated setup) answers
; "access denied" instead of a handle: it exists all the same.
!macro CLOSE_RUNNING_PROGRAM UN
Function ${UN}CloseRunningProgram
  Push $1
  Push $2
  StrCpy $0 ""
  ${Do}
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p.r1 ?e'
    Pop $2
    ${If} $1 P<> 0
      System::Call 'kernel32::CloseHandle(p r1)'
    ${ElseIf} $2 <> 5 ; ERROR_ACCESS_DENIED
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
    StrCpy $0 "cancel"
    ${Break}
    retry:
  ${Loop}
  Pop $2
  Pop $1
FunctionEnd
!macroend
!insertmacro CLOSE_RUNNING_PROGRAM ""
!insertmacro CLOSE_RUNNING_PROGRAM "un."

; Start this same installer (or uninstaller) again with administrator rights, for a per-machine install, and let
; this copy end. Windows shows its UAC prompt; a refused prompt leaves $0 = "refused" and this copy running.
!macro RELAUNCH_ELEVATED UN
Function ${UN}RelaunchElevated
  Push $1
  ${${UN}GetParameters} $1
  StrCpy $1 "$1 /AllUsers /Relaunched /LANGID=$LANGUAGE"
  ; Windows takes these two off the command line, and each must come last.
  !if "${UN}" == "un."
    StrCpy $1 "$1 _?=$INSTDIR" ; the uninstaller runs from a temporary copy: tell the new one where the program is
  !else
    ${If} $CommandLineDir != ""
      StrCpy $1 "$1 /D=$CommandLineDir"
    ${EndIf}
  !endif
  System::Call 'shell32::ShellExecuteW(p $HWNDPARENT, w "runas", w "$EXEPATH", w r1, p 0, i 1) p.r1'
  ${If} $1 P> 32
    StrCpy $0 "started"
  ${Else}
    StrCpy $0 "refused"
  ${EndIf}
  Pop $1
FunctionEnd
!macroend
!insertmacro RELAUNCH_ELEVATED ""
!insertmacro RELAUNCH_ELEVATED "un."

; The switches a relaunch passes along (and /AllUsers, which a user may give): $Relaunched, $LANGUAGE, $MustElevate.
!macro READ_SWITCHES UN
Function ${UN}ReadSwitches
  Push $1
  Push $2
  ${${UN}GetParameters} $1
  ClearErrors
  ${${UN}GetOptions} $1 "/Relaunched" $2
  ${IfNot} ${Errors}
    StrCpy $Relaunched 1
  ${EndIf}
  ClearErrors
  ${${UN}GetOptions} $1 "/LANGID=" $2
  ${IfNot} ${Errors}
    StrCpy $LANGUAGE $2
  ${EndIf}
  StrCpy $MustElevate 0
  ClearErrors
  ${${UN}GetOptions} $1 "/AllUsers" $2
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $2
    ${If} $2 != "Admin"
    ${AndIf} $Relaunched != 1 ; an elevated copy that still is not an administrator: MultiUser.nsh says so
      StrCpy $MustElevate 1
    ${EndIf}
  ${EndIf}
  Pop $2
  Pop $1
FunctionEnd
!macroend
!insertmacro READ_SWITCHES ""
!insertmacro READ_SWITCHES "un."

; The language the installed version was set up in (per-user install first), if any.
!macro USE_INSTALLED_LANGUAGE UN
Function ${UN}UseInstalledLanguage
  Push $1
  ReadRegStr $1 HKCU "${UNINSTALL_KEY}" "Language"
  ${If} $1 == ""
    ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "Language"
  ${EndIf}
  ${If} $1 != ""
    StrCpy $LANGUAGE $1
  ${EndIf}
  Pop $1
FunctionEnd
!macroend
!insertmacro USE_INSTALLED_LANGUAGE ""
!insertmacro USE_INSTALLED_LANGUAGE "un."

; -- installer --------------------------------------------------------------------------------------------------------

Function .onInit
  StrCpy $CommandLineDir $INSTDIR ; set by /D= before .onInit, else empty
  ; Before anything else: PySide6 runs on 64-bit Windows 10 and later only.
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  SetRegView 64

  Call UseInstalledLanguage ; the dialog proposes it, else the system's language (if one of the three)
  Call ReadSwitches
  ${If} $Relaunched != 1
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
  ${If} $MustElevate == 1
    Call RelaunchElevated
    ${If} $0 == "started"
      Quit
    ${EndIf}
    MessageBox MB_OK|MB_ICONSTOP "$(ElevationRefused)" /SD IDOK
    SetErrorLevel 5
    Quit
  ${EndIf}

  !insertmacro MULTIUSER_INIT

  Call CloseRunningProgram
  ${If} $0 == "cancel"
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

Function KeepCommandLineFolder
  ${If} $CommandLineDir != ""
    StrCpy $INSTDIR $CommandLineDir
  ${EndIf}
FunctionEnd

Function SkipWhenRelaunched
  ${If} $Relaunched == 1
    Abort ; the welcome page was shown by the copy that asked for administrator rights
  ${EndIf}
FunctionEnd

Function InstallModePage
  ; The mode is settled already for an elevated copy and by /AllUsers or /CurrentUser.
  ${If} $Relaunched == 1
    Abort
  ${EndIf}
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/CurrentUser" $2
  ${IfNot} ${Errors}
    Abort
  ${EndIf}
  ClearErrors
  ${GetOptions} $1 "/AllUsers" $2
  ${IfNot} ${Errors}
    Abort
  ${EndIf}

  !insertmacro MUI_HEADER_TEXT "$(ModeTitle)" "$(ModeSubtitle)"
  nsDialogs::Create 1018
  Pop $1
  ${NSD_CreateLabel} 0 0 100% 40u "$(ModeText)"
  Pop $1
  ${NSD_CreateRadioButton} 10u 50u -10u 12u "$(ModeCurrentUser)"
  Pop $ModePage.CurrentUser
  ${NSD_CreateRadioButton} 10u 68u -10u 12u "$(ModeAllUsers)"
  Pop $ModePage.AllUsers
  ; An existing per-machine install (seen in HKLM) is upgraded per-machine unless the user says otherwise.
  ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ReadRegStr $2 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $1 != ""
  ${AndIf} $2 == ""
    StrCpy $1 "AllUsers"
  ${Else}
    StrCpy $1 $MultiUser.InstallMode
  ${EndIf}
  ${If} $1 == "AllUsers"
    ${NSD_Check} $ModePage.AllUsers
  ${Else}
    ${NSD_Check} $ModePage.CurrentUser
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function InstallModePageLeave
  ${NSD_GetState} $ModePage.AllUsers $1
  ${If} $1 <> ${BST_CHECKED}
    Call MultiUser.InstallMode.CurrentUser
    Return
  ${EndIf}
  ${If} $MultiUser.Privileges == "Admin"
  ${OrIf} $MultiUser.Privileges == "Power"
    Call MultiUser.InstallMode.AllUsers
    Return
  ${EndIf}
  Call RelaunchElevated
  ${If} $0 == "started"
    Quit
  ${EndIf}
  MessageBox MB_OK|MB_ICONEXCLAMATION "$(ElevationRefused)"
  Abort ; stay on the page
FunctionEnd

Function SkipFolderOnUpgrade
  ; Upgrade in place: the folder of the version already installed in this mode, not a new choice.
  ReadRegStr $1 SHCTX "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $1 != ""
  ${AndIf} ${FileExists} "$1\${EXE}"
    Abort
  ${EndIf}
FunctionEnd

Function StartProgram
  ; Started by Explorer, so a per-machine install (an elevated setup) does not start the program elevated.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

Section "$(SectionProgram)" SectionProgram
  SectionIn RO

  ; A newer version already here: going back is the user's decision (silent installs never go back).
  ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1
    ${If} $1 == 1
      MessageBox MB_YESNO|MB_ICONQUESTION "$(NewerInstalled)" /SD IDNO IDYES downgrade
      Abort
      downgrade:
    ${EndIf}
  ${EndIf}
  ; Started while the pages were shown? Ask again before a file is replaced.
  Call CloseRunningProgram
  ${If} $0 == "cancel"
    Abort
  ${EndIf}

  ; The previous version's shortcuts (their name follows the language chosen then).
  ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0.lnk"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}

  ; Replace the program files: the old _internal\ goes first so no module of the old version lingers; licenses\
  ; likewise. Nothing else in the folder is touched.
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${CLI_EXE}"
  File "${BUNDLE}\${EXE}"
  !if /FileExists "${BUNDLE}\${CLI_EXE}"
    File "${BUNDLE}\${CLI_EXE}"
  !endif
  File /r "${BUNDLE}\_internal"
  !if /FileExists "${BUNDLE}\licenses\*.*"
    File /r "${BUNDLE}\licenses"
  !endif
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  StrCpy $ShortcutName "$(AppName)"
  CreateShortcut "$SMPROGRAMS\$ShortcutName.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; "Open with": our ProgID, listed under .db's OpenWithProgids. .db's own default stays whatever it was.
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "FriendlyTypeName" "$(FileTypeName)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" --db "%1"'
  WriteRegNone SHCTX "Software\Classes\.db\OpenWithProgids" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}" "FriendlyAppName" "$(AppName)"
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" --db "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\SupportedTypes" ".db" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  ; Apps & features; also what the next setup reads to upgrade in place (folder, mode, version).
  ${If} $MultiUser.InstallMode == "AllUsers"
    StrCpy $1 "/AllUsers"
  ${Else}
    StrCpy $1 "/CurrentUser"
  ${EndIf}
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Language" "$LANGUAGE"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "ShortcutName" "$ShortcutName"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" $1'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" $1 /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2 ; kilobytes, as Apps & features expects
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SectionDesktop)" SectionDesktop
  CreateShortcut "$DESKTOP\$ShortcutName.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionProgram} "$(SectionProgramInfo)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionDesktop} "$(SectionDesktopInfo)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; -- uninstaller ------------------------------------------------------------------------------------------------------

Function un.onInit
  SetRegView 64
  ; The user's data folder is the current user's %LOCALAPPDATA%, whatever the mode (MultiUser.nsh switches the
  ; shell context to "all users" for a per-machine install, where $LOCALAPPDATA would be ProgramData).
  SetShellVarContext current
  StrCpy $DataFolder "$LOCALAPPDATA\${DATA_FOLDER_NAME}"

  Call un.UseInstalledLanguage ; an elevated copy gets it with /LANGID=
  Call un.ReadSwitches
  ${If} $MustElevate == 1
    Call un.RelaunchElevated
    ${If} $0 == "started"
      Quit
    ${EndIf}
    MessageBox MB_OK|MB_ICONSTOP "$(ElevationRefused)" /SD IDOK
    SetErrorLevel 5
    Quit
  ${EndIf}

  !insertmacro MULTIUSER_UNINIT

  ${If} $Relaunched != 1
    ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "Language" ; the language the program was installed in
    ${If} $0 != ""
      StrCpy $LANGUAGE $0
    ${EndIf}
  ${EndIf}

  Call un.CloseRunningProgram
  ${If} $0 == "cancel"
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

; Removes only what the installer made. Never the user's data: %LOCALAPPDATA%\DossierDesk (database files,
; attachments, the demo), backups in the folders the user chose, and the settings in HKCU\Software\DossierDesk
; (QSettings: language, last file, window places) are kept, so that a reinstall finds everything as it was.
Section "Uninstall"
  Call un.CloseRunningProgram
  ${If} $0 == "cancel"
    Abort
  ${EndIf}

  ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0.lnk"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}

  DeleteRegValue SHCTX "Software\Classes\.db\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.db\OpenWithProgids" ; only when no other program is listed
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  ; Named one by one, never RMDir /r "$INSTDIR": the folder may be one the user chose and keeps other things in.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
