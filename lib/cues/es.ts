/**
 * Spanish attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'es',
  name: 'Spanish',
  script: 'latin',
  stopwords: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'se', 'del', 'las', 'un', 'por', 'con', 'una', 'su', 'para', 'es', 'al', 'lo', 'como'],
  cues: [{ id: 'according', form: 'before', words: ['según'] }],
} satisfies CueFileInput;
