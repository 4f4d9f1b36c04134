/**
 * What every feature module gets: the connection, the document store, the settings and the
 * client's capabilities as plain booleans, plus the guard that keeps a handler's exception
 * from taking the server down.
 */
import type { ClientCapabilities, Connection, InitializeParams } from 'vscode-languageserver';
import type { ReportDocuments } from './documents';
import type { InitializationOptions } from './protocol';
import type { SettingsStore } from './settings';

export interface ClientSupport {
  /** `textDocument/diagnostic`: the client pulls, so the server does not push. */
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  didChangeConfigurationDynamic: boolean;
  /** The client watches files for the server when asked (config files changing on disk). */
  didChangeWatchedFilesDynamic: boolean;
  documentChanges: boolean;
  relatedInformation: boolean;
  hierarchicalSymbols: boolean;
  inlayHintRefresh: boolean;
  /** UI language from `initializationOptions.locale`, else `InitializeParams.locale`. */
  locale: string | undefined;
  /** Prefix of every rule page link (`codeDescription.href`); undefined: no links. */
  ruleDocBase: string | undefined;
}

/** `defaultRuleDocBase`: where this server's own copy of the rule pages is (Node: beside the bundle). */
export function readClientSupport(params: InitializeParams, defaultRuleDocBase?: string): ClientSupport {
  const caps: ClientCapabilities = params.capabilities ?? {};
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    configuration: !!caps.workspace?.configuration,
    didChangeConfigurationDynamic: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    didChangeWatchedFilesDynamic: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    relatedInformation: caps.textDocument?.publishDiagnostics?.relatedInformation !== false,
    hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    inlayHintRefresh: !!caps.workspace?.inlayHint?.refreshSupport,
    locale: typeof init.locale === 'string' ? init.locale : params.locale,
    ruleDocBase: typeof init.ruleDocBase === 'string' && init.ruleDocBase ? init.ruleDocBase : defaultRuleDocBase,
  };
}

export const NO_CLIENT_SUPPORT: ClientSupport = {
  pullDiagnostics: false,
  diagnosticRefresh: false,
  configuration: false,
  didChangeConfigurationDynamic: false,
  didChangeWatchedFilesDynamic: false,
  documentChanges: false,
  relatedInformation: true,
  hierarchicalSymbols: true,
  inlayHintRefresh: false,
  locale: undefined,
  ruleDocBase: undefined,
};

export interface ServerContext {
  connection: Connection;
  reports: ReportDocuments;
  settings: SettingsStore;
  /** Filled in by `initialize`; read it at request time, not at module load. */
  client: ClientSupport;
  log(message: string): void;
}

/**
 * Wrap a request handler: an exception (sync or async) is logged and turned into `fallback`,
 * so one bad document or request never crashes the server or fails the client's request.
 */
export function guard<P extends unknown[], R>(
  ctx: Pick<ServerContext, 'log'>,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (e) {
      ctx.log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}
