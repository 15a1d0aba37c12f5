// The official Permendagri 86/2017 forms (T-C.29 … T-C.33) beside the sample's variant: their column order, and
// that what the add-in writes is read back with every column in its role and nothing to report on it.
import { validateWorkbook } from "../src/renja/engine";
import { a1, parseRange } from "../src/renja/grid";
import { buildLayout, LAYOUT_KINDS, layoutGeometry, layoutSpec, sheetWriteToGrid, type LayoutForm } from "../src/renja/layouts";
import type { TableKind } from "../src/renja/model";
import type { SheetWrite } from "../src/renja/plan";

const OPTS = { tahun: 2025, opd: "Dinas Sosial Kabupaten Malang" };

/** The header texts over one sheet column, top to bottom (a merged cell's text for every column it covers). */
function headerPath(w: SheetWrite, kind: TableKind, form: LayoutForm, col: number): string[] {
  const geo = layoutGeometry(kind, form);
  const out: string[] = [];
  for (let r = geo.headerTop; r < geo.numberRow; r++) {
    let text = w.rows[r][col];
    for (const m of w.merges ?? []) {
      const g = parseRange(m)!;
      if (r >= g.r1 && r <= g.r2 && col >= g.c1 && col <= g.c2) text = w.rows[g.r1][g.c1];
    }
    if (typeof text === "string" && out[out.length - 1] !== text) out.push(text);
  }
  return out;
}

function paths(kind: TableKind, form: LayoutForm): string[] {
  const w = buildLayout(kind, { ...OPTS, exampleRows: false, bentuk: form });
  const geo = layoutGeometry(kind, form);
  return Array.from({ length: geo.width }, (_, c) => headerPath(w, kind, form, c).join(" / "));
}

