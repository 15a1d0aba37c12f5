// Issue 8: a Renja is read however it is laid out. Each layout family a Bappeda receives (tests/layouts) carries the
// same plan with a few planted mistakes; every family must map its columns by header meaning and give exactly the
// findings of its mistakes, at their cells, and nothing else.
import { textReport } from "../src/cli/report";
import { validateWorkbook, type ValidationResult } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import type { CellValue, SheetGrid } from "../src/renja/grid";
import { parseA1, a1 } from "../src/renja/grid";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { SAMPLE } from "./fixtures/corpus";
import { kodeBlockSheet, officialTC29, officialTC33, olderImportForm, plannerSheet, sheetOf, sipdPrintout } from "./layouts/families";

function run(...sheets: SheetGrid[]): ValidationResult {
  return validateWorkbook({ sheets });
}

/** Findings as "severity rule cell", in the engine's order. */
function brief(r: ValidationResult): string[] {
  return r.findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`);
}

/** Roles as "role:letters", left to right, as summary.tables[].columns lists them. */
function roles(r: ValidationResult, i = 0): string[] {
  return (r.summary.tables[i].columns?.roles ?? []).map((x) => `${x.role}:${x.columns.join("")}`);
}

describe("official Permendagri 86/2017 T-C.33 order", () => {
  const expectedRoles = ["kode:A", "nama:B", "indikator:C", "lokasi:D", "target:E", "pagu:F", "sumberDana:G", "keterangan:H", "targetMaju:I", "paguMaju:J"];

  test.each([true, false])("with the (1) (2) … row: %s — columns by meaning, kind 3.1, exactly the planted findings", (numberRow) => {
    const r = run(officialTC33({ numberRow }));
    expect(r.summary.tables.map((t) => t.kind)).toEqual(["T3.1"]);
    expect(r.summary.tables[0].columns?.mappedBy).toBe("judul");
    expect(roles(r)).toEqual(expectedRoles);
    expect(r.summary.tables[0].columns?.unmapped).toEqual([]);
    // Urusan, the "URUSAN PEMERINTAHAN BIDANG SOSIAL" bidang row (kode 1.06), 1 program, 2 kegiatan, 3 sub kegiatan.
    expect(r.summary.tables[0]).toMatchObject({ rows: 8, programs: 1, kegiatan: 2, subkegiatan: 3 });
    const d = numberRow ? 1 : 0; // the number row moves the data one row down
    expect(brief(r)).toEqual([
      `info pagu.sesuai-setelah-perbaikan F${6 + d}`,
      `error pagu.jumlah-tidak-sesuai F${7 + d}`,
      `warning satuan.berubah I${9 + d}`,
    ]);
    const berubah = r.findings.find((f) => f.rule === "satuan.berubah");
    expect(berubah).toMatchObject({ expected: "Dokumen", actual: "Paket" });
    expect(r.findings.find((f) => f.rule === "pagu.jumlah-tidak-sesuai")?.fix?.value).toBe(100_000_000);
  });

  test("the header texts each role came from are named", () => {
    const cols = run(officialTC33({ numberRow: true })).summary.tables[0].columns;
    expect(cols?.roles.find((x) => x.role === "pagu")).toEqual({ role: "pagu", columns: ["F"], header: "Rencana Tahun 2026 / Kebutuhan Dana/Pagu Indikatif" });
    expect(cols?.roles.find((x) => x.role === "paguMaju")).toEqual({ role: "paguMaju", columns: ["J"], header: "Prakiraan Maju Rencana Tahun 2027 / Kebutuhan Dana/Pagu Indikatif" });
  });
});

describe("SIPD printout: kode over five columns, three header rows, no number row", () => {
  const r = run(sipdPrintout());

  test("columns by meaning; Capaian Program, Keluaran and Hasil each with its own target", () => {
    expect(r.summary.tables.map((t) => t.kind)).toEqual(["T3.1"]);
    expect(roles(r)).toEqual(["kode:ABCDE", "nama:F", "indikator:G", "target:H", "indikator:I", "target:J", "indikator:K", "target:L", "lokasi:M", "pagu:N", "sumberDana:O", "keterangan:P", "targetMaju:R", "paguMaju:S"]);
    expect(r.summary.tables[0].columns?.unmapped).toEqual([{ column: "Q", header: "Prakiraan Maju Rencana Tahun 2027 / Tolok Ukur" }]);
    const t = r.tables[0];
    expect(t.indicatorPairs?.map((p) => `${p.label}:${p.indikator}-${p.target}${p.maju ? "+1" : ""}`)).toEqual(["program:6-7", "keluaran:8-9", "hasil:10-11", "program:6-17+1"]);
  });

  test("the SIPD unit row is skipped and the bidang row is no finding", () => {
    const t = r.tables[0];
    expect(t.rows[0].level).toBe("unit");
    expect(t.rows[1].level).toBe("bidang");
    expect(r.summary.tables[0]).toMatchObject({ rows: 8, programs: 1, kegiatan: 2, subkegiatan: 3 });
  });

  test("exactly the planted findings: each target is checked with its own indikator", () => {
    expect(brief(r)).toEqual([
      "info pagu.ikut-perbaikan S8",
      "warning satuan.persentase-bukan-persen L9",
      "warning satuan.tidak-dikenal J10",
      "error pagu.jumlah-tidak-sesuai S12",
    ]);
    // "5 Dokumenn" sits under Keluaran (Jumlah Dokumen…): a unit, not a percentage finding against Capaian Program.
    expect(r.findings.find((f) => f.rule === "satuan.tidak-dikenal")).toMatchObject({ actual: "5 Dokumenn", expected: "5 Dokumen" });
  });
});

describe("older RKPD import form: Tolok Ukur/Target pairs, priorities", () => {
  const r = run(olderImportForm());
  test("the numbered layout of another form does not win over the headers", () => {
    expect(r.summary.tables.map((t) => t.kind)).toEqual(["T4.1"]);
    expect(r.summary.tables[0].columns?.mappedBy).toBe("judul");
    expect(roles(r)).toEqual(["no:A", "kode:B", "nama:C", "indikator:D", "target:E", "indikator:F", "target:G", "pagu:H", "prioritasNasional:I", "prioritasDaerah:J"]);
    expect(r.summary.tables[0].columns?.unmapped).toEqual([{ column: "K", header: "Sasaran Daerah" }]);
    expect(r.tables[0].indicatorPairs?.map((p) => `${p.label}:${p.indikator}-${p.target}`)).toEqual(["program:3-4", "keluaran:5-6"]);
  });
  test("exactly the planted finding", () => {
    expect(brief(r)).toEqual(["warning satuan.tanpa-satuan G7"]);
  });
});

describe("kode over four columns under one merged column number", () => {
  const r = run(kodeBlockSheet());
  test("the kode block spans B–E and the last column's several segments are read", () => {
    expect(roles(r)).toEqual(["no:A", "kode:BCDE", "nama:F", "indikator:G", "target:H", "pagu:I", "lokasi:J", "sumberDana:K"]);
    const t = r.tables[0];
    expect(t.rows.map((x) => x.kode?.text)).toEqual(["1.06.01", "1.06.01.2.01", "1.06.01.2.01.0001", "1.06.01.2.01.002", "1.06.01.2.02", "1.06.01.2.02.0001", "1.06.01.2.02.0001"]);
    expect(r.summary.tables[0]).toMatchObject({ programs: 1, kegiatan: 2, subkegiatan: 4 });
  });
  test("exactly the planted findings, at the column holding the segment", () => {
    expect(brief(r)).toEqual(["error kode.malformed E7", "error kode.duplikat B10"]);
    // "2.01.002" holds two segments: no single-cell fix can be proposed.
    expect(r.findings[0].fix).toBeUndefined();
  });
});

describe("a planner's own sheet: one header row, Satuan columns, money as numbers", () => {
  const r = run(plannerSheet());
  test("plain header names map; the Satuan columns belong to their targets", () => {
    expect(r.summary.tables.map((t) => t.kind)).toEqual(["T3.1"]);
    expect(roles(r)).toEqual(["kode:A", "nama:B", "indikator:C", "target:D", "satuan:E", "pagu:F", "targetMaju:G", "satuan:H", "paguMaju:I", "sumberDana:J", "keterangan:K"]);
    expect(r.tables[0].planYear).toBe(2026);
    expect(r.tables[0].indicatorPairs).toEqual([
      { indikator: 2, target: 3, satuan: 4, label: "indikator" },
      { indikator: 2, target: 6, satuan: 7, label: "indikator", maju: true },
    ]);
  });
  test("exactly the planted findings, the unit ones at the Satuan cells", () => {
    expect(brief(r)).toEqual(["info pagu.ikut-perbaikan F2", "warning satuan.tanpa-satuan E5", "error pagu.jumlah-tidak-sesuai F6", "warning satuan.berubah H6"]);
    expect(r.findings.find((f) => f.rule === "satuan.berubah")).toMatchObject({ expected: "Laporan", actual: "Dokumen" });
  });
  test("the text report says which columns were read", () => {
    const text = textReport("rencana.xlsx", r);
    expect(text).toContain("    Kolom yang dikenali (menurut judul kolom): Kode A; Program/Kegiatan/Sub Kegiatan B; Indikator C; Target D; Satuan E; Pagu indikatif F; Target n+1 G; Satuan H; Pagu n+1 I; Sumber dana J; Keterangan K");
  });
});

describe("money in thousands", () => {
  test("a (Rp.000) header scales the column, so the tables reconcile in Rupiah", () => {
    const thousands = plannerSheet({ paguHeader: "Pagu 2026 (Rp.000)" });
    // The same plan in thousands of Rupiah.
    for (const row of thousands.values.slice(1)) if (typeof row[5] === "number") row[5] = row[5] / 1000;
    thousands.name = "Rencana Ribuan";
    const t41 = sheetOf("Tabel 4.1", [
      ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu Indikatif (Rp)"],
      ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen", "100%", 300_000_000],
      ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "3 Dokumen", 100_000_000],
      ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan", "2 Dokumen", 60_000_000],
      ["1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "1 Dokumen", 41_000_000],
    ]);
    const r = run(thousands, t41);
    expect(r.tables[0].moneyScale).toEqual({ pagu: 1000 });
    const rek = r.findings.filter((f) => f.category === "rekonsiliasi");
    // Only the one real difference (41.000.000 against 40.000 thousand), not every row by a factor of 1000.
    expect(rek.map((f) => `${f.sheet}!${f.cell} ${f.actual} ${f.expected}`)).toEqual(["Tabel 4.1!E5 41.000.000 40.000.000"]);
  });
});

describe("Tabel 2.3 with the kebutuhan in thousands", () => {
  test("the RKPD pagu and the kebutuhan dana are compared in Rupiah", () => {
    const rows: CellValue[][] = [
      ["Tabel 2.3 Review terhadap Rancangan Awal RKPD"],
      ["No", "Rancangan Awal RKPD", null, null, null, null, "Hasil Analisis Kebutuhan", null, null, null, null, "Catatan Penting"],
      [null, "Program/Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Pagu indikatif (Rp.)", "Program/Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Kebutuhan dana (Rp.000)"],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      ["I.", "PROGRAM PENUNJANG", "Kab. Malang", "Persentase dukungan (%)", "100%", "300.000.000", "PROGRAM PENUNJANG", "Kab. Malang", "Persentase dukungan (%)", "100%", "300.000"],
      ["II.", "PROGRAM PERLINDUNGAN SOSIAL", "Kab. Malang", "Persentase layanan (%)", "100%", "200.000.000", "PROGRAM PERLINDUNGAN SOSIAL", "Kab. Malang", "Persentase layanan (%)", "100%", "250.000"],
    ];
    const r = run(sheetOf("Tabel 2.3", rows, ["A2:A3", "B2:F2", "G2:K2", "L2:L3"]));
    expect(r.tables[0].moneyScale).toEqual({ kebutuhanDana: 1000 });
    const rkpd = r.findings.filter((f) => f.category === "rkpd");
    expect(rkpd.map((f) => `${f.rule} ${f.cell} ${f.actual} ${f.expected}`)).toEqual(["rkpd.kebutuhan-melebihi-pagu K6 250.000.000 200.000.000"]);
  });
});

describe("the user's column map", () => {
  const sheet = (): SheetGrid =>
    sheetOf("Rencana", [
      ["Kode", "Program/Kegiatan", "Indikator", "Target", "Duit"],
      ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen", "100%", "300.000.000"],
      ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "3 Dokumen", "90.000.000"],
      ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan", "2 Dokumen", "60.000.000"],
      ["1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "1 Dokumen", "40.000.000"],
    ]);

  test("without it, a table missing its pagu column says which checks it skips", () => {
    const r = validateWorkbook({ sheets: [sheet()] });
    expect(brief(r)).toEqual(["info struktur.kolom-tidak-ada A1"]);
    expect(r.findings[0].message).toBe("Tabel 4.1 (T-C.33) Rencana Kerja dan Pendanaan tidak memiliki kolom pagu indikatif; pemeriksaan pagu dilewati.");
    expect(r.summary.tables[0].columns?.unmapped).toEqual([{ column: "E", header: "Duit" }]);
  });

  test("with it, the column is read in the role the user gave, and its checks run", () => {
    const r = validateWorkbook({ sheets: [sheet()] }, { columnMap: [{ sheet: "Rencana", column: "E", role: "pagu" }] });
    expect(roles(r)).toEqual(["kode:A", "nama:B", "indikator:C", "target:D", "pagu:E"]);
    expect(r.summary.tables[0].columns?.roles.find((x) => x.role === "pagu")).toEqual({ role: "pagu", columns: ["E"], header: "Duit", override: true });
    expect(brief(r)).toEqual(["error pagu.jumlah-tidak-sesuai E2", "error pagu.jumlah-tidak-sesuai E3"]);
  });

  test("\"abaikan\" unmaps a column; an override for another sheet changes nothing", () => {
    const r = validateWorkbook({ sheets: [sheet()] }, { columnMap: [{ sheet: "Rencana", column: "D", role: "abaikan" }, { sheet: "Lain", column: "E", role: "pagu" }] });
    expect(roles(r)).toEqual(["kode:A", "nama:B", "indikator:C"]);
    expect(r.summary.tables[0].columns?.unmapped).toEqual([{ column: "D", header: "Target" }, { column: "E", header: "Duit" }]);
  });

  test("an override wins over the known layout's column numbers too", () => {
    const base = officialTC33({ numberRow: true });
    const r = validateWorkbook({ sheets: [base] }, { columnMap: [{ sheet: "Rumusan Renja", column: "H", role: "abaikan" }] });
    expect(roles(r)).not.toContain("keterangan:H");
    expect(roles(r)).toContain("pagu:F");
  });
});

describe("a sheet that looks like a Renja table but cannot be mapped", () => {
  test("a kode-headed block whose columns mean nothing known: one warning quoting its headers", () => {
    const r = run(
      sheetOf("Lembar1", [
        ["Kode", "Uraian", "Jumlah"],
        ["1.06.01", "PROGRAM PENUNJANG", "300.000.000"],
      ]),
    );
    expect(r.summary.tables).toEqual([]);
    const w = r.findings.filter((f) => f.rule === "struktur.kolom-tidak-dikenali");
    expect(w.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Lembar1!A1"]);
    expect(w[0].message).toBe('Lembar ini tampak berisi tabel Renja, tetapi kolomnya tidak dapat dipetakan (judul kolom: "Kode", "Uraian", "Jumlah"); tabel ini tidak diperiksa. Tentukan peran kolom secara manual.');
  });

  test("kode values and amounts under headers the engine does not know: one warning quoting the header row", () => {
    const rows: CellValue[][] = [
      ["Nomor Rekening", "Nama Item", "Uang"],
      ["1.06.01", "PROGRAM A", 300_000_000],
      ["1.06.01.2.01", "Kegiatan B", 100_000_000],
      ["1.06.01.2.01.0001", "Sub C", 100_000_000],
    ];
    const r = run(sheetOf("Lembar1", rows));
    expect(r.findings.filter((f) => f.rule === "struktur.kolom-tidak-dikenali").map((f) => `${f.cell} ${f.message}`)).toEqual([
      'A1 Lembar ini tampak berisi tabel Renja, tetapi kolomnya tidak dapat dipetakan (judul kolom: "Nomor Rekening", "Nama Item", "Uang"); tabel ini tidak diperiksa. Tentukan peran kolom secara manual.',
    ]);
  });
});

describe("a pattern through the whole table", () => {
  test("every kegiatan segment without its level digit is one finding with its count", () => {
    const rows: CellValue[][] = [["Kode", null, null, null, null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif"]];
    rows.push(["1", "06", "01", null, null, "PROGRAM PENUNJANG", "Persentase dukungan (%)", "100%", "100.000.000"]);
    for (let k = 1; k <= 3; k++) {
      rows.push(["1", "06", "01", `0${k}`, null, `Kegiatan ${k}`, "Jumlah dokumen", "1 Dokumen", "30.000.000"]);
      rows.push(["1", "06", "01", `0${k}`, "0001", `Sub kegiatan ${k}`, "Jumlah dokumen", "1 Dokumen", "30.000.000"]);
    }
    const r = run(sheetOf("Renja", rows, ["A1:E1"]));
    const kode = r.findings.filter((f) => f.category === "kode");
    expect(kode.map((f) => `${f.rule} ${f.cell}`)).toEqual(["kode.pola-tanpa-digit-tingkat D3"]);
    expect(kode[0].message).toBe('Segmen kegiatan ditulis tanpa digit tingkat pada 6 baris tabel ini (misalnya "01" untuk "2.01"); kode kegiatan berbentuk K.KK, dengan K = 1 (provinsi) atau 2 (kabupaten/kota).');
  });
});

describe("kode segments typed as numbers", () => {
  test("read with their zeros restored; through the whole table one finding with the count of cells", () => {
    const rows: CellValue[][] = [
      ["Kode", null, null, null, null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif"],
      [1, 6, 1, null, null, "PROGRAM PENUNJANG", "Persentase dukungan (%)", "100%", "100.000.000"],
      [1, 6, 1, "2.01", null, "Kegiatan A", "Jumlah dokumen", "1 Dokumen", "100.000.000"],
      [1, 6, 1, "2.01", 1, "Sub A", "Jumlah dokumen", "1 Dokumen", "100.000.000"],
    ];
    const r = run(sheetOf("R", rows, ["A1:E1"]));
    expect(r.tables[0].rows.map((x) => `${x.kode?.text} ${x.level}`)).toEqual(["1.06.01 program", "1.06.01.2.01 kegiatan", "1.06.01.2.01.0001 subkegiatan"]);
    expect(brief(r)).toEqual(["warning kode.pola-angka-tanpa-nol B2"]);
    expect(r.findings[0].message).toBe('Segmen kode ditulis sebagai angka sehingga nol di depannya hilang pada 7 sel di 3 baris tabel ini (misalnya B2 "6" untuk "06"); kode tetap dibaca dengan nolnya. Format kolom kode sebagai teks.');
  });

  test("on a single row it stays one finding per cell, with its fix", () => {
    const rows: CellValue[][] = [
      ["Kode", null, null, null, null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif"],
      ["1", "06", "01", null, null, "PROGRAM PENUNJANG", "Persentase dukungan (%)", "100%", "100.000.000"],
      ["1", "06", "01", "2.01", null, "Kegiatan A", "Jumlah dokumen", "1 Dokumen", "100.000.000"],
      ["1", "06", "01", "2.01", 1, "Sub A", "Jumlah dokumen", "1 Dokumen", "100.000.000"],
    ];
    const r = run(sheetOf("R", rows, ["A1:E1"]));
    expect(brief(r)).toEqual(["warning kode.lost-leading-zero E4"]);
    expect(r.findings[0].fix?.value).toBe("0001");
  });
});

describe("official T-C.29 (Tabel 2.1) without a column-number row", () => {
  test("read by its headers; the capaian check runs", () => {
    const r = run(officialTC29());
    expect(r.summary.tables.map((t) => `${t.kind} ${t.columns?.mappedBy}`)).toEqual(["T2.1 judul"]);
    expect(roles(r)).toEqual(["no:A", "nama:B", "indikator:C", "targetRenstra:D", "realisasiSdLalu:E", "targetRenjaLalu:F", "realisasiRenjaLalu:G", "tingkatRealisasi:H", "targetRenjaBerjalan:I", "realisasiSdBerjalan:J", "tingkatCapaianRenstra:K", "penanggungJawab:L"]);
    expect(r.summary.tables[0].columns?.unmapped).toEqual([{ column: "M", header: "Ket." }]);
    expect(brief(r)).toEqual(["warning capaian.tidak-sesuai H6"]);
    expect(r.findings[0]).toMatchObject({ expected: "75", actual: "80" });
  });
});

describe("the sample itself, its column-number rows deleted and its merged cells unknown", () => {
  test.each(["Tabel 2.1", "Tabel 2.3", "Tabel 3.1", "Tabel 4.1", "Tabel 4.2"])("%s: the same findings, read by the headers", async (name) => {
    const wb = await readXlsxGrid(SAMPLE);
    const sheet = wb.sheets.find((s) => s.name === name) as SheetGrid;
    const before = validateWorkbook({ sheets: [sheet] });
    const t = before.tables[0];
    expect(t.mappedBy).toBe("nomor");
    // Every column-number row (the first and each repeat at a page break) is deleted; merges are left out, as
    // Excel 2019 reports none.
    const drop = new Set([t.numberRow, ...t.repeatedHeaders]);
    const kept: number[] = [];
    for (let i = 0; i < sheet.values.length; i++) if (!drop.has(sheet.origin.row + i)) kept.push(sheet.origin.row + i);
    const pick = <T>(rows: T[] | undefined): T[] | undefined => rows?.filter((_, i) => !drop.has(sheet.origin.row + i));
    const stripped: SheetGrid = { ...sheet, values: pick(sheet.values) as CellValue[][], formulas: pick(sheet.formulas), numberFormats: pick(sheet.numberFormats), merges: [] };
    const after = validateWorkbook({ sheets: [stripped] });
    expect(after.tables.map((x) => `${x.kind} ${x.mappedBy}`)).toEqual([`${t.kind} judul`]);
    const back = (cell: string): string => {
      const p = parseA1(cell);
      return p ? a1(kept[p.row - sheet.origin.row], p.col) : cell;
    };
    const key = (f: Finding, map: (c: string) => string): string => `${f.rule} ${map(f.cell)} ${String(f.actual)} ${String(f.expected)}`;
    expect(after.findings.map((f) => key(f, back))).toEqual(before.findings.map((f) => key(f, (c) => c)));
  });
});

describe("column-number rows in their other forms", () => {
  test("\"8(7/6)\" and \"10(5+7+9)*\" are column numbers", () => {
    const r = run(
      sheetOf("T", [
        ["No", "Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu Indikatif"],
        ["1", "2", "3", "4(2/3)", "5(1+2)*", "6 = 5"],
        ["I.", "1.06.01", "PROGRAM PENUNJANG", "Persentase dukungan (%)", "100%", "100.000.000"],
      ]),
    );
    expect(r.tables[0].numberRow).toBe(1);
    expect(r.tables[0].rows.map((x) => x.r)).toEqual([2]);
  });
});
