import { isComposedFormula } from "../src/renja/plan";
// The task pane's "Hitung Ulang", "Tabel 4.2", "Sisipkan Tabel" and "Grafik" services against the in-memory Excel
// host, on the sample workbook (Renja 2024 Dinas Sosial Kabupaten Malang) and the standard layouts.
import * as path from "node:path";
import { hyperFormulaEvaluator } from "./helpers/hyperformula-evaluator";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "../src/excel/memory";
import { GRAFIK_SHEET } from "../src/renja/charts";
import { validateWorkbook } from "../src/renja/engine";
import { readRiwayat, RIWAYAT_SHEET } from "../src/renja/fixes";
import { a1, parseA1, parseRange, SheetView, type CellValue, type WorkbookGrid } from "../src/renja/grid";
import { buildLayout, LAYOUT_FORMS, LAYOUT_KINDS, LISTS_SHEET } from "../src/renja/layouts";
import type { TableModel } from "../src/renja/model";
import { parseRupiah } from "../src/renja/rupiah";
import { TABEL42_SHEET } from "../src/renja/triwulan";
import { chartTables, planCharts, writeCharts } from "../src/taskpane/chart-service";
import { insertLayout, insertPlan, parseTahun } from "../src/taskpane/insert-service";
import { applyRecalc, recalcRows } from "../src/taskpane/recalc-service";
import { createExcelPort, restoreFixes, runValidation, userSheets, type ExcelPort } from "../src/taskpane/services";
import { parseProfile, PROFILE_PRESETS, previewTabel42, subKegiatanOf, tabel41Sources, writeTabel42 } from "../src/taskpane/triwulan-service";

const SAMPLE = path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx");


const only17 = { requirementSets: { ExcelApi: "1.7" } };

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxGrid(SAMPLE);
});

function hostOf(wb: WorkbookGrid, options: MemoryExcelOptions = {}): { host: MemoryExcel; port: ExcelPort } {
  const host = createMemoryExcel(wb, options);
  return { host, port: createExcelPort(host.run, host.isSetSupported) };
}

function cellValue(host: MemoryExcel, sheet: string, cell: string): CellValue | undefined {
  const at = parseA1(cell)!;
  return host.sheet(sheet)?.get(at.row, at.col)?.value;
}

/** Round trips the write itself takes (the syncs between two readings of the counter). */
async function syncsOf<T>(host: MemoryExcel, f: () => Promise<T>): Promise<{ out: T; syncs: number }> {
  const before = host.syncCount;
  const out = await f();
  return { out, syncs: host.syncCount - before };
}

function sheetGrid(wb: WorkbookGrid, name: string): SheetView {
  const g = wb.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return new SheetView(g);
}

