// `renja validate`: read each workbook, run the engine, print text or the JSON contract, choose the exit code.
import { SingleBar } from "cli-progress";
import type { Summary, ValidationResult } from "../renja/engine";
import type { Finding } from "../renja/finding";
import type { CellWrite } from "../renja/plan";
import type { NomenklaturIndex } from "../renja/nomenklatur";
import type { ColumnOverride } from "../renja/rules/context";
import { InputError, UsageError } from "./errors";
import { columnMapOf } from "./kolom";
import { LIMITS } from "./limits";
import { nomenklaturFromBytes } from "./nomenklatur-xlsx";
import { textReport } from "./report";
import { tallerRowsText, writeFixedCopy, writeFixesInPlace } from "./fix-out";
import type { RowHeightChange } from "./xlsx/patch";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
import { checkOutput, OutputError, writeOutput, type OutputTarget } from "./output-path";
import { validateFile, type FileOutcome } from "./validate-file";
import { MIN_FILES_FOR_WORKERS, validateInWorkers, workerCount } from "./validate-pool";
import { readInputFile } from "./xlsx/input-file";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** stderr is a terminal: only then is a progress bar drawn. */
  isTTY: boolean;
  /** Width of the terminal stdout writes to; undefined when stdout is not a terminal (no wrapping then). */
  columns?: number;
  size(file: string): number;
}

export interface ValidateCliOptions {
  format: "text" | "json";
  /** A Kepmendagri list (.xlsx) replacing the built-in one. */
  nomenklatur?: string;
  /** --tanpa-nomenklatur: no nomenclature checks at all. */
  tanpaNomenklatur?: boolean;
  fixOut?: string;
  /** Write the fixes into the (single) input, after a backup FILE.bak.xlsx. */
  inPlace?: boolean;
  /** --timpa: an existing --fix-out file (never the input) may be replaced. */
  timpa?: boolean;
  /** --kolom values, "SHEET!F=pagu,G=sumberDana" (repeatable). */
  kolom?: string[];
  /** --kolom-file MAP.json. */
  kolomFile?: string;
}

/** Files at least this large get a progress bar even alone. */
const LARGE_FILE_BYTES = 5 * 1024 * 1024;

export { EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE, EXIT_USAGE };

/** The built-in list, loaded on first use only: --tanpa-nomenklatur and a user's list never pay for it. */
function builtinList(): NomenklaturIndex {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
  return (require("../renja/nomenklatur-bawaan") as typeof import("../renja/nomenklatur-bawaan")).builtinNomenklatur();
}


