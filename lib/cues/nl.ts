/**
 * Dutch attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'nl',
  name: 'Dutch',
  script: 'latin',
  stopwords: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij'],
  cues: [{ id: 'according', form: 'before', words: ['volgens'] }],
} satisfies CueFileInput;
