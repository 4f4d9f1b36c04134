/**
 * `npm run test:electron`: the extension in desktop VS Code via @vscode/test-electron. It
 * downloads VS Code, so it runs only where that download is allowed (not in CI here: CI uses
 * the code-server workbench test in test/e2e instead, see docs/editor.md).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-electron-'));
  const folder = path.join(work, 'ws');
  const file = path.join(folder, '红旗区2024年度报告.txt');
  execFileSync(process.execPath, [path.join(root, 'test/e2e/plant.mjs'), file], { stdio: 'inherit' });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/electron/suite.js'),
      extensionTestsEnv: { OGI_REPORT_FILE: file },
      launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(work, 'user-data')}`],
    });
    console.log('1 passed, 0 failed');
  } catch (e) {
    console.error('electron test failed:', e);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main();
