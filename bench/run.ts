// `npm run bench`: validation speed on generated workbooks of 1k, 10k and 100k sub kegiatan (all seven tables),
// against a bare pass reading every cell through SheetView, and the Tabel 4.2 generator on 10k rows.
// One JSON line per measurement. Run with `node --expose-gc --import tsx bench/run.ts` for steadier memory figures.
// Options: --sizes 1000,10000 (default 1000,10000,100000), --runs N (default 5; 3 for 100k),
// --cli-files N (default 50; 0 skips the command-line runs), --cli-rows N (sub kegiatan per file, default 300),
// --cli-big N (sub kegiatan of the one large file, default 100000; 0 skips it), --cli-hostile 0 (skips the corpus's
// hostile inputs through the real command line), --plan N (sub kegiatan of the fix-planning lines, default 100000;
// 0 skips them), --only plan (those lines alone).
import v8 from "node:v8";
import { validateWorkbook } from "../src/renja/engine";
import { SheetView, type WorkbookGrid } from "../src/renja/grid";
import { fitSheet } from "../src/renja/sheet-fit";
import { gzipSync } from "node:zlib";
import { NOMENKLATUR_JSON } from "../src/renja/data/nomenklatur";
import { nomenklaturFromData, type NomenklaturData } from "../src/renja/nomenklatur-data";
import { generateWorkbook } from "../tests/generator/renja-generator";
import { benchCli } from "./cli";
import { benchPlan } from "./plan";

// The same young-generation size as bin/renja.js, so the figures are the command line's.
v8.setFlagsFromString("--max-semi-space-size=64");

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function round(x: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

interface Timed<T> {
  ms: number[];
  /** CPU time of this process (user + system): steadier than wall time on a busy machine. */
  cpuMs: number[];
  heapDeltaMB: number;
  last: T;
}

/** Runs `fn` `runs` times; heap growth is measured on the first run, with the result still alive. */
function timed<T>(runs: number, fn: () => T): Timed<T> {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let last: T | undefined;
  let heapDeltaMB = 0;
  for (let i = 0; i < runs; i++) {
    last = undefined;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    last = fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    if (i === 0) heapDeltaMB = (process.memoryUsage().heapUsed - before) / MB;
  }
  return { ms, cpuMs, heapDeltaMB, last: last as T };
}

/** The floor: every cell of every sheet read once through SheetView, as any rule would read it. */
function barePass(wb: WorkbookGrid): number {
  let filled = 0;
  for (const sheet of wb.sheets) {
    const view = new SheetView(sheet);
    for (let r = view.rowStart; r < view.rowEnd; r++) {
      for (let c = view.colStart; c < view.colEnd; c++) {
        const v = view.value(r, c);
        if (v !== null && v !== "") filled++;
      }
    }
  }
  return filled;
}

function emit(o: Record<string, unknown>): void {
  console.log(JSON.stringify(o));
}

/** Validation of one generated workbook: all seven tables, or Tabel 4.1 alone (one table of n sub kegiatan). */
function measureValidate(n: number, scope: "workbook" | "T4.1", grid: WorkbookGrid, runs: number, genMs: number): void {
  const gridRows = grid.sheets.reduce((s, sh) => s + sh.values.length, 0);
  const cells = grid.sheets.reduce((s, sh) => s + sh.values.reduce((x, r) => x + r.length, 0), 0);
  const bare = timed(runs, () => barePass(grid));
  const val = timed(runs, () => validateWorkbook(grid));
  const ms = median(val.ms);
  const bareMs = median(bare.ms);
  const found = val.last.summary.tables.find((t) => t.kind === "T4.1")?.subkegiatan;
  if (found !== n) throw new Error(`Tabel 4.1 read ${found} sub kegiatan of ${n}`);
  emit({
    bench: scope === "workbook" ? "validate" : "validate-T4.1",
    rows: n,
    gridRows,
    cells,
    runs,
    ms: round(ms),
    cpuMs: round(median(val.cpuMs)),
    minMs: round(Math.min(...val.ms)),
    rowsPerSec: Math.round((n / ms) * 1000),
    gridRowsPerSec: Math.round((gridRows / ms) * 1000),
    bareMs: round(bareMs, 2),
    ratio: round(ms / bareMs),
    findings: val.last.findings.length,
    heapDeltaMB: round(val.heapDeltaMB),
    peakMB: round(process.resourceUsage().maxRSS / 1024),
    generateMs: round(genMs),
  });
}

/**
 * The built-in nomenclature list: its load (JSON.parse and index, as on the first validation), the cost of a
 * lookup, and validation of 10k sub kegiatan with it against the same workbook without it.
 */
function measureNomenklatur(runs: number, workbook10k: WorkbookGrid | undefined): void {
  const load = timed(runs, () => nomenklaturFromData(JSON.parse(NOMENKLATUR_JSON) as NomenklaturData));
  const index = load.last;
  emit({
    bench: "nomenklatur-load",
    entries: [...index.entries()].length,
    kode: index.size,
    runs,
    ms: round(median(load.ms)),
    cpuMs: round(median(load.cpuMs)),
    heapDeltaMB: round(load.heapDeltaMB),
    dataBytes: Buffer.byteLength(NOMENKLATUR_JSON),
    dataGzipBytes: gzipSync(NOMENKLATUR_JSON, { level: 9 }).length,
  });
  // Lookups of present, shared (X.XX) and absent kode: hash lookups whatever the list's size.
  const kode = [...index.entries()].map((e) => e.kode).slice(0, 5000);
  const probes = [...kode, ...kode.map((k) => k.replace(/^X\.XX/, "1.06")), ...kode.map((k) => `${k}9`)];
  const look = timed(runs, () => {
    let hits = 0;
    for (const k of probes) if (index.variants(k).length > 0) hits++;
    return hits;
  });
  emit({ bench: "nomenklatur-lookup", lookups: probes.length, hits: look.last, nsPerLookup: Math.round((median(look.ms) * 1e6) / probes.length) });

  const fromList = generateWorkbook({ seed: 2027, subkegiatan: 10_000, tahun: 2027, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12], nomenklatur: index });
  for (const [name, grid] of [["list-drawn", fromList.grid], ["made-up kode", workbook10k]] as const) {
    if (!grid) continue;
    const without = timed(runs, () => validateWorkbook(grid));
    const withList = timed(runs, () => validateWorkbook(grid, { nomenklatur: index }));
    const rows = withList.last.summary.tables.find((t) => t.kind === "T4.1")?.subkegiatan;
    emit({
      bench: "validate-nomenklatur",
      workbook: name,
      rows,
      runs,
      ms: round(median(withList.ms)),
      cpuMs: round(median(withList.cpuMs)),
      withoutMs: round(median(without.ms)),
      ratio: round(median(withList.ms) / median(without.ms), 2),
      nomenklaturFindings: withList.last.findings.filter((f) => f.category === "nomenklatur").length,
    });
  }
}

