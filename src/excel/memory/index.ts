// The in-memory Excel host: the fake Excel JS API over a workbook held in memory, for tests and `npm run preview`.
/// <reference types="office-js" />
// It never imports a formula engine; tests may plug one in through `evaluator`.
import type { WorkbookGrid } from "../../renja/grid";
import { MemoryRequestContext, type FormulaEvaluator, type MemoryRuntime } from "./proxies";
import { RequirementRegistry, type ApiUse } from "./requirements";
import { sheetToGrid, stateFromGrid, type MemorySheet, type MemoryWorkbookState } from "./state";

export { MemoryOfficeError, MemoryRequestContext, type FormulaEvaluator } from "./proxies";
export type { ApiUse } from "./requirements";
export type { MemoryBorder, MemoryCell, MemoryChart, MemorySheet, MemoryWorkbookState } from "./state";

export interface MemoryExcelOptions {
  /** Highest supported version per requirement set; default { ExcelApi: "1.17" } (a current Excel). */
  requirementSets?: Record<string, string>;
  /** Request/response payload limit per sync in bytes; default 5 MB like Excel on the web. */
  payloadLimitBytes?: number;
  evaluator?: FormulaEvaluator;
  /** "topLeftInside": getMergedAreasOrNullObject returns only areas whose top-left is in the range (office-js #1590). */
  mergedAreas?: "whole" | "topLeftInside";
  /** Cells per read past which values come back null (default 5 million, as in Excel). */
  cellCap?: number;
}

/** The Office.js globals the add-in touches, backed by the memory host. */
export interface MemoryGlobals {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  Office: { context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } } };
}

export interface MemoryExcel {
  /** A request context over the workbook (each `run` makes a fresh one, like Excel.run). */
  context: Excel.RequestContext;
  /** The same context with its fake type, for tests that look inside. */
  memoryContext: MemoryRequestContext;
  globals: MemoryGlobals;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
  /** The workbook as grids: each sheet over its used range (valuesOnly: content only; otherwise with formats). */
  snapshot(options?: { valuesOnly?: boolean }): WorkbookGrid;
  /** Sheet features beyond the grid (widths, frozen rows, lists, print titles), for assertions. */
  sheet(name: string): MemorySheet | undefined;
  state: MemoryWorkbookState;
  /** Round trips over all contexts. */
  readonly syncCount: number;
  /** APIs called above the configured requirement sets. */
  readonly apiViolations: readonly ApiUse[];
  /** The planner starts (true) or ends (false) typing in a cell: requests fail meanwhile, as in Excel. */
  setCellEditMode(on: boolean): void;
  /** Makes round trip `sync` (1-based, over all contexts) fail with `code` after `afterOps` of its operations. */
  failSync(sync: number, code?: string, afterOps?: number): void;
  /** Operations queued in round trip `sync` (1-based, over all contexts). */
  opsInSync(sync: number): number | undefined;
}

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function createMemoryExcel(workbook: WorkbookGrid, options: MemoryExcelOptions = {}): MemoryExcel {
  const requirements = new RequirementRegistry(options.requirementSets ?? { ExcelApi: "1.17" });
  const runtime: MemoryRuntime = {
    state: stateFromGrid(workbook),
    requirements,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    evaluator: options.evaluator,
    syncCount: 0,
    opsBySync: new Map(),
    mergedAreas: options.mergedAreas,
    cellCap: options.cellCap,
  };
  runtime.evaluator?.recalculate(runtime.state);
  // The fake implements the members the adapter uses; the cast is the one place it stands in for the real type.
  const asExcel = (c: MemoryRequestContext): Excel.RequestContext => c as unknown as Excel.RequestContext;
  const memoryContext = new MemoryRequestContext(runtime);
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(asExcel(new MemoryRequestContext(runtime)));
  const isSetSupported = (name: string, minVersion?: string): boolean => requirements.isSetSupported(name, minVersion);
  return {
    context: asExcel(memoryContext),
    memoryContext,
    globals: { Excel: { run }, Office: { context: { requirements: { isSetSupported } } } },
    run,
    isSetSupported,
    snapshot: (opts = {}) => ({
      sheets: runtime.state.sheets.map((s) => sheetToGrid(s, s.usedRange(opts.valuesOnly ?? false))),
    }),
    sheet: (name) => runtime.state.byName(name),
    state: runtime.state,
    get syncCount() {
      return runtime.syncCount;
    },
    get apiViolations() {
      return requirements.violations;
    },
    opsInSync: (sync) => runtime.opsBySync?.get(sync),
    setCellEditMode: (on) => void (runtime.cellEditMode = on),
    failSync: (sync, code = "GeneralException", afterOps = 0) => {
      runtime.failures ??= new Map();
      runtime.failures.set(sync, { code, afterOps });
    },
  };
}
