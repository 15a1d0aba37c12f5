// Exact results of the number reader: every message a planner can see, white space exactly as String.prototype.trim
// sees it, number formats, and formatAngka's decimals. Written against the survivors of mutation testing
// (docs/mutasi.md): a message that changes or a branch that flips must fail here.
import type { CellValue } from "../src/renja/grid";
import { formatAngka, parseAngka, scanAngka } from "../src/renja/angka";

describe("parseAngka: exact results", () => {
  test.each<[CellValue, ReturnType<typeof parseAngka>]>([
    ["", { ok: false, kind: "empty", text: "" }],
    ["   ", { ok: false, kind: "empty", text: "   " }],
    [null, { ok: false, kind: "empty", text: "" }],
    [undefined as unknown as CellValue, { ok: false, kind: "empty", text: "" }],
    ["-", { ok: false, kind: "dash", text: "-" }],
    ["–", { ok: false, kind: "dash", text: "–" }],
    ["—", { ok: false, kind: "dash", text: "—" }],
    ["−", { ok: false, kind: "dash", text: "−" }],
    ["#N/A", { ok: false, kind: "malformed", text: "#N/A", message: "Sel berisi galat Excel #N/A, bukan angka." }],
    ["#div/0!", { ok: false, kind: "malformed", text: "#div/0!", message: "Sel berisi galat Excel #DIV/0!, bukan angka." }],
    ["#12", { ok: false, kind: "malformed", text: "#12", message: '"#12" mengandung karakter bukan angka ("#").' }],
    ["-%", { ok: false, kind: "malformed", text: "-%", message: '"-%" tidak berisi angka.' }],
    ["+", { ok: false, kind: "malformed", text: "+", message: '"+" tidak berisi angka.' }],
    ["- 5", { ok: false, kind: "malformed", text: "- 5", message: 'Ada spasi antara tanda dan angka di "- 5".' }],
    ["12a", { ok: false, kind: "malformed", text: "12a", message: '"12a" mengandung karakter bukan angka ("a").' }],
    ["1😀", { ok: false, kind: "malformed", text: "1😀", message: '"1😀" mengandung karakter bukan angka ("😀").' }],
    ["1.2.3", { ok: false, kind: "malformed", text: "1.2.3", message: 'Kelompok angka "2" berisi 1 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' }],
    ["1,2345,678", { ok: false, kind: "malformed", text: "1,2345,678", message: 'Kelompok angka "2345" berisi 4 digit; pemisah ribuan "," harus memisahkan tiap 3 digit.' }],
    [".5", { ok: false, kind: "malformed", text: ".5", message: 'Angka diawali pemisah ".".' }],
    [",5", { ok: false, kind: "malformed", text: ",5", message: 'Angka diawali pemisah ",".' }],
    ["5.", { ok: false, kind: "malformed", text: "5.", message: 'Angka diakhiri pemisah ".".' }],
    ["5,", { ok: false, kind: "malformed", text: "5,", message: 'Angka diakhiri pemisah ",".' }],
    ["1..2", { ok: false, kind: "malformed", text: "1..2", message: "Dua pemisah berurutan di dalam angka." }],
    ["1.,2", { ok: false, kind: "malformed", text: "1.,2", message: "Dua pemisah berurutan di dalam angka." }],
    ["1234.567", { ok: false, kind: "malformed", text: "1234.567", message: '"1234.567" ambigu: tiga digit setelah "." dibaca sebagai ribuan, tetapi "1234" di depannya lebih dari 3 digit.' }],
    ["1234,567", { ok: false, kind: "malformed", text: "1234,567", message: '"1234,567" ambigu: tiga digit setelah "," dibaca sebagai ribuan, tetapi "1234" di depannya lebih dari 3 digit.' }],
    ["01.234", { ok: false, kind: "malformed", text: "01.234", message: 'Kelompok angka "01" diawali nol sebelum pemisah ribuan ".".' }],
    ["1234.567.890", { ok: false, kind: "malformed", text: "1234.567.890", message: 'Kelompok angka "1234" berisi 4 digit sebelum pemisah ribuan "."; seharusnya paling banyak 3 digit.' }],
    ["1.234.56", { ok: false, kind: "malformed", text: "1.234.56", message: 'Kelompok angka "56" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' }],
    ["1.234,567.8", { ok: false, kind: "malformed", text: "1.234,567.8", message: 'Pemisah titik dan koma bercampur tidak konsisten di "1.234,567.8".' }],
    ["1.23,456,7", { ok: false, kind: "malformed", text: "1.23,456,7", message: 'Pemisah titik dan koma bercampur tidak konsisten di "1.23,456,7".' }],
    ["1.23,4", { ok: false, kind: "malformed", text: "1.23,4", message: 'Kelompok angka "23" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' }],
    ["1,23.4", { ok: false, kind: "malformed", text: "1,23.4", message: 'Kelompok angka "23" berisi 2 digit; pemisah ribuan "," harus memisahkan tiap 3 digit.' }],
    ["1,234.567", { ok: false, kind: "malformed", text: "1,234.567", message: '"1,234.567" ambigu: bisa dibaca 1.234,567 (desimal) atau 1.234.567 (ribuan). Tulis ulang dengan format Indonesia, misalnya 1.234.567,89.' }],
    ["1,234.500", { ok: false, kind: "malformed", text: "1,234.500", message: '"1,234.500" ambigu: bisa dibaca 1.234,5 (desimal) atau 1.234.500 (ribuan). Tulis ulang dengan format Indonesia, misalnya 1.234.567,89.' }],
    ["1,234.000", { ok: false, kind: "malformed", text: "1,234.000", message: '"1,234.000" ambigu: bisa dibaca 1.234 (desimal) atau 1.234.000 (ribuan). Tulis ulang dengan format Indonesia, misalnya 1.234.567,89.' }],
    ["1 2x", { ok: false, kind: "malformed", text: "1 2x", message: '"1 2x" mengandung karakter bukan angka ("x").' }],
    ["12 .34.5", { ok: false, kind: "malformed", text: "12 .34.5", message: 'Angka "12 .34.5" terpotong spasi; setelah digabung menjadi "12.34.5" tetap tidak valid: Kelompok angka "34" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit.' }],
    ["1.23", { ok: true, value: 1.23, percent: false }],
    ["1.2345", { ok: true, value: 1.2345, percent: false }],
    ["0,125", { ok: true, value: 0.125, percent: false }],
    ["0.125", { ok: true, value: 0.125, percent: false }],
    ["1234,5", { ok: true, value: 1234.5, percent: false }],
    ["1.234,56", { ok: true, value: 1234.56, percent: false }],
    ["1,234.56", { ok: true, value: 1234.56, percent: false }],
    ["1.234.567,89", { ok: true, value: 1234567.89, percent: false }],
    ["1,234,567.89", { ok: true, value: 1234567.89, percent: false }],
    ["1.234,567", { ok: true, value: 1234.567, percent: false }],
    ["1 234", { ok: true, value: 1234, percent: false, repaired: "1234" }],
    ["1 2,3 4", { ok: true, value: 12.34, percent: false, repaired: "12,34" }],
    ["-1 234 %", { ok: true, value: -1234, percent: true, repaired: "-1234%" }],
    ["5 %", { ok: true, value: 5, percent: true }],
    ["5(%)", { ok: true, value: 5, percent: true }],
    ["5 (%)", { ok: true, value: 5, percent: true }],
    ["-5%", { ok: true, value: -5, percent: true }],
    ["+7", { ok: true, value: 7, percent: false }],
    ["−3", { ok: true, value: -3, percent: false }],
    ["-0", { ok: true, value: 0, percent: false }],
    ["007", { ok: true, value: 7, percent: false }],
    [true, { ok: false, kind: "malformed", text: "true", message: "Nilai logika (TRUE), bukan angka." }],
    [false, { ok: false, kind: "malformed", text: "false", message: "Nilai logika (FALSE), bukan angka." }],
    [NaN, { ok: false, kind: "malformed", text: "NaN", message: "Nilai bukan angka yang terhingga." }],
    [-Infinity, { ok: false, kind: "malformed", text: "-Infinity", message: "Nilai bukan angka yang terhingga." }],
    [{} as unknown as CellValue, { ok: false, kind: "malformed", text: "[object Object]", message: "Nilai bukan angka." }],
  ])("%j", (input, expected) => {
    const r = parseAngka(input);
    expect(r).toStrictEqual(expected);
    // -0 is read as 0: a sign on zero means nothing to a planner and would print as "-0".
    if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
  });

  test("-0 as a number is 0", () => {
    const r = parseAngka(-0);
    expect(r).toStrictEqual({ ok: true, value: 0, percent: false });
    expect(r.ok && Object.is(r.value, -0)).toBe(false);
  });
});