async function main(): Promise<void> {
  const planRows = Number(arg("plan") ?? 100_000);
  if (arg("only") === "plan") return benchPlan(emit, planRows, Number(arg("runs") ?? 1));
  const sizes = (arg("sizes") ?? "1000,10000,100000").split(",").map(Number);
  const runsArg = arg("runs");
  let workbook10k: WorkbookGrid | undefined;
  for (const n of sizes) {
    const runs = runsArg ? Number(runsArg) : n >= 100_000 ? 3 : 5;
    for (const scope of ["workbook", "T4.1"] as const) {
      const g0 = process.hrtime.bigint();
      const gen = generateWorkbook({ seed: 2024, subkegiatan: n, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12], tables: scope === "T4.1" ? ["T4.1"] : undefined });
      const genMs = Number(process.hrtime.bigint() - g0) / 1e6;
      if (n === 10_000 && scope === "workbook") workbook10k = gen.grid;
      measureValidate(n, scope, gen.grid, runs, genMs);
    }
  }

  measureNomenklatur(runsArg ? Number(runsArg) : 5, workbook10k);
  if (planRows > 0) benchPlan(emit, planRows, 1);

  // Tabel 4.2 from Tabel 4.1 (src/renja/triwulan.ts), when that module is there.
  let triwulan: typeof import("../src/renja/triwulan") | undefined;
  try {
    triwulan = await import("../src/renja/triwulan");
  } catch {
    emit({ bench: "triwulan", skipped: "src/renja/triwulan.ts not found" });
  }
  if (triwulan) {
    const wb = workbook10k ?? generateWorkbook({ seed: 2024, subkegiatan: 10_000, kegiatanPerProgram: [3, 8], subPerKegiatan: [3, 12] }).grid;
    const t41 = validateWorkbook(wb).tables.find((t) => t.kind === "T4.1");
    const sheet = wb.sheets.find((s) => s.name === t41?.sheet);
    if (!t41 || !sheet) throw new Error("no Tabel 4.1 in the generated workbook");
    const view = new SheetView(sheet);
    const generateTabel42 = triwulan.generateTabel42;
    const distribute = triwulan.distribute;
    const gen42 = timed(5, () => generateTabel42(t41, view, { profile: [10, 20, 30, 40], tahun: 2024 }));
    const ms = median(gen42.ms);
    emit({ bench: "generateTabel42", rows: gen42.last.distributed, ms: round(ms), cpuMs: round(median(gen42.cpuMs)), rowsPerSec: Math.round((gen42.last.distributed / ms) * 1000), heapDeltaMB: round(gen42.heapDeltaMB), peakMB: round(process.resourceUsage().maxRSS / 1024) });
    // Row heights and widths of the generated sheet (src/renja/sheet-fit.ts), what every writer adds to it.
    const fit = timed(5, () => fitSheet(gen42.last.write));
    const fms = median(fit.ms);
    emit({ bench: "fitSheet", rows: gen42.last.write.rows.length, ms: round(fms), cpuMs: round(median(fit.cpuMs)), rowsPerSec: Math.round((gen42.last.write.rows.length / fms) * 1000), tallRows: fit.last.rowHeights.filter((h) => h !== null).length });
    const pagu = Array.from({ length: 10_000 }, (_, i) => 1_000_000 + i * 7_919);
    const dist = timed(5, () => pagu.map((p) => distribute(p, [12.5, 37.5, 25, 25], { unit: 1000 })));
    const dms = median(dist.ms);
    emit({ bench: "distribute", rows: pagu.length, ms: round(dms), cpuMs: round(median(dist.cpuMs)), rowsPerSec: Math.round((pagu.length / dms) * 1000) });
  }

  // The command line over many files and over one large file (bench/cli.ts). --cli-files 0 skips it.
  const cliFiles = Number(arg("cli-files") ?? 50);
  if (cliFiles > 0) await benchCli(emit, { files: cliFiles, rowsEach: Number(arg("cli-rows") ?? 300), bigRows: Number(arg("cli-big") ?? 100_000), hostile: arg("cli-hostile") !== "0" });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
