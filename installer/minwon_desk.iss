; Inno Setup 6.3+ script: the Windows installer of 민원 데스크, made by installer/build from
; the one-folder bundle in dist\minwon-desk.
;
; - Per-machine install into Program Files (administrator); /CURRENTUSER installs for one
;   user instead.
; - Silent install for software distribution: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; - Upgrade in place: the AppId below never changes, so a newer setup replaces the program
;   in the same folder. The data and settings are not in the program folder (they are in
;   each user's %LOCALAPPDATA%\minwon-desk, or the folder given with --data-dir) and are
;   never touched by setup or uninstall.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 installer\minwon_desk.iss
#endif

[Setup]
; Fixed for every version: this is how Windows knows a newer setup upgrades this app.
AppId={{6F0C1E2A-7B4D-4C1F-9A63-2E5D8B0C4A71}
AppName=민원 데스크
AppVersion={#AppVersion}
AppVerName=민원 데스크 {#AppVersion}
AppPublisher=minwon-desk
DefaultDirName={autopf}\MinwonDesk
DefaultGroupName=민원 데스크
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=minwon-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running desk is closed (and restarted after a wizard install) so its files can be replaced.
CloseApplications=yes
RestartApplications=no
UninstallDisplayName=민원 데스크
UninstallDisplayIcon={app}\minwon-desk.exe
SetupLogging=yes

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (not its data, which lives elsewhere): a library
; the new version no longer ships must not be left to be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\minwon-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\민원 데스크"; Filename: "{app}\minwon-desk.exe"
Name: "{group}\민원 데스크 (데모)"; Filename: "{app}\minwon-desk.exe"; Parameters: "--demo"
Name: "{autodesktop}\민원 데스크"; Filename: "{app}\minwon-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\minwon-desk.exe"; Description: "{cm:LaunchProgram,민원 데스크}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes the program only; each user's data folder
; (%LOCALAPPDATA%\minwon-desk: database, settings, backups) stays.
