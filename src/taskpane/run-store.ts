// The last validation of the current workbook, kept across reloads of the task pane. The ribbon buttons open the
// pane on another section by loading it anew (one TaskpaneId, a new SourceLocation), which drops React state: the
// planner would lose "Validasi Renja" by pressing "Tabel 4.2". sessionStorage survives such reloads within the
// pane's session and is keyed by the workbook, so another workbook never sees this one's findings.
import type { ValidationRun } from "./services";

export interface RunStore {
  load(): ValidationRun | undefined;
  /** Keeps the run (or forgets it with undefined); a run too large for the storage is simply not kept. */
  save(run: ValidationRun | undefined): void;
}

const PREFIX = "renja:validasi:v1:";

/** The key of a workbook: its URL or path (Office.context.document.url); unsaved workbooks share "(baru)". */
export function workbookKey(url: string | undefined | null): string {
  return PREFIX + (url && url.trim() !== "" ? url.trim() : "(baru)");
}

export function sessionRunStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length"> | undefined, key: string): RunStore {
  return {
    load() {
      if (!storage) return undefined;
      try {
        const text = storage.getItem(key);
        if (!text) return undefined;
        const run = JSON.parse(text) as ValidationRun;
        return run && Array.isArray(run.wb?.sheets) && Array.isArray(run.result?.findings) ? run : undefined;
      } catch {
        return undefined;
      }
    },
    save(run) {
      if (!storage) return;
      try {
        // One workbook's run at a time: the storage is small (about 5 MB per origin).
        for (let i = storage.length - 1; i >= 0; i--) {
          const k = storage.key(i);
          if (k !== null && k.startsWith(PREFIX) && k !== key) storage.removeItem(k);
        }
        if (run === undefined) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(run));
      } catch {
        // Over the quota (a very large workbook): nothing kept; the pane reads the workbook again when asked.
        try {
          storage.removeItem(key);
        } catch {
          // storage unavailable
        }
      }
    },
  };
}

/** A store that keeps nothing (the preview, tests). */
export const noRunStore: RunStore = { load: () => undefined, save: () => undefined };
