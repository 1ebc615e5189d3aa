/**
 * A name the registry does not know, put back in the nominative word by word, for languages that decline the
 * adjectives and nouns inside names (German): "laut Angaben des Statistischen Landesamts Sachsen" credits the
 * Statistisches Landesamt Sachsen, "dem Bayerischen Rundfunk" the Bayerischer Rundfunk, so one body printed in
 * two cases is one source, named as a reader names it. The rules are the language's `declension` data (lib/cues/<lang>.ts):
 * an adjective is a word ending in a case ending after a stem of an adjective's shape, before another
 * capitalized word; it takes the nominative ending of its noun's gender; a noun drops its genitive ending
 * when the rest is a noun the table knows. Only the run of capitalized words that opens the name is its own
 * case: words after a link ("für Migration", "der Vereinten Nationen") keep the case their link gives them.
 */
import type { CueFile } from '../cues/schema';
import type { ReadContext } from './context';

type Gender = 'm' | 'n' | 'f';

interface Rules {
  cases: string[];
  stems: string[];
  endings: Map<string, string>;
  /** Noun ends and their gender, longest first. */
  genders: [string, Gender][];
  genitives: string[];
}

const byLength = (a: string, b: string) => b.length - a.length;
const compiled = new WeakMap<ReadContext, Rules | null>();

function rulesOf(ctx: ReadContext): Rules | null {
  const hit = compiled.get(ctx);
  if (hit !== undefined) return hit;
  // The paragraph's own language only: another's endings would rewrite its names.
  const d: CueFile['declension'] = ctx.langs[0]?.data.declension;
  const rules = d
    ? {
        cases: [...d.cases].sort(byLength),
        stems: d.stems.map((s) => s.toLowerCase()),
        endings: new Map(d.endings.map((e) => e.split('>') as [string, string])),
        genders: d.genders.map((g) => g.split('>') as [string, Gender]).sort((a, b) => byLength(a[0], b[0])),
        genitives: [...d.genitives].sort(byLength),
      }
    : null;
  compiled.set(ctx, rules);
  return rules;
}

const capitalized = (w: string) => /^\p{Lu}/u.test(w);

function genderOf(rules: Rules, noun: string): Gender | undefined {
  const lower = noun.toLowerCase();
  return rules.genders.find(([end]) => lower.endsWith(end))?.[1];
}

/** The noun without its genitive ending, when the rest is a masculine or neuter noun the table knows. */
function nounNominative(rules: Rules, word: string): string {
  if (genderOf(rules, word)) return word;
  for (const g of rules.genitives) {
    if (!word.toLowerCase().endsWith(g)) continue;
    const rest = word.slice(0, word.length - g.length);
    const gender = genderOf(rules, rest);
    if (gender === 'm' || gender === 'n') return rest;
  }
  return word;
}

/** The adjective's stem, when the word is one: a case ending after a stem of an adjective's shape. */
function adjectiveStem(rules: Rules, word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const c of rules.cases) {
    if (!lower.endsWith(c)) continue;
    const stem = lower.slice(0, lower.length - c.length);
    if (rules.stems.some((s) => stem.endsWith(s))) return word.slice(0, word.length - c.length);
  }
  return undefined;
}

/** The name in the nominative, by the paragraph's language's declension rules; unchanged without them. */
export function nominative(ctx: ReadContext, name: string): string {
  const rules = rulesOf(ctx);
  if (!rules) return name;
  const parts = name.split(/(\s+)/);
  // The opening run of capitalized words (every other part is a space).
  let end = 0;
  while (end < parts.length && capitalized(parts[end]!)) end += 2;
  const words = parts.slice(0, end).filter((_, i) => i % 2 === 0);
  const stems = words.map((w, i) => (i < words.length - 1 ? adjectiveStem(rules, w) : undefined));
  const nouns = words.map((w, i) => (stems[i] === undefined ? nounNominative(rules, w) : w));
  const out = words.map((w, i) => {
    const stem = stems[i];
    if (stem === undefined) return nouns[i]!;
    // An adjective agrees with the first noun after it ("Ersten Deutschen Fernsehens": both with Fernsehen).
    const noun = nouns.find((_, j) => j > i && stems[j] === undefined);
    const gender = noun ? genderOf(rules, noun) : undefined;
    return stem + (rules.endings.get(gender ?? '*') ?? rules.endings.get('*') ?? '');
  });
  out.forEach((w, i) => (parts[i * 2] = w));
  return parts.join('');
}
