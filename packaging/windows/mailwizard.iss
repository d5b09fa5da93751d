; Inno Setup 6 recipe for the Windows installer: a per-user install (no administrator rights needed),
; a Start-menu entry, an uninstaller. Build on Windows, after `pyinstaller build.spec --noconfirm`:
;     iscc /DAppVersion=0.1.0 packaging\windows\mailwizard.iss
; The result is dist\MailWizard-Setup-<version>.exe. Sign it and the bundled MailWizard.exe with
; signtool (your code-signing certificate) before publishing; SmartScreen warns about unsigned installers.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5E3B2B49-6C1B-4F0E-9C56-2E8A3B7C1D42}
AppName=MailWizard
AppVersion={#AppVersion}
AppPublisher=MailWizard
DefaultDirName={localappdata}\Programs\MailWizard
DefaultGroupName=MailWizard
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=MailWizard-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\mailwizard.ico
UninstallDisplayIcon={app}\MailWizard.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Files]
Source: "..\..\dist\MailWizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\MailWizard"; Filename: "{app}\MailWizard.exe"
Name: "{userdesktop}\MailWizard"; Filename: "{app}\MailWizard.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\MailWizard.exe"; Description: "{cm:LaunchProgram,MailWizard}"; Flags: nowait postinstall skipifsilent
