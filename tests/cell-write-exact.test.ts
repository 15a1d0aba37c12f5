// The one cell writer's decisions, value by value: what a planned value becomes, the input sent to Excel with and
// without a text format, and the format steps around it (docs/mutasi.md: written against the survivors of
// mutation testing).
import { cellContent, cellWriteSteps, excelWouldCoerce, gridValue, officeInput, reliesOnTextFormat } from "../src/renja/cell-write";
import { composedFormula, errorConstant, type CellWriteValue } from "../src/renja/plan";

type Steps = ReturnType<typeof cellWriteSteps>;

describe("cell writes, value by value", () => {
  // value, content, officeInput(v), officeInput(v, "@"), reliesOnTextFormat(v, "@"),
  // steps(plan: none, cell "@"), steps(plan "@", cell General), steps(plan "0.00", cell "@"), steps(none, none), gridValue
  test.each<[CellWriteValue, ReturnType<typeof cellContent>, unknown, unknown, boolean, Steps, Steps, Steps, Steps, ReturnType<typeof gridValue>]>([
    [null, {"kind":"empty"}, "", "", false, {"input":""}, {"input":"","before":"@"}, {"input":"","before":"0.00"}, {"input":""}, {"value":null,"formula":null}],
    ["", {"kind":"empty"}, "", "", false, {"input":""}, {"input":"","before":"@"}, {"input":"","before":"0.00"}, {"input":""}, {"value":null,"formula":null}],
    ["Program", {"kind":"text","text":"Program"}, "Program", "Program", false, {"input":"Program"}, {"input":"Program","before":"@"}, {"input":"Program","before":"0.00"}, {"input":"Program"}, {"value":"Program","formula":null}],
    ["x1", {"kind":"text","text":"x1"}, "'x1", "x1", true, {"input":"x1","before":"@"}, {"input":"x1","before":"@"}, {"input":"'x1","before":"0.00"}, {"input":"'x1"}, {"value":"x1","formula":null}],
    [" Program", {"kind":"text","text":" Program"}, "' Program", " Program", true, {"input":" Program","before":"@"}, {"input":" Program","before":"@"}, {"input":"' Program","before":"0.00"}, {"input":"' Program"}, {"value":" Program","formula":null}],
    ["\tA", {"kind":"text","text":"\tA"}, "'\tA", "\tA", true, {"input":"\tA","before":"@"}, {"input":"\tA","before":"@"}, {"input":"'\tA","before":"0.00"}, {"input":"'\tA"}, {"value":"\tA","formula":null}],
    ["=1", {"kind":"text","text":"=1"}, "'=1", "=1", true, {"input":"=1","before":"@"}, {"input":"=1","before":"@"}, {"input":"'=1","before":"0.00"}, {"input":"'=1"}, {"value":"=1","formula":null}],
    ["+1", {"kind":"text","text":"+1"}, "'+1", "+1", true, {"input":"+1","before":"@"}, {"input":"+1","before":"@"}, {"input":"'+1","before":"0.00"}, {"input":"'+1"}, {"value":"+1","formula":null}],
    ["-1", {"kind":"text","text":"-1"}, "'-1", "-1", true, {"input":"-1","before":"@"}, {"input":"-1","before":"@"}, {"input":"'-1","before":"0.00"}, {"input":"'-1"}, {"value":"-1","formula":null}],
    ["@a", {"kind":"text","text":"@a"}, "'@a", "@a", true, {"input":"@a","before":"@"}, {"input":"@a","before":"@"}, {"input":"'@a","before":"0.00"}, {"input":"'@a"}, {"value":"@a","formula":null}],
    ["'a", {"kind":"text","text":"'a"}, "''a", "''a", true, {"input":"''a","before":"@"}, {"input":"''a","before":"@"}, {"input":"''a","before":"0.00"}, {"input":"''a"}, {"value":"'a","formula":null}],
    ["#N/A", {"kind":"text","text":"#N/A"}, "'#N/A", "#N/A", true, {"input":"#N/A","before":"@"}, {"input":"#N/A","before":"@"}, {"input":"'#N/A","before":"0.00"}, {"input":"'#N/A"}, {"value":"#N/A","formula":null}],
    ["Benar", {"kind":"text","text":"Benar"}, "'Benar", "Benar", true, {"input":"Benar","before":"@"}, {"input":"Benar","before":"@"}, {"input":"'Benar","before":"0.00"}, {"input":"'Benar"}, {"value":"Benar","formula":null}],
    ["truex", {"kind":"text","text":"truex"}, "truex", "truex", false, {"input":"truex"}, {"input":"truex","before":"@"}, {"input":"truex","before":"0.00"}, {"input":"truex"}, {"value":"truex","formula":null}],
    ["Mei 2024", {"kind":"text","text":"Mei 2024"}, "'Mei 2024", "Mei 2024", true, {"input":"Mei 2024","before":"@"}, {"input":"Mei 2024","before":"@"}, {"input":"'Mei 2024","before":"0.00"}, {"input":"'Mei 2024"}, {"value":"Mei 2024","formula":null}],
    ["Éte", {"kind":"text","text":"Éte"}, "Éte", "Éte", false, {"input":"Éte"}, {"input":"Éte","before":"@"}, {"input":"Éte","before":"0.00"}, {"input":"Éte"}, {"value":"Éte","formula":null}],
    [42, {"kind":"number","value":42}, 42, 42, false, {"before":"General","input":42}, {"before":"General","input":42,"after":"@"}, {"input":42,"before":"0.00"}, {"input":42}, {"value":42,"formula":null}],
    [NaN, {"kind":"text","text":"NaN"}, "NaN", "NaN", false, {"input":"NaN"}, {"input":"NaN","before":"@"}, {"input":"NaN","before":"0.00"}, {"input":"NaN"}, {"value":"NaN","formula":null}],
    [true, {"kind":"boolean","value":true}, true, true, false, {"before":"General","input":true}, {"before":"General","input":true,"after":"@"}, {"input":true,"before":"0.00"}, {"input":true}, {"value":true,"formula":null}],
    [composedFormula("SUM(A1)"), {"kind":"formula","formula":"=SUM(A1)"}, "=SUM(A1)", "=SUM(A1)", false, {"before":"General","input":"=SUM(A1)"}, {"before":"General","input":"=SUM(A1)","after":"@"}, {"input":"=SUM(A1)","before":"0.00"}, {"input":"=SUM(A1)"}, {"value":null,"formula":"=SUM(A1)"}],
    [errorConstant(" #n/a "), {"kind":"error","code":"#N/A"}, "#N/A", "#N/A", false, {"before":"General","input":"#N/A"}, {"before":"General","input":"#N/A","after":"@"}, {"input":"#N/A","before":"0.00"}, {"input":"#N/A"}, {"value":"#N/A","formula":null}],
  ])("%j", (v, content, input, inputText, relies, stepsKeep, stepsText, stepsNumber, stepsNone, grid) => {
    expect(cellContent(v)).toStrictEqual(content);
    expect(officeInput(v)).toStrictEqual(input);
    expect(officeInput(v, "@")).toStrictEqual(inputText);
    expect(reliesOnTextFormat(v, "@")).toBe(relies);
    expect(reliesOnTextFormat(v, "General")).toBe(false);
    expect(cellWriteSteps(v, undefined, "@")).toStrictEqual(stepsKeep);
    expect(cellWriteSteps(v, "@", "General")).toStrictEqual(stepsText);
    expect(cellWriteSteps(v, "0.00", "@")).toStrictEqual(stepsNumber);
    expect(cellWriteSteps(v, null, null)).toStrictEqual(stepsNone);
    expect(gridValue(v)).toStrictEqual(grid);
  });

  test("-0 and Infinity: a number cell holds 0, a non-finite number is written as its text", () => {
    expect(cellContent(-Infinity)).toStrictEqual({ kind: "text", text: "-Infinity" });
    expect(cellContent(0)).toStrictEqual({ kind: "number", value: 0 });
    expect(officeInput(composedFormula("=A1"), "@")).toBe("=A1");
    expect(officeInput(errorConstant("#ref!"), "@")).toBe("#REF!");
  });
});

describe("excelWouldCoerce", () => {
  test.each<[string, boolean]>([
    ["", false],
    ["Program", false],
    ["Éte", false],
    ["A B", false],
    ["truex", false],
    ["Benarkah", false],
    ["Orang/Bulan", false],
    ["Sub-Kegiatan", false], // a sign inside a word is no formula
    ["Untrue", false], // ends like a boolean, is none
    ["1a", true],
    ["x1", true],
    ["A 1", true],
    [" Program", true],
    ["\tA", true],
    ["\rA", true],
    ["=1", true],
    ["+1", true],
    ["-1", true],
    ["-A", true],
    ["@a", true],
    ["'a", true],
    ["#N/A", true],
    ["#A", true],
    ["true", true],
    ["TRUE", true],
    ["False", true],
    ["Benar", true],
    ["SALAH", true],
    ["Jan-24", true],
    ["Mei 2024", true],
    ["1.000", true],
    ["1", true],
    ["(1)", true],
    ["%", true],
    ["Rp 1.000", true],
  ])("%j → %p", (text, coerced) => {
    expect(excelWouldCoerce(text)).toBe(coerced);
  });
});
