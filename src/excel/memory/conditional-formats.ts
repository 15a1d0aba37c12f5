// Conditional formats in the in-memory host (Range.conditionalFormats, ExcelApi 1.6): add a Custom or CellValue
// rule with a fill/font colour, load the items of the formats that intersect a range (type, id, the custom
// rule's formula), delete one. Kept per sheet beside the sheet's other state, in priority order.
import type { CellRange } from "../../renja/grid";
import type { MemoryRange, MemoryRequestContext } from "./proxies";
import { MemoryOfficeError } from "./proxies";
import type { MemorySheet } from "./state";

/** A conditional format as the host keeps it: one rectangle, its type, rule and format. */
export interface MemoryConditionalFormat {
  id: string;
  range: CellRange;
  /** Excel.ConditionalFormatType: "Custom", "CellValue", … */
  type: string;
  /** The Custom rule's formula, or a CellValue rule's formula1. */
  formula?: string;
  /** CellValue rules: "GreaterThan", "Between", … */
  operator?: string;
  fill?: string;
  fontColor?: string;
}

const TYPES = new Set(["Custom", "CellValue", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText"]);

const formatsBySheet = new WeakMap<MemorySheet, MemoryConditionalFormat[]>();
let nextId = 1;

/** The conditional formats of a sheet, highest priority first (the list itself: tests may look, the host writes). */
export function conditionalFormatsOf(sheet: MemorySheet): MemoryConditionalFormat[] {
  let list = formatsBySheet.get(sheet);
  if (!list) {
    list = [];
    formatsBySheet.set(sheet, list);
  }
  return list;
}

const overlaps = (a: CellRange, b: CellRange): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const bytesOf = (v: unknown): number => JSON.stringify(v ?? null).length;

function notLoaded(prop: string): MemoryOfficeError {
  return new MemoryOfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

/** Loadable paths below an item ("items/" stripped); a custom path on another type fails like Excel's. */
function itemProp(f: MemoryConditionalFormat, path: string, index: number): unknown {
  switch (path) {
    case "id":
      // ConditionalFormat.id is "the priority of the conditional format within the current
      // ConditionalFormatCollection" (API reference): a position, not an identity across collections.
      return String(index);
    case "type":
      return f.type;
    case "custom/rule/formula":
      if (f.type !== "Custom") throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist (this conditional format is not a custom one).");
      return f.formula ?? "";
    case "customOrNullObject/rule/formula":
      return f.type === "Custom" ? (f.formula ?? "") : null;
    default:
      throw new MemoryOfficeError("InvalidArgument", `Unknown conditional format property '${path}'.`);
  }
}

export class MemoryConditionalFormatCollection {
  private loadedItems: MemoryConditionalFormatProxy[] | undefined;
  readonly context: MemoryRequestContext;

  constructor(private readonly range: MemoryRange) {
    this.context = range.context;
    this.context.runtime.requirements.use("Range.conditionalFormats", "1.6");
  }

  get items(): MemoryConditionalFormatProxy[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** "items/type,items/customOrNullObject/rule/formula": the formats that intersect the range, in priority order. */
  load(props: string | string[] = "items/id,items/type"): this {
    const paths = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim().replace(/^items\//, "")).filter((p) => p && p !== "items");
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.resolved();
      const found = conditionalFormatsOf(sheet).filter((f) => overlaps(f.range, rect));
      const got = found.map((f, i) => paths.map((p) => [p, itemProp(f, p, i)] as const));
      return {
        bytes: got.reduce((sum, props) => sum + props.reduce((s, [n, v]) => s + n.length + bytesOf(v), 0), 0),
        deliver: () => {
          // An item is addressed by its position in the collection, as in Excel: deleting an earlier item shifts
          // the later ones, so a batch that deletes in ascending order reaches the wrong format or none.
          this.loadedItems = found.map((_, i) => new MemoryConditionalFormatProxy(this.context, () => {
            const now = conditionalFormatsOf(sheet).filter((f) => overlaps(f.range, rect))[i];
            return now ? { sheet, format: now } : undefined;
          }, new Map(got[i])));
        },
      };
    });
    return this;
  }

  add(type: string): MemoryConditionalFormatProxy {
    let created: { sheet: MemorySheet; format: MemoryConditionalFormat } | undefined;
    this.context.enqueue(
      () => {
        if (!TYPES.has(type)) throw new MemoryOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (conditional format type '${type}').`);
        const { sheet, rect } = this.range.resolved();
        // Ids are unique over the workbook; one counter over all hosts is enough for that.
        const format: MemoryConditionalFormat = { id: `{cf-${nextId++}}`, range: { ...rect }, type };
        // A new format takes the highest priority, as in Excel.
        conditionalFormatsOf(sheet).unshift(format);
        created = { sheet, format };
      },
      { writes: true, requestBytes: bytesOf(type) + 32 },
    );
    return new MemoryConditionalFormatProxy(this.context, () => created, new Map());
  }
}

type Target = { sheet: MemorySheet; format: MemoryConditionalFormat } | undefined;

export class MemoryConditionalFormatProxy {
  constructor(
    readonly context: MemoryRequestContext,
    /** The format at operation time (after the operation that created or found it ran). */
    readonly target: () => Target,
    private readonly loadedProps: Map<string, unknown>,
  ) {}

  resolved(): { sheet: MemorySheet; format: MemoryConditionalFormat } {
    const t = this.target();
    if (!t || !conditionalFormatsOf(t.sheet).includes(t.format)) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist (conditional format).");
    return t;
  }

  loaded(path: string): unknown {
    if (!this.loadedProps.has(path)) throw notLoaded(path);
    return this.loadedProps.get(path);
  }

  get id(): string {
    return this.loaded("id") as string;
  }
  get type(): string {
    return this.loaded("type") as string;
  }
  get custom(): MemoryCustomConditionalFormat {
    return new MemoryCustomConditionalFormat(this, "custom");
  }
  get customOrNullObject(): MemoryCustomConditionalFormat {
    return new MemoryCustomConditionalFormat(this, "customOrNullObject");
  }
  get cellValue(): MemoryCellValueConditionalFormat {
    return new MemoryCellValueConditionalFormat(this);
  }

  /** Queues a change of the format, checked against its type when it runs. */
  change(type: string, apply: (f: MemoryConditionalFormat) => void, requestBytes: number): void {
    this.context.enqueue(
      () => {
        const { format } = this.resolved();
        if (format.type !== type) throw new MemoryOfficeError("ItemNotFound", `The requested resource doesn't exist (this conditional format is not of type ${type}).`);
        apply(format);
      },
      { writes: true, requestBytes },
    );
  }

  delete(): void {
    this.context.enqueue(
      () => {
        const { sheet, format } = this.resolved();
        const list = conditionalFormatsOf(sheet);
        list.splice(list.indexOf(format), 1);
      },
      { writes: true, requestBytes: 16 },
    );
  }
}

/** The fill and font of a conditional format (ConditionalRangeFormat). */
class MemoryConditionalRangeFormat {
  constructor(
    private readonly cf: MemoryConditionalFormatProxy,
    private readonly type: string,
  ) {}
  get fill(): { color: string } {
    const { cf, type } = this;
    return {
      set color(v: string) {
        cf.change(type, (f) => void (f.fill = v), bytesOf(v));
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }
  get font(): { color: string } {
    const { cf, type } = this;
    return {
      set color(v: string) {
        cf.change(type, (f) => void (f.fontColor = v), bytesOf(v));
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }
}

export class MemoryCustomConditionalFormat {
  constructor(
    private readonly cf: MemoryConditionalFormatProxy,
    private readonly via: "custom" | "customOrNullObject",
  ) {}

  /** Known once the collection loaded `items/customOrNullObject/rule/formula`. */
  get isNullObject(): boolean {
    return this.cf.loaded(`${this.via}/rule/formula`) === null;
  }

  get rule(): { formula: string } {
    const { cf, via } = this;
    return {
      get formula(): string {
        const v = cf.loaded(`${via}/rule/formula`);
        if (v === null) throw new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist (null object).");
        return v as string;
      },
      set formula(v: string) {
        cf.change("Custom", (f) => void (f.formula = v), bytesOf(v));
      },
    };
  }

  get format(): MemoryConditionalRangeFormat {
    return new MemoryConditionalRangeFormat(this.cf, "Custom");
  }
}

export class MemoryCellValueConditionalFormat {
  constructor(private readonly cf: MemoryConditionalFormatProxy) {}
  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    this.cf.change(
      "CellValue",
      (f) => {
        f.formula = rule.formula1;
        f.operator = rule.operator;
      },
      bytesOf(rule),
    );
  }
  get format(): MemoryConditionalRangeFormat {
    return new MemoryConditionalRangeFormat(this.cf, "CellValue");
  }
}
