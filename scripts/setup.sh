#!/usr/bin/env bash
# One command for a newcomer: install, build, start. Where the desktop window cannot open (no Electron
# binary, no display), run the main job from the command line on an embedded example instead.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build

if node scripts/start.mjs --check >/dev/null 2>&1; then
  exec node scripts/start.mjs
fi
node scripts/start.mjs || true
echo
echo "Running the command-line version on an embedded example instead:"
npx --no-install c100 fill --example attended-miam --out out
echo
echo "Next: npx c100 --help (validate, miam, fill, schema), and examples/ for complete drafts to start from."

