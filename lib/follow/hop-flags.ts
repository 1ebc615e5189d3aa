/**
 * What a careful reader would point out about one hop: the original is in another language (`translated`),
 * the copy is dated before its original (`earlier-than-source`), the credited page does not tell the story
 * (`source-not-found`).
 */
import type { Flag, Match } from '../report';
import type { Story } from './facts';
import { SAME_STORY } from './match';

// Clocks and time zones differ: a copy is "earlier" only by more than this.
const SLACK_MS = 60 * 60 * 1000;

const known = (lang: string | undefined) => !!lang && lang !== 'und';

export function hopFlags(copy: Story, original: Story, match: Match | undefined): Flag[] {
  const flags: Flag[] = [];
  if (known(copy.lang) && known(original.lang) && copy.lang !== original.lang) {
    flags.push({ code: 'translated', message: `The page that credits this one is in ${copy.lang}; this one is in ${original.lang}: a translation.` });
  }
  const copyTime = Date.parse(copy.published ?? '');
  const originalTime = Date.parse(original.published ?? '');
  if (copyTime + SLACK_MS < originalTime) {
    flags.push({ code: 'earlier-than-source', message: `The copy is dated ${copy.published}, before this page (${original.published}).` });
  }
  if (match && match.score < SAME_STORY) {
    flags.push({ code: 'source-not-found', message: `This page does not tell the same story: ${match.missing.length} of ${match.matched.length + match.missing.length} key facts are missing.` });
  }
  return flags;
}
