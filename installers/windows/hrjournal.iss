; Inno Setup 6.4 or later: the Windows installer for HR Journal.
;
;     powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
;
; build.ps1 builds dist\hrjournal\ first (python installers\build.py bundle), tests it, then
; compiles this script with the version read from hrjournal\__init__.py:
;
;     ISCC.exe /DAppVersion=<version> installers\windows\hrjournal.iss
;
; The installer is per user and never asks for an administrator: people install it on
; laptops they do not administer. It writes the program folder, the Start menu shortcut (and
; a desktop one if chosen) and the uninstaller's own entry under HKCU; nothing else. It
; fetches nothing and runs nothing from the network.

#ifndef AppVersion
  #error AppVersion is not defined: build with installers\windows\build.ps1, or pass /DAppVersion=X.Y.Z to ISCC (the version in hrjournal\__init__.py)
#endif

[Setup]
; Fixed for the life of the program: Windows knows an installed HR Journal by it, so that a
; new version replaces the old one. Never change it.
AppId={{7A07B32A-A89F-491A-A197-010D85CB8C40}
AppName=HR Journal
AppVersion={#AppVersion}
AppPublisher=HR Journal
; Per user, no elevation offered: %LOCALAPPDATA%\Programs\HR Journal.
PrivilegesRequired=lowest
DefaultDirName={userpf}\HR Journal
DisableProgramGroupPage=yes
UninstallDisplayName=HR Journal
UninstallDisplayIcon={app}\hrjournal-app.exe
; PySide6 (Qt 6) runs on Windows 10 1809 and later, 64-bit only.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto
SetupIconFile=..\..\build\icons\hrjournal.ico
OutputDir=..\..\dist
OutputBaseFilename=hrjournal-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
; Signing (optional). build.ps1 -CertificateThumbprint does all of this; by hand, name a sign
; tool for ISCC and define Sign, e.g.
;   ISCC.exe /DAppVersion=<version> /DSign "/Shrjournalsign=$qC:\path\to\signtool.exe$q sign /fd SHA256 /sha1 THUMBPRINT /tr http://timestamp.example /td SHA256 $f" installers\windows\hrjournal.iss
; Inno Setup then signs the setup program and its uninstaller. Timestamping reaches the
; network from the build machine only; the installed program never does.
#ifdef Sign
SignTool=hrjournalsign
SignedUninstaller=yes
#endif

; Setup's own screens, in the app's languages where Inno Setup ships a translation.
; Arabic.isl is an official translation from Inno Setup 6.4 on (before, only an unofficial
; file existed); an older compiler builds without it and says so. Inno Setup ships no Persian
; translation (only unofficial, unreviewed files), so Persian-speaking users see Setup in
; English; the app itself offers Persian.
[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#else
  #pragma warning "This Inno Setup has no Languages\Arabic.isl (6.4 or later has): Setup will not speak Arabic"
#endif
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the bundle's libraries whole: a Qt part that an older version carried
; and this one leaves out (see installers\bundle_rules.py) must not stay behind and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\hrjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; hrjournal-app.exe is the windowed twin of hrjournal.exe, so no console window opens with it.
Name: "{autoprograms}\HR Journal"; Filename: "{app}\hrjournal-app.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\HR Journal"; Filename: "{app}\hrjournal-app.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\hrjournal-app.exe"; Description: "{cm:LaunchProgram,HR Journal}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes what Setup installed (the program folder, the shortcuts, the
; uninstaller's entry) and nothing else. There is deliberately no [UninstallDelete] section:
; the journal lives in the user's data folder (%LOCALAPPDATA%\HR Journal\journal, or beside
; the program in portable mode), and only the app's own panic wipe destroys it. Uninstalling
; must never be a way to lose a journal, nor be mistaken for a way to destroy one.
