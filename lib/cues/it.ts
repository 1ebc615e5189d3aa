/**
 * Italian attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'it',
  name: 'Italian',
  script: 'latin',
  stopwords: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'in', 'non', 'una', 'sono', 'del', 'della', 'con', 'si', 'da', 'al', 'le', 'gli', 'dei'],
  cues: [{ id: 'according', form: 'before', words: ['secondo'] }],
} satisfies CueFileInput;
