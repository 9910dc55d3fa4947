import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventCatalogue } from './render-event-catalogue';

/** Writes docs/event-catalogue.md from the codecs. Run with `pnpm docs:catalogue`. */
export const catalogueFile = join(__dirname, '..', '..', 'docs', 'event-catalogue.md');

if (require.main === module) {
  writeFileSync(catalogueFile, renderEventCatalogue(), 'utf8');
  console.log(`Wrote ${catalogueFile}.`);
}
