// The command line at a Bappeda's scale: 50 agency workbooks in one call, and one workbook of 100k sub kegiatan.
// Measured in-process through validateFiles (what `renja validate` runs): wall time and peak RSS sampled while
// it runs. The .xlsx files are generated into a temporary folder first (not timed).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles, type Io } from "../src/cli/validate";
import { generateWorkbook } from "../tests/generator/renja-generator";
import { writeWorkbookXlsx } from "../tests/generator/write-xlsx";

type Emit = (line: Record<string, unknown>) => void;

const MB = 1024 * 1024;

const silent: Io = { stdout: { write: () => true }, stderr: { write: () => true }, isTTY: false, size: () => 0 };

/** Runs fn while sampling RSS every 20 ms; returns wall ms and the peak RSS seen (MB). */
async function measured(fn: () => Promise<number>): Promise<{ ms: number; peakMB: number; exit: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = process.hrtime.bigint();
  const exit = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms: Math.round(ms), peakMB: Math.round(peak / MB), exit };
}

/** Writes the large workbook; the generated grid goes out of scope on return. */
async function writeLarge(file: string, subkegiatan: number): Promise<number> {
  // Header blocks repeated every 2000 rows: ExcelJS's merge bookkeeping is quadratic in the number of merges.
  const big = generateWorkbook({ seed: 2024, subkegiatan, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12], tables: ["T4.1"], pageRows: [2000, 2000] });
  await writeWorkbookXlsx(big.grid, file);
  return big.grid.sheets.reduce((n, s) => n + s.values.length, 0);
}

export async function benchCli(emit: Emit, opts: { files: number; rowsEach: number; bigRows: number }): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "renja-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < opts.files; i++) {
      const gen = generateWorkbook({ seed: 100 + i, subkegiatan: opts.rowsEach });
      const file = path.join(dir, `opd-${String(i + 1).padStart(2, "0")}.xlsx`);
      await writeWorkbookXlsx(gen.grid, file);
      files.push(file);
    }
    const many = await measured(() => validateFiles(files, { format: "json" }, silent));
    emit({ bench: "cli-validate-many", files: opts.files, subkegiatanEach: opts.rowsEach, ms: many.ms, msPerFile: Math.round(many.ms / opts.files), peakMB: many.peakMB, exit: many.exit });

    if (opts.bigRows > 0) {
      const file = path.join(dir, "opd-besar.xlsx");
      const gridRows = await writeLarge(file, opts.bigRows);
      (globalThis as { gc?: () => void }).gc?.(); // the generated grid is garbage now: peak RSS is the CLI's own
      const one = await measured(() => validateFiles([file], { format: "json" }, silent));
      emit({ bench: "cli-validate-large", subkegiatan: opts.bigRows, gridRows, ms: one.ms, rowsPerSec: Math.round((gridRows / one.ms) * 1000), peakMB: one.peakMB, exit: one.exit });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
