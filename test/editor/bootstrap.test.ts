/**
 * The extension's Node entry as built (dist/bootstrap.js, `npm run build`), loaded by Node's own
 * `require` beside a stand-in for dist/client.js, with a small model of the VS Code API it
 * uses (commands that refuse a second registration and an unknown id, documents, tabs, events,
 * settings). What a clerk would see: no client and no server for a document that is not a
 * report; the client for a report (by language or text, on opening, on a paste, on typing),
 * for a Word report to import and for every command, which then runs as if the client had
 * always been there. Typing in a large document reads only the text around the edit.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { SEEDS_DIR } from '../support/corpus';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const seed = fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.endsWith('.txt'))!), 'utf8');

type Listener<T> = (e: T) => unknown;

class Emitter<T> {
  readonly listeners = new Set<Listener<T>>();
  event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string) {}
  toString(): string {
    return `${this.scheme}:${this.path}`;
  }
}

/** Positions are offsets here: all the bootstrap does is `positionAt` and `getText(range)`. */
class Range {
  constructor(readonly start: number, readonly end: number) {}
}

class Doc {
  /** How many characters each `getText` call returned: typing must not read the whole text. */
  readonly reads: number[] = [];
  constructor(readonly uri: Uri, readonly languageId: string, public text: string) {}
  getText(range?: Range): string {
    const t = range ? this.text.slice(range.start, range.end) : this.text;
    this.reads.push(t.length);
    return t;
  }
  positionAt(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }
}

/** The parts of the `vscode` module the bootstrap and the client stand-in use. */
class FakeVscode {
  readonly commands = new Map<string, (...args: unknown[]) => unknown>();
  readonly opened = new Emitter<Doc>();
  readonly changed = new Emitter<{ document: Doc; contentChanges: { rangeOffset: number; rangeLength: number; text: string }[] }>();
  readonly tabsChanged = new Emitter<{ opened: { input: { uri: Uri } }[]; changed: { input: { uri: Uri } }[] }>();
  readonly settings = new Map<string, unknown>();
  readonly docs: Doc[] = [];
  settingsRead = 0;
  activeTab: { input: { uri: Uri } } | undefined;

  readonly api = {
    Uri,
    Range,
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        if (this.commands.has(id)) throw new Error(`command '${id}' already exists`);
        this.commands.set(id, handler);
        return { dispose: () => this.commands.get(id) === handler && this.commands.delete(id) };
      },
      executeCommand: async (id: string, ...args: unknown[]) => {
        const handler = this.commands.get(id);
        if (!handler) throw new Error(`command '${id}' not found`);
        return handler(...args);
      },
    },
    workspace: {
      textDocuments: this.docs,
      onDidOpenTextDocument: this.opened.event,
      onDidChangeTextDocument: this.changed.event,
      getConfiguration: (section: string) => {
        this.settingsRead++;
        return { get: (key: string) => this.settings.get(`${section}.${key}`) };
      },
    },
    window: {
      tabGroups: {
        onDidChangeTabs: this.tabsChanged.event,
        get activeTabGroup() {
          return { activeTab: fake.activeTab };
        },
      },
    },
  };

  open(doc: Doc): Doc {
    this.docs.push(doc);
    this.opened.fire(doc);
    return doc;
  }

  edit(doc: Doc, offset: number, removed: number, text: string): void {
    doc.text = doc.text.slice(0, offset) + text + doc.text.slice(offset + removed);
    this.changed.fire({ document: doc, contentChanges: [{ rangeOffset: offset, rangeLength: removed, text }] });
  }

  listeners(): number {
    return this.opened.listeners.size + this.changed.listeners.size + this.tabsChanged.listeners.size;
  }
}

