/**
 * Names in the case a cue puts them in: "сообщил «Интерфаксу»", "według „Rzeczpospolitej”", "в сообщении
 * «Автодора»". The registry knows names in the nominative, so when a name is unknown as printed, its first and
 * last words are rewritten by the language's `caseEndings` (data in lib/cues/<lang>.ts) and the registry asked
 * again. Only a name the registry knows is ever taken this way: a rewrite guesses, the registry decides.
 */
import type { ReadContext } from './context';
import type { KnownName, NameIndex } from './org';

/** Enough for the adjective and noun of a two-word name; the work per name stays bounded. */
const MAX_CANDIDATES = 64;
/** A stem shorter than this is too short to be a name's ("Мире" is not "Мир", the world is no TV channel). */
const MIN_STEM = 4;

interface Rule {
  ending: string;
  nominative: string;
}

function rulesOf(ctx: ReadContext): Rule[] {
  return ctx.langs.flatMap((l) =>
    l.data.caseEndings.map((r) => {
      const [ending = '', nominative = ''] = r.split('>');
      return { ending, nominative };
    }),
  );
}

/** The word as printed, then its nominatives by every rule whose ending it has. */
function variants(word: string, rules: Rule[]): string[] {
  const out = [word];
  const lower = word.toLowerCase();
  for (const r of rules) {
    if (!r.ending || !lower.endsWith(r.ending)) continue;
    const stem = word.slice(0, word.length - r.ending.length);
    if (Array.from(stem).length >= MIN_STEM) out.push(stem + r.nominative);
  }
  return [...new Set(out)];
}

/**
 * The name's nominative spellings to ask the registry for (the printed one excluded): its first and last
 * words rewritten first, then a word between them too ("Deutschen Instituts für Wirtschaftsforschung" →
 * Deutsches Institut für Wirtschaftsforschung), within the bound.
 */
export function nominatives(name: string, rules: Rule[]): string[] {
  const words = name.split(/(\s+)/);
  const last = words.length - 1;
  const firsts = variants(words[0]!, rules);
  const lasts = last > 0 ? variants(words[last]!, rules) : [''];
  const out = new Set<string>();
  const add = (middle: string[]) => {
    for (const f of firsts) {
      for (const l of lasts) {
        if (out.size >= MAX_CANDIDATES) return;
        const candidate = last > 0 ? [f, ...middle, l].join('') : f;
        if (candidate !== name) out.add(candidate);
      }
    }
  };
  const middle = words.slice(1, last);
  add(middle);
  // Words between, one at a time, the others as printed (in `middle`, words are at odd indexes, spaces at even).
  for (let i = 1; i < middle.length; i += 2) {
    for (const v of variants(middle[i]!, rules).slice(1)) add(middle.map((w, j) => (j === i ? v : w)));
  }
  return [...out];
}

const wrapped = new WeakMap<NameIndex, Map<ReadContext, NameIndex>>();

/** The index as the context's languages read names: declined names found by their nominative. */
export function inflectedIndex(index: NameIndex, ctx: ReadContext): NameIndex {
  let byCtx = wrapped.get(index);
  if (!byCtx) wrapped.set(index, (byCtx = new Map()));
  const hit = byCtx.get(ctx);
  if (hit) return hit;
  const rules = rulesOf(ctx);
  if (!rules.length) {
    byCtx.set(ctx, index);
    return index;
  }
  const memo = new Map<string, KnownName | null>();
  const wrapper: NameIndex = {
    printedAsName: index.printedAsName ? (name) => index.printedAsName!(name) : undefined,
    find(name: string) {
      const direct = index.find(name);
      if (direct || name.length > 80) return direct;
      const seen = memo.get(name);
      if (seen !== undefined) return seen ?? undefined;
      if (memo.size > 5000) memo.clear();
      let found: KnownName | undefined;
      for (const candidate of nominatives(name.trim(), rules)) if ((found = index.find(candidate))) break;
      memo.set(name, found ?? null);
      return found;
    },
  };
  byCtx.set(ctx, wrapper);
  return wrapper;
}
