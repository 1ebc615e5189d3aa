/**
 * Portuguese attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'pt',
  name: 'Portuguese',
  script: 'latin',
  stopwords: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as'],
  cues: [{ id: 'according', form: 'before', words: ['segundo'] }],
} satisfies CueFileInput;
