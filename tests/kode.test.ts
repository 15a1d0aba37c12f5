import fc from "fast-check";
import type { CellValue } from "../src/renja/grid";
import { isValidKode, kodeLevel, padCandidates, parentKode, parseKodeParts, parseKodeText, type KodeLevel, type KodeProblem } from "../src/renja/kode";

function only(problems: KodeProblem[]): KodeProblem {
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe("parseKodeText", () => {
  test("splits a sub kegiatan kode with the kegiatan dot inside", () => {
    const k = parseKodeText("1.06.01.2.01.0006");
    expect(k).toEqual({
      segments: ["1", "06", "01", "2.01", "0006"],
      normalized: ["1", "06", "01", "2.01", "0006"],
      level: "subkegiatan",
      text: "1.06.01.2.01.0006",
      problems: [],
    });
  });

  test.each<[string, KodeLevel]>([
    ["1", "urusan"],
    ["1.06", "bidang"],
    ["1.06.01", "program"],
    ["1.06.01.2.01", "kegiatan"],
    ["1.06.01.2.01.0006", "subkegiatan"],
    ["X.XX.01.2.01.0001", "subkegiatan"],
    ["1.01.02.1.01.0010", "subkegiatan"],
  ])("%j is a valid %s", (text, level) => {
    const k = parseKodeText(text);
    expect(k.problems).toEqual([]);
    expect(k.level).toBe(level);
    expect(k.text).toBe(text);
    expect(kodeLevel(text)).toBe(level);
    expect(isValidKode(text)).toBe(true);
  });

  test("a one-digit sub kegiatan is ambiguous, not padded", () => {
    const k = parseKodeText("1.06.01.2.01.6");
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 4, kind: "malformed", text: "6" });
    expect(p.fix).toBeUndefined();
    expect(isValidKode("1.06.01.2.01.6")).toBe(false);
  });

  test("a wrapped single-cell kode is split and fixed", () => {
    const k = parseKodeText("1.06.04.2.0 1.00 05");
    expect(k.segments).toEqual(["1", "06", "04", "2.0 1", "00 05"]);
    expect(k.text).toBe("1.06.04.2.01.0005");
    expect(k.problems.map((p) => [p.segment, p.kind, p.fix])).toEqual([
      [3, "split", "2.01"],
      [4, "split", "0005"],
    ]);
  });

  test("too many segments are malformed", () => {
    const k = parseKodeText("1.06.01.2.01.0006.1");
    expect(only(k.problems)).toMatchObject({ segment: 4, kind: "malformed" });
  });

  test("an empty gap between dots is reported", () => {
    const k = parseKodeText("1..01");
    expect(k.level).toBe("program");
    expect(only(k.problems)).toMatchObject({ segment: 1, kind: "gap", text: "" });
  });

  test("empty text", () => {
    const k = parseKodeText("  ");
    expect(k).toEqual({ segments: ["", "", "", "", ""], normalized: ["", "", "", "", ""], level: null, text: "", problems: [] });
    expect(isValidKode("")).toBe(false);
    expect(kodeLevel("")).toBeNull();
  });
});

