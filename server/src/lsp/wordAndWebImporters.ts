/**
 * The importers the server loads for a Word file or a web page. In the bundle scripts/build.mjs
 * turns `import('./wordAndWebImporters')` into `import('./import-word-web.mjs')`: the importers
 * without pdf.js, which the .vsix ships. Run from source (tests) it is the full importers module.
 */
export { importReport } from '../import/index';
