// What ExcelJS would lose or refuse when it reads a user's workbook. (1) ExcelJS turns a number in a date-formatted cell into a JS Date. A serial beyond JS dates (1e20 formatted as a
// date, which Excel shows as ####) becomes an Invalid Date, and writing the workbook back then fails with
// "Invalid time value". Here such a Date keeps its serial, and is written back as exactly that number: a copy of
// the user's workbook holds what the user had, whatever it is.
import { createRequire } from "node:module";

interface ExcelJsDateUtils {
  excelToDate(v: number, date1904?: boolean): Date;
  dateToExcel(d: Date, date1904?: boolean): number;
}

const SERIAL = Symbol("excelSerial");
type SerialDate = Date & { [SERIAL]?: number };

/** The serial of a date ExcelJS could not represent, or undefined for an ordinary date. */
export function outOfRangeSerial(d: Date): number | undefined {
  return Number.isNaN(d.getTime()) ? (d as SerialDate)[SERIAL] : undefined;
}

let installed = false;

/** Installs the serial-keeping conversion in ExcelJS's shared utils (once; the internals are looked up defensively). */
export function keepOutOfRangeDates(): void {
  if (installed) return;
  installed = true;
  let utils: ExcelJsDateUtils;
  try {
    utils = createRequire(__filename)("exceljs/lib/utils/utils") as ExcelJsDateUtils;
  } catch {
    return;
  }
  if (typeof utils.excelToDate !== "function" || typeof utils.dateToExcel !== "function") return;
  const toDate = utils.excelToDate.bind(utils);
  const toExcel = utils.dateToExcel.bind(utils);
  utils.excelToDate = (v, date1904) => {
    const d: SerialDate = toDate(v, date1904);
    if (Number.isNaN(d.getTime())) d[SERIAL] = v;
    return d;
  };
  utils.dateToExcel = (d, date1904) => outOfRangeSerial(d) ?? toExcel(d, date1904);
}

interface WorksheetLike {
  _name: string;
  _workbook: { _worksheets: (WorksheetLike | undefined)[] };
  name: string;
}

let namesInstalled = false;

/**
 * A sheet name over 31 characters (Excel's limit, but found in files other tools wrote): ExcelJS truncates it with
 * an English warning and then refuses the whole file, because the truncated name clashes with the sheet itself. The
 * name is kept as the file has it, so the copy holds the user's sheet under its own name.
 */
export function keepLongSheetNames(): void {
  if (namesInstalled) return;
  namesInstalled = true;
  let proto: object;
  try {
    proto = (createRequire(__filename)("exceljs/lib/doc/worksheet") as { prototype: object }).prototype;
  } catch {
    return;
  }
  const desc = Object.getOwnPropertyDescriptor(proto, "name");
  if (!desc?.set || !desc.get) return;
  const set = desc.set;
  Object.defineProperty(proto, "name", {
    ...desc,
    set(this: WorksheetLike, name: unknown) {
      const clash = (n: string) => (this._workbook?._worksheets ?? []).some((ws) => ws !== undefined && ws !== this && ws.name.toLowerCase() === n.toLowerCase());
      if (typeof name === "string" && name.length > 31 && !clash(name)) {
        this._name = name;
        return;
      }
      set.call(this, name);
    },
  });
}

keepOutOfRangeDates();
keepLongSheetNames();
