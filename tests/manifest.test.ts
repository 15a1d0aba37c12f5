// Offline checks of manifest.xml: well-formed, every resid resolves, icons exist with their declared size,
// https only, exactly ExcelApi 1.7, and the buttons open the task pane on their sections.
import * as fs from "fs";
import * as path from "path";
import { byName, checkBuiltManifest, checkManifestFile, checkManifestXml, parseXml, pngSize } from "../scripts/manifest-check";
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

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS module webpack.config.js uses
const deployment = require("../scripts/deployment") as {
  DEV_URL: string;
  addinUrl(raw: string | undefined): { url: string } | { error: string };
  manifestVersion(v: string): string;
  withVersion(xml: string, v: string): string;
  productionManifest(xml: string, url: string, v: string): string;
};
const pkgVersion = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;

describe("the manifest version comes from package.json", () => {
  test("three numbers become four: 0.1.0 → 0.1.0.0, 12.3.45 → 12.3.45.0", () => {
    expect(deployment.manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(deployment.manifestVersion("12.3.45")).toBe("12.3.45.0");
  });

  test("a pre-release or a malformed version is refused, never guessed", () => {
    for (const v of ["0.2.0-beta.1", "1.2", "1.2.3.4", "v1.2.3", "123456.0.0"]) expect(() => deployment.manifestVersion(v)).toThrow(/tidak dapat menjadi versi manifest/);
  });

  test("manifest.xml in the repository carries package.json's version", () => {
    expect(checkManifestFile(root).facts.version).toBe(deployment.manifestVersion(pkgVersion));
    expect(checkManifestXml(xml.replace(/<Version>[^<]*</, "<Version>9.9.9.9<"), root, commands, { version: "0.1.0.0" }).problems).toEqual(["<Version> is 9.9.9.9, package.json says 0.1.0.0"]);
    expect(checkManifestXml(xml.replace(/<Version>[^<]*</, "<Version>0.1.0-beta<"), root, commands).problems).toEqual(['<Version> "0.1.0-beta" is not a version of up to four numbers']);
  });

  test("withVersion rewrites the one top-level <Version> only", () => {
    const out = deployment.withVersion(xml, "2.3.4.0");
    expect(parseXml(out).children.find((c) => c.name === "Version")?.text).toBe("2.3.4.0");
    expect(out.replace("<Version>2.3.4.0</Version>", "")).toBe(xml.replace(/<Version>[^<]*<\/Version>/, ""));
  });
});

describe("RENJA_ADDIN_URL for a production build", () => {
  test("an https URL is kept, without its trailing slash; a path below the host is allowed", () => {
    expect(deployment.addinUrl("https://renja.malangkab.go.id/")).toEqual({ url: "https://renja.malangkab.go.id" });
    expect(deployment.addinUrl(" https://Intranet.Malangkab.go.id:8443/addin/renja// ")).toEqual({ url: "https://intranet.malangkab.go.id:8443/addin/renja" });
  });

  test.each([
    ["missing", undefined, /RENJA_ADDIN_URL belum diisi/],
    ["empty", "  ", /RENJA_ADDIN_URL belum diisi/],
    ["http", "http://renja.malangkab.go.id", /harus berawalan https:\/\//],
    ["not a URL", "renja.malangkab.go.id", /bukan alamat yang sah/],
    ["a query", "https://renja.malangkab.go.id/?x=1", /tidak boleh memuat/],
    ["credentials", "https://admin:rahasia@renja.malangkab.go.id", /tidak boleh memuat/],
    ["the old placeholder", "https://renja-addin.example.org", /masih alamat contoh/],
  ])("%s is refused with an Indonesian message", (_name, raw, message) => {
    const r = deployment.addinUrl(raw);
    expect("error" in r && r.error).toMatch(message);
  });
});

describe("the production manifest", () => {
  const url = "https://renja.malangkab.go.id/addin";
  const prod = deployment.productionManifest(xml, url, "0.1.0.0");

  test("every dev-server URL is replaced by the add-in's URL; nothing else changes", () => {
    expect(prod).not.toContain(deployment.DEV_URL);
    expect(prod.split(url).length).toBe(xml.split(deployment.DEV_URL).length);
    expect(prod.split(url).join(deployment.DEV_URL)).toBe(xml);
  });

  /** A dist/ as the build leaves it: pages and icons (copied from assets/). */
  function fakeDist(): string {
    const dist = fs.mkdtempSync(path.join(require("os").tmpdir(), "renja-dist-"));
    fs.mkdirSync(path.join(dist, "assets"));
    for (const f of fs.readdirSync(path.join(root, "assets")).filter((n) => n.endsWith(".png"))) fs.copyFileSync(path.join(root, "assets", f), path.join(dist, "assets", f));
    for (const page of ["taskpane.html", "commands.html", "bantuan.html"]) fs.writeFileSync(path.join(dist, page), "<!doctype html>");
    fs.writeFileSync(path.join(dist, "manifest.xml"), prod);
    return dist;
  }

  test("a complete dist/ passes the offline checks of the manifest handed out", () => {
    const dist = fakeDist();
    try {
      expect(checkBuiltManifest(dist, url, "0.1.0.0").problems).toEqual([]);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  test("the checks name a missing icon, a missing page, a wrong-size icon, a URL elsewhere and a stale version", () => {
    const dist = fakeDist();
    try {
      fs.rmSync(path.join(dist, "assets", "sisipkan-32.png"));
      fs.rmSync(path.join(dist, "commands.html"));
      fs.copyFileSync(path.join(root, "assets", "icon-16.png"), path.join(dist, "assets", "triwulan-80.png"));
      const other = prod.replace(`${url}/bantuan.html"/>\n  <Hosts>`, `https://cdn.lain.go.id/bantuan.html"/>\n  <Hosts>`);
      expect(other).not.toBe(prod);
      fs.writeFileSync(path.join(dist, "manifest.xml"), other);
      expect(checkBuiltManifest(dist, url, "0.2.0.0").problems).toEqual([
        "<Version> is 0.1.0.0, package.json says 0.2.0.0",
        "URL is neither under the add-in's URL https://renja.malangkab.go.id/addin/ nor in <AppDomains>: https://cdn.lain.go.id/bantuan.html",
        "page commands.html named by https://renja.malangkab.go.id/addin/commands.html does not exist",
        "icon Sisipkan.32x32: assets/sisipkan-32.png does not exist",
        "icon Triwulan.80x80: assets/triwulan-80.png is 16×16, declared 80×80",
      ]);
      // The same origin listed in <AppDomains> is allowed.
      fs.writeFileSync(path.join(dist, "manifest.xml"), other.replace("<Hosts>", "<AppDomains><AppDomain>https://cdn.lain.go.id</AppDomain></AppDomains>\n  <Hosts>"));
      expect(checkBuiltManifest(dist, url, "0.1.0.0").problems.filter((p) => p.startsWith("URL"))).toEqual([]);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  test("a dist/ without manifest.xml is named", () => {
    expect(checkBuiltManifest(path.join(root, "tidak-ada"), url, "0.1.0.0").problems).toEqual([`${path.join(root, "tidak-ada", "manifest.xml")} does not exist`]);
  });
});

test("`npm version` (its version script) writes package.json's new version into manifest.xml", () => {
  // A copy of the project's four files involved, with package.json at 0.2.0: the script rewrites only <Version>.
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "renja-version-"));
  try {
    fs.mkdirSync(path.join(dir, "scripts"));
    for (const f of ["scripts/deployment.js", "scripts/manifest-version.js", "manifest.xml"]) fs.copyFileSync(path.join(root, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "renja-excel-addin", version: "0.2.0" }));
    const r = require("child_process").spawnSync(process.execPath, [path.join(dir, "scripts", "manifest-version.js")], { encoding: "utf8" });
    expect([r.status, r.stdout]).toEqual([0, "manifest.xml: <Version>0.2.0.0</Version>\n"]);
    const updated = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    expect(updated).toBe(xml.replace(/<Version>[^<]*<\/Version>/, "<Version>0.2.0.0</Version>"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
