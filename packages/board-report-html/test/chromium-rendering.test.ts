import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderBoardReportHtml } from '../src';
import { chromiumForTests } from '../../../scripts/test-environment/chromium-for-tests';
import { pngSize, runChromium } from '../../../scripts/test-environment/headless-chromium';
import { elementCounts } from './support/markup-checks';
import { reportOf, sampleModel } from './support/sample-reports';

// Kept after the run so a person can open the page and look at the screenshot.
const folder = join(tmpdir(), 'send-hub-board-report-html');
const paths = {
  page: join(folder, 'board-report.html'),
  screenshot: join(folder, 'board-report.png'),
  pdf: join(folder, 'board-report.pdf'),
  blankPage: join(folder, 'blank.html'),
  blankScreenshot: join(folder, 'blank.png'),
};
const windowSize = { width: 1280, height: 2400 };

const browser = chromiumForTests('The board report\'s rendering test');

// A skipped suite's name is its reason: the test run's closing lines repeat it.
(browser.kind === 'found' ? describe : describe.skip)(browser.kind === 'found' ? 'the board report in headless Chromium' : browser.reason, () => {
  it('renders a page with charts and tables, prints, and keeps the parse the markup meant', async () => {
    const chromium = browser.kind === 'found' ? browser.path : '';
    const model = await sampleModel({ seed: 5, maxCases: 1500 });
    const html = renderBoardReportHtml([reportOf(model, { academicYear: '2024/25' }), reportOf(model, { academicYear: '2025/26' })], {
      councilName: 'Staffordshire County Council',
      generatedOn: '12 March 2026',
    });
    mkdirSync(folder, { recursive: true });
    writeFileSync(paths.page, html);
    writeFileSync(paths.blankPage, '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
    const window = `--window-size=${windowSize.width},${windowSize.height}`;

    const blank = await runChromium(chromium, [`--screenshot=${paths.blankScreenshot}`, window], pathToFileURL(paths.blankPage).href);
    const shot = await runChromium(chromium, [`--screenshot=${paths.screenshot}`, window], pathToFileURL(paths.page).href);
    const png = readFileSync(paths.screenshot);
    expect(pngSize(png)).toEqual(windowSize);
    // A blank page compresses to almost nothing; charts, text and hatching do not.
    expect(png.length).toBeGreaterThan(10 * statSync(paths.blankScreenshot).size);
    expect(png.length).toBeGreaterThan(100_000);

    const dom = await runChromium(chromium, ['--dump-dom', window], pathToFileURL(paths.page).href);
    const [expected, parsed] = [elementCounts(html), elementCounts(dom.stdout)];
    for (const name of ['section', 'h2', 'h3', 'figure', 'svg', 'rect', 'text', 'title', 'table', 'caption', 'th', 'td', 'abbr']) expect([name, parsed.get(name)]).toEqual([name, expected.get(name)]);
    expect(dom.stdout).toContain('Inclusion and <abbr title="special educational needs and disabilities">SEND</abbr> Partnership Board report');

    const printed = await runChromium(chromium, [`--print-to-pdf=${paths.pdf}`, '--no-pdf-header-footer'], pathToFileURL(paths.page).href);
    const pdf = readFileSync(paths.pdf);
    expect(pdf.toString('latin1', 0, 5)).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(4);

    console.log(
      [
        `Board report rendered in headless Chromium: screenshot ${paths.screenshot} (${png.length.toLocaleString('en-GB')} bytes), page ${paths.page}, print ${paths.pdf}.`,
        `Chromium took ${shot.milliseconds} ms for the screenshot, ${dom.milliseconds} ms for the DOM, ${printed.milliseconds} ms to print, ${blank.milliseconds} ms for the blank page.`,
      ].join('\n'),
    );
  }, 240_000);
});
