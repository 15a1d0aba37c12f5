// The pane keeps the current workbook's last validation across its reloads (the ribbon buttons reload it).
import * as path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel } from "../src/excel/memory";
import { sessionRunStore, workbookKey } from "../src/taskpane/run-store";
import { createExcelPort, runValidation } from "../src/taskpane/services";

/** A sessionStorage stand-in with a quota, like the browser's. */
function memoryStorage(quota = 50 * 1024 * 1024) {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const used = [...items.entries()].reduce((n, [a, b]) => n + a.length + b.length, 0) - (items.get(k)?.length ?? 0);
      if (used + k.length + v.length > quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

async function sampleRun() {
  const grid = await readXlsxGrid(path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx"));
  const host = createMemoryExcel(grid, { requirementSets: { ExcelApi: "1.7" } });
  return runValidation(createExcelPort(host.run, host.isSetSupported));
}

test("a reloaded pane gets the same validation back for the same workbook, and none for another", async () => {
  const run = await sampleRun();
  const storage = memoryStorage();
  const key = workbookKey("https://contoso.sharepoint.com/Renja 2024.xlsx");
  sessionRunStore(storage, key).save(run);
  // The pane reloads: a new store over the same session storage.
  expect(sessionRunStore(storage, key).load()).toEqual(JSON.parse(JSON.stringify(run)));
  expect(sessionRunStore(storage, key).load()!.result.findings).toHaveLength(run.result.findings.length);
  expect(sessionRunStore(storage, workbookKey("C:\\Renja\\lain.xlsx")).load()).toBeUndefined();
  // Saving another workbook's run drops this one's: one run at a time.
  sessionRunStore(storage, workbookKey("C:\\Renja\\lain.xlsx")).save(run);
  expect(sessionRunStore(storage, key).load()).toBeUndefined();
  expect(storage.items.size).toBe(1);
});

test("a run too large for the storage is not kept, and nothing throws", async () => {
  const run = await sampleRun();
  const storage = memoryStorage(10_000);
  const store = sessionRunStore(storage, workbookKey(""));
  expect(() => store.save(run)).not.toThrow();
  expect(store.load()).toBeUndefined();
  expect(workbookKey("")).toBe("renja:validasi:v1:(baru)");
});

test("without storage (blocked) the store keeps nothing", () => {
  const store = sessionRunStore(undefined, workbookKey("x"));
  store.save(undefined);
  expect(store.load()).toBeUndefined();
});