/** What dist/client.js does that the bootstrap relies on: `activate` registers the real commands. */
const CLIENT_STAND_IN = `
const vscode = require('vscode');
exports.activate = async (context) => {
  globalThis.__client.activations++;
  for (const id of globalThis.__client.ids) context.subscriptions.push(vscode.commands.registerCommand(id, (...args) => ({ ran: id, args })));
  await new Promise((r) => setTimeout(r, 10)); // the server starting
};
exports.deactivate = () => { globalThis.__client.deactivations++; };
`;

let dir: string;
let fake: FakeVscode;
let extension: { activate(context: unknown): void; deactivate(): unknown };
let context: { subscriptions: { dispose(): unknown }[] };
const client = () => (globalThis as unknown as { __client: { activations: number; deactivations: number } }).__client;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bootstrap-'));
  fs.copyFileSync(path.join(ROOT, 'dist/bootstrap.js'), path.join(dir, 'bootstrap.js'));
  fs.writeFileSync(path.join(dir, 'client.js'), CLIENT_STAND_IN);
  fs.mkdirSync(path.join(dir, 'node_modules/vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules/vscode/index.js'), 'module.exports = globalThis.__vscode;');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh editor: a new API model, the bootstrap and the client stand-in loaded anew. */
function fresh(): void {
  fake = new FakeVscode();
  Object.assign(globalThis, { __vscode: fake.api, __client: { activations: 0, deactivations: 0, ids: Object.values(COMMANDS) } });
  const require = createRequire(path.join(dir, 'bootstrap.js'));
  for (const m of ['./bootstrap.js', './client.js', 'vscode']) delete require.cache[require.resolve(m)];
  extension = require('./bootstrap.js');
  context = { subscriptions: [] };
}
beforeEach(fresh);

const activate = () => extension.activate(context);
const settle = () => new Promise((r) => setTimeout(r, 30));
const file = (name: string) => new Uri('file', `/work/${name}`);

