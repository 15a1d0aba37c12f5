// The preview's formula evaluator for the in-memory host: computes the formulas the add-in writes (SUM over cells
// and ranges, IF, IFERROR, COUNT, ROUND, arithmetic and comparisons, HYPERLINK's display text), so `npm run
// preview` shows results instead of empty cells. A small interpreter of our own: HyperFormula is GPL and stays in
// the tests. A formula it cannot read keeps the value the workbook had (the sample's cached results), or shows
// #NAME? where it never had one, as Excel would for a function it does not know.
import type { CellValue } from "../renja/grid";
import { parseA1 } from "../renja/grid";
import type { FormulaEvaluator, MemorySheet, MemoryWorkbookState } from "../excel/memory";

class FormulaError {
  constructor(readonly code: string) {}
}

/** Thrown for what this interpreter does not read: the cell keeps its value. */
class Unsupported extends Error {}

type Value = number | string | boolean | null | FormulaError;
type Arg = Value | Value[];

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; sheet?: string; a: string; b?: string } | { t: "name"; v: string } | { t: "op"; v: string };

const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (; j < src.length; j++) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j++;
        } else if (src[j] === '"') break;
        else s += src[j];
      }
      if (j >= src.length) throw new Unsupported("unterminated string");
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(rest);
    // A name followed by "(" is a function, not a reference ("LOG10(").
    if (ref && src[i + ref[0].length] !== "(") {
      out.push({ t: "ref", sheet: ref[1]?.replace(/''/g, "'") ?? ref[2], a: ref[3], b: ref[4] });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][\w.]*/.exec(rest);
    if (name) {
      out.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/=<>(),&%^])/.exec(rest);
    if (!op) throw new Unsupported(`unexpected ${ch}`);
    out.push({ t: "op", v: op[0] });
    i += op[0].length;
  }
  return out;
}

interface Context {
  /** The value of a cell (computing its formula first). */
  cell(sheet: string, row: number, col: number): Value;
  sheet: string;
}

function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

function toNumber(v: Value): number {
  if (isError(v)) throw v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  if (v.trim() === "" || !Number.isFinite(n)) throw new FormulaError("#VALUE!");
  return n;
}

function toText(v: Value): string {
  if (isError(v)) throw v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function flat(args: Arg[]): Value[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : [a]));
}

