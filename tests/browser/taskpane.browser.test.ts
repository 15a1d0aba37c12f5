// The task pane in a real browser: the preview bundle (production build) over the in-memory Excel host with
// the sample workbook, served from 127.0.0.1, driven in Debian's Chromium through playwright-core.
// "Validasi Renja" → the sample's RKPD gap and Tabel 4.1 total listed → a click selects the cell → one fix,
// recorded in Riwayat, changes the cell. Every request the page makes must go to its own origin.
// Screenshots of each step: test-output/browser/ (git-ignored).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import { readXlsxGrid } from "../../src/cli/xlsx-grid";

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const OUT = path.join(ROOT, "test-output", "browser");
const BUNDLE = path.join(OUT, "dist");
const STAMP = path.join(BUNDLE, ".built");
const SAMPLE = path.join(ROOT, "seeds", "renja-dinsos-malang-2024.xlsx");

/** Newest modification time under the bundle's inputs (sources, build config, dependencies). */
function newestInput(): number {
  let newest = 0;
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src", "webpack.config.js", "tsconfig.json", "package-lock.json"]) walk(path.join(ROOT, p));
  return newest;
}

/** Builds the preview as production does (minified, hashed, source maps, the CSP meta), unless the last build is fresh. */
async function buildPreview(): Promise<void> {
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > newestInput()) return;
  // The project's webpack config is CommonJS: a function of (env, argv).
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
  const config = await configure({ preview: true }, { mode: "production" });
  // Its own output directory: `npm run build` cleans dist/ and must not pull the page away under the test.
  config.mode = "production";
  config.output = { ...config.output, path: BUNDLE };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  writeFileSync(STAMP, new Date().toISOString());
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".map": "application/json", ".txt": "text/plain; charset=utf-8" };