describe("parseKodeParts: mistakes from the sample", () => {
  const row = (kegiatan: CellValue, sub: CellValue): CellValue[] => ["1", "06", "01", kegiatan, sub];

  test('"2.0 1" (split by a space) is fixed to "2.01"', () => {
    const k = parseKodeParts(row("2.0 1", ""));
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 3, kind: "split", text: "2.0 1", fix: "2.01" });
    expect(p.message).toContain("spasi");
    expect(k.normalized[3]).toBe("2.01");
    expect(k.text).toBe("1.06.01.2.01");
    expect(k.level).toBe("kegiatan");
  });

  test('"00 05" is fixed to "0005"', () => {
    const k = parseKodeParts(row("2.03", "00 05"));
    expect(only(k.problems)).toMatchObject({ segment: 4, kind: "split", text: "00 05", fix: "0005" });
    expect(k.text).toBe("1.06.01.2.03.0005");
  });

  test.each([
    ["005", ["0005", "0050"]],
    ["010", ["0010", "0100"]],
    ["01", ["0001", "0010", "0100"]],
    ["00", ["0000"]],
  ])('"%s" in the sub kegiatan column is malformed without a fix', (sub, candidates) => {
    const k = parseKodeParts(row("2.01", sub));
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 4, kind: "malformed", text: sub });
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain("4 digit");
    expect(k.normalized[4]).toBe(sub);
    expect(padCandidates(sub, 4)).toEqual(candidates);
  });

  test('"01 0" joins to "010": still malformed', () => {
    const k = parseKodeParts(row("2.09", "01 0"));
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 4, kind: "malformed", text: "01 0" });
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain("010");
  });

  test('"2.0" is a truncated kegiatan without a fix', () => {
    const k = parseKodeParts(row("2.0", ""));
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 3, kind: "truncated", text: "2.0" });
    expect(p.fix).toBeUndefined();
    expect(parentKode(k.text)).toBe("1.06.01"); // its own parent is readable
    expect(parentKode("1.06.01.2.0.0001")).toBeNull(); // its children's parent is not
  });

  test('"2.0" with a truncated "00" sub kegiatan reports both', () => {
    const k = parseKodeParts(row("2.0", "00"));
    expect(k.problems.map((p) => [p.segment, p.kind])).toEqual([
      [3, "truncated"],
      [4, "malformed"],
    ]);
  });

  test.each(["0.01", "9.99"])("level digit of %j is outside 1–8", (kegiatan) => {
    const k = parseKodeParts(row(kegiatan, "0001"));
    const p = only(k.problems);
    expect(p).toMatchObject({ segment: 3, kind: "level-digit", text: kegiatan });
    expect(p.fix).toBeUndefined();
    expect(p.message).toContain("kabupaten/kota");
  });

  test("level digit 1 (provinsi) and 2 (kabupaten/kota) are both valid", () => {
    expect(parseKodeParts(row("1.01", "0001")).problems).toEqual([]);
    expect(parseKodeParts(row("2.01", "0001")).problems).toEqual([]);
    // The Kepmendagri 2027 list also uses 3–8 for special kegiatan.
    expect(parseKodeParts(row("3.01", "0001")).problems).toEqual([]);
  });

  test.each<[CellValue, string]>([
    ["2,01", "2.01"],
    ["201", "2.01"],
  ])("kegiatan %j has exactly one reading: %j", (kegiatan, fixed) => {
    const p = only(parseKodeParts(row(kegiatan, "")).problems);
    expect(p).toMatchObject({ segment: 3, kind: "malformed", fix: fixed });
  });
});

describe("parseKodeParts: numeric cells", () => {
  test("numeric 6 in the bidang column lost its leading zero", () => {
    const k = parseKodeParts([1, 6, 1, "2.01", 6]);
    expect(k.segments).toEqual(["1", "6", "1", "2.01", "6"]);
    expect(k.normalized).toEqual(["1", "06", "01", "2.01", "0006"]);
    expect(k.text).toBe("1.06.01.2.01.0006");
    expect(k.problems.map((p) => [p.segment, p.kind, p.fix])).toEqual([
      [1, "lost-leading-zero", "06"],
      [2, "lost-leading-zero", "01"],
      [4, "lost-leading-zero", "0006"],
    ]);
    expect(k.problems[0].message).toContain("angka kehilangan nol di depan");
  });

  test("numbers that need no padding are accepted as they are", () => {
    expect(parseKodeParts([1, 10, 12, 2.01, 1234]).problems).toEqual([]);
    expect(parseKodeParts([1, 10, 12, 2.01, 1234]).text).toBe("1.10.12.2.01.1234");
  });

  test("numeric 2.1 in the kegiatan column dropped the trailing zero of 2.10", () => {
    const p = only(parseKodeParts(["1", "06", "01", 2.1, ""]).problems);
    expect(p).toMatchObject({ segment: 3, kind: "lost-leading-zero", text: "2.1", fix: "2.10" });
  });

  test("numeric 2 in the kegiatan column is truncated", () => {
    expect(only(parseKodeParts(["1", "06", "01", 2, ""]).problems)).toMatchObject({ segment: 3, kind: "truncated" });
  });

  test.each<[CellValue[], number]>([
    [[1, 1.5], 1],
    [[1, 123], 1],
    [[1, "06", -1], 2],
    [[0, "06"], 0],
    [[1, "06", "01", "2.01", 12345], 4],
    [[1, true], 1],
  ])("%j: malformed segment %p", (parts, segment) => {
    const p = only(parseKodeParts(parts).problems);
    expect(p).toMatchObject({ segment, kind: "malformed" });
    expect(p.fix).toBeUndefined();
  });
});

