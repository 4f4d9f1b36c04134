/**
 * A small LSP client for the protocol tests: spawns `node dist/server.js --stdio` and talks
 * to it with vscode-languageserver-protocol. Every wait is on an event (with a generous
 * timeout that fails the test), never a sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';

export const SERVER_JS = path.resolve(__dirname, '../../dist/server.js');
export const WAIT_MS = 20_000;

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { versionSupport: true, relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { isPreferredSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    inlayHint: {},
    foldingRange: { lineFoldingOnly: true },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  locale?: string;
  /** What the client answers to `workspace/configuration` for section `ogiReport`. */
  settings?: Record<string, unknown>;
  /** Node options for the server process (the bench preloads its probe this way). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  /** Another bundle than dist/server.js (the bench's production build). */
  serverJs?: string;
}

interface Waiter<T> {
  test(value: T): boolean;
  resolve(value: T): void;
}

/** Resolve when `test` holds for a future event; reject after WAIT_MS with `what`. */
function waitOn<T>(list: Waiter<T>[], what: string, test: (value: T) => boolean): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      list.splice(list.indexOf(waiter), 1);
      reject(new Error(`timed out waiting for ${what}`));
    }, WAIT_MS);
    const waiter: Waiter<T> = {
      test,
      resolve: (v) => {
        clearTimeout(timer);
        resolve(v);
      },
    };
    list.push(waiter);
  });
}

function fire<T>(list: Waiter<T>[], value: T): void {
  for (const w of [...list]) {
    if (w.test(value)) {
      list.splice(list.indexOf(w), 1);
      w.resolve(value);
    }
  }
}

export class TestClient {
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly statuses = new Map<string, StatusParams>();
  readonly registrations: string[] = [];
  stderr = '';
  /** `window/logMessage` texts (the server logs handler failures there). */
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly statusWaiters: Waiter<StatusParams>[] = [];
  private readonly versions = new Map<string, number>();
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.latest.set(p.uri, p);
      fire(this.diagnosticWaiters, p);
    });
    conn.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      this.statuses.set(p.uri, p);
      fire(this.statusWaiters, p);
    });
    conn.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    conn.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) this.registrations.push(r.method);
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
  }

  init!: InitializeResult;

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!fs.existsSync(options.serverJs ?? SERVER_JS)) throw new Error(`${options.serverJs ?? SERVER_JS} is missing: run \`npm run build\` first (npm test does)`);
    const proc = spawn(process.execPath, [...(options.execArgv ?? []), options.serverJs ?? SERVER_JS, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, options);
    conn.listen();
    client.init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next publishDiagnostics for `uri` (optionally of exactly `version`). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return waitOn(this.diagnosticWaiters, `diagnostics of ${uri}${version ? ` v${version}` : ''}`, (p) => p.uri === uri && (version === undefined || p.version === version));
  }

  nextStatus(uri: string, test: (s: StatusParams) => boolean = () => true): Promise<StatusParams> {
    return waitOn(this.statusWaiters, `status of ${uri}`, (s) => s.uri === uri && test(s));
  }

  async open(uri: string, text: string, languageId = 'ogi-report'): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const next = this.nextDiagnostics(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return next;
  }

  /** Send changes (full text or ranges) as the next version; resolves with that version's diagnostics. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[] | string): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const next = this.nextDiagnostics(uri, version);
    const contentChanges = typeof changes === 'string' ? [{ text: changes }] : changes;
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return next;
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Change the settings the client answers with and tell the server they changed. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode === null) {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
      await this.exited;
    }
    this.conn.dispose();
  }
}
