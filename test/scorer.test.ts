/**
 * The scored layer (lib/detect/candidates.ts, lib/detect/scorer.ts): candidates beside reporting frames in
 * several languages and outlet styles, their facts, the fitted weights file, the ranking the weights give,
 * and what the layer adds when its threshold lets it.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';
import { FEATURES, Scorer, ScorerWeights, defaultScorer, type ScoredCandidate } from '../lib/detect/scorer';
import { WEIGHTS } from '../lib/detect/scorer-weights';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page';

const block = (text: string, index = 0): PageBlock => ({ index, text, links: [], kind: 'body', creditParts: [], pieces: [], creditElement: false });
const silent = new Scorer({ features: ['bias'], weights: [0], threshold: 1 });

/** Every candidate of a text read as an article's body in `lang`, scored by the fitted weights. */
function candidates(text: string | string[], lang: string): ScoredCandidate[] {
  let out: ScoredCandidate[] = [];
  const blocks = (Array.isArray(text) ? text : [text]).map(block);
  detect({ blocks }, lang, outletRegistry(), undefined, { scorer: defaultScorer(), onCandidates: (s) => (out = s) });
  return out;
}
const named = (all: ScoredCandidate[], name: string) => all.find((c) => c.candidate.name === name);

describe('candidates', () => {
  it.each([
    ['en', 'The Harbor Transit Authority said on Monday that the ferries would resume.', 'Harbor Transit Authority', 'after'],
    ['en', 'Ferries will resume next week, according to the Lakeside Port Board.', 'Lakeside Port Board', 'before'],
    ['en', 'Tolls will rise, Marlow Bridge Company officials told the Riverside Courier.', 'Riverside Courier', 'told'],
    ['id', 'Menurut Dinas Perhubungan Kota Bogor, jalan itu ditutup sementara.', 'Dinas Perhubungan Kota Bogor', 'before'],
    ['vi', 'Sở Giao thông Vận tải Đà Nẵng cho biết cầu sẽ mở lại vào tuần sau.', 'Sở Giao thông Vận tải Đà Nẵng', 'after'],
    ['de', 'Laut dem Landesamt für Brückenbau ist die Strecke bis Freitag gesperrt.', 'Landesamt für Brückenbau', 'before'],
    ['fr', 'Selon la Régie des Transports de Lyon, le pont restera fermé.', 'Régie des Transports de Lyon', 'before'],
    ['es', 'El puente seguirá cerrado, informó la Dirección de Vialidad de Rosario.', 'Dirección de Vialidad de Rosario', 'before'],
  ])('%s: %s → %s (%s)', (lang, text, name, kind) => {
    const c = named(candidates(text, lang), name);
    expect(c, JSON.stringify(candidates(text, lang).map((x) => x.candidate.name))).toBeDefined();
    expect(c!.candidate.facts.kind).toBe(kind);
    expect(c!.candidate.facts.slot).toBe(true);
    expect(c!.candidate.sentence).toBe(text);
  });

  it('gives no candidate in a sentence without a frame, nor for a titled person or a state', () => {
    expect(candidates('The bridge over the Tamar River reopened in March after repairs.', 'en')).toEqual([]);
    const titled = candidates('Mr. Okonkwo said the bridge was safe.', 'en');
    expect(titled.map((c) => c.candidate.name)).toEqual([]);
    expect(candidates('Norway said the bridge was safe.', 'en').map((c) => c.candidate.name)).toEqual([]);
  });

  it('reads names away from the frame, with their distance', () => {
    // A name after a verb its subject precedes ("X said that …") is what was said, not who: only frames pointing its way pair.
    expect(named(candidates('Kestrel Freight said on Tuesday that a crane of the Ostra Dock Company had failed.', 'en'), 'Ostra Dock Company')).toBeUndefined();
    const all = candidates('According to the night shift, a crane of the Ostra Dock Company had failed during the storm.', 'en');
    const far = named(all, 'Ostra Dock Company');
    expect(far, JSON.stringify(all.map((c) => c.candidate.name))).toBeDefined();
    expect(far?.candidate.facts.slot).toBe(false);
    expect(far?.candidate.facts.distance).toBeGreaterThan(5);
    expect(far?.candidate.facts.after).toBe(true);
  });

  it('tells a person by the page: a surname printed alone, a person-shaped name', () => {
    const all = candidates(['Dana Whitlock, a ferry captain, described the crossing.', '“It was rough,” Whitlock said.'], 'en');
    const short = named(all, 'Whitlock');
    expect(short?.x[FEATURES.indexOf('surname')]).toBe(1);
  });

  it('scripts without capitals give no candidates (the rules read those)', () => {
    expect(candidates('据港口管理局称，渡轮将于下周恢复。', 'zh')).toEqual([]);
  });
});

describe('weights', () => {
  it('the weights file parses, names only known features, and one weight each', () => {
    const w = ScorerWeights.parse(WEIGHTS);
    for (const f of w.features) expect(FEATURES).toContain(f);
    expect(w.weights.length).toBe(w.features.length);
  });

  it('ranks a body beside a frame above a person beside one', () => {
    const body = named(candidates('The Harbor Transit Authority said on Monday that the ferries would resume.', 'en'), 'Harbor Transit Authority')!;
    const person = named(candidates('Marta Quillfeather said on Monday that the ferries would resume.', 'en'), 'Marta Quillfeather')!;
    expect(body.p).toBeGreaterThan(person.p);
    const idBody = named(candidates('Menurut Dinas Perhubungan Kota Bogor, jalan itu ditutup.', 'id'), 'Dinas Perhubungan Kota Bogor')!;
    const idPerson = named(candidates('Menurut Rudi Hartawan, jalan itu ditutup.', 'id'), 'Rudi Hartawan')!;
    expect(idBody.p).toBeGreaterThan(idPerson.p);
  });
});

describe('the layer', () => {
  // A model that credits any one-word name in a verb's slot: to see what the layer adds, and how.
  const eager = new Scorer({ features: ['bias', 'slot', 'words:1'], weights: [-3, 2, 2], threshold: 0.6 });
  const sources = (text: string, scorer?: Scorer) =>
    detect({ blocks: [block(text)] }, 'en', outletRegistry(), undefined, scorer ? { scorer } : {}).findings.filter((f) => f.role === 'source');

  it('adds what it scores above its threshold, with the sentence as evidence and the frame as cue', () => {
    const text = 'Quarrytel said on Monday that the network would be restored.';
    expect(sources(text, silent)).toEqual([]);
    const added = sources(text, eager);
    expect(added.map((f) => f.name)).toEqual(['Quarrytel']);
    expect(added[0]!.evidence).toBe(text);
    expect(added[0]!.cue).toBe('en.said');
    expect(added[0]!.cueText).toBe('said');
  });

  it('adds nothing the rules credited already', () => {
    const text = 'Reuters said on Monday that the network would be restored.';
    expect(sources(text, eager).map((f) => f.name)).toEqual(['Reuters']);
  });

  it('with the fitted threshold of 1, adds nothing and gathers nothing', () => {
    if (defaultScorer().threshold < 1) return;
    expect(sources('Quarrytel said on Monday that the network would be restored.')).toEqual([]);
  });
});
