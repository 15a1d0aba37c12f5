// A typed fake of the Excel JavaScript API objects the adapter uses. It behaves like the real proxies:
// nothing happens until `context.sync()`, which runs the queued operations in order; properties can be read
// only after `load` + `sync`; each sync counts one round trip and is checked against a payload limit.
import type { CellRange, CellValue } from "../../renja/grid";
import { MAX_COLS, MAX_ROWS, parseLocalAddress, sheetAddress, splitSheetAddress } from "../address";
import { MemoryConditionalFormatCollection } from "./conditional-formats";
import { typeIntoCell } from "./typing";
import type { RequirementRegistry } from "./requirements";
import { inside, overlaps, type ExcelVisibility, type MemoryCell, type MemoryChart, type MemorySheet, type MemoryWorkbookState } from "./state";

/** Shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo). */
export class MemoryOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

/** Recomputes the values of formula cells after writes (the test suite plugs HyperFormula in here). */
export interface FormulaEvaluator {
  recalculate(state: MemoryWorkbookState): void;
}

export interface MemoryRuntime {
  state: MemoryWorkbookState;
  requirements: RequirementRegistry;
  /** Request and response payload limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes: number;
  evaluator?: FormulaEvaluator;
  syncCount: number;
  /**
   * The planner is typing in a cell: every request fails with InvalidOperationInCellEditMode until they press
   * Enter or Esc (Excel.ErrorCodes reference; Excel.run's `delayForCellEdit` only waits on some platforms).
   */
  cellEditMode?: boolean;
  /**
   * Injected failures by round trip (1-based, counted over all contexts): the sync runs `afterOps` of its queued
   * operations, then fails with `code`. A failed batch is not rolled back: what ran before the failure stays, as in
   * Excel, where a batch is not a transaction.
   */
  failures?: Map<number, { code: string; afterOps: number }>;
  /** Operations queued per round trip (1-based), for tests that inject a failure after each of them. */
  opsBySync?: Map<number, number>;
  /**
   * What Range.getMergedAreasOrNullObject returns: "whole" areas overlapping the range, or (some builds, office-js
   * #3611 and #1590) only the areas whose top-left cell lies inside it.
   */
  mergedAreas?: "whole" | "topLeftInside";
  /** Cells per read past which values come back null (Excel: 5 million; smaller in tests). */
  cellCap?: number;
}

/** Range.getMergedAreasOrNullObject fails on a range holding more merged areas than this (API reference). */
export const MERGED_AREAS_LIMIT = 512;
/** Excel reads at most this many cells at once on every platform; past it, values come back null. */
export const READ_CELL_CAP = 5_000_000;

interface QueuedOp {
  /** Runs against the state; returns the response bytes and a closure that hands loaded values to the proxies. */
  run(): { bytes: number; deliver?: () => void } | void;
  writes: boolean;
}

const bytesOf = (v: unknown): number => JSON.stringify(v ?? null).length;

function notLoaded(prop: string): MemoryOfficeError {
  return new MemoryOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export class MemoryRequestContext {
  readonly workbook: MemoryWorkbook;
  /** Round trips made by this context. */
  syncCount = 0;
  /** Increases with each sync; a proxy created in an earlier generation has been resolved by the host. */
  generation = 0;
  private queue: QueuedOp[] = [];
  private requestBytes = 0;

  constructor(readonly runtime: MemoryRuntime) {
    this.workbook = new MemoryWorkbook(this);
  }

  enqueue(run: QueuedOp["run"], options: { writes?: boolean; requestBytes?: number } = {}): void {
    this.queue.push({ run, writes: options.writes ?? false });
    this.requestBytes += options.requestBytes ?? 0;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.syncCount++;
    this.runtime.syncCount++;
    this.generation++;
    if (this.runtime.cellEditMode) {
      throw new MemoryOfficeError("InvalidOperationInCellEditMode", "This operation is not allowed while Excel is in cell-edit mode.");
    }
    const failure = this.runtime.failures?.get(this.runtime.syncCount);
    this.runtime.opsBySync?.set(this.runtime.syncCount, queue.length);
    const limit = this.runtime.payloadLimitBytes;
    if (requestBytes > limit) {
      throw new MemoryOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit (${limit} bytes).`);
    }
    let responseBytes = 0;
    let wrote = false;
    const deliveries: (() => void)[] = [];
    try {
      for (let i = 0; i < queue.length; i++) {
        const op = queue[i];
        if (failure && i >= failure.afterOps) throw new MemoryOfficeError(failure.code, `Injected failure (${failure.code}) at round trip ${this.runtime.syncCount}, after ${i} operations.`);
        const out = op.run();
        wrote ||= op.writes;
        if (out) {
          responseBytes += out.bytes;
          if (out.deliver) deliveries.push(out.deliver);
        }
      }
    } finally {
      if (wrote) this.runtime.evaluator?.recalculate(this.runtime.state);
    }
    if (failure) throw new MemoryOfficeError(failure.code, `Injected failure (${failure.code}) at round trip ${this.runtime.syncCount}, after every operation.`);
    if (responseBytes > limit) {
      throw new MemoryOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit (${limit} bytes).`);
    }
    for (const d of deliveries) d();
  }
}