describe("parseKodeParts: shapes", () => {
  test("a single cell with a dotted kode is split", () => {
    expect(parseKodeParts(["1.06.01.2.01.0006"]).text).toBe("1.06.01.2.01.0006");
    expect(parseKodeParts(["1.06.01.2.01.0006", "", null, "", ""]).segments).toEqual(["1", "06", "01", "2.01", "0006"]);
    expect(parseKodeParts([1.06]).text).toBe("1.06");
  });

  test("higher levels leave later columns empty", () => {
    const k = parseKodeParts(["1", "06", "01", "", ""]);
    expect(k.level).toBe("program");
    expect(k.text).toBe("1.06.01");
    expect(k.problems).toEqual([]);
  });

  test("a later segment filled while an earlier one is empty is a gap", () => {
    const k = parseKodeParts(["1", "06", "", "2.01", "0001"]);
    expect(only(k.problems)).toMatchObject({ segment: 2, kind: "gap", text: "" });
    expect(k.level).toBe("subkegiatan");
  });

  test("empty input", () => {
    expect(parseKodeParts([]).level).toBeNull();
    expect(parseKodeParts(["", null, " "]).problems).toEqual([]);
  });
});

describe("parentKode, padCandidates", () => {
  test("parent chain", () => {
    expect(parentKode("1.06.01.2.01.0006")).toBe("1.06.01.2.01");
    expect(parentKode("1.06.01.2.01")).toBe("1.06.01");
    expect(parentKode("1.06.01")).toBe("1.06");
    expect(parentKode("1.06")).toBe("1");
    expect(parentKode("1")).toBeNull();
    expect(parentKode("")).toBeNull();
  });

  test("parent of a kode with an unambiguous fix uses the fixed text", () => {
    expect(parentKode("1.06.04.2.0 1.00 05")).toBe("1.06.04.2.01");
    expect(parentKode("1.06.01.2.01.010")).toBe("1.06.01.2.01");
  });

  test("no parent when a segment cannot be read", () => {
    expect(parentKode("1.06.01.0.01.0001")).toBeNull(); // level digit 0 does not exist
    expect(parentKode("1..01")).toBeNull();
  });

  test("candidates", () => {
    expect(padCandidates("010", 4)).toEqual(["0010", "0100"]);
    expect(padCandidates("01 0", 4)).toEqual(["0010", "0100"]);
    expect(padCandidates("2.1", 3)).toEqual(["2.01", "2.10"]);
    expect(padCandidates("6", 1)).toEqual(["06", "60"]);
    expect(padCandidates("0006", 4)).toEqual(["0006"]);
    expect(padCandidates("00006", 4)).toEqual([]);
    expect(padCandidates("a1", 4)).toEqual([]);
    expect(padCandidates("1", 0)).toEqual(["1"]);
    expect(padCandidates("1", 9)).toEqual([]);
  });
});

