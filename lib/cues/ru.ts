/**
 * Russian attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ru',
  name: 'Russian',
  script: 'cyrillic',
  stopwords: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'из', 'за', 'к', 'но', 'от', 'о', 'для', 'а', 'его', 'так'],
  cues: [{ id: 'according', form: 'before', words: ['по данным'] }],
} satisfies CueFileInput;
