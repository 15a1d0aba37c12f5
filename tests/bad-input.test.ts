// Broken and hostile workbooks: every one ends in findings or a plain Bahasa Indonesia message with exit code 2,
// never a crash, a stack trace, a hang or memory without bound (tests/fixtures/corpus.ts lists the cases).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InputError } from "../src/cli/errors";
import { LIMITS, megabytes, type Limits } from "../src/cli/limits";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { CORPUS, SAMPLE, cleanTable, type Outcome } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml } from "./fixtures/raw-xlsx";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-korpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  err: string;
  findings: Finding[];
  tables: { sheet: string; kind: string; rows: number }[];
}

async function run(file: string): Promise<Run> {
  const io = captureIo();
  const code = await validateFiles([file], { format: "json" }, io);
  const json = JSON.parse(io.out());
  return { code, err: io.err(), findings: json.findings, tables: json.summary.tables ?? [] };
}

const at = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

function check(r: Run, o: Outcome): void {
  expect(r.code).toBe(o.exit);
  expect(r.err).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  if (o.exit === 2) {
    expect(r.err).toContain(o.message);
    expect(r.err).toMatch(/^renja: [^\n]+\n$/); // one plain line
    expect(r.findings).toEqual([]);
    return;
  }
  expect(r.err).toBe("");
  if (o.struktur) expect(r.findings.filter((f) => f.category === "struktur").map(at)).toEqual(o.struktur);
  for (const want of o.includes ?? []) expect(r.findings.map(at)).toContain(want);
  if (o.tables) {
    const got = r.tables.map((t) => `${t.sheet} ${t.kind} ${t.rows}`);
    expect(got.map((t, i) => (o.tables?.[i]?.endsWith(" *") ? t.replace(/ \d+$/, " *") : t))).toEqual(o.tables);
  }
}

test("the corpus holds at least 30 cases", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
});

test.each(CORPUS.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
  const file = await c.build(dir);
  check(await run(file), c.outcome);
});

