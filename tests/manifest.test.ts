// Offline checks of manifest.xml: well-formed, every resid resolves, icons exist with their declared size,
// https only, exactly ExcelApi 1.7, and the buttons open the task pane on their sections.
import * as fs from "fs";
import * as path from "path";
import { byName, checkManifestFile, checkManifestXml, parseXml, pngSize } from "../scripts/manifest-check";
import { sectionFromSearch } from "../src/taskpane/sections";

const root = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const commands = fs.readFileSync(path.join(root, "src", "commands", "commands.ts"), "utf8");

describe("manifest.xml", () => {
  const { problems, facts } = checkManifestFile(root);

  test("passes every offline check", () => {
    expect(problems).toEqual([]);
  });

  test("asks for ExcelApi 1.7 and nothing higher", () => {
    expect(facts.requirements).toEqual([{ name: "ExcelApi", minVersion: "1.7" }]);
  });

  test("has the three Renja buttons with Bahasa Indonesia labels, each opening its section", () => {
    expect(facts.buttons.map((b) => [b.label, b.action])).toEqual([
      ["Validasi Renja", "ShowTaskpane"],
      ["Sisipkan Tabel", "ShowTaskpane"],
      ["Tabel 4.2", "ShowTaskpane"],
    ]);
    expect(facts.buttons.map((b) => sectionFromSearch(new URL(b.target).search))).toEqual(["validasi", "sisipkan", "triwulan"]);
    // Each button names its section explicitly (not the default).
    for (const b of facts.buttons) expect(new URL(b.target).searchParams.get("section")).toBe(sectionFromSearch(new URL(b.target).search));
  });

  test("uses https URLs only, pointing at the dev server during development", () => {
    expect(facts.urls.length).toBeGreaterThan(10);
    for (const u of facts.urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });

  test("the Renja group sits on the Home tab", () => {
    const doc = parseXml(xml);
    const tabs = byName(doc, "OfficeTab");
    expect(tabs.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const groups = byName(tabs[0], "Group");
    expect(groups).toHaveLength(1);
    const labelId = byName(groups[0], "Label")[0].attrs.resid;
    const label = byName(doc, "String").find((s) => s.attrs.id === labelId);
    expect(label?.attrs.DefaultValue).toBe("Renja");
  });

  test("icons are real PNGs of the sizes the ribbon asks for", () => {
    for (const s of [16, 32, 80]) {
      expect(pngSize(path.join(root, "assets", `icon-${s}.png`))).toEqual({ width: s, height: s });
      expect(pngSize(path.join(root, "assets", `sisipkan-${s}.png`))).toEqual({ width: s, height: s });
      expect(pngSize(path.join(root, "assets", `triwulan-${s}.png`))).toEqual({ width: s, height: s });
    }
  });
});

describe("the offline checks catch broken manifests", () => {
  const check = (text: string): string[] => checkManifestXml(text, root, commands).problems;

  test("a higher requirement set", () => {
    expect(check(xml.replace('MinVersion="1.7"', 'MinVersion="1.8"')).join("\n")).toMatch(/exactly ExcelApi 1\.7/);
  });

  test("an undefined resid", () => {
    expect(check(xml.replace('resid="Sisipkan.Tooltip"', 'resid="Tidak.Ada"')).join("\n")).toMatch(/resid "Tidak\.Ada"/);
  });

  test("an http URL", () => {
    expect(check(xml.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html")).join("\n")).toMatch(/not https/);
  });

  test("an icon of the wrong size or missing", () => {
    expect(check(xml.replace("assets/icon-80.png", "assets/icon-64.png")).join("\n")).toMatch(/64×64, declared 80×80/);
    expect(check(xml.replace("assets/triwulan-16.png", "assets/tidak-ada.png")).join("\n")).toMatch(/does not exist/);
  });

  test("an ExecuteFunction that the function file does not register", () => {
    const exec = xml.replace(
      /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>Renja.Pane<\/TaskpaneId>\s*<SourceLocation resid="Triwulan.Url"\/>\s*<\/Action>/,
      '<Action xsi:type="ExecuteFunction"><FunctionName>buatTabel42</FunctionName></Action>',
    );
    expect(exec).not.toBe(xml);
    expect(check(exec).join("\n")).toMatch(/"buatTabel42" is not registered/);
    expect(checkManifestXml(exec, root, 'Office.actions.associate("buatTabel42", f);').problems.join("\n")).not.toMatch(/not registered/);
  });

  test("malformed XML", () => {
    expect(() => parseXml(xml.replace("</Permissions>", ""))).toThrow(/XML/);
  });
});
