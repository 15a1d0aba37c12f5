// The command line at a Bappeda's scale: 50 agency workbooks in one call, and one workbook of 100k sub kegiatan.
// Measured in a child process running validateFiles (what `renja validate` runs): its wall time and its own peak
// RSS. The .xlsx files are generated into a temporary folder first (not timed).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { generateWorkbook } from "../tests/generator/renja-generator";
import { writeWorkbookXlsx } from "../tests/generator/write-xlsx";

type Emit = (line: Record<string, unknown>) => void;

/** `renja validate --format json` in a child process (bench/cli-child.ts): its wall time and its own peak RSS. */
function measured(files: string[]): { ms: number; peakMB: number; exit: number } {
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "cli-child.ts"), ...files], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`cli-child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; peakMB: number; exit: number };
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
    const many = measured(files);
    emit({ bench: "cli-validate-many", files: opts.files, subkegiatanEach: opts.rowsEach, ms: many.ms, msPerFile: Math.round(many.ms / opts.files), peakMB: many.peakMB, exit: many.exit });

    if (opts.bigRows > 0) {
      const file = path.join(dir, "opd-besar.xlsx");
      const gridRows = await writeLarge(file, opts.bigRows);
      const one = measured([file]);
      emit({ bench: "cli-validate-large", subkegiatan: opts.bigRows, gridRows, ms: one.ms, rowsPerSec: Math.round((gridRows / one.ms) * 1000), peakMB: one.peakMB, exit: one.exit });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
