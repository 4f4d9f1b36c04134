// Types of scripts/lsp-shims.mjs for the tests that read its lists.
export declare const INERT_FEATURE_MODULES: readonly string[];
export declare const KEPT_SERVER_CAPABILITIES: readonly string[];
export declare const clientShims: { name: string; setup(build: unknown): void };
export declare const INERT_SERVER_FEATURE_MODULES: readonly string[];
export declare const serverShims: { name: string; setup(build: unknown): void };
export declare const TRIMMED_MODULES: RegExp;
export declare function typesTrimmed(ts: typeof import('typescript'), consumers: string): { name: string; setup(build: unknown): void };
export declare function trimTypes(ts: typeof import('typescript'), source: string, consumers: string): string;
