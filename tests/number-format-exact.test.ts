// What a number format code makes of a cell, code by code: the parts Excel does not read as codes (quoted text,
// escapes, padding, brackets), sections, elapsed time, and the date and percentage helpers (docs/mutasi.md:
// written against the survivors of mutation testing).
import { dateText, formatKind, fractionOf, isDateFormat, percentOf, type FormatKind } from "../src/renja/number-format";

describe("formatKind and isDateFormat, code by code", () => {
  test.each<[string | null | undefined, FormatKind, boolean]>([
    ["", "general", false],
    [null, "general", false],
    ["0@", "number", false], // not valid Excel codes: text only where "@" stands alone in its section
    ["@0", "number", false],
    [undefined, "general", false],
    ["General", "general", false],
    ["general", "general", false],
    ["General;General", "general", false],
    ["[Red]General", "general", false],
    ["General 0", "number", false],
    ["@", "text", false],
    [" @ ", "text", false],
    ['"Text: "@', "text", false],
    ['"a"@"b"', "text", false],
    ["@;0", "text", false],
    ['"x";@', "number", false],
    ["0", "number", false],
    ["\\d0", "number", false],
    ["_d0", "number", false],
    ["*d0", "number", false],
    ['"d"0', "number", false],
    ['0 "days"', "number", false],
    ["[Red]0", "number", false],
    ["[>=100]0", "number", false],
    ["[$-421]0", "number", false],
    ["0.00E+00", "number", false],
    ["E+0", "number", false],
    ["# ?/?", "number", false],
    ["#,##0 ;(#,##0)", "number", false],
    ["0;dd", "number", false],
    ["0.0 %", "percent", false],
    ["0%;-0%", "percent", false],
    ['0 "%"', "number", false],
    ["0\\%", "number", false],
    ["_%0", "number", false],
    ["*%0", "number", false],
    ["[%]0", "number", false],
    ["dd;0", "date", true],
    ["[$-421]d", "date", true],
    ["[hh]:mm", "date", true],
    ["[mm]:ss", "date", true],
    ["[s]", "date", true],
    ["A/P", "date", true],
    ["a/p h", "date", true],
    ["AM/PM", "date", true],
    ["yyyy", "date", true],
    ["h", "date", true],
    ["s", "date", true],
    ["m", "date", true],
    ["D", "date", true],
    ["0.00E+00 mm", "date", true],
    ['"Rp"0%', "percent", false],
    ["[Red]0%", "percent", false],
    ['0"%', "number", false], // an unterminated quote runs to the end
    ["0%\\", "percent", false],
    ['General"x"', "general", false],
    ['@"%"', "text", false],
    ["\\@", "number", false],
    ["yyyy;@", "date", true],
    ['"h"@', "text", false],
    ["[h]", "date", true],
    ["[hms]", "date", true],
  ])("%j: %s, date %p", (code, kind, date) => {
    expect(formatKind(code)).toBe(kind);
    // Asked twice: the second answer comes from the cache and must be the same.
    expect(formatKind(code)).toBe(kind);
    expect(isDateFormat(code)).toBe(date);
  });

  test("the cache forgets nothing it must remember: many distinct codes keep their kinds", () => {
    for (let i = 0; i < 2500; i++) {
      expect(formatKind(`0.${"0".repeat(i % 30)}"x${i}"`)).toBe("number");
      expect(formatKind(`0%"x${i}"`)).toBe("percent");
    }
    expect(formatKind("dd/mm/yyyy")).toBe("date");
  });
});

describe("dates and percentages", () => {
  test.each<[number, string]>([
    [45306, "15/01/2024"],
    [45306.75, "15/01/2024"], // the time of day is left out
    [45300, "09/01/2024"],
    [45292, "01/01/2024"],
    [45627, "01/12/2024"],
    [2958465, "31/12/9999"],
    // Excel's 1900 calendar: day 0, its 29 February 1900, and serials before it one day ahead of the real calendar.
    [0, "00/01/1900"],
    [1, "01/01/1900"],
    [12, "12/01/1900"],
    [59, "28/02/1900"],
    [60, "29/02/1900"],
    [60.5, "29/02/1900"],
    [61, "01/03/1900"],
    [NaN, "NaN"],
    [1e20, "100000000000000000000"],
  ])("dateText(%p) = %j", (serial, text) => {
    expect(dateText(serial)).toBe(text);
  });

  test.each<[number, number]>([
    [0.07, 7],
    [0.852, 85.2],
    [1.1, 110],
    [0.29, 29],
    [0.575, 57.5],
  ])("percentOf(%p) = %p, and back", (fraction, percent) => {
    expect(percentOf(fraction)).toBe(percent);
    expect(fractionOf(percent)).toBe(fraction);
  });

  test("fractionOf keeps small percentages exact", () => {
    expect(fractionOf(0.3)).toBe(0.003);
    expect(fractionOf(-12.5)).toBe(-0.125);
  });
});
