; Inno Setup script: a Windows installer for the PyInstaller bundle in dist\tourdetable.
; Built by .github/workflows/bundles.yml (untested here: no Windows on this machine).
#define AppVersion GetEnv("TDT_VERSION")

[Setup]
AppId={{6E0F3C7A-2B1D-4C55-9A8E-7D4B1E5A2C10}
AppName=Tour de table
AppVersion={#AppVersion}
AppPublisher=Tour de table
DefaultDirName={autopf}\Tour de table
DefaultGroupName=Tour de table
OutputBaseFilename=TourDeTable-{#AppVersion}-setup
OutputDir=..\..\dist
SetupIconFile=tourdetable.ico
Compression=lzma2
SolidCompression=yes
; Installs for the current user when not an administrator (agents often are not).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\tourdetable\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Tour de table"; Filename: "{app}\tourdetable.exe"
Name: "{group}\Préparer mon exposé"; Filename: "{app}\tourdetable.exe"; Parameters: "prep"

[Registry]
; .tdtprep files open in the narrator's prep mode.
Root: HKA; Subkey: "Software\Classes\.tdtprep"; ValueType: string; ValueData: "TourDeTable.Prep"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\TourDeTable.Prep"; ValueType: string; ValueData: "Préparation Tour de table"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\TourDeTable.Prep\DefaultIcon"; ValueType: string; ValueData: "{app}\tourdetable.exe,0"
Root: HKA; Subkey: "Software\Classes\TourDeTable.Prep\shell\open\command"; ValueType: string; ValueData: """{app}\tourdetable.exe"" ""%1"""

[Run]
Filename: "{app}\tourdetable.exe"; Description: "Ouvrir Tour de table"; Flags: nowait postinstall skipifsilent