describe("the official forms keep the lampiran's column order", () => {
  test("T-C.33 (Tabel 3.1): Kode | nama | indikator | Rencana Tahun n: lokasi, target, pagu, sumber dana | Catatan Penting | Prakiraan Maju n+1: target, pagu", () => {
    expect(paths("T3.1", "permendagri")).toEqual([
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
      "Indikator Kinerja Program/Kegiatan",
      "Rencana Tahun 2025 / Lokasi",
      "Rencana Tahun 2025 / Target Capaian Kinerja",
      "Rencana Tahun 2025 / Kebutuhan Dana/Pagu Indikatif (Rp.)",
      "Rencana Tahun 2025 / Sumber Dana",
      "Catatan Penting",
      "Prakiraan Maju Rencana Tahun 2026 / Target Capaian Kinerja",
      "Prakiraan Maju Rencana Tahun 2026 / Kebutuhan Dana/Pagu Indikatif (Rp.)",
    ]);
  });

  test("T-C.33 for the plan year (Tabel 4.1): the same columns without the prakiraan maju", () => {
    expect(paths("T4.1", "permendagri")).toEqual(paths("T3.1", "permendagri").slice(0, 8));
  });

  test("T-C.29 (Tabel 2.1): kode first, the computed columns numbered as the form computes them", () => {
    expect(paths("T2.1", "permendagri")).toEqual([
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
      "Indikator Kinerja Program (outcomes)/ Kegiatan (output)",
      "Target Kinerja Capaian Program (Renstra Perangkat Daerah) s/d Akhir Periode Renstra",
      "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun 2022",
      "Target dan Realisasi Kinerja Program dan Keluaran Kegiatan Renja Perangkat Daerah Tahun Lalu (2023) / Target Renja Perangkat Daerah Tahun 2023",
      "Target dan Realisasi Kinerja Program dan Keluaran Kegiatan Renja Perangkat Daerah Tahun Lalu (2023) / Realisasi Renja Perangkat Daerah Tahun 2023",
      "Target dan Realisasi Kinerja Program dan Keluaran Kegiatan Renja Perangkat Daerah Tahun Lalu (2023) / Tingkat Realisasi (%)",
      "Target Program dan Kegiatan (Renja Perangkat Daerah Tahun 2024)",
      "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan / Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan (2024)",
      "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan / Tingkat Capaian Realisasi Target Renstra (%)",
    ]);
    const w = buildLayout("T2.1", { ...OPTS, exampleRows: false, bentuk: "permendagri" });
    const geo = layoutGeometry("T2.1", "permendagri");
    expect(w.rows[geo.numberRow]).toEqual(["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = 5+7+9", "11 = 10/4"]);
  });

  test("T-C.30 (Tabel 2.2): target Renstra n-2 … n+1, realisasi n-2 and n-1, proyeksi n and n+1", () => {
    expect(paths("T2.2", "permendagri")).toEqual([
      "No",
      "Indikator",
      "SPM/Standar Nasional",
      "IKK",
      ...[2023, 2024, 2025, 2026].map((y) => `Target Renstra Perangkat Daerah / Tahun ${y}`),
      ...[2023, 2024].map((y) => `Realisasi Capaian / Tahun ${y}`),
      ...[2025, 2026].map((y) => `Proyeksi / Tahun ${y}`),
      "Catatan Analisis",
    ]);
  });

  test("T-C.31 (Tabel 2.3): rancangan awal RKPD beside the hasil analisis kebutuhan", () => {
    const side = (g: string, dana: string) => ["Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Target Capaian", dana].map((t) => `${g} / ${t}`);
    expect(paths("T2.3", "permendagri")).toEqual(["No", ...side("Rancangan Awal RKPD", "Pagu Indikatif (Rp.)"), ...side("Hasil Analisis Kebutuhan", "Kebutuhan Dana/Pagu Indikatif (Rp.)"), "Catatan Penting"]);
  });

  test("T-C.32 (Tabel 2.4): No | Program/Kegiatan | Lokasi | Indikator Kinerja | Besaran/Volume | Catatan", () => {
    expect(paths("T2.4", "permendagri")).toEqual(["No", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran/Volume", "Catatan"]);
  });

  test("the official forms hold the kode in one column, the sample's variant over five", () => {
    for (const kind of ["T2.1", "T3.1", "T4.1"] as TableKind[]) {
      expect([kind, layoutGeometry(kind, "permendagri").kodeColumns]).toEqual([kind, [0]]);
    }
    expect(layoutGeometry("T3.1", "contoh-malang").kodeColumns).toEqual([1, 2, 3, 4, 5]);
    // The API's default is still the sample's variant (generators and older tests build on its geometry).
    expect(layoutGeometry("T3.1")).toEqual(layoutGeometry("T3.1", "contoh-malang"));
    expect(layoutSpec("T4.1")).toBe(layoutSpec("T4.1", "contoh-malang"));
  });

  test("example rows write the whole dotted kode in the official form's kode column", () => {
    const w = buildLayout("T4.1", { ...OPTS, exampleRows: true, bentuk: "permendagri" });
    const geo = layoutGeometry("T4.1", "permendagri");
    const kode = w.rows.slice(geo.dataStart).map((r) => r[0]);
    expect(kode).toEqual(["1", "1.06", "1.06.01", "1.06.01.2.02", "1.06.01.2.02.0001", "1.06.01.2.02.0002", "1.06.01.2.06", "1.06.01.2.06.0001", "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.2.01.0003", null]);
    // The JUMLAH row sums the programs' pagu.
    const pagu = geo.columns.pagu as number;
    const last = w.rows.length - 1;
    expect(w.rows[last][geo.columns.nama as number]).toBe("JUMLAH");
    expect(w.rows[last][pagu]).toEqual({ formula: `=SUM(${a1(geo.dataStart + 2, pagu)},${a1(geo.dataStart + 8, pagu)})` });
  });
});

describe("each written form is read back with every column in its role", () => {
  for (const form of ["permendagri", "contoh-malang"] as LayoutForm[]) {
    for (const kind of LAYOUT_KINDS) {
      for (const exampleRows of [false, true]) {
        test(`${form} ${kind} ${exampleRows ? "with" : "without"} example rows`, () => {
          const w = buildLayout(kind, { ...OPTS, exampleRows, bentuk: form });
          const result = validateWorkbook({ sheets: [sheetWriteToGrid(w)] });
          expect(result.tables.map((t) => t.kind)).toEqual([kind]);
          const t = result.tables[0];
          const geo = layoutGeometry(kind, form);
          for (const col of layoutSpec(kind, form).columns) {
            const want = col.role === "kode" ? geo.kodeColumns : [geo.columns[col.role]];
            expect([col.role, t.columns[col.role]]).toEqual([col.role, want]);
          }
          const spec = layoutSpec(kind, form);
          expect(Object.keys(t.columns).sort()).toEqual(spec.columns.map((c) => c.role).sort());
          if (!exampleRows) {
            expect(t.rows).toEqual([]);
            // All an empty form is told: it has no rows yet (under its column-number row).
            expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([["struktur.tabel-kosong", a1(geo.numberRow, 0)]]);
          } else {
            expect(t.rows.length).toBeGreaterThan(0);
            if (form === "permendagri") expect(result.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
            else expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
          }
        });
      }
    }
  }
});

describe("every written form is read by its header texts alone, without its column-number row", () => {
  /** The grid of a written form with its column-number row deleted (merges below it moved up). */
  function withoutNumberRow(w: SheetWrite, n: number): ReturnType<typeof sheetWriteToGrid> {
    const g = sheetWriteToGrid(w);
    const drop = <T,>(rows: T[][] | undefined): T[][] | undefined => rows?.filter((_, i) => i !== n);
    const merges = (g.merges ?? []).filter((m) => m.r1 !== n).map((m) => (m.r1 > n ? { ...m, r1: m.r1 - 1, r2: m.r2 - 1 } : m));
    return { ...g, values: drop(g.values) as typeof g.values, formulas: drop(g.formulas), numberFormats: drop(g.numberFormats), merges };
  }

  for (const form of ["permendagri", "contoh-malang"] as LayoutForm[]) {
    for (const kind of LAYOUT_KINDS.filter((k) => k !== "T4.2")) {
      test(`${form} ${kind}: the same columns and the same findings (moved one row up)`, () => {
        const w = buildLayout(kind, { ...OPTS, exampleRows: true, bentuk: form });
        const geo = layoutGeometry(kind, form);
        const withRow = validateWorkbook({ sheets: [sheetWriteToGrid(w)] });
        const without = validateWorkbook({ sheets: [withoutNumberRow(w, geo.numberRow)] });
        expect(without.tables.map((t) => [t.kind, t.rows.length])).toEqual(withRow.tables.map((t) => [t.kind, t.rows.length]));
        // The kode columns of a numbered form are its number's; read by headers, the same data roles.
        const roles = (t: (typeof withRow.tables)[number]) => Object.fromEntries(Object.entries(t.columns).filter(([role]) => role !== "kode"));
        expect(roles(without.tables[0])).toEqual(roles(withRow.tables[0]));
        const up = (cell: string): string => cell.replace(/\d+$/, (d) => String(Number(d) - 1));
        expect(without.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(withRow.findings.map((f) => `${f.rule} ${up(f.cell)}`));
      });
    }
  }

  test("Tabel 2.2 by its headers: SPM, IKK and the year columns of each group in the form's order", () => {
    const w = buildLayout("T2.2", { ...OPTS, exampleRows: true, bentuk: "permendagri" });
    const t = validateWorkbook({ sheets: [withoutNumberRow(w, layoutGeometry("T2.2", "permendagri").numberRow)] }).tables[0];
    expect(t.kind).toBe("T2.2");
    expect(t.columns).toEqual({
      no: [0], indikator: [1], spm: [2], ikk: [3],
      targetTahun1: [4], targetTahun2: [5], targetTahun3: [6], targetTahun4: [7],
      realisasiTahun1: [8], realisasiTahun2: [9], proyeksiTahun1: [10], proyeksiTahun2: [11], catatan: [12],
    });
  });
});

describe("Tabel 2.1's plain-number targets take their satuan from the indikator", () => {
  test("an indikator ending in a known satuan \"(Dokumen)\" states the unit; without it each number is reported", () => {
    const w = buildLayout("T2.1", { ...OPTS, exampleRows: true, bentuk: "permendagri" });
    const geo = layoutGeometry("T2.1", "permendagri");
    const ind = geo.columns.indikator as number;
    const r = geo.dataStart + 2; // "Penyusunan Dokumen Perencanaan Perangkat Daerah" (1.06.01.2.01.0001), targets 10, 2, 2, 2, 2 and 6
    expect(w.rows[r][ind]).toBe("Jumlah Dokumen Perencanaan Perangkat Daerah (Dokumen)");
    const rows = w.rows.map((row, i) => (i === r ? row.map((v, c) => (c === ind ? "Jumlah Dokumen Perencanaan Perangkat Daerah" : v)) : row));
    const bare = validateWorkbook({ sheets: [sheetWriteToGrid({ ...w, rows })] });
    const cols = ["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "targetRenjaBerjalan", "realisasiSdBerjalan"].map((role) => a1(r, geo.columns[role as keyof typeof geo.columns] as number));
    expect(bare.findings.map((f) => [f.rule, f.cell])).toEqual(cols.map((c) => ["satuan.tanpa-satuan", c]));
    // An unknown word in parentheses is no satuan.
    const odd = w.rows.map((row, i) => (i === r ? row.map((v, c) => (c === ind ? "Jumlah Dokumen Perencanaan Perangkat Daerah (lihat lampiran)" : v)) : row));
    expect(validateWorkbook({ sheets: [sheetWriteToGrid({ ...w, rows: odd })] }).findings.map((f) => f.rule)).toEqual(cols.map(() => "satuan.tanpa-satuan"));
  });
});
