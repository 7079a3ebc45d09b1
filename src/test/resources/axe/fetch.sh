#!/usr/bin/env bash
# Vendors axe-core from npm into this folder: the minified script AccessibilityTests
# injects into every page, and its licence. Run it to refresh (change VERSION first):
#   src/test/resources/axe/fetch.sh
# Needs npm (it only downloads the package tarball; nothing is installed).
set -euo pipefail
VERSION=4.14.1
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$VERSION" >/dev/null && tar -xzf "axe-core-$VERSION.tgz")
cp "$work/package/axe.min.js" axe.min.js
cp "$work/package/LICENSE" LICENSE-axe-core.txt
sha256sum axe.min.js LICENSE-axe-core.txt
