// `npm run build` for production cannot go out wrong: without an https RENJA_ADDIN_URL it stops before building,
// with an Indonesian message and a non-zero exit, and leaves the output directory alone.
// (The successful build, its offline manifest check and its instructions: tests/browser/serve.browser.test.ts.)
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
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
