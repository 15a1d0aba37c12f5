// The kode helpers asked for every row of a large table take short cuts (kode.ts parentKode cuts a canonical kode
// without parsing it; levels.ts kodePrefix slices the kode's text; a parsed kode shares its lists and segment
// strings): each must answer exactly what the long way answers, for any kode, well-formed or not.
import fc from "fast-check";
import { parentKode, parseKodeParts, parseKodeText, type Kode } from "../src/renja/kode";
import { kodePrefix } from "../src/renja/tables/levels";

const LEVELS = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];

/** parentKode the long way: parse, then join the parent's normalized segments (as kode.ts did before). */
function parentByParsing(text: string): string | null {
  const k = parseKodeText(text);
  if (k.level === null || k.level === "urusan") return null;
  const depth = LEVELS.indexOf(k.level);
  for (const p of k.problems) if (p.segment < depth && p.fix === undefined) return null;
  return k.normalized.slice(0, depth).join(".");
}

/** kodePrefix the long way: the normalized segments 0…depth-1 joined, each present and readable. */
function prefixByJoining(kode: Kode, depth: number): string | undefined {
  for (const p of kode.problems) if (p.segment < depth && p.fix === undefined) return undefined;
  const segs: string[] = [];
  for (let i = 0; i < depth; i++) {
    if (!kode.normalized[i]) return undefined;
    segs.push(kode.normalized[i]);
  }
  return segs.join(".");
}

// Segments as planners write them: well-formed, short, long, split by a space, a level digit 0 or 9, X, empty.
const segment = fc.oneof(
  fc.stringMatching(/^\d{1,5}$/),
  fc.constantFrom("1", "06", "01", "2.01", "0006", "X", "XX", "0.01", "9.01", "2.0", "2. 01", "00 05", "010", "", " 1 ", "a"),
);
const kodeText = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("."));

describe("kode short cuts answer as the long way does", () => {
  test("parentKode of any text", () => {
    fc.assert(
      fc.property(kodeText, (text) => {
        expect(parentKode(text)).toBe(parentByParsing(text));
      }),
      { numRuns: 3000, seed: 86 },
    );
    for (const text of ["1", "1.06", "1.06.01", "1.06.01.2.01", "1.06.01.2.01.0006", "X.XX.01.2.01.0001", "1.06.01.9.01.0006", "1.06.01.2.01.006"]) expect(parentKode(text)).toBe(parentByParsing(text));
  });

  test("kodePrefix at every depth, of kode parsed from text and from cells", () => {
    fc.assert(
      fc.property(kodeText, fc.array(fc.oneof(segment, fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 5 }), (text, cells) => {
        for (const kode of [parseKodeText(text), parseKodeParts(cells)]) {
          for (let depth = 1; depth <= 5; depth++) expect(kodePrefix(kode, depth)).toBe(prefixByJoining(kode, depth));
          // The canonical text is the normalized segments joined down to the kode's level.
          expect(kode.text).toBe(kode.level === null ? "" : kode.normalized.slice(0, LEVELS.indexOf(kode.level) + 1).join("."));
        }
      }),
      { numRuns: 3000, seed: 2017 },
    );
  });

  test("a sound kode's problems list is shared and frozen: nothing can add to it", () => {
    const a = parseKodeText("1.06.01.2.01.0006");
    const b = parseKodeText("1.06.01.2.01.0007");
    expect(a.problems).toEqual([]);
    expect(a.problems).toBe(b.problems);
    expect(Object.isFrozen(a.problems)).toBe(true);
    expect(a.normalized).toBe(a.segments);
    // A kode with a repair keeps its own normalized list.
    const split = parseKodeText("1.06.01.2.0 1.0006");
    expect(split.normalized).not.toBe(split.segments);
    expect(split.normalized[3]).toBe("2.01");
    expect(split.segments[3]).toBe("2.0 1");
  });
});
