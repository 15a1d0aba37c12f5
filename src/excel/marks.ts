// Marks on cells in Excel: one custom conditional format per marked rectangle (ExcelApi 1.6), its rule formula
// carrying the add-in's marker, so the user's own formatting and conditional formats are never touched.
// applyPlan calls these: the earlier marks' formats are loaded in its first round trip, removed and replaced in
// its write round trip; the list of marked rectangles lives in the hidden sheet "Renja Tanda".
/// <reference types="office-js" />
import { parseRange, rangeA1, type CellRange, type CellValue } from "../renja/grid";
import { isMarkFormula, markFormula, MARK_COLORS, TANDA_SHEET } from "../renja/marks";
import type { MarkedRange, WritePlan } from "../renja/plan";

/** Formats loaded for clearing: one collection per sheet, over the bounding box of its marked rectangles. */
export interface LoadedMarks {
  collections: { sheet: string; formats: Excel.ConditionalFormatCollection }[];
}

export function touchesMarks(plan: WritePlan): boolean {
  return plan.clearMarks === true || (plan.marks ?? []).length > 0;
}

/**
 * Only when the plan clears marks without knowing where they are: reads the list from "Renja Tanda"
 * (one round trip, needing ExcelApi 1.4 for the null objects).
 */
export async function readMarkedList(context: Excel.RequestContext): Promise<MarkedRange[]> {
  const ws = context.workbook.worksheets.getItemOrNullObject(TANDA_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (ws.isNullObject || used.isNullObject) return [];
  return (used.values as CellValue[][])
    .map((row) => ({ sheet: String(row[0] ?? "").trim(), range: String(row[1] ?? "").trim() }))
    .filter((m) => m.sheet !== "" && parseRange(m.range) !== undefined);
}

/**
 * Queues the loads of the earlier marks' conditional formats (run with applyPlan's first round trip). One
 * collection per sheet, over the bounding box of its marked rectangles: a format appears in it once, however many
 * rectangles it touches (ConditionalFormat.id is only a priority within one collection, so formats cannot be
 * matched across collections).
 */
export function loadMarks(context: Excel.RequestContext, ranges: readonly MarkedRange[]): LoadedMarks {
  const boxes = new Map<string, { sheet: string; box: CellRange }>();
  for (const m of ranges) {
    const r = parseRange(m.range);
    if (!r) continue;
    const key = m.sheet.toLowerCase();
    const b = boxes.get(key);
    if (b) b.box = { r1: Math.min(b.box.r1, r.r1), c1: Math.min(b.box.c1, r.c1), r2: Math.max(b.box.r2, r.r2), c2: Math.max(b.box.c2, r.c2) };
    else boxes.set(key, { sheet: m.sheet, box: r });
  }
  const collections = [...boxes.values()].map(({ sheet, box }) => {
    const formats = context.workbook.worksheets.getItem(sheet).getRange(rangeA1(box)).conditionalFormats;
    formats.load("items/type,items/customOrNullObject/rule/formula");
    return { sheet, formats };
  });
  return { collections };
}

/** Queued work with its estimated request size (applyPlan splits plans over Excel's request limit). */
export type MarkStep = { bytes: number; queue: () => void };

/** Rectangles per step: a few hundred formats are far below the request limit. */
const ADDS_PER_STEP = 500;

/**
 * The write: the add-in's earlier formats deleted (recognised by the marker in their formula; a format
 * intersecting several marked rectangles is deleted once), the new marks added, "Renja Tanda" hidden.
 * Queue these after the plan's sheet steps (the list sheet must exist to be hidden).
 */
export function markSteps(context: Excel.RequestContext, plan: WritePlan, loaded: LoadedMarks | undefined): MarkStep[] {
  const steps: MarkStep[] = [];
  if (loaded && loaded.collections.length > 0) {
    steps.push({
      bytes: loaded.collections.length * 64,
      queue: () => {
        for (const { formats } of loaded.collections) {
          // From the end of the collection: items are addressed by position, and deleting one shifts the later
          // ones. Only formats carrying the add-in's marker are deleted; the planner's own rules stay.
          const items = formats.items;
          for (let i = items.length - 1; i >= 0; i--) {
            const f = items[i];
            const custom = f.customOrNullObject;
            if (f.type !== "Custom" || custom.isNullObject || !isMarkFormula(custom.rule.formula)) continue;
            f.delete();
          }
        }
      },
    });
  }
  const adds = (plan.marks ?? []).flatMap((m) => m.cells.map((address) => ({ sheet: m.sheet, address, severity: m.severity })));
  for (let i = 0; i < adds.length; i += ADDS_PER_STEP) {
    const chunk = adds.slice(i, i + ADDS_PER_STEP);
    steps.push({
      bytes: chunk.reduce((n, a) => n + a.sheet.length + a.address.length + 240, 0),
      queue: () => {
        for (const a of chunk) {
          const cf = context.workbook.worksheets.getItem(a.sheet).getRange(a.address).conditionalFormats.add("Custom");
          cf.custom.rule.formula = markFormula(a.severity);
          cf.custom.format.fill.color = MARK_COLORS[a.severity].fill;
          cf.custom.format.font.color = MARK_COLORS[a.severity].font;
        }
      },
    });
  }
  if (plan.sheets.some((s) => s.sheet === TANDA_SHEET)) {
    steps.push({ bytes: 64, queue: () => void (context.workbook.worksheets.getItem(TANDA_SHEET).visibility = "Hidden") });
  }
  return steps;
}
