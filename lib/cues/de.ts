/**
 * German attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'de',
  name: 'German',
  script: 'latin',
  stopwords: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'auf', 'für', 'nicht', 'im', 'dem', 'ein', 'eine', 'auch'],
  cues: [{ id: 'according', form: 'before', words: ['laut'] }],
} satisfies CueFileInput;
