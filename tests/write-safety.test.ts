// Nothing the tool writes becomes a formula it did not compose. Every writer is driven with text that Excel would
// otherwise run (formula injection): template options, triwulan copies of Tabel 4.1 text (also a formula's cached
// text result), fixes from the engine and from a --nomenklatur list, Hasil Validasi, Riwayat Perbaikan, marks. The
// written .xlsx is read back as XML (every <f> must be one the plan composed, or the user's own formula left where it
// was) and the add-in's writes are checked in the in-memory Excel host.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runTemplate } from "../src/cli/template";
import { runTriwulan } from "../src/cli/triwulan";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { applyPlan } from "../src/excel/apply";
import { createMemoryExcel, type MemoryExcel } from "../src/excel/memory";
import { validateWorkbook } from "../src/renja/engine";
import { planFixes, planRestore, RIWAYAT_SHEET } from "../src/renja/fixes";
import { a1, parseA1, SheetView, type WorkbookGrid } from "../src/renja/grid";
import { cellLink, hasilValidasiSheet, HASIL_SHEET } from "../src/renja/hasil";
import { buildChartSheet, GRAFIK_SHEET } from "../src/renja/charts";
import { buildLayout, buildListsSheet, LAYOUT_KINDS } from "../src/renja/layouts";
import { planMarks } from "../src/renja/marks";
import { isComposedFormula, type WritePlan } from "../src/renja/plan";
import { findTables } from "../src/renja/tables/detect";
import { DEFAULT_PROFILE, generateTabel42, TABEL42_SHEET } from "../src/renja/triwulan";
import { cleanTable, SAMPLE } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml, xmlEscape, type RawCell } from "./fixtures/raw-xlsx";
import { insertPlan } from "../src/taskpane/insert-service";
import { previewTabel42, tabel42Plan } from "../src/taskpane/triwulan-service";
import { captureIo } from "./helpers/io";

