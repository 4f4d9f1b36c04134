#!/usr/bin/env bash
# Install code-server from the npm registry only (no GitHub downloads), Node 20 route.
# Usage: install-code-server.sh <prefix-dir> [version]   (default 4.100.3 = VS Code 1.100.3,
# the last code-server with engines.node 20). Needs (Debian): python3 make g++ libkrb5-dev ripgrep.
# Adapted from shared/e2e-notes/scripts/install-code-server.sh; see its README for why each step.
set -euo pipefail
PREFIX=${1:?prefix dir}; VER=${2:-4.100.3}
export npm_config_yes=true           # node-pty's post-install runs `npx node-gyp`; ~/.npmrc may say yes=false
export npm_config_unsafe_perm=true   # running as root
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
mkdir -p "$PREFIX" && PREFIX=$(cd "$PREFIX" && pwd) && cd "$PREFIX"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json
# 1) code-server without its postinstall: that would run `npm install` in lib/vscode, where
#    @vscode/ripgrep's postinstall downloads rg from GitHub and fails here.
npm i --ignore-scripts "code-server@$VER"
CS="$PREFIX/node_modules/code-server"
npm rebuild argon2                   # node-pre-gyp's download fails; it falls back to compiling
# 2) what code-server's postinstall.sh does, with ripgrep pre-seeded from Debian's rg
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # its postinstall sees bin/ and exits 0
npm rebuild                          # node-pty, @vscode/spdlog, kerberos (libkrb5-dev), native-watchdog …
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
( cd bin/remote-cli && ln -sf code-linux.sh code-server )
( cd bin/helpers && ln -sf browser-linux.sh browser.sh )
cd extensions
npm install --omit=dev
touch "$PREFIX/.installed-$VER"
echo "code-server $VER installed: $PREFIX/node_modules/.bin/code-server"
