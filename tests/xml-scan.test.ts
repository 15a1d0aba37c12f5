// The fast XML scanner (src/cli/xlsx/xml-scan.ts) against saxes: on every input it accepts, saxes accepts it too
// and gives the same events; everything outside its subset is handed back (FastPathUnsupported), never guessed.
// And through the reader: a worksheet or shared-strings part outside the subset is read by saxes, with the same grid.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { LIMITS } from "../src/cli/limits";
import { FastPathUnsupported, XmlScanner } from "../src/cli/xlsx/xml-scan";
import { workbookParts, worksheetXml, zip } from "./fixtures/raw-xlsx";

type Event = string;

const local = (n: string) => n.slice(n.indexOf(":") + 1);

/** saxes's events in the handlers' terms (local names, text joined between tags, inside the root only); "error" when it refuses. */
function saxesEvents(xml: string): Event[] | "error" {
  const out: Event[] = [];
  let text = "";
  let depth = 0;
  let failed = false;
  const p = new SaxesParser({ position: false });
  const flush = () => {
    if (text !== "" && depth > 0) out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  p.on("error", () => {
    failed = true;
  });
  p.on("opentag", (t) => {
    flush();
    depth++;
    out.push(`open ${local(t.name)} ${JSON.stringify(t.attributes)}`);
  });
  p.on("closetag", (t) => {
    flush();
    depth--;
    out.push(`close ${local(t.name)}`);
  });
  p.on("text", (t) => {
    if (depth > 0) text += t;
  });
  try {
    p.write(xml);
    p.close();
  } catch {
    failed = true;
  }
  return failed ? "error" : out;
}

/** The scanner's events, the input cut into chunks at `cuts`; "unsupported" when it hands the input back. */
function scanEvents(xml: string, cuts: number[] = []): Event[] | "unsupported" {
  const out: Event[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const s = new XmlScanner({
    open(name, attrs) {
      flush();
      out.push(`open ${name} ${JSON.stringify(attrs)}`);
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
    text(t) {
      text += t;
    },
  });
  try {
    let from = 0;
    for (const c of [...cuts.filter((c) => c > 0 && c < xml.length)].sort((a, b) => a - b)) {
      s.write(xml.slice(from, c));
      from = c;
    }
    s.write(xml.slice(from));
    s.end();
  } catch (e) {
    if (e instanceof FastPathUnsupported) return "unsupported";
    throw e;
  }
  return out;
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
  '<sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s=\'2\'><f>SUM(A1:A3)&amp;"&lt;x&gt;"</f><v>6</v></c>' +
  '<c r="C1" t="inlineStr"><is><t xml:space="preserve"> a &#233;&#x41;\r\nb </t></is></c><c r="D1"/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet >\n';

describe("fast XML scanner", () => {
  test("a worksheet as Excel writes it (declaration, CRLF, prefixes, entities, character references): saxes's events, cut anywhere", () => {
    const expected = saxesEvents(SHEET);
    expect(expected).not.toBe("error");
    expect(scanEvents(SHEET)).toEqual(expected);
    for (let cut = 1; cut < SHEET.length; cut++) expect(scanEvents(SHEET, [cut])).toEqual(expected);
    expect(expected).toContain('text " a éA\\nb "');
    expect(expected).toContain('text "SUM(A1:A3)&\\"<x>\\""');
  });

  test.each([
    ["a comment", "<a><!-- x --></a>"],
    ["CDATA", "<a><![CDATA[x]]></a>"],
    ["a DOCTYPE", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ["a processing instruction", "<a><?pi x?></a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a newline inside an attribute (normalised by saxes)", '<a b="x\ny"/>'],
    ["a UTF-16-only name", "<ä/>"],
    ["a version 1.1 declaration", '<?xml version="1.1"?><a/>'],
    ["a name ending in a colon (saxes, without namespaces, takes it)", "<a:/>"],
  ])("%s is left to saxes", (_what, xml) => {
    expect(scanEvents(xml)).toBe("unsupported");
  });

  test.each([
    ["mismatched tags", "<a><b></a></b>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["no whitespace between attributes", '<a b="1"c="2"/>'],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["an unquoted attribute", "<a b=1/>"],
    ["a raw < in an attribute", '<a b="<"/>'],
    ["a raw & in text", "<a>x & y</a>"],
    ["]]> in text", "<a>]]></a>"],
    ["a control character", "<a>\u0001</a>"],
    ["a reference to a control character", "<a>&#1;</a>"],
    ["a control character in an attribute", '<a b="\u0001"/>'],
    ["a control character between attributes", '<a\u0001b="1"/>'],
    ["U+FFFF in a text", "<a>\uFFFF</a>"],
    ["U+FFFE in an attribute", '<a b="\uFFFE"/>'],
    ["an unclosed element", "<a><b>"],
    ["nothing at all", ""],
    ["nesting past the depth limit", "<a>".repeat(65) + "</a>".repeat(65)],
    ["more attributes than the limit", `<a ${Array.from({ length: 257 }, (_, i) => `x${i}="1"`).join(" ")}/>`],
  ])("malformed: %s — saxes refuses it, the scanner hands it back", (_what, xml) => {
    expect(saxesEvents(xml) === "error" || xml.startsWith("<a>".repeat(65)) || xml.includes('x256="1"')).toBe(true);
    expect(scanEvents(xml)).toBe("unsupported");
  });

  test("random XML-like inputs: whatever the scanner accepts, saxes accepts with the same events", () => {
    // Mostly what writers emit, now and then something saxes refuses or the scanner leaves to it.
    const mostly = <T,>(good: T[], odd: T[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
    const name = mostly(["a", "c", "v", "row", "x:t", "x14ac:dyDescent", "r", "si"], ["1x", "a:", "a:b:c", "ä"]);
    const attrValue = mostly(["", "1", "A1", "x y", "&amp;", "&lt;&gt;", "&#65;", "&#x1F600;", "é", ">"], ["&bogus;", "<", "a\tb", "&", "\r"]);
    const textPart = mostly(["", "x", " ", "\r\n", "\r", "&amp;", "&#13;", "a>b", "é", ">", "&quot;&apos;"], ["&#1;", "]]>", "\u0001", "&", "<"]);
    const attr = fc.tuple(mostly([" ", "  ", "\n", "\t"], [""]), name, mostly(["=", " = ", "=\r\n"], ["", "=="]), fc.constantFrom('"', "'"), attrValue).map(([sp, n, eq, q, v]) => `${sp}${n}${eq}${q}${v}${q}`);
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(name, fc.array(attr, { maxLength: 2 }), fc.boolean(), depth > 1 ? fc.array(fc.oneof(textPart, element(depth - 1)), { maxLength: 3 }) : fc.array(textPart, { maxLength: 2 }), fc.constantFrom("", " ", "\n"))
        .map(([n, attrs, empty, kids, sp]) => (empty ? `<${n}${attrs.join("")}${sp}/>` : `<${n}${attrs.join("")}${sp}>${kids.join("")}</${n}${sp}>`)),
    );
    const prolog = mostly(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', " "], ["<?xml?>", "<!-- c -->"]);
    const doc = fc.tuple(prolog, element(3), mostly(["", "\n", "\r\n "], [" x", "<b/>"]));
    let accepted = 0;
    fc.assert(
      fc.property(doc, fc.array(fc.nat({ max: 400 }), { maxLength: 4 }), ([pro, root, tail], cuts) => {
        const xml = pro + root + tail;
        const fast = scanEvents(xml, cuts);
        if (fast === "unsupported") return;
        accepted++;
        expect(saxesEvents(xml)).toEqual(fast);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: a good share of the inputs stays on the fast path.
    expect(accepted).toBeGreaterThan(300);
  });
});

describe("the reader falls back to saxes part by part", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "renja-xmlscan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a worksheet with a comment and CDATA reads as the same worksheet without them", async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1"><v>12000000</v></c></row><row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>';
    const plain = path.join(dir, "biasa.xlsx");
    const odd = path.join(dir, "komentar.xlsx");
    writeFileSync(plain, zip(workbookParts([{ name: "Tabel", xml: worksheetXml(rows) }])));
    const withOdd = rows.replace("<v>12000000</v>", "<!-- catatan --><v><![CDATA[12000000]]></v>");
    writeFileSync(odd, zip(workbookParts([{ name: "Tabel", xml: worksheetXml(withOdd) }])));
    const a = await readXlsxGrid(plain);
    const b = await readXlsxGrid(odd);
    expect(b).toEqual(a);
    expect(a.sheets[0].values).toEqual([
      ["Kode", 12_000_000],
      ["ab"],
    ]);
  });

  test("pieces cut at 64 KB chunks: multi-byte characters, a text longer than a chunk, entities across the cut", async () => {
    const long = "x".repeat(150_000) + "é";
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Bantuan sosial é€😀 &amp; &#233; ${i}</t></is></c><c r="B${i + 1}"><v>${i * 1000}</v></c></row>`).join("") +
      `<row r="3001"><c r="A3001" t="inlineStr"><is><t>${long}</t></is></c></row>`;
    const file = path.join(dir, "potongan.xlsx");
    writeFileSync(file, zip(workbookParts([{ name: "Tabel", xml: worksheetXml(rows) }])));
    const values = (await readXlsxGrid(file)).sheets[0].values;
    expect(values.length).toBe(3001);
    for (let i = 0; i < 3000; i++) expect(values[i]).toEqual([`Bantuan sosial é€😀 & é ${i}`, i * 1000]);
    expect(values[3000]).toEqual([long]);
  });

  test("rows out of order and a row given twice: merged as Excel reads them, each row its exact length", async () => {
    const rows = '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="1"><c r="B1"><v>9</v></c></row>' +
      '<row r="2"><c r="B2"><v>2</v></c><c r="D2"><v>5</v></c><c r="F2"><v>6</v></c></row><row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>7</v></c></row>';
    const file = path.join(dir, "urutan.xlsx");
    writeFileSync(file, zip(workbookParts([{ name: "Tabel", xml: worksheetXml(rows) }])));
    const s = (await readXlsxGrid(file)).sheets[0];
    expect(s.values).toEqual([
      [null, 9],
      [1, 2, null, 5, null, 6],
      [7, null, 3],
    ]);
    expect(s.formulas?.map((r) => r.length)).toEqual([2, 6, 3]);
    expect(s.numberFormats?.map((r) => r.length)).toEqual([2, 6, 3]);
  });

  test("a part read twice counts once against the unpacked-size limit", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("") + "<!-- akhir -->";
    const file = path.join(dir, "dua-kali.xlsx");
    const parts = workbookParts([{ name: "Tabel", xml: worksheetXml(rows) }]);
    writeFileSync(file, zip(parts));
    const total = parts.reduce((n, p) => n + Buffer.byteLength(p.data ?? ""), 0);
    const sheet = Buffer.byteLength(parts.find((p) => p.name.includes("worksheets/"))?.data ?? "");
    // Room for every part once (the small relationship parts are read twice anyway), not for the worksheet twice.
    const grid = await readXlsxGrid(file, { ...LIMITS, maxUncompressedBytes: total + sheet - 1 });
    expect(grid.sheets[0].values.length).toBe(200);
    expect(grid.sheets[0].values[199]).toEqual([199]);
  });
});