function compare(a: Value, b: Value, op: string): boolean {
  const x = a === null ? (typeof b === "string" ? "" : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : 0) : b;
  const c = typeof x === "string" && typeof y === "string" ? x.toLowerCase().localeCompare(y.toLowerCase()) : toNumber(x as Value) - toNumber(y as Value);
  return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: Context,
  ) {}

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Unsupported("trailing tokens");
    return this.scalar(v);
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }

  private expect(v: string): void {
    if (!this.isOp(v)) throw new Unsupported(`expected ${v}`);
    this.i++;
  }

  /** A range used where one value is wanted: its single cell, else #VALUE!. */
  private scalar(a: Arg): Value {
    if (!Array.isArray(a)) return a;
    return a.length === 1 ? a[0] : new FormulaError("#VALUE!");
  }

  private guard(f: () => Value): Value {
    try {
      return f();
    } catch (e) {
      if (isError(e)) return e;
      throw e;
    }
  }

  private comparison(): Arg {
    const left = this.concat();
    const t = this.peek();
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      this.i++;
      const right = this.concat();
      return this.guard(() => compare(this.value(left), this.value(right), t.v));
    }
    return left;
  }

  private concat(): Arg {
    let left = this.additive();
    while (this.isOp("&")) {
      this.i++;
      const right = this.additive();
      const l = left;
      left = this.guard(() => toText(this.value(l)) + toText(this.value(right)));
    }
    return left;
  }

  private additive(): Arg {
    let left = this.term();
    for (let t = this.peek(); t?.t === "op" && (t.v === "+" || t.v === "-"); t = this.peek()) {
      this.i++;
      const right = this.term();
      const l = left;
      left = this.guard(() => (t.v === "+" ? toNumber(this.value(l)) + toNumber(this.value(right)) : toNumber(this.value(l)) - toNumber(this.value(right))));
    }
    return left;
  }

  private term(): Arg {
    let left = this.unary();
    for (let t = this.peek(); t?.t === "op" && (t.v === "*" || t.v === "/"); t = this.peek()) {
      this.i++;
      const right = this.unary();
      const l = left;
      left = this.guard(() => {
        const a = toNumber(this.value(l));
        const b = toNumber(this.value(right));
        if (t.v === "*") return a * b;
        if (b === 0) throw new FormulaError("#DIV/0!");
        return a / b;
      });
    }
    return left;
  }

  private unary(): Arg {
    if (this.isOp("-")) {
      this.i++;
      const v = this.unary();
      return this.guard(() => -toNumber(this.value(v)));
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    const v = this.primary();
    if (this.isOp("%")) {
      this.i++;
      return this.guard(() => toNumber(this.value(v)) / 100);
    }
    return v;
  }

  private value(a: Arg): Value {
    const v = this.scalar(a);
    if (isError(v)) throw v;
    return v;
  }

  private primary(): Arg {
    const t = this.peek();
    if (!t) throw new Unsupported("unexpected end");
    this.i++;
    if (t.t === "num") return t.v;
    if (t.t === "str") return t.v;
    if (t.t === "ref") return this.reference(t);
    if (t.t === "op" && t.v === "(") {
      const v = this.comparison();
      this.expect(")");
      return v;
    }
    if (t.t === "name") {
      if (t.v === "TRUE" || t.v === "FALSE") return t.v === "TRUE";
      this.expect("(");
      const args: Arg[] = [];
      if (!this.isOp(")")) {
        for (;;) {
          args.push(this.isOp(",") || this.isOp(")") ? null : this.comparison());
          if (this.isOp(",")) {
            this.i++;
            continue;
          }
          break;
        }
      }
      this.expect(")");
      return this.call(t.v, args);
    }
    throw new Unsupported(`unexpected ${t.t}`);
  }

  private reference(t: Extract<Token, { t: "ref" }>): Arg {
    const sheet = t.sheet ?? this.ctx.sheet;
    const a = parseA1(t.a);
    const b = t.b ? parseA1(t.b) : a;
    if (!a || !b) throw new Unsupported("bad reference");
    // A single cell is a one-cell range: SUM and COUNT skip its text as Excel does, elsewhere it is its value.
    if (!t.b) return [this.ctx.cell(sheet, a.row, a.col)];
    const out: Value[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(this.ctx.cell(sheet, r, c));
    return out;
  }

  private call(name: string, args: Arg[]): Value {
    switch (name) {
      case "SUM":
        return this.guard(() => {
          let s = 0;
          for (const a of args) {
            if (Array.isArray(a)) {
              for (const v of a) {
                if (isError(v)) throw v;
                if (typeof v === "number") s += v;
              }
            } else s += toNumber(this.value(a));
          }
          return s;
        });
      case "COUNT":
        return flat(args).filter((v) => typeof v === "number").length;
      case "IF": {
        const cond = this.scalar(args[0] ?? null);
        if (isError(cond)) return cond;
        return this.guard(() => (toNumber(cond) !== 0 ? this.scalar(args[1] ?? true) : this.scalar(args[2] ?? false)));
      }
      case "IFERROR": {
        const v = this.scalar(args[0] ?? null);
        return isError(v) ? this.scalar(args[1] ?? "") : v;
      }
      case "ROUND":
        return this.guard(() => {
          const x = toNumber(this.value(args[0] ?? null));
          const n = toNumber(this.value(args[1] ?? 0));
          const f = 10 ** n;
          // Excel rounds halves away from zero.
          return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
        });
      case "HYPERLINK":
        // Excel shows the friendly name, else the link itself.
        return this.guard(() => toText(this.value(args.length > 1 ? (args[1] as Value) : (args[0] ?? ""))));
      default:
        throw new Unsupported(`function ${name}`);
    }
  }
}

/** Evaluates one formula ("=…") in the context of a sheet; Unsupported when it is not one this reads. */
function evaluateFormula(formula: string, ctx: Context): Value {
  return new Parser(tokenize(formula.slice(1)), ctx).parse();
}

function shownValue(v: Value): CellValue {
  if (isError(v)) return v.code;
  if (typeof v === "number" && !Number.isFinite(v)) return "#NUM!";
  return v;
}

export const previewEvaluator: FormulaEvaluator = {
  recalculate(state: MemoryWorkbookState) {
    const byName = new Map<string, MemorySheet>(state.sheets.map((s) => [s.name.toLowerCase(), s]));
    const done = new Map<string, Value>();
    const busy = new Set<string>();
    const cell = (sheetName: string, row: number, col: number): Value => {
      const sheet = byName.get(sheetName.toLowerCase());
      if (!sheet) return new FormulaError("#REF!");
      const c = sheet.get(row, col);
      if (!c) return null;
      if (!c.formula) return c.value === "" ? null : c.value;
      const key = `${sheet.id}:${row}:${col}`;
      const known = done.get(key);
      if (known !== undefined) return known;
      if (busy.has(key)) throw new Unsupported("circular reference");
      busy.add(key);
      let v: Value;
      try {
        v = evaluateFormula(c.formula, { cell, sheet: sheet.name });
        c.value = shownValue(v);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        // Not ours to compute: keep what the workbook showed, or say so.
        if (c.value === "" || c.value === null) c.value = "#NAME?";
        v = c.value;
      } finally {
        busy.delete(key);
      }
      done.set(key, v);
      return v;
    };
    for (const sheet of state.sheets) for (const [r, c, m] of sheet.entries()) if (m.formula) cell(sheet.name, r, c);
  },
};
