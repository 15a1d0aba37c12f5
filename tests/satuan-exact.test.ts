// Exact targets and unit suggestions: the edit-distance limits (1 edit for 4-5 letters, 2 from 6), the prefix rule,
// white space as a target cell holds it, and number formats (docs/mutasi.md: written against the survivors of
// mutation testing).
import type { CellValue } from "../src/renja/grid";
import { canonicalSatuan, parseTarget, sameSatuan, suggestSatuan, type Target } from "../src/renja/satuan";

describe("suggestSatuan and canonicalSatuan", () => {
  test.each<[string, string | undefined, string | undefined]>([
    // written, suggestion, canonical (known units only)
    ["Dok", "Dokumen", "Dokumen"],
    ["Pkt", "Paket", "Paket"],
    ["paket", "Paket", "Paket"],
    ["Paket ", "Paket", "Paket"],
    ["Bulan", "Bulan", "Bulan"],
    ["Hari", "Hari", "Hari"],
    ["Kali", "Kali", "Kali"],
    ["Unt", undefined, undefined], // under 4 letters: no guess
    ["Har", undefined, undefined],
    ["Kal", undefined, undefined],
    ["abc", undefined, undefined],
    ["abcd", undefined, undefined],
    ["Doku", "Dokumen", undefined], // the only known unit it starts
    ["Lapo", "Laporan", undefined],
    ["Oran", "Orang", undefined],
    ["Bula", "Bulan", undefined],
    ["Eksem", "Eksemplar", undefined],
    ["Orng", "Orang", undefined], // 4 letters: 1 edit
    ["Tahn", "Tahun", undefined],
    ["Unitt", "Unit", undefined],
    ["dokume", "Dokumen", undefined],
    ["Dokumn", "Dokumen", undefined],
    ["Laporn", "Laporan", undefined],
    ["Keluarg", "Keluarga", undefined],
    ["Kegiatn", "Kegiatan", undefined],
    ["Dokumenn", "Dokumen", undefined],
    ["Sertifikt", "Sertifikat", undefined],
    ["Sertifika", "Sertifikat", undefined],
    ["Orang/Bula", "Orang/Bulan", undefined],
    ["Orang/Bulann", "Orang/Bulan", undefined],
    ["Kelompok Masyarakatt", "Kelompok Masyarakat", undefined],
    ["Dokumentasi", undefined, undefined], // 4 edits from Dokumen
    ["Kegatn", "Kegiatan", undefined], // 6 letters: 2 edits allowed
    ["qata", undefined, undefined], // one edit from "Data" and from another unit: a tie, no guess
  ])("%j: suggestion %j, canonical %j", (unit, suggestion, canonical) => {
    expect(suggestSatuan(unit)).toBe(suggestion);
    // Asked twice: the second answer comes from the cache and must be the same.
    expect(suggestSatuan(unit)).toBe(suggestion);
    expect(canonicalSatuan(unit)).toBe(canonical);
    expect(canonicalSatuan(unit)).toBe(canonical);
  });

  test("a non-text unit has neither", () => {
    expect(suggestSatuan(5 as unknown as string)).toBeUndefined();
    expect(canonicalSatuan(5 as unknown as string)).toBeUndefined();
  });

  test("the caches stay right past their limit", () => {
    for (let i = 0; i < 6000; i++) {
      expect(canonicalSatuan(`Dokumen${" ".repeat(i % 3)}${i % 2 === 0 ? "" : " "}#${i}`)).toBeUndefined();
      // Longer than any unit by more than two letters: each comparison ends at the length check, so this stays cheap.
      expect(suggestSatuan(`${"z".repeat(60)}${i}`)).toBeUndefined();
    }
    expect(canonicalSatuan("dokumen")).toBe("Dokumen");
    expect(suggestSatuan("dokume")).toBe("Dokumen");
  });

  test.each<[string | null, string | null, boolean]>([
    ["dokumen", "Dokumen", true],
    ["(%)", "%", true],
    [null, null, true],
    [null, "%", false],
    ["%", null, false],
    ["x", "X", true],
    ["Kab/Kota", "Kabupaten/Kota", true],
    ["Orang", "Orang/Bulan", false],
    ["Unit Kerja", "unitkerja", true],
  ])("sameSatuan(%j, %j) = %p", (a, b, same) => {
    expect(sameSatuan(a, b)).toBe(same);
    expect(sameSatuan(b, a)).toBe(same);
  });

  test("sameSatuan of a non-text unit is false", () => {
    expect(sameSatuan(5 as unknown as string, "5")).toBe(false);
    expect(sameSatuan("5", 5 as unknown as string)).toBe(false);
  });
});

