/**
 * Tagalog attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'tl',
  name: 'Tagalog',
  script: 'latin',
  stopwords: ['ang', 'ng', 'sa', 'na', 'at', 'mga', 'ay', 'si', 'ni', 'para', 'hindi', 'ito', 'may', 'kay', 'din', 'rin', 'siya', 'nang', 'lang', 'pa'],
  cues: [{ id: 'according', form: 'before', words: ['ayon sa'] }],
} satisfies CueFileInput;
