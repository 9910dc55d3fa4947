export { renderBoardReportHtml, type BoardReportHtmlOptions } from './render-board-report-html';
export { element, escapeHtml, fragment, trustedMarkup, type Content, type Markup } from './markup/html';
