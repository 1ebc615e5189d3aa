/** Credits on pages written in the shapes real sites print them: wire and origin credits, photo credits. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';

const traced = (path: string, url: string) => trace(parseDocument(readFileSync(path, 'utf8')), url);

describe('photo credits on an Indonesian page', () => {
  it('reads glued, courtesy and slash credits; not the author and editor line, related titles or the editors\' initials', () => {
    const report = traced('test/pages/id-captions/index.html', 'https://harian.example/read/2025/05/12/banjir');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(['ANTARA FOTO/Budi Santoso', 'Republika/Putra M. Akbar', 'ist']);
  });
});
