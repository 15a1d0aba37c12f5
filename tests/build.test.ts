// `npm run build` for production cannot go out wrong: without an https RENJA_ADDIN_URL it stops before building,
// with an Indonesian message and a non-zero exit, and leaves the output directory alone.
// (The successful build, its offline manifest check and its instructions: tests/browser/serve.browser.test.ts.)
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..");

function build(url: string | undefined): { status: number | null; out: string; dir: string } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "renja-build-")), "dist");
  const env = { ...process.env };
  delete env.RENJA_ADDIN_URL;
  if (url !== undefined) env.RENJA_ADDIN_URL = url;
  const r = spawnSync("npm", ["run", "--silent", "build", "--", "--output-path", dir], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, dir };
}

describe("npm run build refuses a production build that would reach nobody", () => {
  test.each([
    ["without RENJA_ADDIN_URL", undefined, "[renja] RENJA_ADDIN_URL belum diisi: build produksi harus tahu alamat HTTPS tempat isi dist/ dipasang."],
    ["with an http URL", "http://renja.malangkab.go.id", "[renja] RENJA_ADDIN_URL harus berawalan https:// karena Office hanya memuat add-in lewat HTTPS: http://renja.malangkab.go.id"],
    ["with the example placeholder", "https://renja-addin.example.org", "[renja] RENJA_ADDIN_URL masih alamat contoh (renja-addin.example.org); isi dengan alamat server instansi Anda / is still an example domain."],
  ])("%s: exit 1, the reason in Bahasa Indonesia, nothing written", (_name, url, first) => {
    const { status, out, dir } = build(url);
    try {
      expect(status).toBe(1);
      expect(out).toContain(first);
      expect(out).toContain("RENJA_ADDIN_URL=https://renja.namadaerah.go.id npm run build");
      expect(out).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(dir)).toBe(false);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});

describe("the offline check of dist/manifest.xml is part of the production build", () => {
  // The real webpack config for a URL, with two one-line entries instead of the add-in's (the check looks at the
  // manifest, the icons and the pages, not at what the bundles hold): seconds instead of minutes.
  async function buildWith(change: (config: import("webpack").Configuration) => void): Promise<{ errors: string[]; dir: string }> {
    const work = mkdtempSync(path.join(tmpdir(), "renja-check-"));
    const entry = path.join(work, "entry.js");
    writeFileSync(entry, "module.exports = 1;\n");
    const before = process.env.RENJA_ADDIN_URL;
    process.env.RENJA_ADDIN_URL = "https://renja.pemda.test";
    try {
      const configure = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<import("webpack").Configuration>;
      const config = await configure({}, { mode: "production" });
      config.mode = "production";
      config.context = ROOT;
      config.entry = { taskpane: entry, commands: entry };
      config.output = { ...config.output, path: path.join(work, "dist") };
      change(config);
      const webpack = (await import("webpack")).default;
      const stats = await new Promise<import("webpack").Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))));
      return { errors: stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message), dir: path.join(work, "dist") };
    } finally {
      if (before === undefined) delete process.env.RENJA_ADDIN_URL;
      else process.env.RENJA_ADDIN_URL = before;
    }
  }

  test("a complete build passes it, writes the manifest for the URL and says what to do with both", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const { errors, dir } = await buildWith(() => undefined);
    try {
      expect(errors).toEqual([]);
      const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
      expect(printed).toContain(`  2. Bagikan ${path.join(dir, "manifest.xml")} (bukan manifest.xml di akar proyek)`);
      expect(readFileSync(path.join(dir, "manifest.xml"), "utf8")).toContain('<SourceLocation DefaultValue="https://renja.pemda.test/taskpane.html"/>');
    } finally {
      log.mockRestore();
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }, 120_000);

  test("icons left out of dist/ fail the build, each named", async () => {
    const { errors, dir } = await buildWith((config) => {
      // Copy only the icon-*.png set: the Sisipkan and Triwulan icons the manifest names are missing.
      const copy = config.plugins!.find((p) => p?.constructor.name === "CopyPlugin") as unknown as { patterns: { from: string }[] };
      copy.patterns[0] = { ...copy.patterns[0], from: "assets/icon-*.png" };
    });
    try {
      expect(errors).toEqual(
        ["sisipkan", "triwulan"].flatMap((name) =>
          [16, 32, 80].map((size) => `[renja] dist/manifest.xml: icon ${name[0].toUpperCase()}${name.slice(1)}.${size}x${size}: assets/${name}-${size}.png does not exist`),
        ),
      );
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }, 120_000);
});