function parseProps(props: string | string[] | undefined, defaults: string[]): string[] {
  if (props === undefined) return defaults;
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Base of all proxies: load-before-read and null-object bookkeeping. */
abstract class MemoryClientObject {
  protected readonly loadedProps = new Map<string, unknown>();
  protected bornIn: number;
  protected resolvedNull = false;

  constructor(readonly context: MemoryRequestContext) {
    this.bornIn = context.generation;
  }

  protected abstract readonly defaultProps: string[];
  protected abstract readProp(name: string): unknown;

  get isNullObject(): boolean {
    if (this.context.generation <= this.bornIn) throw notLoaded("isNullObject");
    return this.resolvedNull;
  }

  load(props?: string | string[]): this {
    const names = parseProps(props, this.defaultProps);
    this.context.enqueue(() => {
      const got = names.map((n) => [n, this.resolvedNull ? null : this.readProp(n)] as const);
      return {
        bytes: got.reduce((s, [n, v]) => s + n.length + bytesOf(v), 0),
        deliver: () => got.forEach(([n, v]) => this.loadedProps.set(n, v)),
      };
    });
    return this;
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedProps.has(name)) throw notLoaded(name);
    return this.loadedProps.get(name) as T;
  }
}

export class MemoryWorkbook {
  readonly worksheets: MemoryWorksheetCollection;
  constructor(readonly context: MemoryRequestContext) {
    this.worksheets = new MemoryWorksheetCollection(context);
  }
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export class MemoryWorksheetCollection extends MemoryClientObject {
  protected readonly defaultProps = ["items"];
  private loadedItems: MemoryWorksheet[] | undefined;

  protected readProp(): unknown {
    return null;
  }

  get items(): MemoryWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** Accepts "items/name,items/visibility" or "name,visibility" (applied to the items), as Office.js does. */
  override load(props?: string | string[]): this {
    const names = parseProps(props, ["name", "visibility", "position", "id"]).map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    const { state } = this.context.runtime;
    this.context.enqueue(() => {
      const sheets = [...state.sheets];
      const got = sheets.map((s) => names.map((n) => [n, sheetProp(state, s, n)] as const));
      return {
        bytes: got.reduce((sum, props) => sum + props.reduce((s, [n, v]) => s + n.length + bytesOf(v), 0), 0),
        deliver: () => {
          this.loadedItems = sheets.map((s, i) => MemoryWorksheet.resolved(this.context, s, got[i]));
        },
      };
    });
    return this;
  }

  getItem(name: string): MemoryWorksheet {
    const { state } = this.context.runtime;
    return new MemoryWorksheet(this.context, () => {
      const s = state.byName(name);
      if (!s) throw new MemoryOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`);
      return s;
    });
  }

  getItemOrNullObject(name: string): MemoryWorksheet {
    this.context.runtime.requirements.use("WorksheetCollection.getItemOrNullObject", "1.4");
    const { state } = this.context.runtime;
    return new MemoryWorksheet(this.context, () => state.byName(name) ?? null);
  }

  getActiveWorksheet(): MemoryWorksheet {
    const { state } = this.context.runtime;
    return new MemoryWorksheet(this.context, () => {
      const s = state.activeSheetId === undefined ? undefined : state.byId(state.activeSheetId);
      if (!s) throw new MemoryOfficeError("ItemNotFound", "There is no active worksheet.");
      return s;
    });
  }

  add(name?: string): MemoryWorksheet {
    const { state } = this.context.runtime;
    const sheet = new MemoryWorksheet(this.context, () => {
      let n = name;
      if (n === undefined) {
        let i = state.sheets.length + 1;
        while (state.byName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.length === 0 || n.length > 31 || INVALID_SHEET_NAME.test(n) || n.startsWith("'") || n.endsWith("'")) {
        throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (sheet name '${n}').`);
      }
      if (state.byName(n)) throw new MemoryOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists (worksheet '${n}').`);
      return state.addSheet(n);
    }, { writes: true, requestBytes: bytesOf(name) });
    return sheet;
  }
}

function sheetProp(state: MemoryWorkbookState, s: MemorySheet, name: string): unknown {
  switch (name) {
    case "name":
      return s.name;
    case "visibility":
      return s.visibility;
    case "position":
      return state.sheets.indexOf(s);
    case "id":
      return s.id;
    default:
      throw new MemoryOfficeError("InvalidArgument", `Unknown worksheet property '${name}'.`);
  }
}

export class MemoryWorksheet extends MemoryClientObject {
  protected readonly defaultProps = ["name", "visibility", "position", "id"];
  /** The sheet this proxy stands for, once its resolving operation ran (null: a null object). */
  private target: MemorySheet | null | undefined;

  constructor(
    context: MemoryRequestContext,
    resolve: (() => MemorySheet | null) | null,
    options: { writes?: boolean; requestBytes?: number } = {},
  ) {
    super(context);
    if (resolve) {
      context.enqueue(() => {
        this.target = resolve();
        this.resolvedNull = this.target === null;
      }, options);
    }
  }

  /** A proxy for a sheet already known to the host (collection items after load). */
  static resolved(context: MemoryRequestContext, sheet: MemorySheet, props: readonly (readonly [string, unknown])[]): MemoryWorksheet {
    const ws = new MemoryWorksheet(context, null);
    ws.target = sheet;
    ws.bornIn = -1; // resolved by the sync that loaded the collection
    for (const [n, v] of props) ws.loadedProps.set(n, v);
    return ws;
  }

  /** The sheet, at operation time; throws like Excel when the proxy is a null object. */
  sheet(): MemorySheet {
    if (!this.target) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return this.target;
  }

  protected readProp(name: string): unknown {
    return sheetProp(this.context.runtime.state, this.sheet(), name);
  }

  get name(): string {
    return this.loaded("name");
  }
  get visibility(): ExcelVisibility {
    return this.loaded("visibility");
  }
  get position(): number {
    return this.loaded("position");
  }
  get id(): string {
    return this.loaded("id");
  }

  set visibility(v: ExcelVisibility) {
    this.context.enqueue(() => void (this.sheet().visibility = v), { writes: true, requestBytes: bytesOf(v) });
  }

  set position(v: number) {
    const { state } = this.context.runtime;
    this.context.enqueue(
      () => {
        if (!state.moveSheet(this.sheet().id, v)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (position ${v}).`);
      },
      { writes: true, requestBytes: 8 },
    );
  }

  get charts(): MemoryChartCollection {
    return new MemoryChartCollection(this);
  }

  getRange(address?: string): MemoryRange {
    return new MemoryRange(this.context, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } };
      const { sheet: named, local } = splitSheetAddress(address);
      const rect = parseLocalAddress(local);
      if (!rect || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address '${address}').`);
      }
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): MemoryRange {
    this.context.runtime.requirements.use("Worksheet.getRangeByIndexes", "1.7");
    return new MemoryRange(this.context, () => {
      const rect = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || rect.r1 < 0 || rect.c1 < 0 || rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS) {
        throw new MemoryOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format (range indexes).");
      }
      return { sheet: this.sheet(), rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): MemoryRange {
    if (valuesOnly !== undefined) this.context.runtime.requirements.use("Worksheet.getUsedRange(valuesOnly)", "1.2");
    return new MemoryRange(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: sheet.usedRange(valuesOnly ?? false) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    this.context.runtime.requirements.use("Worksheet.getUsedRangeOrNullObject", "1.4");
    return new MemoryRange(this.context, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRange(valuesOnly ?? false);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    const { state } = this.context.runtime;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new MemoryOfficeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    const { state } = this.context.runtime;
    this.context.enqueue(
      () => {
        const sheet = this.sheet();
        if (!state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
          throw new MemoryOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        state.removeSheet(sheet.id);
      },
      { writes: true },
    );
  }

  get freezePanes(): MemoryFreezePanes {
    this.context.runtime.requirements.use("Worksheet.freezePanes", "1.7");
    return new MemoryFreezePanes(this);
  }

  get pageLayout(): MemoryPageLayout {
    this.context.runtime.requirements.use("Worksheet.pageLayout", "1.9");
    return new MemoryPageLayout(this);
  }
}

export class MemoryFreezePanes {
  constructor(private readonly ws: MemoryWorksheet) {}
  freezeRows(count = 1): void {
    this.ws.context.enqueue(() => void (this.ws.sheet().frozenRows = count), { writes: true, requestBytes: 8 });
  }
  unfreeze(): void {
    this.ws.context.enqueue(() => {
      // Older Excel builds threw on freezePanes.unfreeze() for a hidden sheet; the host is that strict.
      if (this.ws.sheet().visibility !== "Visible") throw new MemoryOfficeError("InvalidOperation", "The freeze panes of a hidden worksheet cannot be changed.");
      this.ws.sheet().frozenRows = 0;
    }, { writes: true });
  }
}

export class MemoryPageLayout {
  constructor(private readonly ws: MemoryWorksheet) {}
  set orientation(v: "Portrait" | "Landscape") {
    this.ws.context.enqueue(() => void (this.ws.sheet().orientation = v), { writes: true, requestBytes: bytesOf(v) });
  }
  setPrintTitleRows(rows: string): void {
    this.ws.context.enqueue(
      () => {
        const local = splitSheetAddress(rows).local;
        if (!/^\$?\d+:\$?\d+$/.test(local)) throw new MemoryOfficeError("InvalidArgument", `Print title rows must be whole rows ('${rows}').`);
        this.ws.sheet().printTitleRows = local;
      },
      { writes: true, requestBytes: bytesOf(rows) },
    );
  }
}

interface RangeTarget {
  sheet: MemorySheet;
  rect: CellRange;
}

const RANGE_PROPS = ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values", "formulas", "numberFormat"];
/** Loading this many cells of one property can never fit a response; refuse before building the arrays. */
const cellCount = (r: CellRange): number => (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);

export class MemoryRange extends MemoryClientObject {
  protected readonly defaultProps = RANGE_PROPS;
  private target: RangeTarget | null | undefined;

  constructor(context: MemoryRequestContext, resolve: () => RangeTarget | null) {
    super(context);
    context.enqueue(() => {
      this.target = resolve();
      this.resolvedNull = this.target === null;
    });
  }

  isNullTarget(): boolean {
    return this.target === null;
  }

  /** The range at operation time; throws like Excel when the proxy is a null object. */
  resolved(): RangeTarget {
    if (!this.target) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return this.target;
  }

  protected readProp(name: string): unknown {
    const { sheet, rect } = this.resolved();
    const matrix = (f: (c: MemoryCell | undefined) => unknown): unknown[][] | null => {
      // Past the cell cap Excel answers with null values rather than an error ("Resource limits…", Excel section).
      if (cellCount(rect) > (this.context.runtime.cellCap ?? READ_CELL_CAP)) return null;
      if (cellCount(rect) * 3 > this.context.runtime.payloadLimitBytes) {
        throw new MemoryOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload for '${sheetAddress(sheet.name, rect)}' exceeds the limit.`);
      }
      const out: unknown[][] = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        const row: unknown[] = [];
        for (let c = rect.c1; c <= rect.c2; c++) row.push(f(sheet.get(r, c)));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "address":
        return sheetAddress(sheet.name, rect);
      case "rowCount":
        return rect.r2 - rect.r1 + 1;
      case "columnCount":
        return rect.c2 - rect.c1 + 1;
      case "rowIndex":
        return rect.r1;
      case "columnIndex":
        return rect.c1;
      case "values":
        return matrix((c) => c?.value ?? "");
      case "formulas":
        // Like Excel: a constant cell reports its value, a formula cell its formula.
        return matrix((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return matrix((c) => c?.numberFormat ?? "General");
      default:
        throw new MemoryOfficeError("InvalidArgument", `Unknown range property '${name}'.`);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get values(): CellValue[][] {
    return this.loaded("values");
  }
  get formulas(): (string | number | boolean)[][] {
    return this.loaded("formulas");
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  set values(v: CellValue[][] | CellValue) {
    this.write(v, (cell, x) => typeIntoCell(x as CellValue, cell));
  }
  set formulas(v: CellValue[][] | CellValue) {
    this.write(v, (cell, x) => typeIntoCell(x as CellValue, cell));
  }
  set numberFormat(v: (string | null)[][] | string) {
    this.write(v, (cell, x) => {
      if (typeof x === "string") cell.numberFormat = x;
    });
  }

  /** A 2-D input must match the range's shape; a single value applies to every cell; null leaves a cell alone. */
  private write(input: unknown, apply: (cell: MemoryCell, x: unknown) => void): void {
    this.context.enqueue(
      () => {
        const { sheet, rect } = this.resolved();
        const rows = rect.r2 - rect.r1 + 1;
        const cols = rect.c2 - rect.c1 + 1;
        if (Array.isArray(input)) {
          if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
            throw new MemoryOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
          }
        } else if (cellCount(rect) > 1_000_000) {
          throw new MemoryOfficeError("InvalidArgument", "The range is too large for a single value.");
        }
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            const x = Array.isArray(input) ? (input[i] as unknown[])[j] : input;
            if (x === null || x === undefined) continue;
            apply(sheet.cell(rect.r1 + i, rect.c1 + j), x);
          }
        }
      },
      { writes: true, requestBytes: bytesOf(input) },
    );
  }

  get format(): MemoryRangeFormat {
    return new MemoryRangeFormat(this);
  }

  merge(across = false): void {
    this.context.runtime.requirements.use("Range.merge", "1.2");
    this.context.enqueue(
      () => {
        const { sheet, rect } = this.resolved();
        const areas = across ? Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => ({ ...rect, r1: rect.r1 + i, r2: rect.r1 + i })) : [rect];
        for (const m of areas) {
          if (m.r1 === m.r2 && m.c1 === m.c2) continue;
          sheet.merges = sheet.merges.filter((x) => !overlaps(x, m));
          sheet.merges.push(m);
          // Excel keeps only the top-left cell's content.
          for (const [r, c, cell] of sheet.entries()) {
            if (inside(m, r, c) && (r !== m.r1 || c !== m.c1)) {
              cell.value = "";
              delete cell.formula;
            }
          }
        }
      },
      { writes: true },
    );
  }

  unmerge(): void {
    this.context.runtime.requirements.use("Range.unmerge", "1.2");
    this.context.enqueue(
      () => {
        const { sheet, rect } = this.resolved();
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
      },
      { writes: true },
    );
  }

  clear(): void {
    this.context.enqueue(
      () => {
        const { sheet, rect } = this.resolved();
        sheet.clear(rect);
        for (const col of [...sheet.columnWidths.keys()]) if (col >= rect.c1 && col <= rect.c2 && rect.r1 === 0 && rect.r2 === MAX_ROWS - 1) sheet.columnWidths.delete(col);
      },
      { writes: true },
    );
  }

  select(): void {
    const { state } = this.context.runtime;
    this.context.enqueue(() => {
      const { sheet, rect } = this.resolved();
      if (sheet.visibility !== "Visible") throw new MemoryOfficeError("InvalidOperation", "A range on a hidden worksheet cannot be selected.");
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, range: { ...rect } };
    });
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used cells' bounding box within this range. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    this.context.runtime.requirements.use("Range.getUsedRangeOrNullObject", "1.4");
    return new MemoryRange(this.context, () => {
      if (this.target === null) return null;
      const { sheet, rect } = this.resolved();
      const used = sheet.usedRangeWithin(rect, valuesOnly ?? false);
      return used ? { sheet, rect: used } : null;
    });
  }

  getMergedAreasOrNullObject(): MemoryRangeAreas {
    this.context.runtime.requirements.use("Range.getMergedAreasOrNullObject", "1.13");
    return new MemoryRangeAreas(this);
  }

  get dataValidation(): MemoryDataValidation {
    this.context.runtime.requirements.use("Range.dataValidation", "1.8");
    return new MemoryDataValidation(this);
  }

  get conditionalFormats(): MemoryConditionalFormatCollection {
    return new MemoryConditionalFormatCollection(this);
  }
}