describe("limits (src/cli/limits.ts): each one refuses with its own message, or reads part of a sheet and says so", () => {
  const small = (over: Partial<Limits>): Limits => ({ ...LIMITS, ...over });
  const table = (name: string) => put(name, rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') }]));
  function put(name: string, data: Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  }
  async function refusal(file: string, limits: Limits): Promise<string> {
    const e = await readXlsxGrid(file, limits).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message;
  }

  test("the defaults read a real Renja with room to spare", async () => {
    const grid = await readXlsxGrid(SAMPLE);
    expect(grid.sheets.every((s) => s.clipped === undefined)).toBe(true);
    expect(statSync(SAMPLE).size).toBeLessThan(LIMITS.maxFileBytes / 10);
  });

  test("file size on disk", async () => {
    const file = table("ukuran.xlsx");
    expect(await refusal(file, small({ maxFileBytes: 1000 }))).toBe(`Berkas terlalu besar (${megabytes(statSync(file).size)}; batas 0 MB): ${file}`);
  });

  test("parts in the package", async () => {
    const file = table("bagian.xlsx");
    expect(await refusal(file, small({ maxEntries: 4 }))).toBe(`Berkas ditolak: arsip berisi 5 bagian, melebihi batas 4 bagian: ${file}`);
  });

  test("uncompressed size declared in the central directory", async () => {
    const file = table("terekstrak.xlsx");
    expect(await refusal(file, small({ maxUncompressedBytes: 2000 }))).toMatch(/^Berkas ditolak: isi workbook setelah diekstrak 0 MB, melebihi batas 0 MB \(kemungkinan "zip bomb"\): /);
  });

  test("compression ratio of a large part", async () => {
    const file = table("rasio.xlsx");
    expect(await refusal(file, small({ ratioCheckFromBytes: 1500, maxCompressionRatio: 2 }))).toMatch(/^Berkas ditolak: bagian xl\/worksheets\/sheet1\.xml mengembang \d+ kali lipat saat diekstrak \(batas 2 kali; kemungkinan "zip bomb"\)/);
  });

  test("row records per sheet", async () => {
    expect(await refusal(table("baris.xlsx"), small({ maxRowRecordsPerSheet: 5 }))).toMatch(/^Lembar "Renja" berisi lebih dari 5 baris \(batas per lembar\); berkas tidak diperiksa: /);
  });

  test("cells per sheet and per workbook", async () => {
    const file = put("sel.xlsx", rawXlsx([{ name: "A", xml: worksheetXml(rowsXml(cleanTable())) }, { name: "B", xml: worksheetXml(rowsXml(cleanTable())) }]));
    const perSheet = cleanTable().flat().filter((v) => v !== null).length;
    expect(await refusal(file, small({ maxCellsPerSheet: perSheet - 1 }))).toBe(`Lembar "A" berisi lebih dari ${perSheet - 1} sel (batas per lembar); berkas tidak diperiksa: ${file}`);
    expect(await refusal(file, small({ maxCellsPerWorkbook: perSheet + 1 }))).toBe(`Workbook berisi lebih dari ${perSheet + 1} sel (batas per workbook); berkas tidak diperiksa: ${file}`);
    await expect(readXlsxGrid(file, small({ maxCellsPerSheet: perSheet, maxCellsPerWorkbook: 2 * perSheet }))).resolves.toBeDefined();
  });

  test("rows and columns read: the rest is left out and reported, the table above is still checked", async () => {
    const grid = await readXlsxGrid(table("dipotong.xlsx"), small({ maxRows: 6, maxColumns: 13 }));
    const s = grid.sheets[0];
    expect(s.values.length).toBe(6);
    expect(Math.max(...s.values.map((r) => r.length))).toBeLessThanOrEqual(13);
    expect(s.clipped).toEqual({ readRows: 6, readCols: 13, rows: 8, cols: 19, first: { row: 2, col: 13 } });
    const result = validateWorkbook(grid);
    expect(result.findings.filter((f) => f.category === "struktur")).toEqual([
      {
        rule: "struktur.di-luar-batas-baca",
        category: "struktur",
        severity: "warning",
        sheet: "Renja",
        cell: "N3",
        message: "Nilai di luar A1:M6 tidak diperiksa (batas baca): lembar ini berisi nilai sampai kolom S dan baris 8.",
      },
    ]);
    expect(result.summary.tables.map((t) => [t.kind, t.rows])).toEqual([["T4.1", 2]]);
  });
});

describe("the real command line: plain messages, bounded memory", () => {
  const BIN = path.resolve(__dirname, "../bin/renja.js");
  // A small heap: the zip bombs must be refused without inflating them, the sample read within it.
  const cli = (file: string) => spawnSync(process.execPath, ["--max-old-space-size=256", BIN, "validate", "--format", "json", file], { encoding: "utf8", timeout: 60_000 });

  test.each(["a zip bomb: 2 GB of sheet XML declared, 2 MB on disk", "a zip bomb that lies: 1 MB declared, 2 GB inside", "a password-protected file (OLE/CFB container)", "random bytes"])("%s", async (id) => {
    const c = CORPUS.find((x) => x.id === id);
    if (!c) throw new Error(`no corpus case ${id}`);
    const p = cli(await c.build(dir));
    expect(p.signal).toBeNull();
    expect(p.status).toBe(2);
    expect(p.stderr).toContain(c.outcome.message);
    expect(p.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  test("the sample through a path with spaces and non-ASCII letters", () => {
    const file = path.join(dir, "Rencana Kerja – Dinsos ✓.xlsx");
    copyFileSync(SAMPLE, file);
    const p = cli(file);
    expect(p.status).toBe(1);
    expect(JSON.parse(p.stdout).summary.file).toBe(file);
  });
});
