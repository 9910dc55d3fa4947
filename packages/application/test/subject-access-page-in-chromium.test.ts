import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderSubjectAccessHtml } from '@send-hub/subject-access';
import { chromiumForTests } from '../../../scripts/test-environment/chromium-for-tests';
import { pngSize, runChromium } from '../../../scripts/test-environment/headless-chromium';
import { sampleReport } from './support/sample-subject-access-report';

// Kept after the run so a person can open the page and look at the screenshot.
const folder = join(tmpdir(), 'send-hub-subject-access-html');
const paths = { page: join(folder, 'subject-access.html'), screenshot: join(folder, 'subject-access.png'), pdf: join(folder, 'subject-access.pdf'), blankPage: join(folder, 'blank.html'), blankScreenshot: join(folder, 'blank.png') };
const windowSize = { width: 1024, height: 2200 };

const browser = chromiumForTests('The subject access page\'s rendering test');

// A skipped suite's name is its reason: the test run's closing lines repeat it.
(browser.kind === 'found' ? describe : describe.skip)(browser.kind === 'found' ? 'the subject access page in headless Chromium' : browser.reason, () => {
  it('renders the family’s copy with its tables, parses as written, and prints', async () => {
    const chromium = browser.kind === 'found' ? browser.path : '';
    const html = renderSubjectAccessHtml(await sampleReport());
    mkdirSync(folder, { recursive: true });
    writeFileSync(paths.page, html);
    writeFileSync(paths.blankPage, '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
    const window = `--window-size=${windowSize.width},${windowSize.height}`;

    await runChromium(chromium, [`--screenshot=${paths.blankScreenshot}`, window], pathToFileURL(paths.blankPage).href);
    const shot = await runChromium(chromium, [`--screenshot=${paths.screenshot}`, window], pathToFileURL(paths.page).href);
    const png = readFileSync(paths.screenshot);
    expect(pngSize(png)).toEqual(windowSize);
    // A blank page compresses to almost nothing; text and table rules do not.
    expect(png.length).toBeGreaterThan(10 * statSync(paths.blankScreenshot).size);

    const dom = await runChromium(chromium, ['--dump-dom', window], pathToFileURL(paths.page).href);
    const count = (text: string, name: string): number => (text.match(new RegExp(`<${name}[\\s>]`, 'g')) ?? []).length;
    for (const name of ['section', 'h2', 'table', 'caption', 'tr', 'td', 'li']) expect([name, count(dom.stdout, name)]).toEqual([name, count(html, name)]);
    expect(dom.stdout).toContain('Jordan &lt;Ellis&gt; &amp; “Jo”');

    const printed = await runChromium(chromium, [`--print-to-pdf=${paths.pdf}`, '--no-pdf-header-footer'], pathToFileURL(paths.page).href);
    expect(readFileSync(paths.pdf).toString('latin1', 0, 5)).toBe('%PDF-');
    console.log(`Subject access page rendered in headless Chromium: screenshot ${paths.screenshot} (${png.length.toLocaleString('en-GB')} bytes), page ${paths.page}, print ${paths.pdf}; ${shot.milliseconds} ms for the screenshot, ${printed.milliseconds} ms to print.`);
  }, 240_000);
});
