/**
 * Loading one report's text, the same for `check` (`pipeline.ts`) and `review` (`review/run.ts`):
 * read a file (or take bytes already in memory: standard input, a page fetched without a cache
 * folder), then decode it as text or import it as a web page, Word file or PDF. Never throws:
 * the answer is the text with what the user should know about it (`warnings`), or the reason
 * there is none, in the words of `reasons.ts`.
 *
 * An import that reports a problem but gave some text (a page whose article was not found, a PDF
 * with a few words on otherwise blank pages) is loaded, with the problem as a warning: the
 * reviewer sees the findings on what could be read and that it was read only in part. An import
 * with a problem and no text at all is not loaded, and the problem is the reason. The importer's
 * `form` and `problem` are taken as it gives them, whatever form or problem it knows.
 *
 * The form is the bytes' (`import/form.ts` `formOfBytes`, which looks at the first kilobytes
 * only), the name or the caller's `form` only a hint: a PDF, a Word file or a web page saved as
 * `报告.txt`, under no extension, piped to standard input or served as `text/html` is read as what
 * it is, never refused as "not a text file" or read as text. Plain text stays on the fast path:
 * its first bytes say it is text (`mayBeDocument`), and the importers — with the full sniff — are
 * loaded only when the bytes may be something else.
 *
 * A module of its own in `cli/` beside `reasons.ts` and `import-command.ts` (the words and the
 * importers' loader it needs); `review/run.ts`, which the language server also runs, already
 * takes those from here, and `io/` stays free of the command's words.
 */
import { decode, BinaryFileError, type Decoded, type EncodingOption } from '../io/encoding';
import { readReportFile, ReadRefusal, type Snapshot } from '../io/read';
import { formOf, mayBeDocument, type ReportForm } from '../import/form';
import { loadImporters } from './import-command';
import { REASON } from './reasons';

/** Where a report's bytes are. */
export interface LoadInput {
  /** The path, URL or `<stdin>` as the user gave it: a hint of the form when `form` does not give one. */
  name: string;
  /**
   * A hint of the form when the name does not say it (a page at `…/show?id=3`): the bytes decide,
   * this only where they leave it open (text under a page's name is read as a page).
   */
  form?: ReportForm;
  /** A file on disk, read now (size limit, no FIFOs: `io/read.ts`). */
  path?: string;
  /** Bytes already in memory (standard input, a page fetched without a cache folder). */
  bytes?: Uint8Array;
}

export interface LoadedText {
  ok: true;
  /** As read: the importer's answer for an imported file. */
  form: ReportForm;
  text: string;
  /** Decoding doubts, a partial import: the report is checked, and the user should know. */
  warnings: string[];
  /** The importer's problem when it still gave some text (also said in `warnings`). */
  importProblem?: { code: string; message: string };
  /** Where each line of an imported report came from (`第2页` …). */
  lineSources?: (string | undefined)[];
  /** Publication date an imported file states (YYYY-MM-DD), for the deadline rule. */
  published?: string;
  /**
   * What was read from a file (absent for bytes given in memory, which do not change): its
   * `digestOf` tells a run's second pass that it read the text its first pass summarised.
   */
  snapshot?: Snapshot;
  /** A text file read from disk: what a safe write of a fix needs. */
  source?: { bytes: Buffer; decoded: Decoded; snapshot: Snapshot };
}

export interface LoadFailure {
  ok: false;
  form: ReportForm;
  /** Why there is no text (zh-CN). */
  reason: string;
}

export type LoadResult = LoadedText | LoadFailure;

/** The form a load starts from, before any byte is read: given, or said by the name, else text. */
function formToLoad(input: LoadInput): ReportForm {
  return input.form ?? formOf(input.name) ?? 'text';
}

/** Read, then decode or import. Any error, expected or not, is a failure with its reason. */
export async function loadReport(input: LoadInput, encoding: EncodingOption): Promise<LoadResult> {
  const form = formToLoad(input);
  try {
    return await loadOrThrow(input, form, encoding);
  } catch (err) {
    return { ok: false, form, reason: REASON.internal(err) };
  }
}

async function loadOrThrow(input: LoadInput, hinted: ReportForm, encoding: EncodingOption): Promise<LoadResult> {
  let bytes: Buffer;
  let snapshot: Snapshot | undefined;
  if (input.bytes) bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  else if (input.path !== undefined) {
    try {
      ({ bytes, snapshot } = readReportFile(input.path));
    } catch (err) {
      if (err instanceof ReadRefusal) return { ok: false, form: hinted, reason: err.message };
      throw err;
    }
  } else throw new Error(`no path or bytes for '${input.name}'`);
  // The name `formOfBytes` takes as its hint: the input's, unless a given form says otherwise.
  const hint = formOf(input.name) === hinted || !input.form ? input.name : `report.${hinted}`;
  // Text (most reports) is told by its first bytes here; anything else is decided by the importers'
  // `formOfBytes`, loaded then (the language server's bundle need not carry it).
  const form = mayBeDocument(bytes) ? (await loadImporters()).formOfBytes(bytes, hint) : (formOf(hint) ?? 'text');
  return fromBytes(input, bytes, snapshot, form, encoding);
}

async function fromBytes(input: LoadInput, bytes: Buffer, snapshot: Snapshot | undefined, form: ReportForm, encoding: EncodingOption): Promise<LoadResult> {
  if (form !== 'text') {
    // The importers (their own bundle) are loaded only when a web page, Word file or PDF is met.
    const { importReport } = await loadImporters();
    // The importers choose by the bytes, the name a hint: give them one that says the form.
    const imported = await importReport(formOf(input.name) === form ? input.name : `report.${form}`, bytes);
    if (imported.problem && !imported.text.trim()) return { ok: false, form: imported.form, reason: REASON.importProblem(imported.problem) };
    return {
      ok: true,
      form: imported.form,
      text: imported.text,
      ...(snapshot ? { snapshot } : {}),
      warnings: imported.problem ? [REASON.partialImport(imported.problem)] : [],
      ...(imported.problem ? { importProblem: imported.problem } : {}),
      ...(imported.lineSources ? { lineSources: imported.lineSources } : {}),
      ...(imported.meta.publishedAt ? { published: imported.meta.publishedAt } : {}),
    };
  }
  let decoded: Decoded;
  try {
    decoded = decode(bytes, encoding);
  } catch (err) {
    if (err instanceof BinaryFileError) return { ok: false, form, reason: REASON.notText };
    throw err;
  }
  return { ok: true, form, text: decoded.text, warnings: decoded.warning ? [decoded.warning] : [], ...(snapshot ? { snapshot, source: { bytes, decoded, snapshot } } : {}) };
}

/**
 * 52 bits of the SHA-256 of the bytes a file gave, a number (kept unboxed per report); 0 for
 * bytes given in memory. Asked only when a second pass will read the file again: a text kept
 * between the passes (`between-passes.ts`) needs no proof that it is the same.
 */
export function digestOf(loaded: LoadedText): number {
  return loaded.snapshot ? Number.parseInt(loaded.snapshot.hash.slice(0, 13), 16) : 0;
}
