// Capaian (Tabel 2.1): kolom 8, 10, 11 recomputed from the targets as written.
import type { CellValue } from "../src/renja/grid";
import { validateWorkbook } from "../src/renja/engine";
import { agreesWithin, directionOf, isLevelIndicator } from "../src/renja/rules/capaian";
import { parseTarget } from "../src/renja/satuan";
import { singleTable, type RowSpec } from "./helpers/grid-builder";

function capaian(rows: RowSpec[]) {
  const { wb, layout } = singleTable("T2.1", rows);
  const result = validateWorkbook(wb);
  return { result, layout, findings: result.findings.filter((f) => f.category === "capaian") };
}

/** A row of Tabel 2.1 from its kolom 4 … 11. */
function row(values: CellValue[], indikator = "Jumlah dokumen"): RowSpec {
  const [targetRenstra, realisasiSdLalu, targetRenjaLalu, realisasiRenjaLalu, tingkatRealisasi, targetRenjaBerjalan, realisasiSdBerjalan, tingkatCapaianRenstra] = values;
  return { no: "1.1", nama: "Penyusunan Laporan", indikator, targetRenstra, realisasiSdLalu, targetRenjaLalu, realisasiRenjaLalu, tingkatRealisasi, targetRenjaBerjalan, realisasiSdBerjalan, tingkatCapaianRenstra };
}

describe("rounding tolerance", () => {
  test.each([
    [4.2857, 4.2], // truncated, as the sample's 4,2
    [4.2857, 4.3], // rounded
    [85.294, 85.2],
    [16.667, 16],
    [16.667, 17],
    [16.667, 16.6],
    [16.667, 16.7],
    [45.283, 45],
    [100, 100],
    [88.235294, 88.24],
    [88.235294, 88.2353], // more than 2 decimals: within 0,005
  ])("%p accepts %p", (exact, written) => expect(agreesWithin(exact, written)).toBe(true));

  test.each([
    [88.235, 100],
    [4.2857, 4.1],
    [16.667, 16.5],
    [16.667, 18],
    [88.235294, 88.3],
    [88.235294, 88.25],
  ])("%p rejects %p", (exact, written) => expect(agreesWithin(exact, written)).toBe(false));
});

describe("indicator kinds", () => {
  test("direction from the indikator's name", () => {
    expect(directionOf("Jumlah dokumen perencanaan")).toBe("higher");
    expect(directionOf("Angka kematian ibu")).toBe("lower");
    expect(directionOf("Prevalensi stunting")).toBe("lower");
    expect(directionOf("Persentase penurunan angka kemiskinan")).toBe("either");
  });

  test("levels: a % value, or unit-less numbers under a level-like name", () => {
    expect(isLevelIndicator("Jumlah dokumen", [parseTarget("100%")])).toBe(true);
    expect(isLevelIndicator("Persentase layanan", [parseTarget(100), parseTarget("-")])).toBe(true);
    expect(isLevelIndicator("Persentase layanan", [parseTarget("4 Dokumen")])).toBe(false);
    expect(isLevelIndicator("Jumlah dokumen", [parseTarget(3)])).toBe(false);
  });
});