describe("Hitung Ulang", () => {
  test("rows show what is written beside the recomputed value, with the exact difference", async () => {
    const { port } = hostOf(sample);
    const run = await runValidation(port);
    const rows = recalcRows(run.result);
    expect(rows).toHaveLength(new Set(run.result.plan.cells.map((c) => `${c.sheet}!${c.cell}`)).size);
    expect(rows.some((r) => r.kind === "capaian")).toBe(true);
    expect(rows.some((r) => r.kind === "pagu")).toBe(true);
    // In sheet order (as the workbook lists them), then row, then column.
    const order = sample.sheets.map((s) => s.name);
    const pos = (r: (typeof rows)[number]): [number, number, number] => {
      const at = parseA1(r.cell)!;
      return [order.indexOf(r.sheet), at.row, at.col];
    };
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [pos(a), pos(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    expect(rows.map((r) => r.key)).toEqual(sorted.map((r) => r.key));
    expect(new Set(rows.map((r) => r.sheet)).size).toBeGreaterThan(1);
    expect(order.indexOf(rows[0].sheet)).toBeLessThan(order.indexOf(rows[rows.length - 1].sheet));
    for (const r of rows) {
      const planned = run.result.plan.cells.find((c) => c.sheet === r.sheet && c.cell === r.cell)!;
      expect(r.fix.value).toEqual(planned.value);
      const before = parseRupiah(planned.previous?.value ?? null);
      const after = parseRupiah(r.fix.value);
      if (r.kind === "pagu" && before.ok && after.ok && before.value !== after.value) {
        const d = after.value - before.value;
        expect(r.selisih.startsWith(d > 0 ? "+" : "-")).toBe(true);
        expect(parseRupiah(r.selisih.slice(1))).toEqual({ ok: true, value: Math.abs(d) });
      }
    }
  });

  test("applies exactly the confirmed values, records them, and restore brings back the old ones", async () => {
    const { host, port } = hostOf(sample);
    const run = await runValidation(port);
    const rows = recalcRows(run.result);
    const capaian = rows.find((r) => r.kind === "capaian")!;
    const pagu = rows.find((r) => r.kind === "pagu" && r.selisih !== "")!;
    const confirmed = new Set([capaian.key, pagu.key]);
    const before = new Map(rows.map((r) => [r.key, cellValue(host, r.sheet, r.cell)]));

    const { out, syncs } = await syncsOf(host, () => applyRecalc(port, run.wb, rows, confirmed, "2025-01-02 03:04"));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(out.applied).toBe(2);
    for (const r of rows) {
      const now = cellValue(host, r.sheet, r.cell);
      if (confirmed.has(r.key)) expect(now).toEqual(r.fix.value);
      else expect(now).toEqual(before.get(r.key));
    }
    const wb = await port.read();
    const records = readRiwayat(wb);
    expect(records.map((x) => `${x.sheet}!${x.cell}`).sort()).toEqual([...confirmed].sort());
    for (const x of records) {
      expect(x.before.value).toEqual(before.get(`${x.sheet}!${x.cell}`));
      expect(x.status).toBe("diterapkan");
    }

    await restoreFixes(port, wb, records.map((x) => x.no));
    for (const r of rows) expect(cellValue(host, r.sheet, r.cell)).toEqual(before.get(r.key));
    expect(readRiwayat(await port.read()).every((x) => x.status === "dipulihkan")).toBe(true);
  });

  test("nothing confirmed writes nothing", async () => {
    const { host, port } = hostOf(sample);
    const run = await runValidation(port);
    const { out, syncs } = await syncsOf(host, () => applyRecalc(port, run.wb, recalcRows(run.result), new Set()));
    expect(out.applied).toBe(0);
    expect(syncs).toBe(0);
    expect(host.sheet(RIWAYAT_SHEET)).toBeUndefined();
  });

  test("with only ExcelApi 1.7 it applies and calls nothing newer", async () => {
    const { host, port } = hostOf(sample, only17);
    const run = await runValidation(port);
    const rows = recalcRows(run.result);
    const out = await applyRecalc(port, run.wb, rows, new Set(rows.map((r) => r.key)));
    expect(out.applied).toBe(rows.length);
    expect(host.apiViolations).toEqual([]);
    for (const r of rows) expect(cellValue(host, r.sheet, r.cell)).toEqual(r.fix.value);
  });
});

describe("Tabel 4.2", () => {
  test("profiles: presets are valid, typed ones accept the decimal comma and are refused when wrong", () => {
    for (const p of PROFILE_PRESETS) expect(parseProfile(p.profile.map(String))).toEqual({ ok: true, profile: p.profile });
    expect(parseProfile(["6", "20,8", "39,8", "33,4"])).toEqual({ ok: true, profile: [6, 20.8, 39.8, 33.4] });
    expect(parseProfile(["6", "20.8", "39,8 %", "33,4"])).toEqual({ ok: true, profile: [6, 20.8, 39.8, 33.4] });
    const sum = parseProfile(["25", "25", "25", "20"]);
    expect(sum.ok).toBe(false);
    expect(!sum.ok && sum.message).toMatch(/100/);
    const neg = parseProfile(["-10", "40", "35", "35"]);
    expect(!neg.ok && neg.message).toMatch(/negatif/);
    const text = parseProfile(["dua puluh", "30", "25", "25"]);
    expect(!text.ok && text.message).toMatch(/triwulan 1/);
    expect(parseProfile(["25", "", "50", "25"]).ok).toBe(false);
  });

  test("written next to Tabel 4.1: Rp per triwulan sum to the pagu on every row and the total, and it validates", async () => {
    const { host, port } = hostOf(sample, { evaluator: hyperFormulaEvaluator });
    const run = await runValidation(port);
    const sources = tabel41Sources(run);
    expect(sources.map((s) => s.table.sheet)).toEqual(["Tabel 4.1"]);
    const table = sources[0].table;
    const sub = subKegiatanOf(table)[0];
    const preview = previewTabel42(run.wb, table, { profile: [6, 20.8, 39.8, 33.4], perRow: new Map([[sub.kode, [0, 0, 50, 50]]]), roundThousands: true, tahun: 2024, opd: "Dinas Sosial", nomenklatur: run.options });
    expect(preview.exact).toBe(true);
    expect(preview.quarters.reduce((s, q) => s + q.rp, 0)).toBe(preview.result.totals.pagu);
    expect(preview.result.totals.pagu).toBeGreaterThan(0);

    const { out: report, syncs } = await syncsOf(host, () => writeTabel42(port, preview));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(report.sheets).toEqual([TABEL42_SHEET]);
    const names = host.state.sheets.map((s) => s.name);
    expect(names[names.indexOf("Tabel 4.1") + 1]).toBe(TABEL42_SHEET);

    const wb = await port.read();
    const result = validateWorkbook(wb);
    const t42 = result.tables.find((t) => t.sheet === TABEL42_SHEET);
    expect(t42?.kind).toBe("T4.2");
    const view = sheetGrid(wb, TABEL42_SHEET);
    const col = (t: TableModel, role: "pagu" | "rp1" | "rp2" | "rp3" | "rp4" | "k1" | "k3"): number => t.columns[role]![0];
    let checked = 0;
    for (const row of t42!.rows) {
      const pagu = view.value(row.r, col(t42!, "pagu"));
      if (typeof pagu !== "number") continue;
      const rp = (["rp1", "rp2", "rp3", "rp4"] as const).map((r) => view.value(row.r, col(t42!, r)));
      expect(rp.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 0)).toBe(true);
      expect((rp as number[]).reduce((s, v) => s + v, 0)).toBe(pagu);
      // Rounded to Rp 1.000: the remainder below Rp 1.000 stays in triwulan IV (the last funded one here).
      expect((rp as number[]).slice(0, 3).every((v) => v % 1000 === 0)).toBe(true);
      checked++;
    }
    expect(checked).toBe(42); // the 28 sub kegiatan carried, their 9 kegiatan, 4 programs and the JUMLAH row
    const total = t42!.rows.find((r) => r.level === "total") ?? t42!.rows[t42!.rows.length - 1];
    expect(view.value(total.r, col(t42!, "pagu"))).toBe(preview.result.totals.pagu);
    // The sub kegiatan with its own profile.
    const own = t42!.rows.find((r) => r.kode?.text === sub.kode)!;
    expect([view.value(own.r, col(t42!, "k1")), view.value(own.r, col(t42!, "k3"))]).toEqual([0, 50]);
    // What the pane writes passes the checks the pane runs (with its nomenclature list): no error, no warning.
    expect(validateWorkbook(wb, run.options).findings.filter((f) => f.sheet === TABEL42_SHEET && f.severity !== "info").map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const formatted = host.sheet(TABEL42_SHEET)!;
    expect(formatted.borders.length).toBeGreaterThan(0);
    expect(formatted.frozenRows).toBeGreaterThan(0);

    // Written again: the add-in's sheet is replaced whole, never duplicated.
    const again = previewTabel42(run.wb, table, { profile: [25, 25, 25, 25] });
    const r2 = await writeTabel42(port, again);
    expect(r2.sheets).toEqual([TABEL42_SHEET]);
    expect(host.state.sheets.filter((s) => s.name.startsWith("Tabel 4.2 (otomatis)"))).toHaveLength(1);
  });

  test("with only ExcelApi 1.7 it is written, nothing newer is called, and the skipped parts are named", async () => {
    const { host, port } = hostOf(sample, only17);
    const run = await runValidation(port);
    const preview = previewTabel42(run.wb, tabel41Sources(run)[0].table, { profile: [25, 25, 25, 25] });
    const report = await writeTabel42(port, preview);
    expect(host.apiViolations).toEqual([]);
    expect(host.sheet(TABEL42_SHEET)?.lists).toEqual([]);
    expect(report.skipped.join(" ")).toMatch(/ExcelApi 1\.8/);
    expect(report.skipped.join(" ")).toMatch(/ExcelApi 1\.9/);
  });
});

describe("Sisipkan Tabel", () => {
  test("the plan year is checked", () => {
    expect(parseTahun("2025")).toEqual({ ok: true, tahun: 2025 });
    expect(parseTahun("25").ok).toBe(false);
    expect(parseTahun("1999").ok).toBe(false);
  });

  test.each(LAYOUT_FORMS.flatMap((f) => LAYOUT_KINDS.map((k) => [f, k] as const)))("%s %s with examples evaluates to the layout's capaian and totals and validates clean", async (bentuk, kind) => {
    const { host, port } = hostOf({ sheets: [{ name: "Catatan", origin: { row: 0, col: 0 }, values: [["milik pengguna"]] }] }, { evaluator: hyperFormulaEvaluator });
    const choice = { kind, tahun: 2025, opd: "Dinas Sosial", exampleRows: true, bentuk };
    const { out, syncs } = await syncsOf(host, () => insertLayout(port, choice));
    expect(syncs).toBeLessThanOrEqual(2);
    const layout = buildLayout(kind, choice);
    expect(out.sheet).toBe(layout.sheet);
    const sheet = host.sheet(out.sheet)!;
    let formulas = 0;
    layout.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (!isComposedFormula(v)) return;
        formulas++;
        const cell = sheet.get(i, j);
        expect(cell?.formula).toBe(v.formula);
        const want = layout.results?.[i]?.[j];
        if (typeof want === "number") expect(cell?.value).toBeCloseTo(want, 6);
        else expect(cell?.value).toEqual(want);
      }),
    );
    if (kind !== "T2.4" && kind !== "T2.2") expect(formulas).toBeGreaterThan(0);
    // Layout features.
    expect(sheet.merges.length).toBe(layout.merges!.length);
    expect(sheet.frozenRows).toBe(layout.freezeRows);
    expect(sheet.printTitleRows).toBe(layout.printTitleRows);
    expect(sheet.orientation).toBe("Landscape");
    const header = layout.headerRows!.map((r) => r - 1);
    expect(sheet.get(header[0], 0)).toMatchObject({ bold: true, wrapText: true, horizontalAlignment: "Center" });
    const table = parseRange(layout.tableRange!)!;
    expect(sheet.borders.some((b) => b.edge === "InsideHorizontal" && b.range.r1 === table.r1 && b.range.r2 === table.r2)).toBe(true);
    for (const [address, format] of Object.entries(layout.rangeFormats ?? {})) {
      const r = parseRange(address)!;
      expect(sheet.get(r.r2, r.c1)?.numberFormat).toBe(format); // the empty data rows below the examples too
    }
    for (const address of Object.keys(layout.lists ?? {})) {
      expect(sheet.lists.some((l) => a1(l.range.r1, l.range.c1) === address.split(":")[0])).toBe(true);
    }
    expect(host.sheet(LISTS_SHEET)?.get(0, 0)?.value).toBe("Satuan");
    expect(host.sheet("Catatan")?.get(0, 0)?.value).toBe("milik pengguna");

    // The engine reads the inserted table as its kind and finds no capaian or pagu mistakes in it.
    const result = validateWorkbook(await port.read());
    expect(result.tables.some((t) => t.sheet === out.sheet && t.kind === kind)).toBe(true);
    const wrong = result.findings.filter((f) => f.sheet === out.sheet && f.severity !== "info" && (f.category === "capaian" || f.category === "pagu"));
    expect(wrong).toEqual([]);
  });

  test("a taken name gets ' 2': the user's sheet is never overwritten", async () => {
    const { host, port } = hostOf({ sheets: [{ name: "Tabel 3.1", origin: { row: 0, col: 0 }, values: [["isi pengguna"]] }] });
    const out = await insertLayout(port, { kind: "T3.1", tahun: 2025, opd: "Dinas Sosial", exampleRows: false, bentuk: "permendagri" });
    expect(out.sheet).toBe("Tabel 3.1 2");
    expect(host.sheet("Tabel 3.1")?.get(0, 0)?.value).toBe("isi pengguna");
    expect(host.sheet("Tabel 3.1")?.merges).toEqual([]);
    expect(insertPlan({ kind: "T3.1", tahun: 2025, opd: "", exampleRows: false, bentuk: "permendagri" }).sheets[0].replace).toBe(false);
  });

  test("with only ExcelApi 1.7 the layout is written without lists and print settings, and the pane is told", async () => {
    const { host, port } = hostOf({ sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [] }] }, only17);
    const out = await insertLayout(port, { kind: "T4.1", tahun: 2025, opd: "Dinas Sosial", exampleRows: true, bentuk: "permendagri" });
    expect(host.apiViolations).toEqual([]);
    const sheet = host.sheet(out.sheet)!;
    expect(sheet.lists).toEqual([]);
    expect(sheet.printTitleRows).toBeNull();
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(out.report.skipped.join(" ")).toMatch(/ExcelApi 1\.8/);
    expect(out.report.skipped.join(" ")).toMatch(/ExcelApi 1\.9/);
  });
});

