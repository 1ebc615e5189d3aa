/**
 * Reading labelled directories for the scored layer's fitting (scripts/scorer/model.ts): every page of
 * DIR/dev.jsonl traced with the layer silent, each candidate (a name beside a reporting frame) with its
 * features and a label, positive when it matches a labelled source of its page as `npm run eval` matches
 * names (the name as printed, or its registry entry's name and aliases). Several directories are read as one
 * pool, each page tagged with its directory's name; the site split (`npm run eval -- --sites`) runs across
 * all of them, by domain.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { FEATURES, Scorer, type ScoredCandidate } from '../../lib/detect/scorer';
import { load } from '../../lib/node/load';
import { srcdocFrame } from '../../lib/node/srcdoc';
import { outletRegistry } from '../../lib/outlets/index';
import { trace } from '../../lib/trace';
import { namesMatch, score, siteHalf } from '../eval/score';
import type { Page, Row } from './model';

interface Label {
  id: string;
  lang: string;
  url: string | null;
  sources: { name: string; aliases?: string[] }[];
}

const registry = outletRegistry();
// A model that adds nothing: the pages are read as the rules alone read them.
const silent = new Scorer({ features: ['bias'], weights: [0], threshold: 1 });

/** The names a candidate may match a label by: as printed, and its registry entries' names and aliases. */
function namesOf(s: ScoredCandidate): string[] {
  const c = s.candidate;
  const ids = c.known ? (c.known.candidates ?? [c.known.id]) : [];
  return [
    c.name,
    ...ids.flatMap((id) => {
      const o = registry.byId.get(id);
      return o ? [o.name, ...o.aliases] : [];
    }),
  ];
}

/** A set's name: the corpus is "corpus", an exploration set its directory's name. */
export function setName(dir: string): string {
  const d = resolve(dir);
  return basename(d) === 'corpus' ? 'corpus' : basename(d);
}

async function readPage(dir: string, set: string, label: Label): Promise<Page> {
  const loaded = await load(join(dir, 'pages', `${label.id}.html`));
  let scored: ScoredCandidate[] = [];
  const report = trace(loaded.doc, label.url ?? loaded.url, { registry, frames: srcdocFrame, detect: { scorer: silent, onCandidates: (s) => (scored = s) } });
  const labels = label.sources.map((l) => [l.name, ...(l.aliases ?? [])]);
  // The page's own publisher is dropped from the report whoever credits it (lib/resolve.ts isOwn): not a candidate.
  const own = label.url ? registry.byHost(new URL(label.url).hostname) : undefined;
  const rows: Row[] = scored
    .filter((s) => !own || s.candidate.known?.id !== own.id)
    .map((s) => {
      const names = namesOf(s);
      const li = labels.findIndex((ln) => names.some((a) => ln.some((b) => namesMatch(a, b))));
      const c = s.candidate;
      const facts = Object.entries(c.facts)
        .filter(([, v]) => v !== false)
        .map(([k, v]) => (v === true ? k : `${k}=${v}`))
        .join(' ');
      return { x: s.x, y: li >= 0 ? 1 : 0, label: li, name: c.name, names, ruleFound: s.ruleFound, detail: `[${c.frame.text}] ${facts} | ${c.sentence.slice(0, 160)}` };
    });
  const preds = report.sources.map((p) => [p.name, ...(p.outlet ? [p.outlet.name, ...p.outlet.aliases] : [])]);
  const same = (x: string[]) => x;
  const matched = labels.flatMap((l, li) => (score(preds, [l], same, same, () => '').tp ? [li] : []));
  return { set, id: label.id, half: siteHalf(label), labels, rows, matched, preds };
}

/** Every labelled page of a directory, in dev.jsonl's order. */
export async function readSet(dir: string): Promise<Page[]> {
  const d = resolve(dir);
  const set = setName(d);
  const labels = readFileSync(join(d, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
  const out: Page[] = [];
  for (const label of labels) out.push(await readPage(d, set, label));
  return out;
}

/**
 * Every page of the directories, in their order. With a cache file, pages read before with the same
 * features are taken from it (it holds candidates' names and sentences: keep it outside the repo).
 */
export async function readSets(dirs: readonly string[], cache?: string): Promise<Page[]> {
  const key = FEATURES.join(',');
  const cached = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as { key: string; sets: Record<string, Page[]> }) : undefined;
  const sets: Record<string, Page[]> = cached?.key === key ? cached.sets : {};
  const out: Page[] = [];
  for (const dir of dirs) {
    const name = setName(dir);
    sets[name] ??= await readSet(dir);
    out.push(...sets[name]!);
  }
  if (cache) writeFileSync(cache, JSON.stringify({ key, sets }));
  return out;
}
