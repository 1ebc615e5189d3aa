/**
 * Does a followed page tell the same story as the page that credits it? The copy's key facts looked up in
 * the followed page: a score from 0 to 1 (the share of facts found) with the facts found and missing.
 * Names compare by folded word, dates by day/month, numbers by value, so languages need not agree.
 */
import type { Match } from '../report';
import type { Story } from './facts';

/** Below this share of its key facts, a credited page does not tell the story (`source-not-found`). */
export const SAME_STORY = 0.3;

export function matchStory(copy: Story, original: Story): Match | undefined {
  if (!copy.facts.length) return undefined;
  const words = new Set(original.words);
  const dates = new Set(original.dates);
  const numbers = new Set(original.numbers);
  const matched: string[] = [];
  const missing: string[] = [];
  for (const f of copy.facts) {
    const found = f.kind === 'name' ? words.has(f.key) : f.kind === 'date' ? dates.has(f.key) : numbers.has(f.key);
    (found ? matched : missing).push(f.text);
  }
  return { score: Math.round((matched.length / copy.facts.length) * 100) / 100, matched, missing };
}