describe("capaian rule", () => {
  test("rows as the sample writes them raise nothing (rounded and truncated values, '-' inputs)", () => {
    const { findings } = capaian([
      row(["3 Dokumen", "-", "3 Dokumen", "3 Dokumen", 100, 0, "3 Dokumen", 100]),
      row(["2800 Orang", "-", "-", "-", "-", "120 Orang", "120 Orang", "4,2"]),
      row(["34 Orang/Bulan", "-", "-", "-", "-", "29 Orang/Bulan", "29 Orang/Bulan", "85,2"]),
      row(["60 Laporan", "-", "-", "-", "-", "10 Laporan", "10 Laporan", 16]),
      row(["265 Unit", "-", "120 Unit", "120 Unit", 100, "-", "120 Unit", 45]),
      row(["240 Paket", "-", "-", "-", "-", "-", "-", 0]),
      { no: "I.", nama: "PROGRAM PENUNJANG", indikator: "Persentase pemenuhan", targetRenstra: "100%", realisasiSdLalu: "-", targetRenjaLalu: "100%", realisasiRenjaLalu: "100%", tingkatRealisasi: 100, targetRenjaBerjalan: "100%", realisasiSdBerjalan: "100%", tingkatCapaianRenstra: 100 },
    ]);
    expect(findings).toEqual([]);
  });

  test("kolom 11 that disagrees with 10/4: warning with both values, the difference and a fix", () => {
    const { findings, layout, result } = capaian([row(["34 Orang", "-", "30 Orang", "30 Orang", 100, 0, "30 Orang", 100])]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.cell).toBe(layout.cell(0, "tingkatCapaianRenstra"));
    expect(f.rule).toBe("capaian.tidak-sesuai");
    expect(f.severity).toBe("warning");
    expect(f.actual).toBe("100");
    expect(f.expected).toBe("88,24");
    expect(f.message).toContain("30 / 34 × 100");
    expect(f.message).toContain("selisih 11,76");
    expect(f.fix?.value).toBe(88.24);
    expect(result.plan.cells).toEqual([{ sheet: "Tabel 2.1", cell: f.cell, value: 88.24, previous: { value: 100 } }]);
  });

  test("kolom 8 = 7/6 and kolom 10 = 5+7+9 for counts; kolom 11 follows the computed kolom 10", () => {
    const { findings, layout } = capaian([row(["40 Orang", "5 Orang", "10 Orang", "8 Orang", 100, "10 Orang", "20 Orang", 50])]);
    const by = new Map(findings.map((f) => [f.cell, f]));
    expect(by.get(layout.cell(0, "tingkatRealisasi"))?.expected).toBe("80");
    expect(by.get(layout.cell(0, "realisasiSdBerjalan"))?.expected).toBe("23");
    expect(by.get(layout.cell(0, "realisasiSdBerjalan"))?.fix?.value).toBe("23 Orang");
    expect(by.get(layout.cell(0, "tingkatCapaianRenstra"))?.fix?.value).toBe(57.5); // 23 / 40, not the written 20 / 40
    expect(findings).toHaveLength(3);
  });

  test("kolom 11 uses kolom 10 as written where kolom 10 cannot be computed", () => {
    const { findings } = capaian([row(["4 Paket", "-", "-", "-", "-", "-", "1 Paket", 25])]);
    expect(findings).toEqual([]);
  });

  test("percentage indicators take the latest level for kolom 10, not a sum", () => {
    const pct: RowSpec = { no: "I.", nama: "PROGRAM", indikator: "Persentase layanan", targetRenstra: "100%", realisasiSdLalu: "80%", targetRenjaLalu: "90%", realisasiRenjaLalu: "85%", tingkatRealisasi: "94,44", targetRenjaBerjalan: "95%", realisasiSdBerjalan: "260%", tingkatCapaianRenstra: 95 };
    const { findings, layout } = capaian([pct]);
    // 95% is the latest level (kolom 9); kolom 11 = 95 / 100 × 100 agrees with it
    expect(findings.map((f) => [f.cell, f.expected, f.fix?.value])).toEqual([[layout.cell(0, "realisasiSdBerjalan"), "95", "95%"]]);
  });

  test("lower-is-better indicators: capaian = target / realisasi × 100", () => {
    const ok = capaian([row(["10 %", "-", "12 %", "15 %", 80, "-", "15 %", 66], "Prevalensi stunting")]);
    expect(ok.findings).toEqual([]); // 12/15 = 80; 10/15 = 66,67 written truncated
    const wrong = capaian([row(["10 %", "-", "12 %", "15 %", 125, "-", "15 %", 66], "Prevalensi stunting")]);
    expect(wrong.findings.map((f) => [f.cell, f.expected])).toEqual([[wrong.layout.cell(0, "tingkatRealisasi"), "80"]]);
  });

  test("an indicator about a decrease accepts either direction and proposes nothing", () => {
    expect(capaian([row(["10 %", "-", "2 %", "3 %", 150, "-", "3 %", "-"], "Persentase penurunan PMKS")]).findings).toEqual([]);
    expect(capaian([row(["10 %", "-", "2 %", "3 %", 66, "-", "3 %", "-"], "Persentase penurunan PMKS")]).findings).toEqual([]);
    const wrong = capaian([row(["10 %", "-", "2 %", "3 %", 90, "-", "3 %", "-"], "Persentase penurunan PMKS")]);
    expect(wrong.findings).toHaveLength(1);
    expect(wrong.findings[0].expected).toBe("150 atau 66,67");
    expect(wrong.findings[0].fix).toBeUndefined();
    expect(wrong.result.plan.cells).toEqual([]);
  });

  test("an empty capaian whose inputs are there: info with the value; missing inputs: nothing", () => {
    const { findings, layout } = capaian([row(["100 Surat", "-", "100 Surat", "100 Surat", "-", "-", "100 Surat", 100]), row(["10 Orang", "-", "10 Orang", "-", "-", "-", "-", "-"])]);
    expect(findings.map((f) => [f.cell, f.rule, f.severity, f.fix?.value])).toEqual([[layout.cell(0, "tingkatRealisasi"), "capaian.belum-diisi", "info", 100]]);
  });

  test("a non-zero capaian without realisasi is reported; a 0 is accepted", () => {
    const { findings, layout } = capaian([row(["10 Orang", "-", "10 Orang", "-", 100, "-", "-", 0])]);
    expect(findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([[layout.cell(0, "tingkatRealisasi"), "capaian.tanpa-dasar", "warning"]]);
  });

  test("units that differ between columns are left to the satuan rule: the numbers are used", () => {
    const { findings, layout } = capaian([row(["33 Dokumen", "-", "10 dokume n", "10 dokume n", 100, "-", "10 dokumen", 100])]);
    expect(findings.map((f) => [f.cell, f.expected])).toEqual([[layout.cell(0, "tingkatCapaianRenstra"), "30,3"]]);
  });
});
