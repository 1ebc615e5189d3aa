/**
 * Turkish attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'tr',
  name: 'Turkish',
  script: 'latin',
  stopwords: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'daha', 'çok', 'gibi', 'en', 'ne', 'ki', 'o', 'sonra', 'kadar', 'her', 'olan', 'ise'],
  cues: [{ id: 'according', form: 'after', words: ['göre'] }],
} satisfies CueFileInput;