describe("Grafik", () => {
  test("charts are added over the data ranges of 'Grafik Renja', in one write", async () => {
    const { host, port } = hostOf(sample);
    const run = await runValidation(port);
    const tables = chartTables(run);
    expect(tables.pagu.map((o) => o.table.kind).sort()).toEqual(["T3.1", "T4.1"]);
    expect(tables.rkpd.map((o) => o.table.kind)).toEqual(["T2.3"]);
    const t41 = tables.pagu.find((o) => o.table.kind === "T4.1")!.table;
    const t23 = tables.rkpd[0].table;
    const planned = planCharts(run, { pagu: t41, rkpd: t23 });

    const { out: report, syncs } = await syncsOf(host, () => writeCharts(port, planned));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(report.sheets).toEqual([GRAFIK_SHEET]);
    const sheet = host.sheet(GRAFIK_SHEET)!;
    expect(sheet.charts.map((c) => [c.type, c.source, c.seriesBy])).toEqual(planned.write.charts.map((c) => ["BarClustered", `'${GRAFIK_SHEET}'!${c.source}`, "Columns"]));

    // Each chart's range: a header row, then one row per program of its table with its amounts.
    const wb = await port.read();
    const view = sheetGrid(wb, GRAFIK_SHEET);
    // The sums of the rows as the engine computes them (before the fix planner, which may withhold writing one).
    const recomputed = new Map(validateWorkbook(userSheets(run.wb)).plan.cells.map((c) => [`${c.sheet}!${c.cell}`, c.value]));
    const expectRange = (address: string, table: TableModel, roles: ("pagu" | "rkpdPagu" | "kebutuhanDana")[]): void => {
      const r = parseRange(address)!;
      expect(r.c2 - r.c1).toBe(roles.length);
      expect(view.value(r.r1, r.c1)).toBe("Program");
      const programs = table.rows.filter((x) => x.level === "program");
      expect(r.r2 - r.r1).toBe(programs.length);
      const src = sheetGrid(run.wb, table.sheet);
      programs.forEach((p, i) => {
        roles.forEach((role, k) => {
          const col = table.columns[role]![0];
          const written = parseRupiah(src.value(p.r, col));
          // The program's amount as written; where the cell is empty or a placeholder 0, the sum of its rows
          // (what the engine proposes to write there, 0 when it proposes nothing: its rows are all 0 too).
          const want = written.ok && written.value !== 0 ? written.value : (recomputed.get(`${table.sheet}!${a1(p.r, col)}`) ?? 0);
          expect(view.value(r.r1 + 1 + i, r.c1 + 1 + k)).toBe(want);
        });
      });
    };
    expectRange(planned.write.charts[0].source, t41, ["pagu"]);
    expectRange(planned.write.charts[1].source, t23, ["rkpdPagu", "kebutuhanDana"]);
    // Charts never overlap.
    const [a, b] = planned.write.charts.map((c) => [parseA1(c.position.start)!.row, parseA1(c.position.end)!.row]);
    expect(b[0]).toBeGreaterThan(a[1]);

    // Drawn again: the sheet is rebuilt where it was, with two charts, not four.
    const at = host.state.sheets.findIndex((s) => s.name === GRAFIK_SHEET);
    await writeCharts(port, planCharts(run, { pagu: t41, rkpd: t23 }));
    expect(host.sheet(GRAFIK_SHEET)!.charts).toHaveLength(2);
    expect(host.state.sheets.findIndex((s) => s.name === GRAFIK_SHEET)).toBe(at);
  });

  test("with only ExcelApi 1.7 the charts are drawn and nothing newer is called", async () => {
    const { host, port } = hostOf(sample, only17);
    const run = await runValidation(port);
    const t31 = chartTables(run).pagu.find((o) => o.table.kind === "T3.1")!.table;
    const report = await writeCharts(port, planCharts(run, { pagu: t31 }));
    expect(host.apiViolations).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(host.sheet(GRAFIK_SHEET)!.charts).toHaveLength(1);
  });

  test("a table without readable programs gives a note and no chart", () => {
    const wb: WorkbookGrid = { sheets: [{ name: "Kosong", origin: { row: 0, col: 0 }, values: [] }] };
    const empty: TableModel = { kind: "T4.1", sheet: "Kosong", headerTop: 0, numberRow: 0, columns: { pagu: [0] }, rows: [], bottom: 0, repeatedHeaders: [] };
    const planned = planCharts({ wb, result: validateWorkbook(wb) }, { pagu: empty });
    expect(planned.write.charts).toEqual([]);
    expect(planned.notes.join(" ")).toMatch(/Tidak ada program/);
  });
});
