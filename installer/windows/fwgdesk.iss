; Inno Setup 6 script: fwgdesk's per-user Windows installer (no administrator rights).
;
; Built by .github/workflows/installers.yml, or by hand on Windows (see the README):
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=<dist\fwgdesk> /DIconFile=<fwgdesk.ico> ^
;            /O<output folder> installer\windows\fwgdesk.iss
;
; It installs the PyInstaller folder into %LOCALAPPDATA%\Programs\fwgdesk, adds a Start
; menu entry (and a desktop one if asked) for fwgdeskw.exe, the window without a console,
; and an uninstaller that keeps the user's data unless its box is ticked. No file type is
; associated: updates are ordinary .json, .xlsx, .zip and .csv files.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\windows\dist\fwgdesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\windows\icons\fwgdesk.ico"
#endif

[Setup]
; The same AppId in every version, so that a new version replaces the old one.
AppId={{5B0E2B9C-7C1F-4E8B-9A55-2F3D7A1C9E41}
AppName=fwgdesk
AppVersion={#AppVersion}
AppVerName=fwgdesk {#AppVersion}
AppPublisher=fwgdesk
AppComments=The desk of a national focal point for the UNTOC Review Mechanism
PrivilegesRequired=lowest
DefaultDirName={autopf}\fwgdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\fwgdeskw.exe
UninstallDisplayName=fwgdesk {#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputBaseFilename=fwgdesk-{#AppVersion}-windows-setup
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.KeepData=fwgdesk will be removed from this computer.%n%nYour data folder (database, backups and settings) is kept:%n%1
en.DeleteData=Also delete my data folder and settings (this cannot be undone)
fr.KeepData=fwgdesk va être supprimé de cet ordinateur.%n%nVotre dossier de données (base, sauvegardes et réglages) est conservé :%n%1
fr.DeleteData=Supprimer aussi mon dossier de données et mes réglages (irréversible)
es.KeepData=fwgdesk se eliminará de este equipo.%n%nSu carpeta de datos (base de datos, copias de seguridad y ajustes) se conserva:%n%1
es.DeleteData=Eliminar también mi carpeta de datos y mis ajustes (no se puede deshacer)
ru.KeepData=fwgdesk будет удалён с этого компьютера.%n%nПапка с вашими данными (база данных, резервные копии и настройки) сохраняется:%n%1
ru.DeleteData=Удалить также папку с данными и настройки (отменить нельзя)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's files replace the old ones whole (no module of an older version left).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\fwgdesk"; Filename: "{app}\fwgdeskw.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\fwgdesk"; Filename: "{app}\fwgdeskw.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\fwgdeskw.exe"; Description: "{cm:LaunchProgram,fwgdesk}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteData: Boolean;

{ The folders fwgdesk writes by default: the data folder (%LOCALAPPDATA%\fwgdesk) and
  the configuration folder (%APPDATA%\fwgdesk). A data folder chosen elsewhere (on a shared
  drive, say) is never deleted. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\fwgdesk');
end;

function ConfigFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\fwgdesk');
end;

{ Ask before uninstalling; the box is not ticked, so the data stays unless asked. A silent
  uninstall keeps the data. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Message: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  DeleteData := False;
  Result := True;
  if UninstallSilent() then
    Exit;
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(440);
    Form.ClientHeight := ScaleY(190);
    Form.Caption := 'fwgdesk';
    Message := TNewStaticText.Create(Form);
    Message.Parent := Form;
    Message.Left := ScaleX(16);
    Message.Top := ScaleY(16);
    Message.Width := Form.ClientWidth - ScaleX(32);
    Message.AutoSize := False;
    Message.WordWrap := True;
    Message.Height := ScaleY(90);
    Message.Caption := FmtMessage(CustomMessage('KeepData'), [DataFolder()]);
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(16);
    Box.Top := ScaleY(112);
    Box.Width := Form.ClientWidth - ScaleX(32);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('DeleteData');
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(26);
    OkButton.Left := Form.ClientWidth - ScaleX(2 * 90 + 16 + 8);
    OkButton.Top := Form.ClientHeight - ScaleY(26 + 14);
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(26);
    CancelButton.Left := Form.ClientWidth - ScaleX(90 + 16);
    CancelButton.Top := OkButton.Top;
    Result := Form.ShowModal() = mrOk;
    DeleteData := Box.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteData then
  begin
    DelTree(DataFolder(), True, True, True);
    DelTree(ConfigFolder(), True, True, True);
    { QSettings of the window (geometry, filters, column widths). }
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\fwgdesk');
  end;
end;
