/**
 * A credited name in the nominative: "в Кремле" → Кремль, "według Ministerstwa Zdrowia" → Ministerstwo
 * Zdrowia, "Başsavcılıktan" → Başsavcılık. Languages that decline names print them in the case the cue asks
 * for; readers (and the corpus's labels) name a body in the nominative. The head word found in the language's
 * `lemmas` (data in lib/cues/<lang>.ts) is replaced by its nominative.
 */
import type { ReadContext } from './context';

const maps = new WeakMap<ReadContext, Map<string, string>>();

function lemmaMap(ctx: ReadContext): Map<string, string> {
  let map = maps.get(ctx);
  if (map) return map;
  map = new Map();
  for (const l of ctx.langs) {
    for (const pair of l.data.lemmas) {
      const [form = '', lemma = ''] = pair.split('>');
      if (!map.has(form.toLowerCase())) map.set(form.toLowerCase(), lemma);
    }
  }
  maps.set(ctx, map);
  return map;
}

/** Keeps the printed word's capital: "Ministerstwa" → "Ministerstwo", "ministerstwa" → "ministerstwo". */
function cased(printed: string, lemma: string): string {
  const first = printed.charAt(0);
  const capital = first !== first.toLowerCase();
  return (capital ? lemma.charAt(0).toUpperCase() : lemma.charAt(0).toLowerCase()) + lemma.slice(1);
}

/**
 * The name with its head word in the nominative: the first word where names put the head first (Ministerstwa
 * Zdrowia, Министерства иностранных дел), the last where they stack nouns before it (Sağlık Bakanlığının).
 * Other words stay as printed: an adjective before the head ("Всемирного банка") has no entry, so the name is
 * left whole rather than half declined.
 */
export function lemmatize(ctx: ReadContext, name: string): string {
  const map = lemmaMap(ctx);
  if (!map.size) return name;
  const words = [...name.matchAll(/[\p{L}\p{M}-]+/gu)];
  const head = ctx.compoundTitles ? words[words.length - 1] : words[0];
  const lemma = head && map.get(head[0].toLowerCase());
  if (!head || !lemma) return name;
  return name.slice(0, head.index) + cased(head[0], lemma) + name.slice(head.index + head[0].length);
}
