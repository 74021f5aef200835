<#
.SYNOPSIS
Builds the Windows installer: dist\hrjournal-<version>-windows-setup.exe and
dist\SHA256SUMS-windows.txt.

.DESCRIPTION
Builds the one-folder bundle (python installers\build.py bundle), runs the bundled program's
--version and --self-test, compiles installers\windows\hrjournal.iss with Inno Setup 6 and
writes the installer's SHA-256. With -CertificateThumbprint it also signs the two programs,
the installer and its uninstaller. Run it from a desktop session: the self-test opens the
app's window. It may be started from any folder.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 -CertificateThumbprint 0123456789ABCDEF0123456789ABCDEF01234567
#>
[CmdletBinding()]
param(
    # The Python that builds. Default: the checkout's .venv, else "py -3.11", else python.
    [string]$Python,
    # ISCC.exe, Inno Setup's command-line compiler. Default: where Inno Setup 6 installs it.
    [string]$Iscc,
    # SHA-1 thumbprint of a code-signing certificate in the certificate store. No signing
    # without it.
    [string]$CertificateThumbprint,
    # An RFC 3161 timestamp server (your certificate's issuer names one). Only this build
    # machine contacts it, and only when signing; the program itself never connects anywhere.
    [string]$TimestampUrl = 'http://timestamp.digicert.com',
    # signtool.exe from the Windows SDK. Default: on PATH, else the newest Windows Kit's.
    [string]$SignTool
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

function Say([string]$Text) {
    Write-Host "build.ps1: $Text"
}

# Runs a program and stops the build if it fails.
function Invoke-Checked([string]$Command, [string[]]$Arguments) {
    # Windows PowerShell turns a program's standard error into errors wherever it is
    # redirected, and PyInstaller logs there: the exit status alone decides.
    $ErrorActionPreference = 'Continue'
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Command $($Arguments -join ' ') failed (exit status $LASTEXITCODE)"
    }
}

function Find-SignTool {
    if ($SignTool) {
        return $SignTool
    }
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) {
        return $onPath.Source
    }
    $kits = Join-Path ${env:ProgramFiles(x86)} 'Windows Kits\10\bin'
    $newest = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq 'x64' } |
        Sort-Object { $_.Directory.Parent.Name -as [version] } -Descending |
        Select-Object -First 1
    if ($newest) {
        return $newest.FullName
    }
    throw 'signtool.exe was not found: install the Windows SDK, or give -SignTool C:\path\to\signtool.exe'
}

function Find-Iscc {
    if ($Iscc) {
        return $Iscc
    }
    $places = @(
        (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe')
    )
    foreach ($place in $places) {
        if (Test-Path -LiteralPath $place) {
            return $place
        }
    }
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($onPath) {
        return $onPath.Source
    }
    throw 'ISCC.exe (Inno Setup 6.4 or later) was not found: install Inno Setup, or give -Iscc C:\path\to\ISCC.exe'
}

$Root = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '..\..')).Path
Push-Location -LiteralPath $Root
try {
    # Python: -Python, else the checkout's virtual environment (which has PyInstaller from
    # the dev extra), else the Python launcher, else python.
    if ($Python) {
        if (Test-Path -LiteralPath $Python) {
            $PythonExe, $PythonArgs = $Python, @()
        } else {
            $PythonExe, $PythonArgs = ($Python -split '\s+')
            $PythonArgs = @($PythonArgs | Where-Object { $_ })
        }
    } elseif (Test-Path -LiteralPath '.venv\Scripts\python.exe') {
        $PythonExe, $PythonArgs = (Join-Path $Root '.venv\Scripts\python.exe'), @()
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        $PythonExe, $PythonArgs = 'py', @('-3.11')
    } elseif (Get-Command python -ErrorAction SilentlyContinue) {
        $PythonExe, $PythonArgs = 'python', @()
    } else {
        throw 'No Python found: install Python 3.11 or newer, or give -Python C:\path\to\python.exe'
    }
    Invoke-Checked $PythonExe ($PythonArgs + @('-c', 'import sys; sys.exit(sys.version_info < (3, 11))'))

    # The version is written in one place only.
    $found = Select-String -LiteralPath 'hrjournal\__init__.py' -CaseSensitive `
        -Pattern '^__version__ = "([^"]+)"$' | Select-Object -First 1
    if (-not $found) {
        throw 'No __version__ = "..." line in hrjournal\__init__.py'
    }
    $Version = $found.Matches[0].Groups[1].Value
    Say "HR Journal $Version, built with $PythonExe $($PythonArgs -join ' ')"

    Say 'Building the bundle (icons, translations, PyInstaller, bundle check)'
    Invoke-Checked $PythonExe ($PythonArgs + @('installers\build.py', 'bundle'))

    $Program = Join-Path $Root 'dist\hrjournal\hrjournal.exe'
    $App = Join-Path $Root 'dist\hrjournal\hrjournal-app.exe'
    foreach ($built in $Program, $App) {
        if (-not (Test-Path -LiteralPath $built)) {
            throw "The bundle has no $built"
        }
    }

    # The program that ships is the one tested: its version, then the whole self-test.
    $said = (& $Program --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $said -ne "hrjournal $Version") {
        throw "dist\hrjournal\hrjournal.exe --version said '$said' (exit status $LASTEXITCODE), not 'hrjournal $Version'"
    }
    Say 'Running the self-test of the bundle'
    Invoke-Checked $Program @('--self-test')

    $isccArguments = @("/DAppVersion=$Version")
    if ($CertificateThumbprint) {
        $SignToolPath = Find-SignTool
        $signArguments = @('sign', '/fd', 'SHA256', '/sha1', $CertificateThumbprint,
            '/tr', $TimestampUrl, '/td', 'SHA256')
        Say "Signing the programs with certificate $CertificateThumbprint"
        Invoke-Checked $SignToolPath ($signArguments + @($Program, $App))
        # Inno Setup signs the installer and its uninstaller through this named sign tool
        # (hrjournal.iss: SignTool=hrjournalsign). ISCC puts a quote for $q and the quoted
        # file name for $f.
        $isccArguments += '/DSign'
        $isccArguments += ('/Shrjournalsign=$q' + $SignToolPath + '$q ' + ($signArguments -join ' ') + ' $f')
    }

    Say 'Compiling the installer'
    $IsccPath = Find-Iscc
    Invoke-Checked $IsccPath ($isccArguments + @('installers\windows\hrjournal.iss'))

    $Setup = Join-Path $Root "dist\hrjournal-$Version-windows-setup.exe"
    if (-not (Test-Path -LiteralPath $Setup)) {
        throw "Inno Setup made no $Setup"
    }
    if ($CertificateThumbprint) {
        Invoke-Checked $SignToolPath @('verify', '/pa', $Setup)
    }

    # In the format of sha256sum, so that `sha256sum -c` checks it on Linux too.
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $Setup).Hash.ToLowerInvariant()
    $sums = Join-Path $Root 'dist\SHA256SUMS-windows.txt'
    [System.IO.File]::WriteAllText($sums, "$hash  $(Split-Path -Leaf $Setup)`n",
        (New-Object System.Text.UTF8Encoding $false))

    Say "Done: $Setup"
    Say "      $sums"
} finally {
    Pop-Location
}
