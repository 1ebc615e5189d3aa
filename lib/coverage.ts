/**
 * Coverage: how much of the text that decided the article's body (Readability's, or the body the page
 * declares) the blocks read in full hold. A credit in text that no such block holds is never seen, so this
 * measures the reading stage on its own, apart from detection (`npm run eval`, test/coverage.test.ts).
 */
import type { Article, BlockKind } from './article';
import { sentences } from './detect/sentences';
import { squash } from './fold';

/** The blocks whose every sentence detection reads (tail and meta lines are read for labels only). */
const READ_IN_FULL: ReadonlySet<BlockKind> = new Set(['body', 'heading', 'caption', 'byline', 'fringe']);
/** Shorter pieces ("Foto:", a lone date) match anywhere by chance and say little. */
const MIN_SENTENCE = 12;

export interface Coverage {
  /** Characters of the kept text's sentences. */
  kept: number;
  /** Characters of those sentences that a block read in full holds. */
  found: number;
  /** found / kept (1 when nothing was kept). */
  share: number;
  /** The sentences no block holds, for --verbose. */
  lost: string[];
}

const norm = (s: string) => squash(s).toLowerCase();

/** Coverage of an article's kept text by its blocks read in full. */
export function coverage(article: Pick<Article, 'blocks' | 'kept'>): Coverage {
  const read = norm(article.blocks.filter((b) => READ_IN_FULL.has(b.kind)).map((b) => b.text).join('\n'));
  let kept = 0;
  let found = 0;
  const lost: string[] = [];
  for (const s of sentences(article.kept ?? '')) {
    const text = norm(s.text);
    if (text.length < MIN_SENTENCE) continue;
    kept += text.length;
    if (read.includes(text)) found += text.length;
    else lost.push(s.text);
  }
  return { kept, found, share: kept ? found / kept : 1, lost };
}
