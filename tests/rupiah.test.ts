import fc from "fast-check";
import type { CellValue } from "../src/renja/grid";
import { formatRupiah, parseRupiah, sumRupiah } from "../src/renja/rupiah";

describe("parseRupiah: accepted forms", () => {
  test.each<[CellValue, number]>([
    ["Rp 1.250.000,-", 1250000],
    ["Rp. 1.250.000", 1250000],
    ["Rp1.250.000,00", 1250000],
    ["rp 1.250.000", 1250000],
    ["RP.1.250.000,-", 1250000],
    ["226.350.000,00", 226350000],
    ["1,250,000", 1250000],
    ["1,250,000.00", 1250000],
    ["1.250.000", 1250000],
    ["1.250.000.-", 1250000],
    ["18.032.750.000", 18032750000],
    ["8,220,950,000", 8220950000],
    ["1.250", 1250], // one separator + 3 digits: thousands
    ["0", 0],
    ["-1.000", -1000],
    ["Rp -1.000,-", -1000],
    [1250000, 1250000],
    [0, 0],
    [-500, -500],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    ["9.007.199.254.740.991", Number.MAX_SAFE_INTEGER],
  ])("%j → %p", (input, expected) => {
    expect(parseRupiah(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, number, string]>([
    ["24.999.8 00", 24999800, "24.999.800"],
    ["700.000 .000", 700000000, "700.000.000"],
    ["1.9 14. 84 2.8 60", 1914842860, "1.914.842.860"],
    ["Rp 650.000. 000,-", 650000000, "650.000.000"],
  ])("wrapped %j → %p", (input, expected, repaired) => {
    expect(parseRupiah(input)).toEqual({ ok: true, value: expected, repaired });
  });
});

describe("parseRupiah: rejected forms", () => {
  test.each<[CellValue, string]>([
    ["", "empty"],
    [null, "empty"],
    ["Rp", "empty"],
    ["-", "dash"],
    ["Rp -", "dash"],
    ["Rp. -,-", "dash"],
    ["1.250.000,50", "fraction"],
    ["Rp 1.250.000,05", "fraction"],
    [12.5, "fraction"],
    ["4,2", "fraction"],
    ["4.2", "fraction"],
    ["9.007.199.254.740.992", "too-large"],
    ["99.999.999.999.999.999", "too-large"],
    [2 ** 53, "too-large"],
    [1e300, "too-large"],
    ["100%", "malformed"],
    ["100 (%)", "malformed"],
    ["53.600.0000", "malformed"],
    ["9.250.000.", "malformed"],
    ["29,822,934.850", "malformed"],
    ["1.23.456", "malformed"],
    ["12a", "malformed"],
    ["Rp 1.000 ribu", "malformed"],
    [true, "malformed"],
    [NaN, "malformed"],
    [-Infinity, "malformed"],
    ["#REF!", "malformed"],
  ])("%j → %s", (input, kind) => {
    const r = parseRupiah(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe(kind);
    if (kind !== "empty" && kind !== "dash") expect(r.message).toBeTruthy();
  });

  test("non-zero cents are never rounded away, even beyond float precision", () => {
    const r = parseRupiah("1.000.000.000,0000000001");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe("fraction");
  });

  test("messages are in Bahasa Indonesia", () => {
    const r = parseRupiah("100%");
    expect(!r.ok && r.message).toContain("persentase");
    const f = parseRupiah("1.250.000,50");
    expect(!f.ok && f.message).toContain("rupiah bulat");
  });
});

describe("formatRupiah and sumRupiah", () => {
  test.each<[number, string]>([
    [29822934850, "29.822.934.850"],
    [-1000, "-1.000"],
    [0, "0"],
    [999, "999"],
    [1000, "1.000"],
    [12.5, "12,5"],
  ])("formatRupiah(%p) = %j", (n, expected) => {
    expect(formatRupiah(n)).toBe(expected);
  });

  test("sums exactly", () => {
    expect(sumRupiah([])).toBe(0);
    expect(sumRupiah([6726854850, 96080000, 0])).toBe(6822934850);
    expect(sumRupiah([Number.MAX_SAFE_INTEGER, -1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });

  test("reports an unusable sum as NaN instead of a rounded total", () => {
    expect(sumRupiah([Number.MAX_SAFE_INTEGER, 1])).toBeNaN();
    expect(sumRupiah([1, 0.5])).toBeNaN();
    expect(sumRupiah([1, NaN])).toBeNaN();
    expect(sumRupiah(null as unknown as number[])).toBeNaN();
  });

  test("sum equals the BigInt sum whenever it is a safe integer", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e13, max: 1e13 }), { maxLength: 200 }), (xs) => {
        const exact = xs.reduce((a, b) => a + BigInt(b), 0n);
        expect(BigInt(sumRupiah(xs))).toBe(exact);
      }),
    );
  });
});

describe("parseRupiah properties", () => {
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.stringMatching(/^(Rp\.? ?)?-?[0-9., ]{0,20}(,-|,00)?$/),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );

  test("never throws; ok values are safe integers", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseRupiah(v);
        if (r.ok) expect(Number.isSafeInteger(r.value)).toBe(true);
        else expect(["empty", "dash", "malformed", "fraction", "too-large"]).toContain(r.kind);
      }),
      { numRuns: 3000 },
    );
  });

  const value = (v: CellValue): number | string => {
    const r = parseRupiah(v);
    return r.ok ? r.value : `${r.kind}: ${r.message ?? ""}`;
  };

  test("every safe integer round trips through its written forms", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const form = formatRupiah(n);
        const english = form.split(".").join(",");
        expect(value(form)).toBe(n);
        expect(value(english)).toBe(n);
        expect(value(`Rp ${form},-`)).toBe(n);
        expect(value(`Rp. ${form}`)).toBe(n);
        expect(value(`${form},00`)).toBe(n);
        expect(value(`${english}.00`)).toBe(n);
        expect(value(n)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});
