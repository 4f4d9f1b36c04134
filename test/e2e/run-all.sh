#!/usr/bin/env bash
# Editor end-to-end tests on a fresh Debian machine (Node 20, npm 11; npm registry + Debian apt only):
#   apt packages (when missing) → code-server 4.100.3 (cached in .e2e/code-server) → npm run package
#   → headless Neovim LSP test → real VS Code workbench test (code-server + Playwright + chromium).
# Works as root under CI=true with no stdin. Everything it writes stays in <repo>/.e2e (and the
# screenshots in test/e2e/artifacts). Ends with an "N passed, M failed" line; exits non-zero on failure.
# Env: OGI_CODE_SERVER_DIR (default .e2e/code-server) to share one code-server install between clones.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd); cd "$ROOT"
E2E="$ROOT/.e2e"; mkdir -p "$E2E"
CS_VERSION=4.100.3
CS_PREFIX=${OGI_CODE_SERVER_DIR:-$E2E/code-server}
T0=$(date +%s)
ts() { echo "[e2e $(date +%T) +$(( $(date +%s) - T0 ))s] $*"; }
export DEBIAN_FRONTEND=noninteractive npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
exec </dev/null

# 1) Debian packages: chromium (workbench), neovim, ripgrep + libkrb5-dev + a compiler (code-server's
#    native modules), fonts-noto-cjk (Chinese text in screenshots), curl-free: node does the HTTP checks.
missing=()
for pkg in chromium neovim ripgrep libkrb5-dev fonts-noto-cjk python3 make g++; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  ts "apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" > "$E2E/apt.log" 2>&1 || { tail -30 "$E2E/apt.log"; exit 1; }
fi

# 2) code-server, once (npm cache and temp files under .e2e too)
if [ ! -f "$CS_PREFIX/.installed-$CS_VERSION" ]; then
  ts "install code-server $CS_VERSION into $CS_PREFIX"
  rm -rf "$CS_PREFIX"; mkdir -p "$E2E/tmp" "$E2E/npm-cache"
  TMPDIR="$E2E/tmp" npm_config_cache="$E2E/npm-cache" \
    bash "$HERE/install-code-server.sh" "$CS_PREFIX" "$CS_VERSION" > "$E2E/code-server-install.log" 2>&1 \
    || { tail -50 "$E2E/code-server-install.log"; exit 1; }
else
  ts "code-server $CS_VERSION already in $CS_PREFIX"
fi

# 3) the extension: dependencies, bundles, .vsix; Playwright for the workbench test
[ -d node_modules/vscode-languageserver ] || { ts "npm ci"; npm ci --no-audit --no-fund > "$E2E/npm-ci.log" 2>&1 || { tail -30 "$E2E/npm-ci.log"; exit 1; }; }
[ -d "$HERE/node_modules/playwright-core" ] || { ts "npm ci (test/e2e)"; (cd "$HERE" && npm ci --no-audit --no-fund > "$E2E/npm-ci-e2e.log" 2>&1) || { tail -30 "$E2E/npm-ci-e2e.log"; exit 1; }; }
ts "npm run package"
npm run -s package > "$E2E/package.log" 2>&1 || { tail -30 "$E2E/package.log"; exit 1; }
ts "ogi-report.vsix: $(stat -c %s ogi-report.vsix) bytes; dist/server.js $(stat -c %s dist/server.js), dist/client.js $(stat -c %s dist/client.js)"

passed=0; failed=0
run_suite() { # name, command...
  local name=$1; shift
  ts "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); ts "$name FAILED"; fi
}
# 4) Neovim 0.7 headless, over stdio
run_suite "neovim headless LSP test" bash "$ROOT/test/nvim/run-nvim-test.sh" "$E2E/nvim"
# 5) VS Code workbench (code-server) + Playwright
run_suite "VS Code workbench test (code-server $CS_VERSION)" bash "$HERE/run-workbench.sh" "$CS_PREFIX" "$ROOT/ogi-report.vsix"

ts "done in $(( $(date +%s) - T0 ))s"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
