import fc from "fast-check";
import { formatAngka } from "../src/renja/angka";
import type { CellValue } from "../src/renja/grid";
import { canonicalSatuan, KNOWN_SATUAN, parseTarget, sameSatuan, suggestSatuan, type Target } from "../src/renja/satuan";

describe("parseTarget: forms from the sample", () => {
  test.each<[CellValue, Partial<Target>]>([
    ["390 Keluarga", { ok: true, value: 390, unit: "Keluarga", rawUnit: "Keluarga", known: true, percent: false, empty: false }],
    ["100 (%)", { ok: true, value: 100, unit: "%", rawUnit: "(%)", known: true, percent: true }],
    ["100%", { ok: true, value: 100, unit: "%", rawUnit: "%", known: true, percent: true }],
    ["100 %", { ok: true, value: 100, unit: "%", rawUnit: "%", known: true, percent: true }],
    ["34 Orang/Bulan", { value: 34, unit: "Orang/Bulan", known: true }],
    ["34 Orang/Bula n", { value: 34, unit: "Orang/Bulan", rawUnit: "Orang/Bula n", known: true }],
    ["29 Orang/ Bulan", { value: 29, unit: "Orang/Bulan", known: true }],
    ["12 laporan", { value: 12, unit: "Laporan", rawUnit: "laporan", known: true }],
    ["15 Eksempla r", { value: 15, unit: "Eksemplar", rawUnit: "Eksempla r", known: true }],
    ["15 Eksempl ar", { value: 15, unit: "Eksemplar", known: true }],
    ["26 ob", { value: 26, unit: "OB", rawUnit: "ob", known: true }],
    ["2 OB", { value: 2, unit: "OB", known: true }],
    ["15 HOK", { value: 15, unit: "HOK", known: true }],
    ["2 Kali", { value: 2, unit: "Kali", known: true }],
    ["7 KSB", { value: 7, unit: "KSB", known: true }],
    ["1 Tahun", { value: 1, unit: "Tahun", known: true }],
    ["21000 Keluarga", { value: 21000, unit: "Keluarga", known: true }],
    ["3 dokumen", { value: 3, unit: "Dokumen", known: true }],
    ["60 Stel", { value: 60, unit: "Stel", known: true }],
    ["40 Sertifikat", { value: 40, unit: "Sertifikat", known: true }],
    ["13 Makam", { value: 13, unit: "Makam", known: true }],
    ["1 Laporan", { value: 1, unit: "Laporan", known: true }],
    ["34 ASN", { value: 34, unit: "ASN", known: true }],
    ["15 unit", { value: 15, unit: "Unit", known: true }],
    ["85,2 %", { value: 85.2, unit: "%", percent: true }],
    ["1.200 Orang", { value: 1200, unit: "Orang", known: true }],
    ["200", { ok: true, value: 200, unit: null, rawUnit: null, known: false, percent: false, empty: false }],
    [100, { ok: true, value: 100, unit: null, rawUnit: null, known: false, percent: false, empty: false }],
    ["Keluarga", { ok: true, value: null, unit: "Keluarga", known: true, empty: false }],
  ])("%j", (input, expected) => {
    const t = parseTarget(input);
    expect(t).toMatchObject(expected);
    if (t.known) expect(t.suggestion).toBeUndefined();
  });

  test('"10 dokume" is unknown, with the suggestion "Dokumen"', () => {
    expect(parseTarget("10 dokume")).toEqual({ ok: true, value: 10, unit: "dokume", rawUnit: "dokume", known: false, suggestion: "Dokumen", percent: false, empty: false });
  });

  test("an unknown unit keeps its raw spelling (spaces folded) and may have no suggestion", () => {
    const t = parseTarget("5 Kapal  Nelayan");
    expect(t).toMatchObject({ value: 5, unit: "Kapal Nelayan", rawUnit: "Kapal  Nelayan", known: false });
    expect(t.suggestion).toBeUndefined();
    const n = parseTarget("n"); // the wrap leftover of "dokume|n"
    expect(n).toMatchObject({ value: null, unit: "n", known: false });
    expect(n.suggestion).toBeUndefined();
  });

  test.each<[CellValue]>([[""], [null], ["-"], ["  -  "], ["–"], ["—"]])("%j is empty", (input) => {
    expect(parseTarget(input)).toEqual({ ok: true, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: true });
  });

  test("a malformed number part makes the target not ok, keeping the unit", () => {
    const t = parseTarget("53.600.0000 Orang");
    expect(t).toMatchObject({ ok: false, value: null, unit: "Orang", known: true, empty: false });
    expect(t.message).toContain("0000");
  });

  test("a wrapped number part is joined", () => {
    expect(parseTarget("1 200 Orang")).toMatchObject({ ok: true, value: 1200, unit: "Orang", repaired: "1200" });
  });

  test.each<[CellValue]>([[true], [NaN], [Infinity]])("%j is not a target", (input) => {
    expect(parseTarget(input)).toMatchObject({ ok: false, value: null, empty: false });
  });
});