export class MemoryRangeAreas extends MemoryClientObject {
  protected readonly defaultProps = ["address", "areaCount"];
  private areas: { sheet: MemorySheet; rects: CellRange[] } | null = null;

  constructor(range: MemoryRange) {
    super(range.context);
    range.context.enqueue(() => {
      // On a null range (an empty sheet's used range) the merged areas are a null object too.
      if (range.isNullTarget()) {
        this.resolvedNull = true;
        return;
      }
      const { sheet, rect } = range.resolved();
      const topLeftOnly = range.context.runtime.mergedAreas === "topLeftInside";
      const rects = sheet.merges.filter((m) => (topLeftOnly ? inside(rect, m.r1, m.c1) : overlaps(m, rect)));
      if (rects.length > MERGED_AREAS_LIMIT) {
        throw new MemoryOfficeError("InvalidOperation", `The range holds ${rects.length} merged areas; getMergedAreas supports at most ${MERGED_AREAS_LIMIT}.`);
      }
      this.areas = rects.length ? { sheet, rects } : null;
      this.resolvedNull = this.areas === null;
    });
  }

  protected readProp(name: string): unknown {
    if (!this.areas) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    const { sheet, rects } = this.areas;
    if (name === "address") return rects.map((r) => sheetAddress(sheet.name, r)).join(",");
    if (name === "areaCount") return rects.length;
    throw new MemoryOfficeError("InvalidArgument", `Unknown range areas property '${name}'.`);
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}

export class MemoryRangeFormat {
  constructor(private readonly range: MemoryRange) {}

