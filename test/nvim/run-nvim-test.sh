#!/usr/bin/env bash
# Headless Neovim LSP check. Usage: run-nvim-test.sh [work-dir]  (default <repo>/.e2e/nvim)
# Needs dist/server.js (npm run build) and nvim >= 0.7. Keeps nvim's log/lsp.log out of $HOME.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
WORK=${1:-$ROOT/.e2e/nvim}
rm -rf "$WORK" && mkdir -p "$WORK"
export XDG_CACHE_HOME=$WORK/xdg-cache XDG_STATE_HOME=$WORK/xdg-state XDG_DATA_HOME=$WORK/xdg-data XDG_CONFIG_HOME=$WORK/xdg-config
FILE="$WORK/红旗区2024年度报告.txt"
node "$ROOT/test/e2e/plant.mjs" "$FILE"
export SERVER="$ROOT/dist/server.js" FILE
cd "$WORK"
exec nvim --headless -u NONE -i NONE -n -c "luafile $HERE/lsp-test.lua"
