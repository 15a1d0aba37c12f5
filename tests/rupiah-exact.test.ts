// Exact results of the Rupiah reader: the currency marks it strips, every message a planner can see, and the edges
// of the safe-integer range (docs/mutasi.md: written against the survivors of mutation testing).
import type { CellValue } from "../src/renja/grid";
import { formatRupiah, parseRupiah, sumRupiah } from "../src/renja/rupiah";

const tooLarge = (text: string) => ({
  ok: false,
  kind: "too-large",
  text,
  message: `Nilai "${text}" terlalu besar untuk dihitung tepat (lebih dari 9.007.199.254.740.991).`,
});
const sen = (written: string, shown: string, digits: string) => ({
  ok: false,
  kind: "fraction",
  text: written,
  message: `Nilai rupiah "${shown}" mengandung sen (,${digits}); pagu ditulis dalam rupiah bulat.`,
});

describe("parseRupiah: exact results", () => {
  test.each<[CellValue, ReturnType<typeof parseRupiah> | ReturnType<typeof tooLarge>]>([
    ["Rp", { ok: false, kind: "empty", text: "Rp" }],
    ["Rp.", { ok: false, kind: "empty", text: "Rp." }],
    [null, { ok: false, kind: "empty", text: "" }],
    [undefined as unknown as CellValue, { ok: false, kind: "empty", text: "" }],
    ["Rp12", { ok: true, value: 12 }],
    ["5p", { ok: false, kind: "malformed", text: "5p", message: '"5p" mengandung karakter bukan angka ("p").' }], // only "Rp" is stripped
    ["R5", { ok: false, kind: "malformed", text: "R5", message: '"R5" mengandung karakter bukan angka ("R").' }],
    ["12-", { ok: false, kind: "malformed", text: "12-", message: '"12-" mengandung karakter bukan angka ("-").' }], // only ",-" and ".-"
    [" 9.007.199.254.740.992 ", tooLarge("9.007.199.254.740.992")],
    [1250000, { ok: true, value: 1250000 }],
    [-500, { ok: true, value: -500 }],
    ["0000000000000000001", { ok: true, value: 1 }], // leading zeros do not count towards the 16-digit limit
    ["0.000.000.000.000.000.001", { ok: true, value: 1 }],
    ["000.001", { ok: false, kind: "malformed", text: "000.001", message: 'Kelompok angka "000" diawali nol sebelum pemisah ribuan ".".' }],
    ["rP. 5", { ok: true, value: 5 }],
    ["Rp.5", { ok: true, value: 5 }],
    ["Rp 5,-", { ok: true, value: 5 }],
    ["5.-", { ok: true, value: 5 }],
    ["5 ,-", { ok: true, value: 5 }],
    ["-,-", { ok: false, kind: "dash", text: "-,-" }],
    [",-", { ok: false, kind: "malformed", text: ",-", message: '",-" mengandung karakter bukan angka ("-").' }],
    ["R", { ok: false, kind: "malformed", text: "R", message: '"R" mengandung karakter bukan angka ("R").' }],
    ["a", { ok: false, kind: "malformed", text: "a", message: '"a" mengandung karakter bukan angka ("a").' }],
    ["1,5", sen("1,5", "1,5", "5")],
    ["12.34", sen("12.34", "12.34", "34")],
    ["1.2345", sen("1.2345", "1.2345", "2345")],
    ["1.250.000,50", sen("1.250.000,50", "1.250.000,50", "50")],
    [" Rp 1.250.000,05 ", sen(" Rp 1.250.000,05 ", "Rp 1.250.000,05", "05")],
    ["1.000.000.000,0000000001", sen("1.000.000.000,0000000001", "1.000.000.000,0000000001", "0000000001")],
    [12.5, { ok: false, kind: "fraction", text: "12.5", message: "Nilai rupiah 12,5 mengandung pecahan; pagu ditulis dalam rupiah bulat." }],
    [2 ** 53, tooLarge("9.007.199.254.740.992")],
    [-(2 ** 53), tooLarge("-9.007.199.254.740.992")],
    ["9.007.199.254.740.992", tooLarge("9.007.199.254.740.992")],
    [" 99.999.999.999.999.999 ", tooLarge("99.999.999.999.999.999")],
    ["12345678901234567", tooLarge("12345678901234567")],
    ["123456789012345678901", tooLarge("123456789012345678901")],
    [NaN, { ok: false, kind: "malformed", text: "NaN", message: "Nilai bukan angka yang terhingga." }],
    [Infinity, { ok: false, kind: "malformed", text: "Infinity", message: "Nilai bukan angka yang terhingga." }],
    [true, { ok: false, kind: "malformed", text: "true", message: "Nilai bukan jumlah rupiah." }],
    [{} as unknown as CellValue, { ok: false, kind: "malformed", text: "[object Object]", message: "Nilai bukan jumlah rupiah." }],
    ["100%", { ok: false, kind: "malformed", text: "100%", message: '"100%" adalah persentase, bukan jumlah rupiah.' }],
    [" 100 % ", { ok: false, kind: "malformed", text: " 100 % ", message: '"100 %" adalah persentase, bukan jumlah rupiah.' }],
    ["01.234", { ok: false, kind: "malformed", text: "01.234", message: 'Kelompok angka "01" diawali nol sebelum pemisah ribuan ".".' }],
    ["- 5", { ok: false, kind: "malformed", text: "- 5", message: 'Ada spasi antara tanda dan angka di "- 5".' }],
    ["1.234.567.890.123.45", { ok: false, kind: "malformed", text: "1.234.567.890.123.45", message: 'Kelompok angka "45" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' }],
    ["1.000,00", { ok: true, value: 1000 }],
    ["0.000", { ok: true, value: 0 }],
    ["00012", { ok: true, value: 12 }],
    ["1,234", { ok: true, value: 1234 }],
    ["+5", { ok: true, value: 5 }],
    ["1 234", { ok: true, value: 1234, repaired: "1234" }],
    ["1.234.567.890.123.456", { ok: true, value: 1234567890123456 }],
    ["1234567890123456", { ok: true, value: 1234567890123456 }],
    ["999.999.999.999.999", { ok: true, value: 999999999999999 }],
    ["123.456.789.012.345", { ok: true, value: 123456789012345 }],
    ["9007199254740991", { ok: true, value: Number.MAX_SAFE_INTEGER }],
    ["-9.007.199.254.740.991", { ok: true, value: -Number.MAX_SAFE_INTEGER }],
  ])("%j", (input, expected) => {
    // Strict: a result carries no property it does not need (no message: undefined, no repaired: undefined).
    expect(parseRupiah(input)).toStrictEqual(expected);
  });

  test.each<CellValue>(["-0", "+0", "-0,00", "Rp -0,-", -0, "-000"])("%j is 0, never -0", (input) => {
    const r = parseRupiah(input);
    expect(r).toEqual({ ok: true, value: 0 });
    expect(r.ok && Object.is(r.value, -0)).toBe(false);
  });

  test("the fast path and the full reader agree on plain thousands around their limits", () => {
    // 1-3 digits first, then groups of exactly 3, at most 15 digits: the allocation-free reader; the rest the full one.
    const cases: [string, number | string][] = [
      ["1", 1],
      ["12", 12],
      ["123", 123],
      ["1.234", 1234],
      ["12.345", 12345],
      ["123.456", 123456],
      ["1234.567", "malformed"],
      ["1.23.456", "malformed"],
      ["1.2345.678", "malformed"],
      ["1.234.56", "malformed"],
      ["123.456.789.012.345", 123456789012345],
      ["1.234.567.890.123.456", 1234567890123456],
      ["9.007.199.254.740.991", Number.MAX_SAFE_INTEGER],
      ["9.999.999.999.999.999", "too-large"],
      ["123456789012345", 123456789012345],
      ["999999999999999", 999999999999999],
      ["0123", 123],
      ["1x", "malformed"],
      ["1.2x4", "malformed"],
      ["1:234", "malformed"],
      ["1/234", "malformed"],
      ["1.234.", "malformed"],
    ];
    for (const [text, expected] of cases) {
      const r = parseRupiah(text);
      expect([text, r.ok ? r.value : r.kind]).toEqual([text, expected]);
    }
  });
});

describe("formatRupiah and sumRupiah: edges", () => {
  test("formatRupiah keeps a fraction and prints integers grouped", () => {
    expect(formatRupiah(-0.5)).toBe("-0,5");
    expect(formatRupiah(1234.25)).toBe("1.234,25");
    expect(formatRupiah(1234)).toBe("1.234");
    expect(formatRupiah(1e21)).toBe("1.000.000.000.000.000.000.000");
  });

  test("sumRupiah stops at the first unusable entry or partial sum", () => {
    expect(sumRupiah([5])).toBe(5);
    expect(sumRupiah([-Number.MAX_SAFE_INTEGER, -1])).toBeNaN();
    expect(sumRupiah([Number.MAX_SAFE_INTEGER, 1, -1])).toBeNaN();
    expect(sumRupiah([2 ** 53, -1])).toBeNaN();
    expect(sumRupiah([1, Infinity])).toBeNaN();
    expect(sumRupiah("12" as unknown as number[])).toBeNaN();
    expect(sumRupiah({} as unknown as number[])).toBeNaN();
    expect(sumRupiah([0.5, 0.5])).toBeNaN(); // an unusable entry, even when the total would be whole
  });
});