describe("parseAngka: white space is what String.prototype.trim removes, and nothing else", () => {
  // Every code unit trim removes, and the code units next to each (where a range in the reader would end), placed
  // inside, after and before a number.
  const isTrimSpace = (ch: string): boolean => ch.trim() === "";
  const codes = new Set<number>([0x41, 0x7f, 0x85, 0x200b, 0x2060]);
  for (let c = 0; c <= 0xffff; c++) {
    if (!isTrimSpace(String.fromCharCode(c))) continue;
    for (const n of [c - 1, c, c + 1]) codes.add(n);
  }
  const units = [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));

  test("the code units cover every white space and its neighbours", () => {
    expect(units.filter(isTrimSpace)).toHaveLength(25);
    expect(units).toHaveLength(48);
  });
  const isNumberChar = (ch: string): boolean => /[0-9.,]/.test(ch);

  test("inside a number: joined (with a repair) exactly for white space", () => {
    const wrong: string[] = [];
    for (const ch of units) {
      if (isNumberChar(ch)) continue;
      const r = parseAngka(`1${ch}234`);
      const expected = isTrimSpace(ch)
        ? { ok: true, value: 1234, percent: false, repaired: "1234" }
        : { ok: false, kind: "malformed", text: `1${ch}234`, message: `"1${ch}234" mengandung karakter bukan angka ("${ch}").` };
      if (JSON.stringify(r) !== JSON.stringify(expected)) wrong.push(ch.charCodeAt(0).toString(16));
    }
    expect(wrong).toStrictEqual([]);
  });

  test("before a percent mark: left out exactly for white space", () => {
    const wrong: string[] = [];
    for (const ch of units) {
      if (isNumberChar(ch)) continue;
      const r = parseAngka(`5${ch}%`);
      const ok = r.ok && r.value === 5 && r.percent && r.repaired === undefined;
      if (ok !== isTrimSpace(ch)) wrong.push(ch.charCodeAt(0).toString(16));
    }
    expect(wrong).toStrictEqual([]);
  });

  test("after a sign: refused exactly for white space (with its own message)", () => {
    const wrong: string[] = [];
    for (const ch of units) {
      if (!isTrimSpace(ch)) continue;
      const r = parseAngka(`-${ch}5`);
      if (r.ok || r.message !== `Ada spasi antara tanda dan angka di "-${ch}5".`) wrong.push(ch.charCodeAt(0).toString(16));
    }
    expect(wrong).toStrictEqual([]);
  });
});