const INJECTIONS = ["=1+1", '=HYPERLINK("http://x","x")', "=cmd|' /C calc'!A0", '=WEBSERVICE("http://x")', "+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1"];
/** What would show that an injection became a formula. */
const PAYLOAD = /1\+1|HYPERLINK\("http:\/\/x"|cmd\||WEBSERVICE|SUM\(1\)|^\+1$/;

const dir = mkdtempSync(path.join(tmpdir(), "renja-tulis-aman-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Formulas = Map<string, string>; // "Sheet!A1" → "=…"

function xmlText(s: string): string {
  // XML reads a line break of CR or CRLF as LF; only &#13; is a CR.
  return s.replace(/\r\n?/g, "\n").replace(/&#13;|&#xD;/gi, "\r").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Every formula of an .xlsx, read from its XML (shared formulas by their master's text), by "Sheet!A1". */
async function xlsxFormulas(file: string): Promise<Formulas> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out: Formulas = new Map();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)) {
    const name = xmlText(m[1]);
    const target = targets.get(m[2])!.replace(/^\/?(xl\/)?/, "");
    const xml = await zip.file(`xl/${target}`)!.async("string");
    const shared = new Map<string, string>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const f = /<f([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(c[2] ?? "");
      if (!f) continue;
      const si = /si="(\d+)"/.exec(f[1])?.[1];
      let text = f[2] === undefined ? undefined : xmlText(f[2]);
      if (si !== undefined && text) shared.set(si, text);
      if (si !== undefined && !text) text = `(bersama ${shared.get(si) ?? "?"})`;
      out.set(`${name}!${c[1]}`, `=${text ?? ""}`);
    }
  }
  return out;
}

/** The composed formulas of sheet writes, by "Sheet!A1". */
function composedOf(plan: WritePlan, names: string[] = plan.sheets.map((s) => s.sheet)): Formulas {
  const out: Formulas = new Map();
  plan.sheets.forEach((sw, i) => {
    const start = parseA1(sw.start)!;
    sw.rows.forEach((row, r) => row.forEach((v, c) => {
      if (isComposedFormula(v)) out.set(`${names[i]}!${a1(start.row + r, start.col + c)}`, v.formula);
    }));
  });
  for (const w of plan.cells) if (isComposedFormula(w.value)) out.set(`${w.sheet}!${w.cell}`, w.value.formula);
  return out;
}

/** The formulas that are neither composed by the plan nor the user's own formula left in place. */
function uncomposed(written: Formulas, composed: Formulas, own: Formulas = new Map()): string[] {
  // ExcelJS writes a CR of the user's own formula raw, which XML reads back as LF: the same formula for this check.
  const lf = (f: string | undefined) => f?.replace(/\r\n?/g, "\n");
  return [...written].filter(([at, f]) => f !== composed.get(at) && lf(f) !== lf(own.get(at))).map(([at, f]) => `${at}: ${f}`);
}

async function cellOf(file: string, sheet: string, cell: string): Promise<ExcelJS.Cell> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(sheet)!.getCell(cell);
}

describe("template --opd", () => {
  test.each(INJECTIONS)("%j is written as text in every title; only the layouts' own formulas are formulas", async (inj) => {
    const out = path.join(dir, `templat-${INJECTIONS.indexOf(inj)}.xlsx`);
    const io = captureIo();
    // The default form (Permendagri 86/2017), as the CLI writes it.
    expect(await runTemplate({ out, opd: inj, tahun: "2025", contoh: true }, io)).toBe(0);
    const plan: WritePlan = { cells: [], sheets: [...LAYOUT_KINDS.map((k) => buildLayout(k, { tahun: 2025, opd: inj, exampleRows: true, bentuk: "permendagri" })), buildListsSheet()] };
    const written = await xlsxFormulas(out);
    // Exactly the formulas the layouts composed (90 with the examples: Tabel 2.3 lists two kegiatan), at their cells, and nothing else.
    expect(written.size).toBe(90);
    expect(written).toEqual(composedOf(plan));
    expect([...written.values()].filter((f) => PAYLOAD.test(f))).toEqual([]);
    // The OPD reaches the titles as text.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const titles = wb.worksheets.flatMap((ws) => [1, 2, 3].map((r) => ws.getCell(r, 1).value)).filter((v): v is string => typeof v === "string" && v.includes(inj.trim()));
    expect(titles.length).toBeGreaterThanOrEqual(4);
  });

  test("--tahun takes only a year: an injection there is a usage error (64) and nothing is written", async () => {
    const io = captureIo();
    const out = path.join(dir, "tahun.xlsx");
    expect(await runTemplate({ out, tahun: "=1+1" }, io)).toBe(64);
    expect(io.err()).toBe('renja: --tahun: "=1+1" bukan tahun (contoh: --tahun 2025).\n');
  });
});

/** A clean Tabel 4.1 whose texts are the injection, and a kegiatan nama that is a formula with a text result. */
function hostile41(inj: string): Buffer {
  const rows: RawCell[][] = cleanTable().map((r) => r.slice());
  rows[6][6] = inj; // nama of the sub kegiatan
  rows[6][7] = inj; // its indikator
  rows[6][13] = inj; // lokasi
  const marker = "__FORMULA__";
  rows[5][6] = marker; // the kegiatan's nama: a formula whose cached result is the injection text
  const xml = worksheetXml(rowsXml(rows), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>').replace(
    `<c r="G6" t="inlineStr"><is><t>${marker}</t></is></c>`,
    `<c r="G6" t="str"><f>"${xmlEscape(inj.replace(/"/g, '""'))}"</f><v>${xmlEscape(inj)}</v></c>`,
  );
  // A CR written raw would be read back as a line break (XML); as &#13; it stays a CR.
  return rawXlsx([{ name: "Tabel 4.1", xml: xml.replace(/\r/g, "&#13;") }]);
}

describe("triwulan copies of Tabel 4.1 text", () => {
  test.each(INJECTIONS)("%j stays text in Tabel 4.2 (otomatis)", async (inj) => {
    const i = INJECTIONS.indexOf(inj);
    const input = path.join(dir, `tw-${i}.xlsx`);
    writeFileSync(input, hostile41(inj));
    const out = path.join(dir, `tw-${i}-42.xlsx`);
    const io = captureIo();
    expect(await runTriwulan(input, { out }, io)).toBe(0);

    const grid = await readXlsxGrid(input);
    const view = new SheetView(grid.sheets[0]);
    const table = findTables(view).find((t) => t.kind === "T4.1")!;
    const result = generateTabel42(table, view, { profile: [...DEFAULT_PROFILE], sheetName: TABEL42_SHEET, opd: "", tahun: undefined });
    const own = await xlsxFormulas(input);
    expect(own.get("Tabel 4.1!G6")).toBe(`="${inj.replace(/"/g, '""')}"`);
    const written = await xlsxFormulas(out);
    expect(uncomposed(written, composedOf({ cells: [], sheets: [result.write] }), own)).toEqual([]);
    expect([...written].filter(([at, f]) => at.startsWith(TABEL42_SHEET) && PAYLOAD.test(f))).toEqual([]);
    // The sub kegiatan's nama is copied, as a string cell.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet(TABEL42_SHEET)!.eachRow((row) => row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.String) texts.push(c.value as string);
    }));
    // (ExcelJS writes a CR raw, so it reads back as a line break.)
    expect(texts).toContain(inj.replace(/\r/g, "\n"));
  });
});