describe("kode properties", () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const validKode = fc
    .record({
      u: fc.oneof(fc.integer({ min: 1, max: 9 }).map(String), fc.constant("X")),
      b: fc.oneof(digits(2), fc.constant("XX")),
      p: digits(2),
      k: fc.tuple(fc.constantFrom("1", "2"), digits(2)).map(([a, b]) => `${a}.${b}`),
      s: digits(4),
      depth: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ u, b, p, k, s, depth }) => [u, b, p, k, s].slice(0, depth));

  test("valid kodes parse back unchanged and their parents chain down to the urusan", () => {
    fc.assert(
      fc.property(validKode, (segs) => {
        const text = segs.join(".");
        const k = parseKodeText(text);
        expect(k.problems).toEqual([]);
        expect(k.text).toBe(text);
        expect(isValidKode(text)).toBe(true);
        expect(parseKodeParts(segs).text).toBe(text);
        expect(parseKodeParts([text]).text).toBe(text);
        let current: string | null = text;
        const chain: string[] = [];
        while (current !== null) {
          chain.push(current);
          current = parentKode(current);
        }
        expect(chain).toHaveLength(segs.length);
        expect(chain[chain.length - 1]).toBe(segs[0]);
        expect(kodeLevel(chain[chain.length - 1])).toBe("urusan");
      }),
      { numRuns: 2000 },
    );
  });

  test("digit segments typed as numbers are restored with a lost-leading-zero fix", () => {
    fc.assert(
      fc.property(digits(2), digits(2), digits(4), (b, p, s) => {
        const k = parseKodeParts([1, Number(b), Number(p), "2.01", Number(s)]);
        expect(k.text).toBe(`1.${b}.${p}.2.01.${s}`);
        for (const problem of k.problems) expect(problem.kind).toBe("lost-leading-zero");
      }),
    );
  });

  test("space-split segments of a valid kode are fixed", () => {
    fc.assert(
      fc.property(validKode.filter((s) => s.length === 5), fc.integer({ min: 1, max: 3 }), (segs, at) => {
        const sub = segs[4];
        const broken = [...segs.slice(0, 4), `${sub.slice(0, at)} ${sub.slice(at)}`];
        const k = parseKodeParts(broken);
        expect(k.text).toBe(segs.join("."));
        expect(only(k.problems)).toMatchObject({ segment: 4, kind: "split", fix: sub });
      }),
    );
  });

  test("never throws on any input", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[0-9X. ]{0,8}$/), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 7 }), fc.oneof(fc.string(), fc.stringMatching(/^[0-9. ]{0,20}$/)), fc.integer({ min: -2, max: 6 }), (parts, text, index) => {
        const k = parseKodeParts(parts);
        expect(k.segments).toHaveLength(5);
        expect(k.normalized).toHaveLength(5);
        for (const p of k.problems) {
          expect(p.segment).toBeGreaterThanOrEqual(0);
          expect(p.segment).toBeLessThanOrEqual(4);
          expect(p.message).toBeTruthy();
        }
        parseKodeText(text);
        parentKode(text);
        kodeLevel(text);
        isValidKode(text);
        for (const c of padCandidates(text, index)) expect(typeof c).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a space or break next to a dot inside one cell is a split of that segment", () => {
  test.each([
    ["1 .06.01.2.01.0001", 0, "1 ", "1", 'Kode urusan "1 " terpisah spasi; seharusnya "1".'],
    ["1. 06.01.2.01.0001", 1, " 06", "06", 'Kode bidang urusan " 06" terpisah spasi; seharusnya "06".'],
    ["1.06.01\n.2.01.0001", 2, "01\n", "01", 'Kode program "01\n" terpisah spasi; seharusnya "01".'],
    ["1.06.01.2 .01.0001", 3, "2 .01", "2.01", 'Kode kegiatan "2 .01" terpisah spasi; seharusnya "2.01".'],
    ["1.06.01.2.01 .0001", 3, "2.01 ", "2.01", 'Kode kegiatan "2.01 " terpisah spasi; seharusnya "2.01".'],
    ["1.06.01.2.01. 0001", 4, " 0001", "0001", 'Kode sub kegiatan " 0001" terpisah spasi; seharusnya "0001".'],
  ])("%j (one cell): segment %i", (text, segment, written, fix, message) => {
    const k = parseKodeText(text);
    expect(k.text).toBe("1.06.01.2.01.0001");
    expect(k.problems).toEqual([{ segment, kind: "split", text: written, message, fix }]);
  });

  test("a cell holding several segments of a kode over 2–4 columns: the same", () => {
    const k = parseKodeParts(["1", "06", "01", "2 .01", "0001"], true);
    expect(k.problems).toEqual([{ segment: 3, kind: "split", text: "2 .01", message: 'Kode kegiatan "2 .01" terpisah spasi; seharusnya "2.01".', fix: "2.01" }]);
    // A lone segment in its own cell keeps being trimmed: padding around a cell's text is no split.
    expect(parseKodeParts(["1 ", " 06", "01", "2.01", "0001 "]).problems).toEqual([]);
  });
});
