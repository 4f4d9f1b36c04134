#!/usr/bin/env bash
# run-workbench.sh <code-server prefix> <vsix> -- fresh state under .e2e/workbench, install the
# .vsix, start code-server, run the Playwright test against it, stop code-server.
# Every file the run writes stays under <repo>/.e2e (HOME, XDG_*, TMPDIR point there).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=${1:?code-server prefix}; VSIX=${2:?vsix}
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"
[ -f "$ENTRY" ] || { echo "code-server not installed at $PREFIX (run install-code-server.sh)"; exit 1; }
STATE=${E2E_STATE:-$ROOT/.e2e/workbench}
rm -rf "$STATE"; mkdir -p "$STATE"/{ws,tmp,run,home,xdg-config,xdg-data,xdg-cache}; chmod 700 "$STATE/run"
# VS Code puts vscode-ipc-*.sock in XDG_RUNTIME_DIR (else /tmp), vscode-typescript* in TMPDIR;
# code-server writes ~/.config/code-server and ~/.local/share/code-server; chromium ~/.cache/dconf.
export HOME="$STATE/home" TMPDIR="$STATE/tmp" XDG_RUNTIME_DIR="$STATE/run"
export XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data" XDG_CACHE_HOME="$STATE/xdg-cache"
export FILE_NAME="红旗区2024年度报告.txt"
node "$HERE/plant.mjs" "$STATE/ws/$FILE_NAME"
# More of a clerk's folder: another report (never opened: the folder check finds it), a GBK
# copy (opened as UTF-8 it would be mojibake), and a Word file (offered for import).
node "$HERE/plant-more.mjs" "$STATE/ws"
PORT=${E2E_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}

t0=$(date +%s%N)
node "$ENTRY" --config "$STATE/config.yaml" --user-data-dir "$STATE/data" --extensions-dir "$STATE/ext" \
  --install-extension "$VSIX" > "$STATE/install-extension.log" 2>&1 || { cat "$STATE/install-extension.log"; exit 1; }
echo "vsix installed in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

# Own process group, so stopping it also stops the extension host and the language server it spawned.
setsid bash "$HERE/start-code-server.sh" "$ENTRY" "$PORT" "$STATE" > "$STATE/code-server.log" 2>&1 &
CS_PID=$!
stop() { kill -TERM -- "-$CS_PID" 2>/dev/null || true; wait "$CS_PID" 2>/dev/null || true; }
trap stop EXIT

rc=0
CS_URL="http://127.0.0.1:$PORT" WS="$STATE/ws" SHOTS="${SHOTS:-$HERE/artifacts}" \
  node "$HERE/workbench.e2e.js" || rc=$?
if [ "$rc" -ne 0 ]; then echo "--- code-server.log (tail)"; tail -40 "$STATE/code-server.log"; fi
exit "$rc"
