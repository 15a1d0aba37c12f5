// Every tolerance at its edge, through the rules (not only their helpers): the last value accepted and the first
// one reported, with the exact finding. A slip in a comparison (< for ≤, a tolerance too wide) fails here.
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import type { CellValue } from "../src/renja/grid";
import { singleTable, type RowSpec } from "./helpers/grid-builder";

const only = (findings: Finding[], category: Finding["category"]): [string, string, string | number | undefined, string | number | undefined][] =>
  findings.filter((f) => f.category === category).map((f) => [f.rule, f.cell, f.actual, f.expected]);

describe("pagu: a parent off by Rp 1", () => {
  const rows = (kegiatan: CellValue, program: CellValue = 300_000): RowSpec[] => [
    { no: "1", kode: "1.06.01", nama: "PROGRAM PENUNJANG", pagu: program },
    { kode: "1.06.01.2.01", nama: "Perencanaan", indikator: "Persentase dokumen", pagu: kegiatan },
    { kode: "1.06.01.2.01.0001", nama: "Penyusunan Renstra", indikator: "Jumlah dokumen", pagu: 60_000 },
    { kode: "1.06.01.2.01.0002", nama: "Penyusunan Renja", indikator: "Jumlah dokumen", pagu: 40_000 },
    { kode: "1.06.01.2.02", nama: "Administrasi Keuangan", indikator: "Persentase layanan", pagu: 200_000 },
    { kode: "1.06.01.2.02.0001", nama: "Penyediaan Gaji", indikator: "Jumlah orang", pagu: 200_000 },
    { pagu: 300_000 },
  ];

  test("equal: nothing", () => {
    const { wb } = singleTable("T4.1", rows(100_000));
    expect(only(validateWorkbook(wb).findings, "pagu")).toEqual([]);
  });

  test.each([
    [100_001, "300.001", "selisih 1, tertulis lebih besar"],
    [99_999, "299.999", "selisih 1, tertulis lebih kecil"],
  ])("kegiatan %p: an error at its cell with the sum as its fix; the right program is not reported as wrong", (written, asWritten, selisih) => {
    const { wb, layout } = singleTable("T4.1", rows(written));
    const result = validateWorkbook(wb);
    const cell = layout.cell(1, "pagu");
    expect(only(result.findings, "pagu")).toEqual([
      ["pagu.sesuai-setelah-perbaikan", layout.cell(0, "pagu"), "300.000", asWritten],
      ["pagu.jumlah-tidak-sesuai", cell, written.toLocaleString("id-ID"), "100.000"],
    ]);
    const f = result.findings.find((x) => x.cell === cell)!;
    expect(f.message).toContain(selisih);
    expect(f.fix?.value).toBe(100_000);
    expect(result.plan.cells.map((c) => [c.cell, c.value])).toEqual([[cell, 100_000]]);
  });
});

describe("triwulan: K shares at the rounding tolerance, Rp off by 1", () => {
  const sub = (k: CellValue[], rp: number[] = [25_000, 25_000, 25_000, 25_000], pagu = 100_000): RowSpec => ({
    kode: "1.06.01.2.01.0001",
    nama: "Sub kegiatan",
    indikator: "Jumlah dokumen",
    pagu,
    k1: k[0],
    rp1: rp[0],
    k2: k[1],
    rp2: rp[1],
    k3: k[2],
    rp3: rp[2],
    k4: k[3],
    rp4: rp[3],
  });
  const check = (row: RowSpec) => {
    const { wb, layout } = singleTable("T4.2", [row]);
    return { findings: only(validateWorkbook(wb).findings, "triwulan"), k1: layout.cell(0, "k1"), rp1: layout.cell(0, "rp1") };
  };

  test.each([
    [[25, 25, 25, 23]], // whole shares: 4 × ½ = 2 may be lost to rounding
    [[25, 25, 25, 27]],
    [["25", "25", "25", "24,8"]], // one decimal: 0,2
    [["25", "25", "25", "25,2"]],
    [["25", "25", "25", "24,98"]], // two decimals: 0,02
  ])("%j: within the tolerance, accepted", (k) => {
    expect(check(sub(k)).findings).toEqual([]);
  });

  test.each([
    [[25, 25, 25, 22], "97%"],
    [[25, 25, 25, 28], "103%"],
    [["25", "25", "25", "24,7"], "99,7%"],
    [["25", "25", "25", "25,3"], "100,3%"],
    [["25", "25", "25", "24,97"], "99,97%"],
  ])("%j: one step beyond, an error at K triwulan I", (k, sum) => {
    const { findings, k1 } = check(sub(k));
    expect(findings).toEqual([["triwulan.k-tidak-100", k1, sum, "100%"]]);
  });

  // Decimals as typed count: "24,90" says the shares were rounded to hundredths, so 0,1 off is beyond 0,02.
  test.each([[["25,00", "25,00", "25,00", "24,98"]], [["25,00", "25,00", "25,00", "25,02"]]])("%j: two decimals typed, within 0,02: accepted", (k) => {
    expect(check(sub(k)).findings).toEqual([]);
  });

  test.each([
    [["25,00", "25,00", "25,00", "24,90"], "99,9%"],
    [["25", "25", "25", "25,10"], "100,1%"],
    [["25", "25", "25", "24,97"], "99,97%"],
  ])("%j: a share 0,1 (or 0,03) off, typed with two decimals: an error at K triwulan I", (k, sum) => {
    const { findings, k1 } = check(sub(k));
    expect(findings).toEqual([["triwulan.k-tidak-100", k1, sum, "100%"]]);
  });

  test.each([
    [[25_001, 25_000, 25_000, 25_000], "100.001"],
    [[25_000, 25_000, 25_000, 24_999], "99.999"],
  ])("quarters %j against a pagu of 100.000: off by Rp 1 is an error", (rp, sum) => {
    const { findings, rp1 } = check(sub([25, 25, 25, 25], rp));
    expect(findings).toEqual([["triwulan.rp-tidak-sama-pagu", rp1, sum, "100.000"]]);
  });
});

