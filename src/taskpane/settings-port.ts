// The workbook's own settings (Office document settings): the pane keeps the user's column roles there, so they
// travel with the workbook and hold on the next validation, on any computer. Excel saves them with the file.
/// <reference types="office-js" />

export interface SettingsPort {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists the settings into the document (Office: saveAsync). */
  save(): Promise<void>;
  /** False where the host has no document settings: choices then hold for this session only. */
  readonly persistent: boolean;
}

/**
 * Office.context.document.settings (Office Common API, Excel 2013 and later; not an ExcelApi requirement). Where
 * the host lacks it, the pane still works with the choices kept in memory.
 */
export function officeSettings(): SettingsPort {
  const settings = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  if (!settings) return memorySettings({ persistent: false });
  return {
    persistent: true,
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? "Pengaturan buku kerja tidak dapat disimpan.")))),
      ),
  };
}

export interface MemorySettings extends SettingsPort {
  /** What save() last wrote, as Office keeps it: JSON text (the document's copy). */
  readonly saved: string;
  /** The settings as a reopened workbook sees them: only what was saved. */
  reopen(): MemorySettings;
}

/** Settings held in memory, serialised on save like Office's: for tests and `npm run preview`. */
export function memorySettings(options: { saved?: string; persistent?: boolean } = {}): MemorySettings {
  let saved = options.saved ?? "{}";
  const live = new Map<string, unknown>(Object.entries(JSON.parse(saved) as Record<string, unknown>));
  return {
    persistent: options.persistent ?? true,
    get: (key) => {
      const v = live.get(key);
      // Office hands back a copy parsed from JSON: a caller's later edit never reaches the store.
      return v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown);
    },
    set: (key, value) => void live.set(key, JSON.parse(JSON.stringify(value)) as unknown),
    remove: (key) => void live.delete(key),
    save: () => {
      saved = JSON.stringify(Object.fromEntries(live));
      return Promise.resolve();
    },
    get saved() {
      return saved;
    },
    reopen() {
      return memorySettings({ saved, persistent: this.persistent });
    },
  };
}
