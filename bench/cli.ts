// The command line at a Bappeda's scale: 50 agency workbooks in one call, and one workbook of 100k sub kegiatan,
// each measured side by side in the same run: the streaming reader (what `renja validate` runs) and the old ExcelJS
// load (the baseline), with the built-in list and with --tanpa-nomenklatur; each line says whether it meets the
// issue's target (TARGETS). Then every hostile input of the corpus through the real command line: time, peak RSS, exit.
// Measured in child processes (bench/cli-child.ts, bin/renja.js): wall time and their own peak RSS. The .xlsx
// files are generated into a temporary folder first (not timed).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { CORPUS } from "../tests/fixtures/corpus";
import { generateWorkbook } from "../tests/generator/renja-generator";
import { writeWorkbookXlsx } from "../tests/generator/write-xlsx";

type Emit = (line: Record<string, unknown>) => void;

/** The targets for the command line (issue 10): one large workbook, and per file of many. */
export const TARGETS = { largeMs: 3000, largePeakMB: 400, manyMsPerFile: 100 };

/** `renja validate --format json` in a child process (bench/cli-child.ts): its wall time, CPU time and its own peak RSS. */
function measured(files: string[], opts: { excelJs?: boolean; tanpaNomenklatur?: boolean } = {}): { ms: number; cpuMs: number; peakMB: number; exit: number } {
  const flags = [...(opts.excelJs ? ["--exceljs"] : []), ...(opts.tanpaNomenklatur ? ["--tanpa-nomenklatur"] : [])];
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "cli-child.ts"), ...flags, ...files], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) return { ms: -1, cpuMs: -1, peakMB: -1, exit: child.status ?? -1 };
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; cpuMs: number; peakMB: number; exit: number };
}

/** Writes the large workbook; the generated grid goes out of scope on return. */
async function writeLarge(file: string, subkegiatan: number): Promise<number> {
  // Header blocks repeated every 2000 rows: ExcelJS's merge bookkeeping is quadratic in the number of merges.
  const big = generateWorkbook({ seed: 2024, subkegiatan, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12], tables: ["T4.1"], pageRows: [2000, 2000] });
  await writeWorkbookXlsx(big.grid, file);
  return big.grid.sheets.reduce((n, s) => n + s.values.length, 0);
}

/** The corpus's hostile inputs through bin/renja.js: each must end within 10 s and 1 GB, with exit 2 or a report. */
async function benchHostile(emit: Emit, dir: string): Promise<void> {
  const BIN = path.resolve(__dirname, "../bin/renja.js");
  if (!existsSync("/usr/bin/time")) {
    emit({ bench: "cli-hostile", skipped: "/usr/bin/time (GNU time, for the child's peak RSS) is not installed" });
    return;
  }
  for (const c of CORPUS) {
    const file = await c.build(path.join(dir, "korpus"));
    const t0 = process.hrtime.bigint();
    const p = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "validate", "--format", "json", file], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
    const peakMB = Math.round(Number(p.stderr.trim().split("\n").pop()) / 1024);
    emit({ bench: "cli-hostile", id: c.id, ms, peakMB, exit: p.status, expectedExit: c.outcome.exit, within: ms <= 10_000 && peakMB <= 1024 && p.status === c.outcome.exit });
  }
}

export async function benchCli(emit: Emit, opts: { files: number; rowsEach: number; bigRows: number; hostile: boolean }): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "renja-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < opts.files; i++) {
      const gen = generateWorkbook({ seed: 100 + i, subkegiatan: opts.rowsEach });
      const file = path.join(dir, `opd-${String(i + 1).padStart(2, "0")}.xlsx`);
      await writeWorkbookXlsx(gen.grid, file);
      files.push(file);
    }
    // The reading path side by side: the streaming reader (what `renja validate` runs) and the ExcelJS load, each
    // followed by the same validation and fix planning, with the built-in list (the default) and without it.
    for (const tanpaNomenklatur of [false, true]) {
      for (const excelJs of [false, true]) {
        const many = measured(files, { excelJs, tanpaNomenklatur });
        const msPerFile = Math.round(many.ms / opts.files);
        emit({ bench: `cli-validate-many${excelJs ? "-exceljs" : ""}${tanpaNomenklatur ? "-tanpa-nomenklatur" : ""}`, files: opts.files, subkegiatanEach: opts.rowsEach, ms: many.ms, msPerFile, cpuMs: many.cpuMs, cpuMsPerFile: Math.round(many.cpuMs / opts.files), peakMB: many.peakMB, exit: many.exit, target: `<= ${TARGETS.manyMsPerFile} ms/file`, targetMet: many.ms >= 0 && msPerFile <= TARGETS.manyMsPerFile });
      }
    }

    if (opts.bigRows > 0) {
      const file = path.join(dir, "opd-besar.xlsx");
      const gridRows = await writeLarge(file, opts.bigRows);
      for (const tanpaNomenklatur of [false, true]) {
        for (const excelJs of [false, true]) {
          const one = measured([file], { excelJs, tanpaNomenklatur });
          emit({ bench: `cli-validate-large${excelJs ? "-exceljs" : ""}${tanpaNomenklatur ? "-tanpa-nomenklatur" : ""}`, subkegiatan: opts.bigRows, gridRows, ms: one.ms, cpuMs: one.cpuMs, rowsPerSec: Math.round((gridRows / one.ms) * 1000), peakMB: one.peakMB, exit: one.exit, target: `<= ${TARGETS.largeMs} ms, <= ${TARGETS.largePeakMB} MB`, targetMet: one.ms >= 0 && one.ms <= TARGETS.largeMs && one.peakMB <= TARGETS.largePeakMB });
        }
      }
    }
    if (opts.hostile) await benchHostile(emit, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