describe("capaian: 0,01 off", () => {
  const row = (kolom8: CellValue): RowSpec => ({
    no: "1.1",
    nama: "Penyusunan Laporan",
    indikator: "Jumlah dokumen",
    targetRenstra: "34 Dokumen",
    realisasiSdLalu: "-",
    targetRenjaLalu: "34 Dokumen",
    realisasiRenjaLalu: "30 Dokumen", // 30 / 34 × 100 = 88,235…
    tingkatRealisasi: kolom8,
    targetRenjaBerjalan: "-",
    realisasiSdBerjalan: "30 Dokumen",
    tingkatCapaianRenstra: "88,24",
  });
  const check = (kolom8: CellValue) => {
    const { wb, layout } = singleTable("T2.1", [row(kolom8)]);
    return { findings: only(validateWorkbook(wb).findings, "capaian"), cell: layout.cell(0, "tingkatRealisasi") };
  };

  test.each([["88,24"], ["88,23"], ["88,2"], [88]])("%p (rounded or truncated): accepted", (w) => {
    expect(check(w).findings).toEqual([]);
  });

  test.each([
    ["88,25", "selisih 0,01"],
    ["88,22", "selisih 0,01"],
    ["88,3", "selisih 0,06"],
    // Two decimals typed: held to hundredths, though "88,20" reads as 88,2 (which, typed so, is a truncation).
    ["88,20", "selisih 0,04"],
  ])("%p: a warning with the computed value", (w) => {
    const { findings, cell } = check(w);
    expect(findings).toEqual([["capaian.tidak-sesuai", cell, w, "88,24"]]);
  });
});

describe("rkpd: a kebutuhan dana Rp 1 over or under the RKPD pagu", () => {
  const rows = (kebutuhan: number): RowSpec[] => [{ no: "I", rkpdNama: "PROGRAM A", rkpdPagu: 1_000_000, kebutuhanNama: "PROGRAM A", kebutuhanDana: kebutuhan }];
  const check = (kebutuhan: number) => {
    const { wb, layout } = singleTable("T2.3", rows(kebutuhan));
    return { findings: validateWorkbook(wb).findings.filter((f) => f.category === "rkpd").map((f) => [f.rule, f.severity, f.cell, f.actual, f.expected]), cell: layout.cell(0, "kebutuhanDana") };
  };

  test("equal: nothing", () => {
    expect(check(1_000_000).findings).toEqual([]);
  });

  test("Rp 1 over: a warning at the kebutuhan with both amounts", () => {
    const { findings, cell } = check(1_000_001);
    expect(findings).toEqual([["rkpd.kebutuhan-melebihi-pagu", "warning", cell, "1.000.001", "1.000.000"]]);
  });

  test("Rp 1 under: an info, never a warning", () => {
    const { findings, cell } = check(999_999);
    expect(findings).toEqual([["rkpd.kebutuhan-di-bawah-pagu", "info", cell, "999.999", "1.000.000"]]);
  });
});

describe("rekonsiliasi: the same sub kegiatan Rp 1 apart in Tabel 3.1 and 4.1", () => {
  const table = (pagu: number): RowSpec[] => [
    { no: "1", kode: "1.06.01", nama: "PROGRAM PENUNJANG", pagu },
    { kode: "1.06.01.2.01", nama: "Perencanaan", indikator: "Persentase dokumen", pagu },
    { kode: "1.06.01.2.01.0001", nama: "Penyusunan Renstra", indikator: "Jumlah dokumen", pagu },
  ];

  test.each([
    [100_000, []],
    [100_001, ["program", "kegiatan", "sub kegiatan"]],
  ])("4.1 at %p against 3.1 at 100.000", (pagu41, levels) => {
    const t31 = singleTable("T3.1", table(100_000), { sheet: "Tabel 3.1" });
    const t41 = singleTable("T4.1", table(pagu41), { sheet: "Tabel 4.1" });
    const findings = validateWorkbook({ sheets: [...t31.wb.sheets, ...t41.wb.sheets] }).findings.filter((f) => f.category === "rekonsiliasi");
    expect(findings.map((f) => [f.sheet, f.cell, f.actual, f.expected])).toEqual(
      (levels as string[]).map((_, i) => ["Tabel 4.1", t41.layout.cell(i, "pagu"), "100.001", "100.000"]),
    );
    for (const [i, level] of (levels as string[]).entries()) expect(findings[i].message).toContain(`Pagu indikatif ${level} `);
  });
});
