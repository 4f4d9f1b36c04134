#!/usr/bin/env bash
# start-code-server.sh <code-server entry.js> <port> <state-dir> [extra args...]
# Seeds quiet, deterministic user settings, then runs code-server in the foreground.
# All state stays under <state-dir>; the caller exports XDG_*/TMPDIR/HOME there too.
set -euo pipefail
ENTRY=$1; PORT=$2; STATE=$3; shift 3
mkdir -p "$STATE/data/User" "$STATE/ext"
cat > "$STATE/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 100,
  "editor.minimap.enabled": false,
  "files.hotExit": "off",
  "workbench.editor.restoreViewState": false,
  "window.restoreWindows": "none",
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "[ogi-report]": { "editor.codeActionsOnSave": { "source.fixAll.ogi-report": "explicit" } }
}
JSON
exec node "$ENTRY" --config "$STATE/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$STATE/data" --extensions-dir "$STATE/ext" "$@"
