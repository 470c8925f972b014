# Build the Windows installer (run in PowerShell on Windows with Python 3.11 and NSIS installed).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"').Matches[0].Groups[1].Value
py -3.11 -m venv build\packaging\venv
build\packaging\venv\Scripts\pip install ".[package]"
build\packaging\venv\Scripts\python -m desktop.store.build
build\packaging\venv\Scripts\pyinstaller --noconfirm --distpath build\packaging\pyinstaller\dist `
  --workpath build\packaging\pyinstaller\work packaging\mali-war.spec
$env:QT_QPA_PLATFORM = "offscreen"
build\packaging\pyinstaller\dist\mali-war\mali-war.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }
New-Item -ItemType Directory -Force dist | Out-Null
makensis /DVERSION=$version packaging\windows\mali-war.nsi
