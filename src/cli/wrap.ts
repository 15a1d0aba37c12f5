// Report lines wrapped to the terminal's width at spaces, continuing under where the text began (a hanging indent),
// so a finding stays readable in an 80-column window. Not a terminal: lines are left whole for scripts and logs.

/** Wraps one line to `width` columns; continuation lines start at `indent` spaces. Words longer than a line stay whole. */
export function wrapLine(line: string, width: number | undefined, indent: number): string {
  if (width === undefined || width < 20 || line.length <= width) return line;
  const pad = " ".repeat(Math.min(indent, Math.floor(width / 2)));
  const lead = /^\s*/.exec(line)?.[0] ?? "";
  const words = line.slice(lead.length).split(/ +/);
  const out: string[] = [];
  let current = lead;
  let start = true;
  for (const w of words) {
    if (!start && current.length + 1 + w.length > width) {
      out.push(current);
      current = pad + w;
    } else {
      current += start ? w : ` ${w}`;
    }
    start = false;
  }
  out.push(current);
  return out.join("\n");
}

/** Wraps every line of `text` (already split by "\n"); continuation indent from `indentOf(line)`. */
export function wrapText(text: string, width: number | undefined, indentOf: (line: string) => number): string {
  if (width === undefined) return text;
  return text
    .split("\n")
    .map((l) => wrapLine(l, width, indentOf(l)))
    .join("\n");
}