describe("parseAngka with the cell's number format", () => {
  test.each<[number, string | null | undefined, ReturnType<typeof parseAngka>]>([
    [0.9, "0%", { ok: true, value: 90, percent: true }],
    [0.07, "0.00%", { ok: true, value: 7, percent: true }],
    [45306, "dd/mm/yyyy", { ok: false, kind: "malformed", text: "15/01/2024", message: "Sel berisi tanggal 15/01/2024 (format tanggal Excel), bukan angka." }],
    [45306, "General", { ok: true, value: 45306, percent: false }],
    [0.9, "#,##0.00", { ok: true, value: 0.9, percent: false }],
    [0.9, null, { ok: true, value: 0.9, percent: false }],
    [0.9, undefined, { ok: true, value: 0.9, percent: false }],
    [NaN, "0%", { ok: false, kind: "malformed", text: "NaN", message: "Nilai bukan angka yang terhingga." }],
    [Infinity, "dd/mm/yyyy", { ok: false, kind: "malformed", text: "Infinity", message: "Nilai bukan angka yang terhingga." }],
  ])("%p under %j", (v, format, expected) => {
    expect(parseAngka(v, format)).toStrictEqual(expected);
  });

  test("a text is read as written whatever the format", () => {
    expect(parseAngka("90", "0%")).toStrictEqual({ ok: true, value: 90, percent: false });
    expect(parseAngka("45306", "dd/mm/yyyy")).toStrictEqual({ ok: true, value: 45306, percent: false });
  });
});

