// Native Excel charts over a sheet's data (Charts API, ExcelApi 1.1): queued into the batch that writes the data,
// so the data and its charts arrive in one round trip.
/// <reference types="office-js" />
import type { ChartSpec } from "../renja/charts";

/** Queues one chart per spec on the worksheet; nothing is synced here. */
export function queueCharts(ws: Excel.Worksheet, charts: readonly ChartSpec[]): void {
  for (const spec of charts) {
    const chart = ws.charts.add(spec.type, ws.getRange(spec.source), spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.setPosition(spec.position.start, spec.position.end);
  }
}
