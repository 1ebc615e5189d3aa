/**
 * Corrections a check of the registry found (issue 8, "Who is meant"), held so they stay made: who owns what,
 * which body a name is, and names that are also words matching only as printed.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outletRegistry } from '../../lib/outlets/index';
import { trace } from '../../lib/trace';

const r = () => outletRegistry();

describe('registry corrections', () => {
  it('VNA is an agency attached to the Government, not a ministry', () => {
    const fact = r().lookup('TTXVN')?.ownership?.fact ?? '';
    expect(r().lookup('TTXVN')?.id).toBe('vna');
    expect(fact).toMatch(/attached to the Government/);
    expect(fact).not.toMatch(/ministry-level|ministerial/i);
  });

  it('China Media Group is the parent of CCTV, CNR, CRI and CGTN, not a name of CCTV', () => {
    expect(r().lookup('中央广播电视总台')?.id).toBe('china-media-group');
    expect(r().lookup('China Media Group')?.id).toBe('china-media-group');
    expect(r().lookup('央视')?.id).toBe('cctv');
    for (const name of ['CCTV', 'China National Radio', 'China Radio International', 'CGTN']) expect(r().lookup(name)?.ownership?.owner).toBe('China Media Group');
  });

  it('Văn phòng Chính phủ is the Government Office, never the Government', () => {
    const ids = r().candidates('Văn phòng Chính phủ')?.outlets.map((o) => o.id);
    expect(ids).toEqual(['vn-government-office']);
    expect(r().lookup('Văn phòng Chính phủ Việt Nam')?.id).toBe('vn-government-office');
    expect(r().lookup('Chính phủ Việt Nam')?.id).toBe('vn-government');
    const doc = parseHTML(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title><meta property="og:type" content="article"></head><body><article><h1>Tin</h1>
<p>Hà Nội và TP.HCM sẽ triển khai thủ tục mới từ tháng sau, theo kế hoạch của Việt Nam.</p>
<p>Văn phòng Chính phủ cho biết các bộ phải báo cáo kết quả trước ngày 15/6.</p>
<p>Người dân có thể nộp hồ sơ trực tuyến.</p></article></body></html>`).document as unknown as Document;
    const found = trace(doc, 'https://vnexpress.net/thoi-su/thu-tuc').sources.map((s) => s.outlet?.id);
    expect(found).toContain('vn-government-office');
    expect(found).not.toContain('vn-government');
  });

  it('OPEC+ is its own body, not OPEC', () => {
    expect(r().lookup('OPEC+')?.id).toBe('opec-plus');
    expect(r().lookup('OPEC')?.id).toBe('opec');
  });

  it.each([
    // [as printed, the entry] and the same letters as an ordinary word, which name nothing
    ['SAMA', 'sa-sama', 'sama'],
    ['Kan', 'kan', 'kan'],
    ['IRENA', 'irena', 'Irena'],
  ])('a name that is also a word matches only as printed: %s', (printed, id, word) => {
    expect(r().find(printed)?.id).toBe(id);
    expect(r().find(word)?.id).not.toBe(id);
  });

  it.each([['العربية'], ['כאן'], ['Antara']])('a name that is also a word is marked word-like: %s', (name) => {
    expect(r().find(name)?.word).toBe(true);
  });
});