/** A tiny static server for the bundle, and the sample grid at /data/sample-grid.json (as `npm run preview` serves it). */
function serve(sampleJson: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/data/sample-grid.json") {
      res.writeHead(200, { "content-type": TYPES[".json"] });
      res.end(sampleJson);
      return;
    }
    const file = path.normalize(path.join(BUNDLE, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname)));
    if (!file.startsWith(BUNDLE + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": TYPES[".txt"] });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const hasChromium = existsSync(CHROMIUM);

let server: http.Server | undefined;
let browser: Browser | undefined;
let origin = "";

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(OUT, { recursive: true });
  await buildPreview();
  server = await serve(JSON.stringify(await readXlsxGrid(SAMPLE)));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Opens the preview with the pane at `width` px, recording every request the page makes. */
async function open(width: number): Promise<{ page: Page; requests: string[] }> {
  const page = await browser!.newPage({ viewport: { width: width + 760, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/?width=${width}`);
  await page.getByRole("button", { name: "Validasi Renja", exact: true }).waitFor();
  expect(errors).toEqual([]);
  return { page, requests };
}

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(OUT, `${name}.png`) });

/** The finding row (its select button and its "Perbaiki") for a cell and a piece of its message. */
const findingRow = (page: Page, where: string, text: string) => page.getByTestId("finding").filter({ hasText: where }).filter({ hasText: text });

/** Nothing in the pane is wider than the pane: no horizontal scrolling at this width. */
async function expectNoOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.getByTestId("taskpane").evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe("task pane in Chromium", () => {
  test("Validasi Renja: findings listed, a click selects the cell, a fix is recorded and changes the cell; only its own origin contacted", async () => {
    if (!hasChromium) {
      // Only outside CI: a CI machine must have the browser.
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const { page, requests } = await open(320);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    await shot(page, "01-start-320");
    // The built-in nomenclature list is its own chunk, fetched on the first validation only.
    const listChunk = (): string[] => requests.filter((u) => /\/nomenklatur\.[0-9a-f]{8}\.js$/.test(new URL(u).pathname));
    expect(listChunk()).toEqual([]);

    await page.getByRole("button", { name: "Validasi Renja", exact: true }).click();
    await page.getByRole("heading", { name: /galat/ }).waitFor();
    expect(listChunk()).toHaveLength(1);
    await shot(page, "02-validated-320-top");
    // Open the two categories whose findings the sample is known for.
    await page.getByRole("button", { name: /Kesesuaian RKPD/ }).click();
    await page.getByRole("button", { name: /^Pagu/ }).click();
    const gap = findingRow(page, "Tabel 2.3!K124", "18.032.750.000");
    await expect(gap.textContent()).resolves.toContain("29.822.934.850");
    const total = findingRow(page, "Tabel 4.1!M94", "Total pagu indikatif");
    await expect(total.textContent()).resolves.toMatch(/29\.822\.934\.000.*29\.822\.934\.850/);
    await gap.scrollIntoViewIfNeeded();
    await shot(page, "02-validated-320-listed");
    await expectNoOverflow(page);

    // A click on a finding moves Excel's selection there: the preview shows the sheet and the selected cell.
    await total.getByRole("button", { name: /Tabel 4\.1!M94/ }).click();
    await expect(page.getByTestId("selection").textContent()).resolves.toBe("'Tabel 4.1'!M94");
    const m94 = page.locator('td[data-cell="M94"]');
    await expect(m94.getAttribute("data-selected")).resolves.toBe("true");
    await expect(page.getByRole("tab", { name: "Tabel 4.1", exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(m94.textContent()).resolves.toBe("29822934000");
    // The mark on the cell: the add-in's conditional format in the colour of a galat.
    const fill = (): Promise<string> => m94.evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(fill()).resolves.toBe("rgb(253, 231, 233)");
    // Scrolled into view inside the sheet view.
    const box = await m94.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await shot(page, "03-selected-320");

    // One fix: recorded in Riwayat (No. 1), the cell holds the computed total.
    await total.getByRole("button", { name: "Perbaiki", exact: true }).click();
    await page.getByText('dicatat di lembar "Riwayat Perbaikan"').waitFor();
    const record = page.getByTestId("riwayat-item").filter({ hasText: "Tabel 4.1!M94" });
    await expect(record.textContent()).resolves.toContain("No. 1");
    await expect(record.textContent()).resolves.toContain("29822934000 → 29822934850");
    await expect(m94.textContent()).resolves.toBe("29822934850");
    // Re-validated and re-marked: the fixed cell has no finding left, so no mark.
    await expect(fill()).resolves.toBe("rgba(0, 0, 0, 0)");
    // The fixed total is no longer listed.
    await expect(findingRow(page, "Tabel 4.1!M94", "Total pagu indikatif").count()).resolves.toBe(0);
    await record.scrollIntoViewIfNeeded();
    await shot(page, "04-fixed-320");

    const foreign = requests.filter((u) => new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith("/data/sample-grid.json"))).toBe(true);
    await page.close();
  });

  test("Muat daftar nomenklatur: a picked list replaces the built-in one, read in the page; only its own origin contacted", async () => {
    if (!hasChromium) {
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Worksheet");
    ws.addRow(["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "INDIKATOR", "SATUAN"]);
    ws.addRow(["KABKOT", "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL", "1.06.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "1.06.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "1.06.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen", "Dokumen"]);
    const { page, requests } = await open(320);
    await page.getByLabel("Berkas daftar nomenklatur").setInputFiles({ name: "daftar-2024.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.getByText("Daftar nomenklatur daftar-2024.xlsx dimuat (4 kode)").waitFor();
    await expect(page.getByText("Daftar nomenklatur: daftar-2024.xlsx (pemutakhiran 2024), 4 kode.").count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Validasi Renja", exact: true }).click();
    await page.getByRole("heading", { name: /galat/ }).waitFor();
    await page.getByRole("button", { name: /^Nomenklatur/ }).click();
    // The sample's other sub kegiatan are not in this one-row list.
    await expect(findingRow(page, "Tabel 4.1!B12", "tidak ada dalam Nomenklatur Kepmendagri (daftar-2024.xlsx)").count()).resolves.toBe(1);
    await shot(page, "07-daftar-dimuat-320");
    // The built-in list was never fetched, and the file went nowhere.
    expect(requests.filter((u) => /\/nomenklatur\.[0-9a-f]{8}\.js$/.test(new URL(u).pathname))).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.close();
  });

  test("Kolom yang dikenali: each column of a table with its role; a changed role is kept and used at once (320 px)", async () => {
    if (!hasChromium) {
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const { page, requests } = await open(320);
    await page.getByRole("button", { name: "Validasi Renja", exact: true }).click();
    await page.getByRole("heading", { name: /galat/ }).waitFor();
    const header = page.getByRole("button", { name: "Kolom yang dikenali: Tabel 4.1 (lembar Tabel 4.1)" });
    await header.click();
    const rows = page.getByTestId("kolom");
    // The sample's Tabel 4.1: No, kode over B–F, nama G … pagu M … keterangan S.
    await expect(rows.first().textContent()).resolves.toContain("A");
    const pagu = rows.filter({ hasText: "Pagu Indikatif (Rp.)" });
    await expect(pagu.getByRole("combobox").inputValue()).resolves.toBe("auto:pagu");
    await expect(pagu.getByRole("combobox").evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent)).resolves.toBe("Pagu indikatif tahun rencana (dari judul)");
    await expect(rows.filter({ hasText: /^F/ }).getByRole("combobox").inputValue()).resolves.toBe("auto:kode");
    await header.scrollIntoViewIfNeeded();
    await shot(page, "11-kolom-dikenali-320");
    await expectNoOverflow(page);

    // The planner says column S is not to be read: kept, validated again, shown as their choice.
    await page.getByRole("combobox", { name: "Peran kolom S" }).selectOption("abaikan");
    await page.getByText("Peran kolom Tabel 4.1!S disimpan; buku kerja divalidasi ulang.").waitFor();
    const s = rows.filter({ has: page.getByRole("combobox", { name: "Peran kolom S" }) });
    await expect(s.textContent()).resolves.toContain("Pilihan Anda · Keterangan");
    await expect(s.getByRole("combobox").inputValue()).resolves.toBe("abaikan");
    await s.scrollIntoViewIfNeeded();
    await shot(page, "12-kolom-diubah-320");
    await expectNoOverflow(page);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.close();
  });

  test("a restored fix shows its 'dipulihkan' badge whole at 320 px", async () => {
    if (!hasChromium) {
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const { page } = await open(320);
    await page.getByRole("button", { name: "Validasi Renja", exact: true }).click();
    await page.getByRole("heading", { name: /galat/ }).waitFor();
    await page.getByRole("button", { name: /^Pagu/ }).click();
    await findingRow(page, "Tabel 4.1!M94", "Total pagu indikatif").getByRole("button", { name: "Perbaiki", exact: true }).click();
    await page.getByText('dicatat di lembar "Riwayat Perbaikan"').waitFor();
    await page.getByTestId("riwayat-item").filter({ hasText: "Tabel 4.1!M94" }).getByRole("button", { name: "Pulihkan", exact: true }).click();
    await page.getByText("Perbaikan No. 1 dipulihkan.").waitFor();
    const badge = page.getByTestId("badge-dipulihkan");
    await expect(badge.textContent()).resolves.toBe("dipulihkan");
    await badge.scrollIntoViewIfNeeded();
    const fit = await badge.evaluate((el) => {
      const pane = document.querySelector('[data-testid="taskpane"]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { clipped: el.scrollWidth > el.clientWidth, inside: box.left >= pane.left && box.right <= pane.right, oneLine: box.height < 2 * parseFloat(getComputedStyle(el).lineHeight || "16") };
    });
    expect(fit).toEqual({ clipped: false, inside: true, oneLine: true });
    await shot(page, "13-dipulihkan-320");
    await expectNoOverflow(page);
    await page.close();
  });

  test("Sisipkan Tabel offers the official form by default and writes it (320 px)", async () => {
    if (!hasChromium) {
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const { page, requests } = await open(320);
    await page.getByRole("tab", { name: "Sisipkan Tabel" }).click();
    const bentuk = page.getByRole("combobox", { name: "Bentuk tabel" });
    await expect(bentuk.inputValue()).resolves.toBe("permendagri");
    await expect(bentuk.evaluate((el: HTMLSelectElement) => Array.from({ length: el.options.length }, (_, i) => el.options[i].textContent))).resolves.toEqual(["Permendagri 86/2017 (T-C.29 s.d. T-C.33)", "Contoh Renja Dinas Sosial Kab. Malang 2024"]);
    await page.getByRole("combobox", { name: "Tabel", exact: true }).selectOption("T3.1");
    await page.getByRole("button", { name: "Sisipkan", exact: true }).click();
    await page.getByText('Kerangka Tabel 3.1 disisipkan pada lembar "Tabel 3.1 2"').waitFor();
    await page.getByRole("tab", { name: "Tabel 3.1 2" }).click();
    await expect(page.locator('td[data-cell="A5"]').textContent()).resolves.toBe("Kode");
    await expect(page.locator('td[data-cell="D5"]').textContent()).resolves.toBe("Rencana Tahun " + String(new Date().getFullYear() + 1));
    await expect(page.locator('td[data-cell="H5"]').textContent()).resolves.toBe("Catatan Penting");
    await shot(page, "14-sisipkan-resmi-320");
    await expectNoOverflow(page);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.close();
  });

  test("at about 500 px the pane lays out the same flow; only its own origin contacted", async () => {
    if (!hasChromium) {
      expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
      console.log(`skipped: ${CHROMIUM} not installed`);
      return;
    }
    const { page, requests } = await open(500);
    await page.getByRole("button", { name: "Validasi Renja", exact: true }).click();
    await page.getByRole("heading", { name: /galat/ }).waitFor();
    await shot(page, "05-validated-500");
    await expectNoOverflow(page);
    await page.getByRole("button", { name: "Hapus tanda" }).click();
    await page.getByText("Tanda pada sel dihapus").waitFor();
    await shot(page, "06-unmarked-500");
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.close();
  });
});
