// Exact diagnostics of the kode reader, one segment at a time: the kind, the text, the fix and the message a planner
// sees for every mistake the reader knows (docs/mutasi.md: written against the survivors of mutation testing).
import type { CellValue } from "../src/renja/grid";
import { isValidKode, padCandidates, parentKode, parseKodeParts, parseKodeText, type KodeProblem } from "../src/renja/kode";

describe("parseKodeParts: exact problems per segment", () => {
  test.each<[CellValue[], string, KodeProblem[]]>([
    [["0"], "0", [{"segment":0,"kind":"malformed","text":"0","message":"Kode urusan \"0\" tidak sesuai bentuk U."}]],
    [["a"], "a", [{"segment":0,"kind":"malformed","text":"a","message":"Kode urusan \"a\" tidak sesuai bentuk U."}]],
    [[0], "0", [{"segment":0,"kind":"malformed","text":"0","message":"Kode urusan \"0\" tidak sesuai bentuk U."}]],
    [[-1], "-1", [{"segment":0,"kind":"malformed","text":"-1","message":"Kode urusan \"-1\" tidak sesuai bentuk U."}]],
    [[1.5], "1.5", [{"segment":1,"kind":"malformed","text":"5","message":"Kode bidang urusan \"5\" hanya 1 digit; seharusnya 2 digit (kemungkinan: 05, 50)."}]],
    [[NaN], "NaN", [{"segment":0,"kind":"malformed","text":"NaN","message":"Kode urusan NaN bukan kode yang valid."}]],
    [["1", "6"], "1.6", [{"segment":1,"kind":"malformed","text":"6","message":"Kode bidang urusan \"6\" hanya 1 digit; seharusnya 2 digit (kemungkinan: 06, 60)."}]],
    [["1", "006"], "1.006", [{"segment":1,"kind":"malformed","text":"006","message":"Kode bidang urusan \"006\" berisi 3 digit; seharusnya 2 digit."}]],
    [["1", "0 6"], "1.06", [{"segment":1,"kind":"split","text":"0 6","message":"Kode bidang urusan \"0 6\" terpisah spasi; seharusnya \"06\".","fix":"06"}]],
    [["1", 6], "1.06", [{"segment":1,"kind":"lost-leading-zero","text":"6","message":"Kode bidang urusan ditulis sebagai angka 6: angka kehilangan nol di depan; seharusnya \"06\" (format sel sebagai teks).","fix":"06"}]],
    [["1", 106], "1.106", [{"segment":1,"kind":"malformed","text":"106","message":"Kode bidang urusan \"106\" berisi 3 digit; seharusnya 2 digit."}]],
    [["1", 6.5], "1.6.5", [{"segment":1,"kind":"malformed","text":"6.5","message":"Kode bidang urusan 6.5 bukan kode yang valid."}]],
    [["1", "X"], "1.X", [{"segment":1,"kind":"malformed","text":"X","message":"Kode bidang urusan \"X\" tidak sesuai bentuk BB."}]],
    [["1", "ab"], "1.ab", [{"segment":1,"kind":"malformed","text":"ab","message":"Kode bidang urusan \"ab\" tidak sesuai bentuk BB."}]],
    [["1", "06", "1"], "1.06.1", [{"segment":2,"kind":"malformed","text":"1","message":"Kode program \"1\" hanya 1 digit; seharusnya 2 digit (kemungkinan: 01, 10)."}]],
    [["1", "06", 1], "1.06.01", [{"segment":2,"kind":"lost-leading-zero","text":"1","message":"Kode program ditulis sebagai angka 1: angka kehilangan nol di depan; seharusnya \"01\" (format sel sebagai teks).","fix":"01"}]],
    [["1", "06", "XX"], "1.06.XX", [{"segment":2,"kind":"malformed","text":"XX","message":"Kode program \"XX\" tidak sesuai bentuk PP."}]],
    [["1", "06", "001"], "1.06.001", [{"segment":2,"kind":"malformed","text":"001","message":"Kode program \"001\" berisi 3 digit; seharusnya 2 digit."}]],
    [["1", "06", "01", "2"], "1.06.01.2", [{"segment":3,"kind":"truncated","text":"2","message":"Kode kegiatan \"2\" terpotong; seharusnya berbentuk K.KK, misalnya 2.01."}]],
    [["1", "06", "01", "2."], "1.06.01.2.", [{"segment":3,"kind":"truncated","text":"2.","message":"Kode kegiatan \"2.\" terpotong; seharusnya berbentuk K.KK, misalnya 2.01."}]],
    [["1", "06", "01", "2.0"], "1.06.01.2.0", [{"segment":3,"kind":"truncated","text":"2.0","message":"Kode kegiatan \"2.0\" terpotong; seharusnya berbentuk K.KK, misalnya 2.01."}]],
    [["1", "06", "01", "201"], "1.06.01.2.01", [{"segment":3,"kind":"malformed","text":"201","message":"Kode kegiatan \"201\" ditulis tanpa titik; seharusnya \"2.01\".","fix":"2.01"}]],
    [["1", "06", "01", "2,01"], "1.06.01.2.01", [{"segment":3,"kind":"malformed","text":"2,01","message":"Kode kegiatan \"2,01\" ditulis memakai koma; seharusnya \"2.01\".","fix":"2.01"}]],
    [["1", "06", "01", "0.01"], "1.06.01.0.01", [{"segment":3,"kind":"level-digit","text":"0.01","message":"Digit tingkat pada kode kegiatan \"0.01\" adalah 0; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", "9.01"], "1.06.01.9.01", [{"segment":3,"kind":"level-digit","text":"9.01","message":"Digit tingkat pada kode kegiatan \"9.01\" adalah 9; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", "001"], "1.06.01.001", [{"segment":3,"kind":"level-digit","text":"001","message":"Digit tingkat pada kode kegiatan \"001\" adalah 0; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", "0,01"], "1.06.01.0,01", [{"segment":3,"kind":"level-digit","text":"0,01","message":"Digit tingkat pada kode kegiatan \"0,01\" adalah 0; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", 2.1], "1.06.01.2.10", [{"segment":3,"kind":"lost-leading-zero","text":"2.1","message":"Kode kegiatan ditulis sebagai angka 2.1: angka kehilangan nol di belakang; seharusnya \"2.10\" (format sel sebagai teks).","fix":"2.10"}]],
    [["1", "06", "01", 0.1], "1.06.01.0.1", [{"segment":3,"kind":"level-digit","text":"0.1","message":"Digit tingkat pada kode kegiatan \"0.1\" adalah 0; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", 9.1], "1.06.01.9.1", [{"segment":3,"kind":"level-digit","text":"9.1","message":"Digit tingkat pada kode kegiatan \"9.1\" adalah 9; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", 0.01], "1.06.01.0.01", [{"segment":3,"kind":"level-digit","text":"0.01","message":"Digit tingkat pada kode kegiatan \"0.01\" adalah 0; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", 2], "1.06.01.2", [{"segment":3,"kind":"truncated","text":"2","message":"Kode kegiatan \"2\" terpotong; seharusnya berbentuk K.KK, misalnya 2.01."}]],
    [["1", "06", "01", 201], "1.06.01.2.01", [{"segment":3,"kind":"malformed","text":"201","message":"Kode kegiatan \"201\" ditulis tanpa titik; seharusnya \"2.01\".","fix":"2.01"}]],
    [["1", "06", "01", "2.001"], "1.06.01.2.001", [{"segment":3,"kind":"malformed","text":"2.001","message":"Kode kegiatan \"2.001\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", "2.0 1"], "1.06.01.2.01", [{"segment":3,"kind":"split","text":"2.0 1","message":"Kode kegiatan \"2.0 1\" terpisah spasi; seharusnya \"2.01\".","fix":"2.01"}]],
    [["1", "06", "01", "2 .01"], "1.06.01.2.01", [{"segment":3,"kind":"split","text":"2 .01","message":"Kode kegiatan \"2 .01\" terpisah spasi; seharusnya \"2.01\".","fix":"2.01"}]],
    [["1", "06", "01", "9 .01"], "1.06.01.9 .01", [{"segment":3,"kind":"level-digit","text":"9 .01","message":"Digit tingkat pada kode kegiatan \"9 .01\" adalah 9; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota)."}]],
    [["1", "06", "01", "a.01"], "1.06.01.a.01", [{"segment":3,"kind":"malformed","text":"a.01","message":"Kode kegiatan \"a.01\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", "2.a1"], "1.06.01.2.a1", [{"segment":3,"kind":"malformed","text":"2.a1","message":"Kode kegiatan \"2.a1\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", "2.1a"], "1.06.01.2.1a", [{"segment":3,"kind":"malformed","text":"2.1a","message":"Kode kegiatan \"2.1a\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", "2.01.1"], "1.06.01.2.01.1", [{"segment":3,"kind":"malformed","text":"2.01.1","message":"Kode kegiatan \"2.01.1\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", "2,0"], "1.06.01.2,0", [{"segment":3,"kind":"malformed","text":"2,0","message":"Kode kegiatan \"2,0\" tidak sesuai bentuk K.KK (misalnya 2.01)."}]],
    [["1", "06", "01", -2.1], "1.06.01.-2.1", [{"segment":3,"kind":"malformed","text":"-2.1","message":"Kode kegiatan -2.1 bukan kode yang valid."}]],
    [["1", "06", "01", true], "1.06.01.true", [{"segment":3,"kind":"malformed","text":"true","message":"Kode kegiatan berisi nilai logika TRUE."}]],
    [["1", "06", "01", "2.01", "6"], "1.06.01.2.01.6", [{"segment":4,"kind":"malformed","text":"6","message":"Kode sub kegiatan \"6\" hanya 1 digit; seharusnya 4 digit (kemungkinan: 0006, 0060, 0600, 6000)."}]],
    [["1", "06", "01", "2.01", "06"], "1.06.01.2.01.06", [{"segment":4,"kind":"malformed","text":"06","message":"Kode sub kegiatan \"06\" hanya 2 digit; seharusnya 4 digit (kemungkinan: 0006, 0060, 0600)."}]],
    [["1", "06", "01", "2.01", "006"], "1.06.01.2.01.006", [{"segment":4,"kind":"malformed","text":"006","message":"Kode sub kegiatan \"006\" hanya 3 digit; seharusnya 4 digit (kemungkinan: 0006, 0060)."}]],
    [["1", "06", "01", "2.01", "00006"], "1.06.01.2.01.00006", [{"segment":4,"kind":"malformed","text":"00006","message":"Kode sub kegiatan \"00006\" berisi 5 digit; seharusnya 4 digit."}]],
    [["1", "06", "01", "2.01", 6], "1.06.01.2.01.0006", [{"segment":4,"kind":"lost-leading-zero","text":"6","message":"Kode sub kegiatan ditulis sebagai angka 6: angka kehilangan nol di depan; seharusnya \"0006\" (format sel sebagai teks).","fix":"0006"}]],
    [["1", "06", "01", "2.01", 60000], "1.06.01.2.01.60000", [{"segment":4,"kind":"malformed","text":"60000","message":"Kode sub kegiatan \"60000\" berisi 5 digit; seharusnya 4 digit."}]],
    [["1", "06", "01", "2.01", "0 06"], "1.06.01.2.01.0 06", [{"segment":4,"kind":"malformed","text":"0 06","message":"Kode sub kegiatan \"0 06\" terpisah spasi dan setelah digabung (\"006\") hanya 3 digit; seharusnya 4 digit (kemungkinan: 0006, 0060)."}]],
    [["1", "06", "01", "2.01", "abcd"], "1.06.01.2.01.abcd", [{"segment":4,"kind":"malformed","text":"abcd","message":"Kode sub kegiatan \"abcd\" tidak sesuai bentuk SSSS."}]],
    [["1", "06", "01", "2.01", false], "1.06.01.2.01.false", [{"segment":4,"kind":"malformed","text":"false","message":"Kode sub kegiatan berisi nilai logika FALSE."}]],
    [["", "06"], ".06", [{"segment":0,"kind":"gap","text":"","message":"Kode urusan kosong, padahal kode bidang urusan terisi."}]],
    [["", "", "01"], "..01", [{"segment":0,"kind":"gap","text":"","message":"Kode urusan kosong, padahal kode program terisi."},{"segment":1,"kind":"gap","text":"","message":"Kode bidang urusan kosong, padahal kode program terisi."}]],
    [[null, "06", null, "2.01"], ".06..2.01", [{"segment":0,"kind":"gap","text":"","message":"Kode urusan kosong, padahal kode kegiatan terisi."},{"segment":2,"kind":"gap","text":"","message":"Kode program kosong, padahal kode kegiatan terisi."}]],
    [["10"], "10", [{ segment: 0, kind: "malformed", text: "10", message: 'Kode urusan "10" berisi 2 digit; seharusnya 1 digit.' }]],
    [["9"], "9", []],
    [["1", "06", "01", "1.01"], "1.06.01.1.01", []], // level digits 1 to 8
    [["1", "06", "01", "8.01"], "1.06.01.8.01", []],
    [["1", "06", "01", 8.1], "1.06.01.8.10", [{ segment: 3, kind: "lost-leading-zero", text: "8.1", message: 'Kode kegiatan ditulis sebagai angka 8.1: angka kehilangan nol di belakang; seharusnya "8.10" (format sel sebagai teks).', fix: "8.10" }]],
    [[], "", []],
    [["1.06", null, " "], "1.06", []], // a dotted first cell with the rest empty is one kode
    [[106, null], "106", [{ segment: 0, kind: "malformed", text: "106", message: 'Kode urusan "106" berisi 3 digit; seharusnya 1 digit.' }]],
    [[1.06], "1.06", []], // a lone numeric cell: a bidang typed as a number
  ])("%j", (parts, text, problems) => {
    const k = parseKodeParts(parts);
    expect(k.problems).toStrictEqual(problems);
    expect(k.text).toBe(text);
  });
});

describe("padCandidates", () => {
  test.each<[string, number, string[]]>([
    ["1", 4, ["0001", "0010", "0100", "1000"]],
    ["01", 4, ["0001", "0010", "0100"]],
    ["010", 4, ["0010", "0100"]],
    ["1 0", 4, ["0010", "0100", "1000"]],
    ["0006", 4, ["0006"]],
    ["00006", 4, []],
    ["6", 1, ["06", "60"]],
    ["12", 2, ["12"]],
    ["x", 2, []],
    ["6", 0, ["6"]],
    ["0", 0, []], // urusan 0 does not exist
    ["2.1", 3, ["2.01", "2.10"]],
    ["2.01", 3, ["2.01"]],
    ["2.", 3, []],
    ["2.001", 3, []],
    ["21", 3, []],
    ["a.1", 3, []],
    ["2.a", 3, []],
    ["22.1", 3, []],
    ["2.1", 2, []],
    ["201", 3, []], // no dot: not a kegiatan to pad
    ["2 .1", 3, ["2.01", "2.10"]],
    ["", 1, []],
    ["1", 5, []],
    ["1", -1, []],
    ["1", 1.5, []],
  ])("padCandidates(%j, %p)", (segment, index, expected) => {
    expect(padCandidates(segment, index)).toStrictEqual(expected);
  });

  test("a non-text segment has no candidates", () => {
    expect(padCandidates(6 as unknown as string, 4)).toStrictEqual([]);
  });
});

describe("parentKode and isValidKode", () => {
  test.each<[string, string | null, boolean]>([
    ["1.06.01.2.01.0006", "1.06.01.2.01", true],
    ["1.06.01.2.01", "1.06.01", true],
    ["1.06.01", "1.06", true],
    ["1.06", "1", true],
    ["1", null, true],
    ["X.XX.01.2.01.0001", "X.XX.01.2.01", true],
    ["1.6.01", null, false],
    ["1.06.1.2.01.0006", null, false],
    ["1.06.01.2.01.010", "1.06.01.2.01", false],
    ["1.06.01.2 .01.0006", "1.06.01.2.01", false],
    [" 1.06 ", "1", true],
    ["", null, false],
  ])("%j: parent %j, valid %p", (text, parent, valid) => {
    expect(parentKode(text)).toBe(parent);
    expect(isValidKode(text)).toBe(valid);
  });

  test("a kode with more than six parts keeps the rest in the sub kegiatan", () => {
    const plain = parseKodeText("1.06.01.2.01.0006.1");
    expect(plain.text).toBe("1.06.01.2.01.0006.1");
    expect(plain.level).toBe("subkegiatan");
    expect(plain.problems).toStrictEqual([{ segment: 4, kind: "malformed", text: "0006.1", message: 'Kode sub kegiatan "0006.1" tidak sesuai bentuk SSSS.' }]);
    // Spaces next to the dots are no longer trimmed away silently: the rest is quoted as it was typed.
    const spaced = parseKodeText("1.06.01.2.01. 0006 . 1");
    expect(spaced.text).toBe("1.06.01.2.01. 0006 . 1");
    expect(spaced.level).toBe("subkegiatan");
    expect(spaced.problems).toStrictEqual([{ segment: 4, kind: "malformed", text: " 0006 . 1", message: 'Kode sub kegiatan " 0006 . 1" tidak sesuai bentuk SSSS.' }]);
  });

  test("a non-text kode is not valid and empty", () => {
    expect(isValidKode(106 as unknown as string)).toBe(false);
    expect(parseKodeText(null as unknown as string).level).toBeNull();
  });
});