  /** Width in points for every column of the range. */
  set columnWidth(points: number) {
    this.range.context.runtime.requirements.use("RangeFormat.columnWidth", "1.2");
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        for (let c = rect.c1; c <= rect.c2; c++) sheet.columnWidths.set(c, points);
      },
      { writes: true, requestBytes: 8 },
    );
  }

  /** Height in points for every row of the range (ExcelApi 1.2); Excel takes 0–409. */
  set rowHeight(points: number) {
    this.range.context.runtime.requirements.use("RangeFormat.rowHeight", "1.2");
    this.range.context.enqueue(
      () => {
        if (!(points >= 0 && points <= 409)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (row height ${points}).`);
        const { sheet, rect } = this.range.resolved();
        if (rect.r2 - rect.r1 + 1 > 1_000_000) throw new MemoryOfficeError("InvalidArgument", "The range is too large to size row by row in the memory host.");
        for (let r = rect.r1; r <= rect.r2; r++) sheet.rowHeights.set(r, points);
      },
      { writes: true, requestBytes: 8 },
    );
  }

  /**
   * RangeFormat.autofitRows (ExcelApi 1.2). The host cannot measure text: a fitted row loses its custom height and
   * shows at the default, which is what Excel gives the empty rows of a cleared sheet (the adapter's only use).
   */
  autofitRows(): void {
    this.range.context.runtime.requirements.use("RangeFormat.autofitRows", "1.2");
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.r1 && r <= rect.r2) sheet.rowHeights.delete(r);
      },
      { writes: true, requestBytes: 8 },
    );
  }

  get font(): MemoryRangeFont {
    return new MemoryRangeFont(this.range);
  }

  set wrapText(v: boolean) {
    this.eachCell((cell) => void (cell.wrapText = v));
  }
  set horizontalAlignment(v: string) {
    this.eachCell((cell) => void (cell.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.eachCell((cell) => void (cell.verticalAlignment = v));
  }

  get borders(): MemoryRangeBorderCollection {
    return new MemoryRangeBorderCollection(this.range);
  }

  private eachCell(apply: (cell: MemoryCell) => void): void {
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        if (cellCount(rect) > 1_000_000) throw new MemoryOfficeError("InvalidArgument", "The range is too large to format cell by cell in the memory host.");
        for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) apply(sheet.cell(r, c));
      },
      { writes: true, requestBytes: 16 },
    );
  }
}

const BORDER_INDEXES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);

export class MemoryRangeBorderCollection {
  constructor(private readonly range: MemoryRange) {}
  getItem(index: string): MemoryRangeBorder {
    return new MemoryRangeBorder(this.range, index);
  }
}

export class MemoryRangeBorder {
  constructor(
    private readonly range: MemoryRange,
    private readonly edge: string,
  ) {}
  set style(style: string) {
    this.range.context.enqueue(
      () => {
        if (!BORDER_INDEXES.has(this.edge)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (border '${this.edge}').`);
        const { sheet, rect } = this.range.resolved();
        sheet.borders = sheet.borders.filter((b) => !(b.edge === this.edge && b.range.r1 === rect.r1 && b.range.c1 === rect.c1 && b.range.r2 === rect.r2 && b.range.c2 === rect.c2));
        sheet.borders.push({ range: { ...rect }, edge: this.edge, style });
      },
      { writes: true, requestBytes: bytesOf(this.edge) + bytesOf(style) },
    );
  }
}

