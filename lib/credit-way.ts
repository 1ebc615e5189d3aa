/**
 * How a finding credits its source, in a word a reader understands: the rule ids (`photo.credit-element`,
 * `en.said-inverted`, `id.position`) are for fact-checkers and stay in the JSON export; the views show the
 * `how_<way>` message of the way instead. A language's cue says its way by its form (lib/cues/schema.ts).
 */
import type { CueForm } from './cues/schema';

export const CREDIT_WAYS = [
  'according',
  'said',
  'official',
  'source-line',
  'caption',
  'end-credit',
  'byline',
  'dateline',
  'reference',
  'linked-credit',
  'first-appeared',
  'page-data',
  'text',
] as const;
export type CreditWay = (typeof CREDIT_WAYS)[number];

/** Rules of the detector that belong to no language, by their tag. */
const GENERIC: Record<string, CreditWay> = {
  'credit-line': 'end-credit',
  byline: 'byline',
  dateline: 'dateline',
  citation: 'reference',
  'origin.linked-credit': 'linked-credit',
  'origin.statement': 'first-appeared',
  'meta.is-based-on': 'page-data',
};

/** Rules every language runs, by the part of the tag after `<lang>.`. */
const PER_LANGUAGE: Record<string, CreditWay> = {
  position: 'official',
  role: 'official',
  compound: 'official',
  state: 'said',
  antecedent: 'said',
  document: 'according',
};

const BY_FORM: Record<CueForm, CreditWay> = { before: 'according', around: 'according', after: 'said', topic: 'said', label: 'source-line' };

/**
 * The way of a cue tag. `cueOf` looks a language's cue up by its tag (the detector's registry); without it
 * (a view given an older report) a language's own cue reads as credited in the text.
 */
export function creditWay(tag: string, role: 'source' | 'photo' | 'basedOn', cueOf?: (tag: string) => { form: CueForm } | undefined): CreditWay {
  if (role === 'photo' || tag.startsWith('photo.')) return 'caption';
  const generic = GENERIC[tag];
  if (generic) return generic;
  const rule = PER_LANGUAGE[tag.slice(tag.indexOf('.') + 1)];
  if (rule) return rule;
  const form = cueOf?.(tag)?.form;
  return form ? BY_FORM[form] : 'text';
}

/** The message key of a way (`how_end_credit`). */
export const wayKey = (way: CreditWay): string => `how_${way.replace(/-/g, '_')}`;
