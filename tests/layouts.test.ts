import { HyperFormula } from "hyperformula";
import { validateWorkbook } from "../src/renja/engine";
import { parseRange, type CellValue } from "../src/renja/grid";
import { buildLayout, buildListsSheet, LAYOUT_KINDS, layoutGeometry, layoutSpec, sheetWriteToGrid, SUMBER_DANA } from "../src/renja/layouts";
import type { ColumnRole, TableKind } from "../src/renja/model";
import { isComposedFormula, type ComposedFormula, type SheetWrite, type WriteValue } from "../src/renja/plan";
import { KNOWN_SATUAN } from "../src/renja/satuan";

const OPTS = { tahun: 2025, opd: "Dinas Sosial Kabupaten Malang" };

/** Evaluates a write with HyperFormula; returns the computed value of each cell. */
function evaluate(w: SheetWrite, edit?: (rows: CellValue[][]) => void): (r: number, c: number) => unknown {
  const rows: CellValue[][] = w.rows.map((r) => r.map((v) => (isComposedFormula(v) ? v.formula : v)));
  edit?.(rows);
  const hf = HyperFormula.buildFromSheets({ [w.sheet]: rows.map((r) => r.map((v) => (v === null ? null : v))) }, { licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId(w.sheet) as number;
  return (r, c) => hf.getCellValue({ sheet, row: r, col: c });
}

function isFormula(v: WriteValue): v is ComposedFormula {
  return isComposedFormula(v);
}

describe("layouts are recognised by the detector", () => {
  for (const kind of LAYOUT_KINDS) {
    for (const exampleRows of [false, true]) {
      test(`${kind} ${exampleRows ? "with" : "without"} example rows`, () => {
        const w = buildLayout(kind, { ...OPTS, exampleRows });
        const result = validateWorkbook({ sheets: [sheetWriteToGrid(w)] });
        expect(result.tables.map((t) => t.kind)).toEqual([kind]);
        const t = result.tables[0];
        const geo = layoutGeometry(kind);
        expect(t.numberRow).toBe(geo.numberRow);
        // Every numbered column lands on the role the layout gives it.
        for (const col of layoutSpec(kind).columns) {
          expect([col.role, t.columns[col.role]?.[0]]).toEqual([col.role, geo.columns[col.role]]);
        }
        if (kind !== "T2.4") expect(t.columns.kode?.length ?? 0).toBe(geo.kodeColumns.length);
        if (exampleRows) {
          expect(t.rows.length).toBeGreaterThan(0);
          expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        } else {
          expect(t.rows).toEqual([]);
        }
      });
    }
  }

  test("the template's list sheet holds every known satuan and sumber dana, and is no table", () => {
    const w = buildListsSheet();
    expect(w.rows.slice(1).map((r) => r[0]).filter((v) => v !== null)).toEqual([...KNOWN_SATUAN]);
    expect(w.rows.slice(1).map((r) => r[1]).filter((v) => v !== null)).toEqual([...SUMBER_DANA]);
    expect(validateWorkbook({ sheets: [sheetWriteToGrid(w)] }).tables).toEqual([]);
  });
});

describe("layout settings", () => {
  test.each(LAYOUT_KINDS.map((k) => [k]))("%s: titles, header merges, number row, print and freeze settings", (kind: TableKind) => {
    const w = buildLayout(kind, { ...OPTS, exampleRows: false });
    const geo = layoutGeometry(kind);
    expect(w.rows[0][0]).toBe(`Tabel ${kind.slice(1)}`);
    expect(w.landscape).toBe(true);
    expect(w.freezeRows).toBe(geo.numberRow + 1);
    expect(w.printTitleRows).toBe(`$${geo.headerTop + 1}:$${geo.numberRow + 1}`);
    expect(w.columnWidths).toHaveLength(geo.width);
    // The number row reads 1, 2, 3, … left to right; merges never overlap.
    const numbers = w.rows[geo.numberRow].filter((v) => v !== null).map((v) => Number(String(v).split("=")[0]));
    expect(numbers).toEqual(layoutSpec(kind).columns.map((c) => c.number));
    const covered = new Set<string>();
    for (const m of w.merges ?? []) {
      const r = parseRange(m)!;
      for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) {
        expect(covered.has(`${row},${c}`)).toBe(false);
        covered.add(`${row},${c}`);
        if (row !== r.r1 || c !== r.c1) expect(w.rows[row][c]).toBeNull();
      }
    }
    // Money and capaian columns get their formats over the data area.
    for (const col of layoutSpec(kind).columns.filter((c) => c.format)) {
      const letter = (parseRange(Object.keys(w.rangeFormats ?? {}).find((a) => parseRange(a)!.c1 === geo.columns[col.role])!) as { c1: number }).c1;
      expect(letter).toBe(geo.columns[col.role]);
    }
    for (const [address, format] of Object.entries(w.rangeFormats ?? {})) {
      const r = parseRange(address)!;
      expect(r.r1).toBe(geo.dataStart);
      const col = layoutSpec(kind).columns.find((c) => geo.columns[c.role] === r.c1)!;
      expect(format).toBe(col.format === "money" ? "#,##0" : "0.00");
    }
  });

  test("years and the agency are filled in", () => {
    const text = (w: SheetWrite) => w.rows.flat().filter((v): v is string => typeof v === "string").join(" | ");
    expect(text(buildLayout("T3.1", OPTS))).toContain("Rumusan Rencana Program dan Kegiatan Tahun 2025 dan Prakiraan Maju Tahun 2026");
    expect(text(buildLayout("T3.1", OPTS))).toContain("Prakiraan Maju Rencana Tahun 2026");
    expect(text(buildLayout("T4.1", OPTS))).toContain("Rencana Kerja dan Pendanaan Dinas Sosial Kabupaten Malang Tahun 2025");
    expect(text(buildLayout("T4.1", OPTS))).toContain("Target 2025");
    expect(text(buildLayout("T4.1", OPTS))).toContain("Realisasi Capaian Renja Perangkat Daerah Tahun 2023");
    expect(text(buildLayout("T2.1", OPTS))).toContain("s/d Tahun 2024");
    expect(text(buildLayout("T2.1", OPTS))).toContain("Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun 2022");
    expect(text(buildLayout("T2.2", OPTS)).split(" | ")).toEqual(expect.arrayContaining(["2023", "2024", "2025", "2026"]));
    expect(text(buildLayout("T4.1", { tahun: 2025, opd: "" }))).toContain("Rencana Kerja dan Pendanaan Perangkat Daerah Tahun 2025");
    expect(JSON.stringify(buildLayout("T4.1", OPTS).rows)).not.toMatch(/\{(tahun|opd)/);
  });

  test("sumber dana drop-down on 3.1, 4.1 and 4.2: the SIPD names, short enough for an inline Excel list", () => {
    for (const kind of ["T3.1", "T4.1", "T4.2"] as TableKind[]) {
      const w = buildLayout(kind, OPTS);
      const geo = layoutGeometry(kind);
      const entries = Object.entries(w.lists ?? {});
      expect(entries).toHaveLength(1);
      const [address, items] = entries[0];
      expect(parseRange(address)).toMatchObject({ c1: geo.columns.sumberDana, r1: geo.dataStart });
      expect(items).toContain("Dana Transfer Umum-Dana Alokasi Umum");
      expect(items).toEqual(expect.arrayContaining(["PAD", "DAK Fisik", "DAK Non Fisik", "Dana Insentif Daerah", "Bantuan Keuangan Provinsi"]));
      expect(items.join(",").length).toBeLessThanOrEqual(255);
      expect(items.some((x) => x.includes(","))).toBe(false);
    }
  });
});

describe("formulas compute (HyperFormula)", () => {
  const g21 = layoutGeometry("T2.1");
  const col = (role: ColumnRole): number => g21.columns[role] as number;

  test("Tabel 2.1 template: kolom 8, 10 and 11 compute from plain numbers typed into a blank row", () => {
    const w = buildLayout("T2.1", { ...OPTS, exampleRows: false });
    const r = g21.dataStart;
    expect(isFormula(w.rows[r][col("tingkatRealisasi")])).toBe(true);
    const value = evaluate(w, (rows) => {
      const set = (row: number, role: ColumnRole, v: number) => (rows[row][col(role)] = v);
      set(r, "targetRenstra", 12);
      set(r, "realisasiSdLalu", 3);
      set(r, "targetRenjaLalu", 3);
      set(r, "realisasiRenjaLalu", 2);
      set(r, "targetRenjaBerjalan", 3);
      set(r + 1, "realisasiRenjaLalu", 5); // target 6 missing: kolom 8 stays empty, kolom 11 has no target
      set(r + 1, "targetRenjaBerjalan", 4);
    });
    expect(value(r, col("tingkatRealisasi"))).toBeCloseTo((2 / 3) * 100, 9);
    expect(value(r, col("realisasiSdBerjalan"))).toBe(3 + 2 + 3);
    expect(value(r, col("tingkatCapaianRenstra"))).toBeCloseTo((8 / 12) * 100, 9);
    expect(value(r + 1, col("tingkatRealisasi"))).toBe("");
    expect(value(r + 1, col("realisasiSdBerjalan"))).toBe(9);
    expect(value(r + 1, col("tingkatCapaianRenstra"))).toBe("");
    // An untouched row shows nothing.
    for (const role of ["tingkatRealisasi", "realisasiSdBerjalan", "tingkatCapaianRenstra"] as ColumnRole[]) expect(value(r + 2, col(role))).toBe("");
  });

  test("Tabel 2.1 examples: the cached results are what the formulas compute", () => {
    const w = buildLayout("T2.1", { ...OPTS, exampleRows: true });
    const value = evaluate(w);
    let n = 0;
    w.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        n++;
        const cached = w.results?.[r]?.[c];
        if (typeof cached === "number") expect(value(r, c)).toBeCloseTo(cached, 9);
        else expect(value(r, c)).toBe(cached);
      }),
    );
    expect(n).toBe(3 * layoutSpec("T2.1").examples.length);
  });

  test.each([["T2.3"], ["T3.1"], ["T4.1"], ["T4.2"]] as [TableKind][])("%s examples: SUM rows compute the children's totals", (kind) => {
    const w = buildLayout(kind, { ...OPTS, exampleRows: true });
    const geo = layoutGeometry(kind);
    const value = evaluate(w);
    const moneyRoles = layoutSpec(kind).columns.filter((c) => c.format === "money").map((c) => c.role);
    let sums = 0;
    w.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        const cached = w.results?.[r]?.[c];
        expect(typeof cached).toBe("number");
        expect(value(r, c)).toBeCloseTo(cached as number, 9);
        if (v.formula.startsWith("=SUM(")) sums++;
      }),
    );
    expect(sums).toBeGreaterThan(0);
    // Independently: the JUMLAH row (or, in 2.3, the programs) equal the sum of the leaf constants.
    const nama = geo.columns.nama;
    for (const role of moneyRoles) {
      const c = geo.columns[role] as number;
      let leaves = 0;
      w.rows.forEach((row, r) => {
        if (r >= geo.dataStart && typeof row[c] === "number") leaves += row[c] as number;
      });
      const topRows = w.rows.map((row, r) => r).filter((r) => r >= geo.dataStart && (nama !== undefined ? w.rows[r][nama] === "JUMLAH" : /^[IVX]+\.$/.test(String(w.rows[r][geo.columns.no as number]))));
      expect(topRows.length).toBeGreaterThan(0);
      const top = topRows.reduce((s, r) => s + (value(r, c) as number), 0);
      expect(top).toBe(leaves);
    }
  });

  test("Tabel 4.2 examples: each row's quarters add up to its pagu, K of parents is their share", () => {
    const w = buildLayout("T4.2", { ...OPTS, exampleRows: true });
    const geo = layoutGeometry("T4.2");
    const value = evaluate(w);
    const rp = (["rp1", "rp2", "rp3", "rp4"] as ColumnRole[]).map((r) => geo.columns[r] as number);
    const k = (["k1", "k2", "k3", "k4"] as ColumnRole[]).map((r) => geo.columns[r] as number);
    const pagu = geo.columns.pagu as number;
    let rows = 0;
    for (let r = geo.dataStart; r < w.rows.length; r++) {
      const p = value(r, pagu);
      if (typeof p !== "number") continue;
      rows++;
      expect(rp.reduce((s, c) => s + (value(r, c) as number), 0)).toBe(p);
      k.forEach((c, q) => expect(value(r, c)).toBeCloseTo(Math.round(((value(r, rp[q]) as number) / p) * 10000) / 100, 9));
    }
    expect(rows).toBeGreaterThanOrEqual(10);
  });
});
