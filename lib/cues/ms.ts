/**
 * Malay attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ms',
  name: 'Malay',
  script: 'latin',
  stopwords: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'kerana', 'tersebut', 'boleh', 'ada', 'mereka', 'lebih'],
  cues: [{ id: 'according', form: 'before', words: ['menurut'] }],
} satisfies CueFileInput;