describe("satuan helpers", () => {
  test("KNOWN_SATUAN is alphabetical, without duplicates, and canonical", () => {
    const sorted = [...KNOWN_SATUAN].sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }));
    expect(KNOWN_SATUAN).toEqual(sorted);
    const folded = KNOWN_SATUAN.map((u) => u.toLowerCase().replace(/\s+/g, ""));
    expect(new Set(folded).size).toBe(KNOWN_SATUAN.length);
    for (const u of KNOWN_SATUAN) expect(canonicalSatuan(u)).toBe(u);
  });

  test("the sample's units are known", () => {
    for (const u of ["Orang", "Dokumen", "Laporan", "Paket", "%", "Unit", "Buah", "Keluarga", "HOK", "Kampung", "Makam", "Stel", "OB", "Kali", "Tahun", "Surat", "Lembaga", "Kegiatan", "Orang/Bulan", "Sertifikat", "ASN", "KSB", "Eksemplar", "Jenis"]) {
      expect(canonicalSatuan(u)).toBe(u);
    }
  });

  test("canonicalSatuan folds case, wrap spaces and aliases", () => {
    expect(canonicalSatuan("dokumen")).toBe("Dokumen");
    expect(canonicalSatuan("ORANG / BULAN")).toBe("Orang/Bulan");
    expect(canonicalSatuan("(%)")).toBe("%");
    expect(canonicalSatuan("Persentase")).toBe("%");
    expect(canonicalSatuan("hektar")).toBe("Ha");
    expect(canonicalSatuan("Laporan / Dokumen")).toBe("Laporan/Dokumen");
    expect(canonicalSatuan("dokume")).toBeUndefined();
    expect(canonicalSatuan("")).toBeUndefined();
  });

  test.each<[string, string | undefined]>([
    ["dokume", "Dokumen"],
    ["Doumen", "Dokumen"],
    ["Dokum", "Dokumen"],
    ["Eksempla", "Eksemplar"],
    ["Organiasasi", "Organisasi"],
    ["Lapora n", "Laporan"],
    ["Kelom", "Kelompok"],
    ["Sertifikt", "Sertifikat"],
    ["Laporan", "Laporan"],
    ["hali", undefined], // Hari and Kali are equally close
    ["xyzzy", undefined],
    ["ob", "OB"],
    ["zz", undefined],
    ["", undefined],
  ])("suggestSatuan(%j) = %j", (input, expected) => {
    expect(suggestSatuan(input)).toBe(expected);
  });

  test("sameSatuan compares canonical units", () => {
    expect(sameSatuan("dokumen", "Dokumen")).toBe(true);
    expect(sameSatuan("(%)", "%")).toBe(true);
    expect(sameSatuan("Eksempla r", "Eksemplar")).toBe(true);
    expect(sameSatuan("Kapal", "kapal")).toBe(true);
    expect(sameSatuan("Orang", "Paket")).toBe(false);
    expect(sameSatuan("dokume", "Dokumen")).toBe(false); // a misspelling is a finding, not a match
    expect(sameSatuan(null, null)).toBe(true);
    expect(sameSatuan(null, "Orang")).toBe(false);
    expect(sameSatuan("Orang", null)).toBe(false);
  });
});

describe("satuan properties", () => {
  test("a count with any known unit reads back as that count and the canonical unit", () => {
    const spelling = fc.tuple(fc.constantFrom(...KNOWN_SATUAN), fc.constantFrom("same", "lower", "upper", "wrapped"), fc.nat()).map(([u, how, at]) => {
      const written = how === "lower" ? u.toLowerCase() : how === "upper" ? u.toUpperCase() : how === "wrapped" && u.length > 1 ? `${u.slice(0, 1 + (at % (u.length - 1)))} ${u.slice(1 + (at % (u.length - 1)))}` : u;
      return { canonical: u, written };
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), spelling, (n, grouped, { canonical, written }) => {
        const number = grouped ? formatAngka(n, 0) : String(n);
        const t = parseTarget(`${number} ${written}`);
        expect(t).toMatchObject({ ok: true, value: n, unit: canonical, known: true, empty: false, percent: canonical === "%" });
        expect(t.suggestion).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  test("never throws on any input", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9., ]{0,10}[A-Za-z% ()/]{0,12}$/), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(cell, fc.string(), (v, s) => {
        const t = parseTarget(v);
        expect(typeof t.ok).toBe("boolean");
        if (t.value !== null) expect(Number.isFinite(t.value)).toBe(true);
        if (t.known) expect(KNOWN_SATUAN).toContain(t.unit);
        canonicalSatuan(s);
        suggestSatuan(s);
        sameSatuan(s, typeof v === "string" ? v : null);
      }),
      { numRuns: 3000 },
    );
  });
});
