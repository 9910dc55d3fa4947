import { palette } from './palette';

/**
 * The page's only styles, inline so the file stands alone offline. System fonts only: a
 * council laptop has them, and nothing is fetched. Print keeps the colours and hatching,
 * and keeps each chart with its table.
 */
export const stylesheet = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: ${palette.band}; color: ${palette.ink}; font: 16px/1.5 "Segoe UI", Arial, "Liberation Sans", Helvetica, sans-serif; }
.shared-definitions { position: absolute; width: 0; height: 0; overflow: hidden; }
.masthead { background: ${palette.accent}; color: #ffffff; padding: 28px 0 24px; border-bottom: 6px solid #0d2a4a; }
.masthead .inner, main, .page-footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
.masthead .council { margin: 0 0 4px; font-size: 15px; letter-spacing: 0.02em; text-transform: uppercase; opacity: 0.92; }
.masthead h1 { margin: 0; font-size: 32px; line-height: 1.2; font-weight: 700; }
.masthead .subtitle { margin: 6px 0 0; font-size: 18px; }
.masthead .generated { margin: 10px 0 0; font-size: 14px; opacity: 0.92; }
.masthead abbr { text-decoration: none; }
main > section, main > nav { background: ${palette.page}; border: 1px solid ${palette.rule}; border-radius: 4px; margin: 24px 0; padding: 20px 28px 24px; }
h2 { font-size: 24px; line-height: 1.25; margin: 0 0 12px; color: ${palette.accent}; }
h3 { font-size: 20px; margin: 28px 0 8px; padding-top: 14px; border-top: 2px solid ${palette.grid}; }
h4 { font-size: 17px; margin: 22px 0 6px; }
.report > h3:first-of-type, .place:first-of-type > h3 { border-top: none; padding-top: 0; }
p { margin: 0 0 10px; max-width: 75ch; }
.lead { color: ${palette.muted}; }
.meta { color: ${palette.muted}; font-size: 15px; }
a { color: ${palette.accent}; }
nav ol { margin: 0; padding-left: 22px; columns: 2; }
.page-warning { margin: 24px 0 0; font-size: 17px; max-width: none; }
.warning { background: ${palette.warningPaper}; border-left: 6px solid ${palette.warning}; color: ${palette.warning}; padding: 10px 14px; font-size: 15px; }
figure { margin: 8px 0 6px; }
figcaption { color: ${palette.muted}; font-size: 14px; margin-top: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: "Segoe UI", Arial, "Liberation Sans", Helvetica, sans-serif; }
svg.chart .tick { font-size: 10px; fill: ${palette.muted}; }
svg.chart .axis { font-size: 11px; fill: ${palette.ink}; }
svg.chart .axis.outer { font-size: 10.5px; fill: ${palette.muted}; }
svg.chart .value { font-size: 10.5px; fill: ${palette.ink}; }
svg.chart .value.inverse { fill: #ffffff; font-weight: 600; }
svg.chart .value.total { font-weight: 700; }
svg.chart .symbol { font-size: 10px; font-weight: 700; fill: ${palette.ink}; }
svg.chart .row-label { font-size: 12px; fill: ${palette.ink}; }
.panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(var(--panel-width), 100%), 1fr)); gap: 14px 18px; }
.panel { display: flex; flex-direction: column; justify-content: space-between; border: 1px solid ${palette.grid}; border-radius: 3px; padding: 8px 8px 2px; }
.panel-title { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; margin: 0 0 2px; font-size: 14px; font-weight: 600; line-height: 1.3; max-width: none; }
.panel-aside { font-weight: 400; color: ${palette.muted}; font-size: 13px; white-space: nowrap; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 6px 0 8px; padding: 0; font-size: 14px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { flex: none; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 8px 0 4px; }
.totals .total { border: 1px solid ${palette.rule}; border-top: 4px solid ${palette.bar}; border-radius: 3px; padding: 10px 12px; }
.totals .total.withheld { border-top-color: ${palette.withheldInk}; background: ${palette.band}; }
.totals dd .swatch { width: 22px; height: 22px; margin-right: 8px; vertical-align: -2px; }
.totals dt { font-size: 14px; color: ${palette.muted}; line-height: 1.3; min-height: 2.6em; }
.totals dd { margin: 4px 0 0; font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; }
.chart-with-key { display: grid; grid-template-columns: minmax(0, 560px) minmax(0, 1fr); gap: 8px 32px; align-items: center; }
.chart-with-key .legend { flex-direction: column; gap: 8px; margin-bottom: 14px; }
@media (max-width: 1000px) { .chart-with-key { grid-template-columns: minmax(0, 1fr); } }
.table-wrap { overflow-x: auto; margin: 10px 0 8px; }
table { border-collapse: collapse; font-size: 14px; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; color: ${palette.ink}; }
th, td { padding: 5px 8px; border-bottom: 1px solid ${palette.grid}; vertical-align: top; }
thead th { border-bottom: 2px solid ${palette.muted}; text-align: right; font-weight: 600; white-space: nowrap; }
thead th:first-child, tbody th, tfoot th { text-align: left; font-weight: 600; }
tbody th { font-weight: 400; }
td.figure { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.withheld { background: ${palette.band}; font-weight: 700; }
td.withheld .swatch { width: 11px; height: 11px; margin-right: 5px; vertical-align: -1px; }
td abbr, dd abbr { text-decoration: none; cursor: help; }
tfoot th, tfoot td { border-top: 2px solid ${palette.muted}; font-weight: 700; }
tr.subtotal th, tr.subtotal td { font-weight: 700; border-bottom: 2px solid ${palette.rule}; }
details > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
.page-footer { color: ${palette.muted}; font-size: 14px; padding-bottom: 32px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #ffffff; font-size: 11pt; }
  .masthead { padding: 12px 0; }
  main > section, main > nav { border: none; padding: 0; margin: 0 0 12px; }
  nav { display: none; }
  .report { break-before: page; }
  figure, .panel, table, .totals, .legend { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }

  .table-wrap { overflow: visible; }
  .panels { grid-template-columns: repeat(auto-fill, minmax(min(calc(var(--panel-width) * 0.8), 100%), 1fr)); gap: 10px 12px; }
}
`;
