import fc from "fast-check";
import { formatAngka, parseAngka } from "../src/renja/angka";
import type { CellValue } from "../src/renja/grid";

function value(v: CellValue): number {
  const r = parseAngka(v);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(v)} to parse, got ${JSON.stringify(r)}`);
  return r.value;
}

describe("parseAngka: accepted forms", () => {
  test.each<[CellValue, number]>([
    // numeric cells
    [42, 42],
    [85.2, 85.2],
    [-3, -3],
    [0, 0],
    // Indonesian
    ["1.234.567", 1234567],
    ["4,2", 4.2],
    ["85,2", 85.2],
    ["226.350.000,00", 226350000],
    ["1.234,5", 1234.5],
    ["18.032.750.000", 18032750000],
    ["6.822.934.850", 6822934850],
    // English
    ["1,234,567", 1234567],
    ["1,234.5", 1234.5],
    ["4.2", 4.2],
    ["20.08", 20.08],
    ["8,220,950,000", 8220950000],
    ["1,234,567.89", 1234567.89],
    ["1.234,567", 1234.567], // Indonesian grouping: a 3-digit decimal part is unambiguous
    // one separator + exactly three digits = thousands in this domain
    ["1.234", 1234],
    ["1,234", 1234],
    ["53.600", 53600],
    // but after a lone zero both readings are a decimal
    ["0,125", 0.125],
    ["0.125", 0.125],
    // plain integers, signs, padding spaces
    ["21000", 21000],
    ["0", 0],
    ["-5", -5],
    ["-1.250", -1250],
    ["+7", 7],
    ["  12  ", 12],
    ["\u00a0390\u00a0", 390],
    ["-0", 0],
  ])("%j → %p", (input, expected) => {
    const r = parseAngka(input);
    expect(r).toEqual({ ok: true, value: expected, percent: false });
  });

  test("negative zero is read as plain zero", () => {
    expect(Object.is(value("-0"), 0)).toBe(true);
    expect(Object.is(value(-0), 0)).toBe(true);
  });

  test.each<[string, number]>([
    ["100%", 100],
    ["100 %", 100],
    ["100 (%)", 100],
    ["85,2%", 85.2],
    ["33,33 (%)", 33.33],
  ])("percent %j", (input, expected) => {
    expect(parseAngka(input)).toEqual({ ok: true, value: expected, percent: true });
  });
});

describe("parseAngka: wrapped cells are joined when the result is well-formed", () => {
  test.each<[string, number, string]>([
    ["24.999.8 00", 24999800, "24.999.800"],
    ["700.000 .000", 700000000, "700.000.000"],
    ["1.9 14. 84 2.8 60", 1914842860, "1.914.842.860"],
    ["24. 47 5.7 33. 71 3", 24475733713, "24.475.733.713"],
    ["63.611.0 00", 63611000, "63.611.000"],
    ["650.000. 000", 650000000, "650.000.000"],
    ["1 200", 1200, "1200"],
    ["10\n0 %", 100, "100%"],
  ])("%j → %p (repaired %j)", (input, expected, repaired) => {
    const r = parseAngka(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBe(expected);
    expect(r.repaired).toBe(repaired);
  });

  test("a clean number carries no repaired text", () => {
    const r = parseAngka("24.999.800");
    expect(r).toEqual({ ok: true, value: 24999800, percent: false });
  });

  test.each(["6.726. 8", "1.234 5.678", "53.600.0 000"])("%j stays malformed after joining", (input) => {
    const r = parseAngka(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe("malformed");
    expect(r.message).toContain("setelah digabung");
  });
});

describe("parseAngka: empty, dash and malformed", () => {
  test.each<[CellValue]>([[""], [null], ["   "], ["\t\n"]])("%j is empty", (input) => {
    const r = parseAngka(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe("empty");
  });

  test.each(["-", "–", "—", " - "])("%j is a dash", (input) => {
    const r = parseAngka(input);
    expect(r).toEqual({ ok: false, kind: "dash", text: input });
  });

  test.each<[CellValue, string]>([
    ["53.600.0000", "0000"], // a group of 4
    ["9.250.000.", "diakhiri pemisah"], // trailing separator
    ["29,822,934.850", "ambigu"], // English grouping then a 3-digit decimal part
    ["1.23.456", "\"23\""], // a group of 2
    ["6.726.8", "\"8\""], // a group of 1
    ["12a", "\"a\""], // letters inside
    ["1.234,567,8", "tidak konsisten"],
    ["1,234.567.8", "tidak konsisten"],
    ["1234.567", "ambigu"],
    ["1234,567", "ambigu"],
    ["1,234.567", "ambigu"],
    ["01.234", "diawali nol"],
    [".5", "diawali pemisah"],
    ["1..2", "berurutan"],
    ["Rp 1.000", "\"R\""],
    ["%", "tidak berisi angka"],
  ])("%j is malformed (%s)", (input, fragment) => {
    const r = parseAngka(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe("malformed");
    expect(r.text).toBe(input);
    expect(r.message).toEqual(expect.stringContaining(fragment));
  });

  test("the ambiguous English number names both readings", () => {
    const r = parseAngka("29,822,934.850");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain("29.822.934,85");
    expect(r.message).toContain("29.822.934.850");
  });

  test.each<[CellValue]>([[true], [false], [NaN], [Infinity], ["#REF!"], ["#DIV/0!"]])("%j is malformed", (input) => {
    const r = parseAngka(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe("malformed");
      expect(r.message).toBeTruthy();
    }
  });
});

describe("formatAngka", () => {
  test.each<[number, number | undefined, string]>([
    [1234567.5, undefined, "1.234.567,5"],
    [85.2, undefined, "85,2"],
    [85.2, 2, "85,20"],
    [100, undefined, "100"],
    [1000, 0, "1.000"],
    [29822934850, 0, "29.822.934.850"],
    [-1234.5, 1, "-1.234,5"],
    [-0.001, undefined, "0"],
    [0.125, 3, "0,125"],
    [33.3333, undefined, "33,33"],
    [999.999, undefined, "1.000"],
  ])("formatAngka(%p, %p) = %j", (n, d, expected) => {
    expect(formatAngka(n, d)).toBe(expected);
  });

  test("non-finite numbers give an empty text", () => {
    expect(formatAngka(NaN)).toBe("");
    expect(formatAngka(Infinity, 2)).toBe("");
  });

  test("very large numbers keep their digits instead of exponent notation", () => {
    expect(formatAngka(1e21, 0)).toBe("1.000.000.000.000.000.000.000");
  });
});

describe("parseAngka properties", () => {
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.stringMatching(/^[-+ ]?[0-9., %()\u00a0]{0,20}$/),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );

  test("never throws and always returns a well-shaped result", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseAngka(v);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(typeof r.percent).toBe("boolean");
        } else {
          expect(["empty", "dash", "malformed"]).toContain(r.kind);
          if (r.kind === "malformed") expect(r.message).toBeTruthy();
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("a repaired number reads the same as its repaired text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9][0-9., ]{0,14}[0-9]$/), (s) => {
        const r = parseAngka(s);
        if (!r.ok || r.repaired === undefined) return;
        const again = parseAngka(r.repaired);
        expect(again).toEqual({ ok: true, value: r.value, percent: r.percent });
      }),
      { numRuns: 3000 },
    );
  });

  test("formatAngka round trips within rounding (0-2 and 4-6 decimals)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(0, 1, 2, 4, 5, 6), (x, d) => {
        const text = formatAngka(x, d);
        const r = parseAngka(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        // toFixed rounding plus the decimal/binary conversion of the result
        expect(Math.abs(r.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-15 + 1e-12);
      }),
      { numRuns: 3000 },
    );
  });

  test("with three decimals it round trips from 1000 up (below, the domain reads one comma + 3 digits as thousands)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e12, noNaN: true }), (x) => {
        const r = parseAngka(formatAngka(x, 3));
        expect(r.ok).toBe(true);
        if (r.ok) expect(Math.abs(r.value - x)).toBeLessThanOrEqual(0.0005 + x * 1e-15);
      }),
    );
    expect(parseAngka(formatAngka(1.234, 3))).toEqual({ ok: true, value: 1234, percent: false });
  });

  test("integers round trip exactly in Indonesian and English grouping", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const id = formatAngka(n, 0);
        expect(value(id)).toBe(n);
        expect(value(id.split(".").join(","))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