describe('the bootstrap (package.json main)', () => {
  it('is the Node entry; the web host loads the client itself', () => {
    expect(pkg.main).toBe('./dist/bootstrap.js');
    expect(pkg.browser).toBe('./dist/client.js');
  });

  it('loads nothing for a document that is not a report, and registers every contributed command', async () => {
    fake.open(new Doc(file('README.md'), 'markdown', '# Notes\n\nNothing about reports here.\n'));
    activate();
    fake.open(new Doc(file('todo.txt'), 'plaintext', '买牛奶；修自行车。'));
    await settle();
    expect(client().activations).toBe(0);
    expect([...fake.commands.keys()].sort()).toEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort());
  });

  it('starts the client for a report open at activation: by language, or plain text that reads like one', async () => {
    fake.docs.push(new Doc(new Uri('untitled', 'Untitled-1'), LANGUAGE_ID, ''));
    activate();
    await settle();
    expect(client().activations).toBe(1);

    fresh();
    fake.docs.push(new Doc(file('红旗区.txt'), 'plaintext', seed));
    activate();
    await settle();
    expect(client().activations).toBe(1);
  });

  it('starts the client once when a report opens, then leaves every event to it', async () => {
    activate();
    expect(fake.listeners()).toBe(3);
    fake.open(new Doc(file('notes.md'), 'markdown', '# 会议纪要'));
    expect(client().activations).toBe(0);
    fake.open(new Doc(file('report.txt'), 'plaintext', seed));
    fake.open(new Doc(file('report2.txt'), 'plaintext', seed));
    await settle();
    expect(client().activations).toBe(1);
    expect(fake.listeners()).toBe(0);
  });

  it('leaves plain text to the setting ogiReport.detect = off (a report by language still starts it)', async () => {
    fake.settings.set('ogiReport.detect', 'off');
    activate();
    fake.open(new Doc(file('report.txt'), 'plaintext', seed));
    await settle();
    expect(client().activations).toBe(0);
    fake.open(new Doc(file('report.ogi.txt'), LANGUAGE_ID, seed));
    await settle();
    expect(client().activations).toBe(1);
  });

  it('ignores plain text that is not a file or an untitled editor (output channels, git views)', async () => {
    activate();
    fake.open(new Doc(new Uri('output', 'extension-output-1'), 'plaintext', seed));
    fake.open(new Doc(new Uri('git', '/work/report.txt'), 'plaintext', seed));
    await settle();
    expect(client().activations).toBe(0);
  });

  it('starts the client when a report is pasted into an untitled editor', async () => {
    activate();
    const untitled = fake.open(new Doc(new Uri('untitled', 'Untitled-1'), 'plaintext', ''));
    fake.edit(untitled, 0, 0, 'draft ');
    await settle();
    expect(client().activations).toBe(0);
    fake.edit(untitled, 6, 0, seed);
    await settle();
    expect(client().activations).toBe(1);
  });

  it('reads only the text around each keystroke of a large document, and starts once the typing makes a report', async () => {
    activate();
    const big = fake.open(new Doc(file('big.md'), 'markdown', `${'lorem ipsum dolor sit amet '.repeat(80_000)}\n`));
    big.reads.length = 0;
    const at = 1_000_000;
    [...'这是政府信息公'].forEach((ch, i) => fake.edit(big, at + i, 0, ch));
    expect(client().activations).toBe(0);
    fake.edit(big, at + 7, 0, '开');
    await settle();
    expect(client().activations).toBe(1);
    // Around the edit only (never the 2 MB), until the client has the document.
    expect(Math.max(...big.reads.slice(0, 8))).toBeLessThan(300);
  });

  it('reads neither the text nor the settings when typing in a file of another language', async () => {
    activate();
    const code = fake.open(new Doc(file('main.ts'), 'typescript', `// ${seed}`));
    code.reads.length = 0;
    fake.settingsRead = 0;
    for (let i = 0; i < 20; i++) fake.edit(code, i, 0, 'x');
    await settle();
    expect(code.reads).toEqual([]);
    expect(fake.settingsRead).toBe(0);
    expect(client().activations).toBe(0);
  });

  it('starts the client when a Word report opens (the client offers its import), not for another Word file', async () => {
    activate();
    fake.tabsChanged.fire({ opened: [{ input: { uri: file('会议纪要.docx') } }], changed: [] });
    await settle();
    expect(client().activations).toBe(0);
    fake.activeTab = { input: { uri: file('红旗区2024年度报告.docx') } };
    fake.tabsChanged.fire({ opened: [fake.activeTab], changed: [] });
    await settle();
    expect(client().activations).toBe(1);
  });

  it('starts the client when a Word report replaces the preview tab (opened from the explorer: a changed tab, no new one)', async () => {
    activate();
    fake.activeTab = { input: { uri: file('红旗区2024年度报告.docx') } };
    fake.tabsChanged.fire({ opened: [], changed: [fake.activeTab] });
    await settle();
    expect(client().activations).toBe(1);
  });

  it('runs every command before any report is open: the client starts once and the real command gets the arguments', async () => {
    activate();
    const results = await Promise.all([
      fake.api.commands.executeCommand(COMMANDS.showRuleDoc, 'T3-ROWSUM'),
      fake.api.commands.executeCommand(COMMANDS.newReport),
    ]);
    expect(results).toEqual([
      { ran: COMMANDS.showRuleDoc, args: ['T3-ROWSUM'] },
      { ran: COMMANDS.newReport, args: [] },
    ]);
    expect(client().activations).toBe(1);
    for (const id of Object.values(COMMANDS)) expect(await fake.api.commands.executeCommand(id, 1)).toEqual({ ran: id, args: [1] });
  });

  it('stops the client with the extension, and disposes its own registrations when never used', async () => {
    activate();
    expect(extension.deactivate()).toBeUndefined();
    for (const d of context.subscriptions) d.dispose();
    expect(fake.commands.size).toBe(0);
    expect(fake.listeners()).toBe(0);

    fresh();
    activate();
    await fake.api.commands.executeCommand(COMMANDS.showOutput);
    await extension.deactivate();
    expect(client().deactivations).toBe(1);
  });
});
