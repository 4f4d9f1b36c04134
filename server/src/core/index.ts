/** The pure core's public surface: the server, the CLI and the tests use only this. */
export * from './types';
export type * from './model';
export { parseReport } from './parse/index';