const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "ColumnStacked", "BarStacked", "Line", "Pie"]);

/** Worksheet.charts (ExcelApi 1.1): a minimal collection that records what was added. */
export class MemoryChartCollection {
  constructor(private readonly ws: MemoryWorksheet) {}
  add(type: string, sourceData: MemoryRange, seriesBy = "Auto"): MemoryChartProxy {
    const chart = new MemoryChartProxy(this.ws.context);
    this.ws.context.enqueue(
      () => {
        if (!CHART_TYPES.has(type)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (chart type '${type}').`);
        const sheet = this.ws.sheet();
        const { sheet: dataSheet, rect } = sourceData.resolved();
        const record: MemoryChart = { type, source: sheetAddress(dataSheet.name, rect), seriesBy };
        sheet.charts.push(record);
        chart.bind(record);
      },
      { writes: true, requestBytes: bytesOf(type) + 64 },
    );
    return chart;
  }
}

export class MemoryChartTitle {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly setTitle: (v: string) => void,
  ) {}
  set text(v: string) {
    this.context.enqueue(() => this.setTitle(v), { writes: true, requestBytes: bytesOf(v) });
  }
}

/** A chart proxy: name, title text and position are recorded on the chart it stands for. */
export class MemoryChartProxy {
  private record: MemoryChart | undefined;
  constructor(readonly context: MemoryRequestContext) {}
  bind(record: MemoryChart): void {
    this.record = record;
  }
  private target(): MemoryChart {
    if (!this.record) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist (chart).");
    return this.record;
  }
  set name(v: string) {
    this.context.enqueue(() => void (this.target().name = v), { writes: true, requestBytes: bytesOf(v) });
  }
  get title(): MemoryChartTitle {
    return new MemoryChartTitle(this.context, (v) => void (this.target().title = v));
  }
  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue(
      () => {
        for (const c of [startCell, endCell]) if (c !== undefined && !parseLocalAddress(c)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (cell '${c}').`);
        this.target().position = endCell === undefined ? { start: startCell } : { start: startCell, end: endCell };
      },
      { writes: true, requestBytes: bytesOf(startCell) + bytesOf(endCell) },
    );
  }
}

export class MemoryRangeFont {
  constructor(private readonly range: MemoryRange) {}
  set bold(v: boolean) {
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        if (cellCount(rect) > 1_000_000) throw new MemoryOfficeError("InvalidArgument", "The range is too large to format cell by cell in the memory host.");
        for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) sheet.cell(r, c).bold = v;
      },
      { writes: true, requestBytes: 8 },
    );
  }
}

export interface ListRule {
  list: { inCellDropDown?: boolean; source: string };
}

export class MemoryDataValidation {
  constructor(private readonly range: MemoryRange) {}
  set rule(rule: ListRule) {
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        sheet.lists = sheet.lists.filter((l) => !overlaps(l.range, rect));
        sheet.lists.push({ range: { ...rect }, source: rule.list.source });
      },
      { writes: true, requestBytes: bytesOf(rule) },
    );
  }
  clear(): void {
    this.range.context.enqueue(
      () => {
        const { sheet, rect } = this.range.resolved();
        sheet.lists = sheet.lists.filter((l) => !overlaps(l.range, rect));
      },
      { writes: true },
    );
  }
}