describe("scanAngka: the digits as written", () => {
  test.each<[string, ReturnType<typeof scanAngka>]>([
    ["007", { ok: true, negative: false, intDigits: "007", fracDigits: "", percent: false }],
    ["-1.234,50", { ok: true, negative: true, intDigits: "1234", fracDigits: "50", percent: false }],
    ["+1,234.05", { ok: true, negative: false, intDigits: "1234", fracDigits: "05", percent: false }],
    ["−12 %", { ok: true, negative: true, intDigits: "12", fracDigits: "", percent: true }],
    ["1 234,5 (%)", { ok: true, negative: false, intDigits: "1234", fracDigits: "5", percent: true, repaired: "1234,5%" }],
    ["- 1", { ok: false, kind: "malformed", text: "- 1", message: 'Ada spasi antara tanda dan angka di "- 1".' }],
  ])("%j", (input, expected) => {
    expect(scanAngka(input)).toStrictEqual(expected);
  });
});

describe("formatAngka: decimals", () => {
  test.each<[number, number | undefined, string]>([
    [1.005, 2, "1,00"], // toFixed's binary rounding, as Excel's display of the same double
    [1.5, 0, "2"],
    [-1.5, 0, "-2"],
    [12.5, 2.9, "12,50"], // decimals are truncated to a whole number
    [12.5, -1, "13"], // at least 0
    [12.5, NaN, "12,5"], // not finite: the default (at most two, trailing zeros dropped)
    [12.5, Infinity, "12,5"],
    [0.1, 25, "0,10000000000000000555"], // at most 20
    [1.2, 3, "1,200"], // fixed decimals keep trailing zeros
    [1.2, undefined, "1,2"],
    [1.999, undefined, "2"],
    [0.004, undefined, "0"],
    [-0.004, undefined, "0"], // rounds to zero: no minus sign
    [-0.004, 3, "-0,004"],
    [-9, undefined, "-9"],
    [-0.9, 0, "-1"],
    [-0, 2, "0,00"],
    [0.05, undefined, "0,05"],
    [100, 0, "100"],
    [1000, undefined, "1.000"],
    [123456, 0, "123.456"],
    [1234567, 0, "1.234.567"],
    [12345678, 0, "12.345.678"],
    [1e21, 2, "1.000.000.000.000.000.000.000,00"],
    [-1e21, 0, "-1.000.000.000.000.000.000.000"],
    [1e21, undefined, "1.000.000.000.000.000.000.000"],
  ])("formatAngka(%p, %p) = %j", (n, d, expected) => {
    expect(formatAngka(n, d)).toBe(expected);
  });

  test("a non-number gives an empty text", () => {
    expect(formatAngka("12" as unknown as number)).toBe("");
    expect(formatAngka(-Infinity)).toBe("");
  });
});
