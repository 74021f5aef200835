#!/bin/sh
# Build the macOS disk image: dist/hrjournal-<version>-macos.dmg and dist/SHA256SUMS-macos.txt.
#
#   installers/macos/make-dmg.sh
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" NOTARY_PROFILE=hrjournal \
#       installers/macos/make-dmg.sh
#
# Builds the bundle (installers/build.py bundle), which makes "dist/HR Journal.app", runs the
# app's --version and --self-test, and puts the app in a disk image beside a link to
# /Applications. Run it from a desktop session: the self-test opens the app's window.
#
#   PYTHON             the Python that builds (default: .venv/bin/python, else python3)
#   CODESIGN_IDENTITY  a Developer ID Application identity in the keychain: sign the app and
#                      the image with the hardened runtime (no entitlements: the app asks for
#                      no network, camera or anything else)
#   NOTARY_PROFILE     a profile saved with `xcrun notarytool store-credentials`: notarize the
#                      image and staple the ticket to it (needs CODESIGN_IDENTITY)
#
# Signing timestamps and notarization reach Apple's servers from this build machine only; the
# app itself never connects anywhere.
set -eu
cd "$(dirname "$0")/../.."

say() { printf 'make-dmg: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

if [ -n "${PYTHON:-}" ]; then
    :
elif [ -x .venv/bin/python ]; then
    PYTHON=.venv/bin/python
else
    PYTHON=python3
fi
CODESIGN_IDENTITY=${CODESIGN_IDENTITY:-}
NOTARY_PROFILE=${NOTARY_PROFILE:-}
if [ -n "$NOTARY_PROFILE" ] && [ -z "$CODESIGN_IDENTITY" ]; then
    fail "NOTARY_PROFILE needs CODESIGN_IDENTITY: Apple notarizes signed apps only."
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "HR Journal needs Python 3.11 or newer; set PYTHON to one."

# The version is written in one place only.
VERSION=$(sed -n 's/^__version__ = "\([^"]*\)"$/\1/p' hrjournal/__init__.py)
[ -n "$VERSION" ] || fail 'No __version__ = "..." line in hrjournal/__init__.py'
APP="dist/HR Journal.app"
PROGRAM="$APP/Contents/MacOS/hrjournal"
DMG="dist/hrjournal-$VERSION-macos.dmg"

say "HR Journal $VERSION, built with $PYTHON"
say "Building the bundle (icons, translations, PyInstaller, bundle check)"
"$PYTHON" installers/build.py bundle
[ -d "$APP" ] || fail "The build made no $APP"
[ -x "$PROGRAM" ] || fail "The app has no $PROGRAM"

said=$("$PROGRAM" --version)
[ "$said" = "hrjournal $VERSION" ] \
    || fail "$PROGRAM --version said '$said', not 'hrjournal $VERSION'"

if [ -n "$CODESIGN_IDENTITY" ]; then
    say "Signing the app as $CODESIGN_IDENTITY"
    codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# After signing, so that the app tested is the one that ships.
say "Running the self-test of the app"
"$PROGRAM" --self-test

staging=$(mktemp -d "${TMPDIR:-/tmp}/hrjournal-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links, extended attributes and signature intact.
ditto "$APP" "$staging/HR Journal.app"
ln -s /Applications "$staging/Applications"
say "Making $DMG"
hdiutil create -volname "HR Journal" -srcfolder "$staging" -ov -format UDZO "$DMG"

if [ -n "$CODESIGN_IDENTITY" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    codesign --verify --strict --verbose=2 "$DMG"
fi
if [ -n "$NOTARY_PROFILE" ]; then
    say "Notarizing $DMG (this waits for Apple's answer)"
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    # Stapling fails unless the notarization was accepted; the ticket then travels with the
    # image, so Gatekeeper needs no network on the laptop that opens it.
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi

# In the format of sha256sum, so that `sha256sum -c` checks it on Linux too.
(cd dist && shasum -a 256 "$(basename "$DMG")" > SHA256SUMS-macos.txt)

say "Done: $DMG"
say "      dist/SHA256SUMS-macos.txt"
