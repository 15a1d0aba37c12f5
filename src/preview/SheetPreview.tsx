// A plain view of the in-memory workbook beside the pane, so "click a finding selects its cell" can be seen.
import * as React from "react";
import { columnLetters } from "../renja/grid";
import type { MemoryExcel, MemorySheet } from "../excel/memory";
import { conditionalFormatsOf } from "../excel/memory/conditional-formats";

const MAX_ROWS = 400;
const MAX_COLS = 30;

/** The fill each visible cell gets from conditional formats (highest priority first), as Excel would paint it. */
function conditionalFills(sheet: MemorySheet, rows: number, cols: number): Map<number, string> {
  const fills = new Map<number, string>();
  for (const f of conditionalFormatsOf(sheet)) {
    if (!f.fill) continue;
    for (let r = f.range.r1; r <= Math.min(f.range.r2, rows - 1); r++) {
      for (let c = f.range.c1; c <= Math.min(f.range.c2, cols - 1); c++) if (!fills.has(r * MAX_COLS + c)) fills.set(r * MAX_COLS + c, f.fill);
    }
  }
  return fills;
}

export function SheetPreview({ host, version }: { host: MemoryExcel; version: number }): React.JSX.Element {
  const { state } = host;
  const [shown, setShown] = React.useState<string | undefined>();
  const active = state.sheets.find((s) => s.id === (shown ?? state.activeSheetId)) ?? state.sheets[0];
  const selected = state.selection?.sheetId === active?.id ? state.selection.range : undefined;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);

  // Follow Excel's active sheet after each operation (a click on a finding activates its sheet).
  React.useEffect(() => {
    setShown(undefined);
  }, [version]);
  const scrollerRef = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    // Scroll only the grid (scrollIntoView would scroll the task pane's column too).
    const cell = selectedRef.current;
    const box = scrollerRef.current;
    if (!cell || !box) return;
    box.scrollTop = Math.max(0, cell.offsetTop - box.clientHeight / 2);
    box.scrollLeft = Math.max(0, cell.offsetLeft - box.clientWidth / 2);
  }, [version, selected?.r1, selected?.c1]);

  if (!active) return <p>Buku kerja kosong.</p>;
  const used = active.usedRange(false);
  const rows = used ? Math.min(used.r2 + 1, MAX_ROWS) : 0;
  const cols = used ? Math.min(used.c2 + 1, MAX_COLS) : 0;
  const fills = conditionalFills(active, rows, cols);
  return (
    // Fills the space left under the preview's header (flex, not height 100%: the grid must not run off the page).
    <div style={{ display: "flex", flexDirection: "column", flex: 1, minHeight: 0, fontFamily: "Segoe UI, sans-serif", fontSize: 12 }}>
      <div role="tablist" aria-label="Lembar" style={{ display: "flex", gap: 4, padding: 4, borderBottom: "1px solid #ddd", flexWrap: "wrap" }}>
        {state.sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={s.id === active.id}
            onClick={() => setShown(s.id)}
            style={{ border: "1px solid #ccc", background: s.id === active.id ? "#107c41" : "#fff", color: s.id === active.id ? "#fff" : "#222", padding: "2px 8px", cursor: "pointer" }}
          >
            {s.name}
            {s.visibility !== "Visible" ? " (tersembunyi)" : ""}
          </button>
        ))}
      </div>
      <div ref={scrollerRef} style={{ overflow: "auto", flex: 1, minHeight: 0, position: "relative" }}>
        <table data-testid="sheet-preview" style={{ borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed" }}>
          <thead>
            <tr>
              <th style={{ position: "sticky", top: 0, left: 0, zIndex: 2, background: "#f3f3f3", width: 40 }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={{ position: "sticky", top: 0, background: "#f3f3f3", border: "1px solid #ddd", minWidth: 60 }}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th style={{ position: "sticky", left: 0, zIndex: 1, width: 40, minWidth: 40, textAlign: "right", paddingRight: 4, background: "#f3f3f3", border: "1px solid #ddd" }}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = active.get(r, c);
                  const isSelected = !!selected && r >= selected.r1 && r <= selected.r2 && c >= selected.c1 && c <= selected.c2;
                  return (
                    <td
                      key={c}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-selected={isSelected || undefined}
                      ref={isSelected && r === selected.r1 && c === selected.c1 ? selectedRef : undefined}
                      title={cell?.formula ?? undefined}
                      style={{
                        border: isSelected ? "2px solid #107c41" : "1px solid #e3e3e3",
                        maxWidth: 220,
                        overflow: "hidden",
                        textOverflow: "ellipsis",
                        whiteSpace: "nowrap",
                        fontWeight: cell?.bold ? 600 : 400,
                        textAlign: typeof cell?.value === "number" ? "right" : "left",
                        background: fills.get(r * MAX_COLS + c),
                      }}
                    >
                      {cell ? String(cell.value ?? "") : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