export async function validateFiles(files: string[], opts: ValidateCliOptions, io: Io): Promise<number> {
  let nomenklatur: NomenklaturIndex | undefined;
  let nomenklaturBytes: Buffer | undefined;
  if (opts.nomenklatur && opts.tanpaNomenklatur) {
    io.stderr.write("renja: --nomenklatur dan --tanpa-nomenklatur tidak dapat dipakai bersama.\n");
    return EXIT_USAGE;
  }
  // The built-in list unless the user gives one or turns the checks off; loaded below, where it is used (workers
  // load their own), so --tanpa-nomenklatur and a run over many files never pay for it here.
  const bawaan = !opts.nomenklatur && !opts.tanpaNomenklatur;
  if (opts.nomenklatur) {
    try {
      nomenklaturBytes = readInputFile(opts.nomenklatur, LIMITS, "nomenklatur");
      nomenklatur = await nomenklaturFromBytes(nomenklaturBytes, opts.nomenklatur);
    } catch (e) {
      io.stderr.write(`renja: ${e instanceof InputError ? e.message : `daftar nomenklatur tidak dapat dibaca: ${opts.nomenklatur}`}\n`);
      return EXIT_UNREADABLE;
    }
  }
  // The user's column roles: a wrong --kolom is a usage error, a --kolom-file that cannot be read an input error.
  let columnMap: ColumnOverride[] | undefined;
  try {
    columnMap = columnMapOf(opts.kolom, opts.kolomFile);
  } catch (e) {
    if (!(e instanceof InputError || e instanceof UsageError)) throw e;
    io.stderr.write(`renja: ${e.message}\n`);
    return e instanceof UsageError ? EXIT_USAGE : EXIT_UNREADABLE;
  }
  if (opts.fixOut !== undefined && files.length !== 1) {
    io.stderr.write("renja: --fix-out hanya untuk satu berkas masukan.\n");
    return EXIT_USAGE;
  }
  if (opts.inPlace && (opts.fixOut !== undefined || files.length !== 1)) {
    io.stderr.write("renja: --in-place hanya untuk satu berkas masukan dan tidak bersama --fix-out.\n");
    return EXIT_USAGE;
  }
  // The output is checked before the long read; a refused output still leaves the report to read.
  let target: OutputTarget | undefined;
  let outputFailed = false;
  if (opts.fixOut !== undefined) {
    try {
      // The list is an input too, but --in-place is no answer there: checked on its own, without that hint.
      if (opts.nomenklatur) checkOutput(opts.fixOut, { option: "--fix-out", inputs: [opts.nomenklatur], overwrite: true });
      target = checkOutput(opts.fixOut, { option: "--fix-out", inputs: files, overwrite: opts.timpa ?? false, sameInputHint: "pakai --in-place bila memang ingin menulis ke berkas itu" });
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      io.stderr.write(`renja: ${e.message}\n`);
      outputFailed = true;
    }
  }

  // A bar only on a terminal: in a pipe or a log it would be noise.
  const showBar = io.isTTY && (files.length > 1 || files.some((f) => io.size(f) >= LARGE_FILE_BYTES));
  const bar = showBar ? new SingleBar({ stream: process.stderr, format: "Membaca {bar} {value}/{total} berkas | {file}", noTTYOutput: !io.isTTY, notTTYSchedule: 2000, hideCursor: io.isTTY }) : undefined;
  bar?.start(files.length, 0, { file: "" });

  let outcomes: FileOutcome[] = [];
  if (files.length >= MIN_FILES_FOR_WORKERS && workerCount(files.length) > 1) {
    // The main thread validates files too; it loads the built-in list only when it takes a file.
    const local = async (file: string): Promise<FileOutcome> => {
      if (bawaan) nomenklatur ??= builtinList();
      const o = await validateFile(file, nomenklatur, false, columnMap);
      // Only what the report of several files needs is kept, as from a worker.
      return o.result ? { file: o.file, result: { tables: [], findings: o.result.findings, summary: o.result.summary, plan: { cells: [], sheets: [] } } } : { file: o.file, error: o.error };
    };
    outcomes = await validateInWorkers(files, nomenklaturBytes && opts.nomenklatur ? { bytes: nomenklaturBytes, path: opts.nomenklatur } : bawaan ? "bawaan" : undefined, (file) => bar?.increment({ file }), columnMap, local);
  } else {
    if (bawaan) nomenklatur = builtinList();
    for (const file of files) {
      bar?.update({ file });
      outcomes.push(await validateFile(file, nomenklatur, Boolean(opts.fixOut || opts.inPlace), columnMap));
      bar?.increment();
    }
  }
  bar?.stop();

  const first = outcomes[0];
  if (target && first?.result && first.book) {
    const { result, book } = first;
    let n = 0;
    const taller: RowHeightChange[] = [];
    try {
      await writeOutput(target, async (temp) => {
        n = await writeFixedCopy(book, temp, result, taller);
      });
      io.stderr.write(`renja: ${n} perbaikan ditulis ke ${target.shown}\n`);
      const raised = tallerRowsText(taller);
      if (raised) io.stderr.write(`renja: ${raised}.\n`);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      io.stderr.write(`renja: ${e.message}\n`);
      outputFailed = true;
    }
  }
  if (opts.inPlace && outcomes[0]?.result && outcomes[0].book) {
    try {
      const { changes, backup, taller } = await writeFixesInPlace(outcomes[0].book, outcomes[0].result);
      io.stderr.write(backup ? `renja: ${changes} perbaikan ditulis ke ${files[0]} (cadangan: ${backup})\n` : `renja: tidak ada perbaikan; ${files[0]} tidak diubah\n`);
      const raised = tallerRowsText(taller ?? []);
      if (raised) io.stderr.write(`renja: ${raised}.\n`);
    } catch (e) {
      io.stderr.write(`renja: ${e instanceof InputError ? e.message : `perbaikan tidak dapat ditulis; ${files[0]} tidak diubah`}\n`);
      return EXIT_UNREADABLE;
    }
  }

  for (const o of outcomes) if (o.error) io.stderr.write(`renja: ${o.error}\n`);
  if (opts.format === "json") {
    io.stdout.write(JSON.stringify(jsonReport(outcomes), null, 2) + "\n");
  } else {
    io.stdout.write(outcomes.filter((o) => o.result).map((o) => textReport(o.file, o.result as ValidationResult, { columns: io.columns })).join("\n\n") + "\n");
  }
  if (outputFailed || outcomes.some((o) => o.error)) return EXIT_UNREADABLE;
  return outcomes.some((o) => (o.result?.summary.errors ?? 0) > 0) ? EXIT_FINDINGS : EXIT_OK;
}

type JsonFinding = Finding & { file?: string };

/** The JSON contract (README): findings[] and summary (several files: each finding names its file); one file also gives plan.cells, the recomputed values. */
export function jsonReport(outcomes: FileOutcome[]): { findings: JsonFinding[]; summary: Record<string, unknown>; plan?: { cells: CellWrite[] } } {
  const many = outcomes.length > 1;
  const findings: JsonFinding[] = [];
  for (const o of outcomes) for (const f of o.result?.findings ?? []) findings.push(many ? { file: o.file, ...f } : f);
  if (!many) {
    const o = outcomes[0];
    if (!o?.result) return { findings, summary: { file: o?.file, error: o?.error } };
    return { findings, summary: { file: o.file, ...o.result.summary }, plan: { cells: o.result.plan.cells } };
  }
  const files = outcomes.map((o) => (o.result ? { file: o.file, ...o.result.summary } : { file: o.file, error: o.error }));
  const sum = (k: keyof Pick<Summary, "errors" | "warnings" | "infos">) => outcomes.reduce((n, o) => n + (o.result?.summary[k] ?? 0), 0);
  return { findings, summary: { files, errors: sum("errors"), warnings: sum("warnings"), infos: sum("infos"), unreadable: outcomes.filter((o) => o.error).length } };
}