describe("parseTarget: exact targets", () => {
  const t = (over: Partial<Target>): Target => ({ ok: true, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: false, ...over });
  test.each<[CellValue, string | null | undefined, Target]>([
    [0.9, "0%", t({ value: 90, unit: "%", rawUnit: "%", known: true, percent: true })],
    [12, "0%", t({ value: 1200, unit: "%", rawUnit: "%", known: true, percent: true })],
    [45306, "dd/mm/yyyy", t({ ok: false, message: "Sel berisi tanggal 15/01/2024 (format tanggal Excel), bukan angka target." })],
    [45306, "General", t({ value: 45306 })],
    [0.9, null, t({ value: 0.9 })],
    [-0, undefined, t({ value: 0 })],
    [NaN, "0%", t({ ok: false, message: "Nilai bukan angka yang terhingga." })],
    [{} as unknown as CellValue, undefined, t({ ok: false, message: "Target bukan angka atau teks." })],
    [undefined as unknown as CellValue, undefined, t({ empty: true })],
    ["1 200 Orang", undefined, t({ value: 1200, unit: "Orang", rawUnit: "Orang", known: true, repaired: "1200" })],
    ["1.2.3 Orang", undefined, t({ ok: false, unit: "Orang", rawUnit: "Orang", known: true, message: 'Kelompok angka "2" berisi 1 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' })],
    ["12a", undefined, t({ value: 12, unit: "a", rawUnit: "a" })],
    ["12\u3000Orang", undefined, t({ value: 12, unit: "Orang", rawUnit: "Orang", known: true })],
    ["12\u00a0%", undefined, t({ value: 12, unit: "%", rawUnit: "%", known: true, percent: true })],
    ["12\u202fOrang", undefined, t({ value: 12, unit: "Orang", rawUnit: "Orang", known: true })],
    ["12\u2003Orang", undefined, t({ value: 12, unit: "Orang", rawUnit: "Orang", known: true })],
    ["1\t200\nOrang", undefined, t({ value: 1200, unit: "Orang", rawUnit: "Orang", known: true, repaired: "1200" })],
    [" 5 ", undefined, t({ value: 5 })],
    ["5 - Orang", undefined, t({ value: 5, unit: "- Orang", rawUnit: "- Orang", suggestion: "Orang" })],
    ["5,5%", undefined, t({ value: 5.5, unit: "%", rawUnit: "%", known: true, percent: true })],
    ["(%)", undefined, t({ unit: "%", rawUnit: "(%)", known: true, percent: true })],
    ["1,5 Ton/hari", undefined, t({ value: 1.5, unit: "Ton/Hari", rawUnit: "Ton/hari", known: true })],
    ["2 Kab/Kota", undefined, t({ value: 2, unit: "Kabupaten/Kota", rawUnit: "Kab/Kota", known: true })],
    ["3 Persen", undefined, t({ value: 3, unit: "%", rawUnit: "Persen", known: true, percent: true })],
    ["10 Dokumn", undefined, t({ value: 10, unit: "Dokumn", rawUnit: "Dokumn", suggestion: "Dokumen" })],
    ["5 Kapal \t Nelayan", undefined, t({ value: 5, unit: "Kapal Nelayan", rawUnit: "Kapal \t Nelayan" })],
    ["", undefined, t({ empty: true })],
    ["   ", undefined, t({ empty: true })],
    ["  -  ", undefined, t({ empty: true })],
    ["-", undefined, t({ empty: true })],
    ["–", undefined, t({ empty: true })],
    ["—", undefined, t({ empty: true })],
    ["−", undefined, t({ empty: true })],
    ["90", "0%", t({ value: 90 })], // a text is read as written, whatever the format
    ["3 Dokumen 2024", undefined, t({ value: 3, unit: "Dokumen 2024", rawUnit: "Dokumen 2024" })], // the number is the leading run only
  ])("%j under %j", (v, format, expected) => {
    expect(parseTarget(v, format)).toStrictEqual(expected);
  });
});

describe("parseTarget: white space inside the number part", () => {
  // The spaces a wrapped target cell holds inside its number, and the code units next to each range's ends.
  const inside = [9, 10, 11, 12, 13, 32, 0xa0, 0x2000, 0x2005, 0x200a, 0x202f, 0x3000];
  const outside = [8, 14, 0x9f, 0xa1, 0x1fff, 0x200b, 0x202e, 0x2030, 0x2fff, 0x3001];

  test.each(inside)("U+%s joins the number", (c) => {
    expect(parseTarget(`1${String.fromCharCode(c)}200 Orang`)).toStrictEqual({ ok: true, value: 1200, unit: "Orang", rawUnit: "Orang", known: true, percent: false, empty: false, repaired: "1200" });
  });

  test.each(outside)("U+%s ends it", (c) => {
    const r = parseTarget(`1${String.fromCharCode(c)}200 Orang`);
    expect([r.ok, r.value, r.repaired]).toStrictEqual([true, 1, undefined]);
  });
});