/** A Kepmendagri list whose nama of the clean table's sub kegiatan is the injection. */
async function hostileList(file: string, inj: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Worksheet");
  ws.addRow(["DAFTAR NOMENKLATUR SUB KEGIATAN"]);
  ws.addRow(["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "KINERJA", "INDIKATOR", "SATUAN"]);
  ws.addRow(["KABKOT", "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL", "1.06.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "1.06.01.2.02 Administrasi Keuangan Perangkat Daerah", `1.06.01.2.02.0001 ${inj}`, "Tersedianya Gaji", "Jumlah Orang yang Menerima Gaji", "Orang"]);
  await wb.xlsx.writeFile(file);
}

describe("fixes written by --fix-out", () => {
  test.each(INJECTIONS.filter((s) => s.trim() === s))("a nomenklatur nama %j becomes a text fix, never a formula", async (inj) => {
    const i = INJECTIONS.indexOf(inj);
    const input = path.join(dir, `fix-${i}.xlsx`);
    writeFileSync(input, rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') }]));
    const list = path.join(dir, `daftar-${i}.xlsx`);
    await hostileList(list, inj);
    const out = path.join(dir, `fix-${i}-out.xlsx`);
    const io = captureIo();
    await validateFiles([input], { format: "json", nomenklatur: list, fixOut: out }, io);
    const report = JSON.parse(io.out()) as { findings: { rule: string; cell: string; fix?: { value: unknown } }[] };
    expect(report.findings.filter((f) => f.rule === "nomenklatur.nama-berbeda").map((f) => [f.cell, f.fix?.value])).toEqual([["G7", inj]]);
    expect(io.err()).toMatch(/^renja: \d+ perbaikan ditulis ke /);
    expect([...(await xlsxFormulas(out))]).toEqual([]);
    const cell = await cellOf(out, "Renja", "G7");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(inj);
  });

  test("the sample's engine fixes: every formula written is the input's own or one the plan composed", async () => {
    const out = path.join(dir, "contoh-perbaikan.xlsx");
    const io = captureIo();
    expect(await validateFiles([SAMPLE], { format: "json", fixOut: out }, io)).toBe(1);
    const result = validateWorkbook(await readXlsxGrid(SAMPLE));
    const composed = composedOf({ cells: result.plan.cells, sheets: [] });
    const fixed = new Set(result.findings.flatMap((f) => (f.fix ? [`${f.fix.sheet}!${f.fix.cell}`] : [])));
    const own = new Map([...(await xlsxFormulas(SAMPLE))].filter(([at]) => !fixed.has(at)));
    expect(uncomposed(await xlsxFormulas(out), composed, own)).toEqual([]);
  });
});

/** A workbook grid as the add-in reads it: the injection typed (as text) into kode, nama, satuan and a text-formatted cell. */
function hostileGrid(inj: string): WorkbookGrid {
  const rows = cleanTable().map((r) => r.map((v) => (typeof v === "object" && v !== null ? null : v)));
  rows[6][6] = inj;
  rows[6][5] = inj; // a kode segment: quoted by the kode findings, so it reaches Hasil Validasi
  rows[6][11] = `34 ${inj}`;
  return {
    sheets: [
      {
        name: "Renja",
        origin: { row: 0, col: 0 },
        values: rows.map((r) => r.map((v) => v as string | number | boolean | null)),
        numberFormats: rows.map((r, i) => r.map((_, j) => (i === 6 && j === 6 ? "@" : null))),
        merges: [{ r1: 2, c1: 1, r2: 2, c2: 5 }],
      },
    ],
  };
}

/** Cells of the host holding a formula, by "Sheet!A1". */
function hostFormulas(host: MemoryExcel): Formulas {
  const out: Formulas = new Map();
  for (const s of host.state.sheets) for (const [r, c, cell] of s.entries()) if (cell.formula) out.set(`${s.name}!${a1(r, c)}`, cell.formula);
  return out;
}

describe("the add-in's writes through the in-memory Excel host", () => {
  test.each(INJECTIONS)("%j: Hasil Validasi, marks, a fix with its Riwayat, and the restore write it as text", async (inj) => {
    const grid = hostileGrid(inj);
    const host = createMemoryExcel(structuredClone(grid));
    const result = validateWorkbook(grid);
    const quoted = result.findings.filter((f) => f.message.includes(inj.trim()));
    expect(quoted.length).toBeGreaterThan(0);

    // Hasil Validasi and the marks.
    const marks = planMarks(result.findings, grid);
    const outputs: WritePlan = { ...marks, sheets: [...marks.sheets, hasilValidasiSheet(result, "2026-11-29 10:00", inj)] };
    await applyPlan(host.context, outputs);
    const composed = composedOf(outputs);
    expect(uncomposed(hostFormulas(host), composed)).toEqual([]);
    const hasil = host.snapshot().sheets.find((s) => s.name === HASIL_SHEET)!;
    expect(hasil.values.flat().filter((v) => typeof v === "string" && v.includes(inj.trim())).length).toBeGreaterThanOrEqual(quoted.length);

    // A fix of the injected cell (its nama, text-formatted) to another injection, then the restore.
    const fixPlan = planFixes(host.snapshot(), [{ sheet: "Renja", cell: "G7", value: `${inj} `, label: `Ganti menjadi ${inj}` }], "2026-11-29 10:01");
    await applyPlan(host.context, fixPlan);
    expect(uncomposed(hostFormulas(host), new Map([...composed, ...composedOf(fixPlan)]))).toEqual([]);
    expect(host.sheet("Renja")!.get(6, 6)).toMatchObject({ value: `${inj} ` });
    const riwayat = host.snapshot().sheets.find((s) => s.name === RIWAYAT_SHEET)!;
    expect(riwayat.values.flat()).toEqual(expect.arrayContaining([inj, `${inj} `]));

    const restore = planRestore(host.snapshot(), [1]);
    await applyPlan(host.context, restore);
    expect(uncomposed(hostFormulas(host), new Map([...composed, ...composedOf(restore)]))).toEqual([]);
    expect(host.sheet("Renja")!.get(6, 6)).toMatchObject({ value: inj });
    expect(host.sheet("Renja")!.get(6, 6)?.formula).toBeUndefined();
  });

  test.each(INJECTIONS)("%j: Sisipkan Tabel (OPD), Tabel 4.2 (copied nama) and Grafik (program nama) write it as text", async (inj) => {
    const grid = hostileGrid(inj);
    grid.sheets[0].values[4][6] = inj; // the program's nama, the label of its chart row
    const host = createMemoryExcel(structuredClone(grid));
    const table = validateWorkbook(grid).tables.find((t) => t.kind === "T4.1")!;
    const plans: WritePlan[] = [
      insertPlan({ kind: "T4.1", tahun: 2025, opd: inj, exampleRows: true, bentuk: "permendagri" }),
      tabel42Plan(previewTabel42(grid, table, { profile: [25, 25, 25, 25], opd: inj, tahun: 2025 })),
      { cells: [], sheets: [buildChartSheet(grid, { pagu: table }).write] },
    ];
    let composed: Formulas = new Map();
    for (const plan of plans) {
      const report = await applyPlan(host.context, plan);
      composed = new Map([...composed, ...composedOf(plan, report.sheets)]);
    }
    expect(composed.size).toBeGreaterThan(0);
    expect(uncomposed(hostFormulas(host), composed)).toEqual([]);
    // Each written sheet holds the injection as text.
    const texts = (name: string) => host.snapshot().sheets.find((s) => s.name === name)!.values.flat().filter((v) => typeof v === "string" && v.includes(inj.trim()));
    expect(host.state.sheets.map((s) => s.name)).toEqual(["Renja", TABEL42_SHEET, "Tabel 4.1", "Daftar Pilihan", GRAFIK_SHEET]);
    for (const name of ["Tabel 4.1", TABEL42_SHEET, GRAFIK_SHEET]) expect(texts(name).length).toBeGreaterThan(0);
  });
});

test("a composed link quotes the sheet name: whatever the name holds stays inside its string literals", () => {
  const names = ['x"),WEBSERVICE("http://x', "Data'!A1,\"", 'a""b', "=1+1", "Tabel 4.1"];
  for (const name of names) {
    const { formula } = cellLink(name, "B7");
    // Removing the two string literals ("" is a quote inside one) must leave the bare call.
    expect(formula.replace(/"(?:[^"]|"")*"/g, "S")).toBe("=HYPERLINK(S,S)");
    const [target, label] = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
    expect(target).toBe(`#'${name.replace(/'/g, "''")}'!B7`);
    expect(label).toBe(`${name}!B7`);
  }
});
