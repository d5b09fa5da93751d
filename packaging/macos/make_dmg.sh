#!/usr/bin/env bash
# macOS: MailWizard.app inside a .dmg. Run on a Mac, after `pyinstaller build.spec --noconfirm`
# (which also writes dist/MailWizard.app with its Info.plist: high-DPI, dark mode, bundle identifier).
#
#   packaging/macos/make_dmg.sh 0.1.0
#
# Signing and notarisation (needed for Gatekeeper to open it without warnings) happen here when
# these are set: DEVELOPER_ID="Developer ID Application: Your Company (TEAMID)" and a notarytool
# keychain profile NOTARY_PROFILE (xcrun notarytool store-credentials).
set -euo pipefail
version="${1:?usage: make_dmg.sh VERSION}"
cd "$(dirname "$0")/../.."
app="dist/MailWizard.app"
dmg="dist/MailWizard-${version}.dmg"
[ -d "$app" ] || { echo "build first: pyinstaller build.spec --noconfirm" >&2; exit 1; }

if [ -n "${DEVELOPER_ID:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$DEVELOPER_ID" "$app"
fi

staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "MailWizard" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${DEVELOPER_ID:-}" ]; then
  codesign --force --timestamp --sign "$DEVELOPER_ID" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg"
