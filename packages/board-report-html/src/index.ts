export { renderBoardReportHtml, type BoardReportHtmlOptions } from './render-board-report-html';
export { escapeHtml } from './markup/html';
