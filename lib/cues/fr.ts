/**
 * French attribution cues. STUB: a first cue only; to be filled from the press's own usage.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'fr',
  name: 'French',
  script: 'latin',
  stopwords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'est', 'par'],
  cues: [{ id: 'according', form: 'before', words: ['selon'] }],
} satisfies CueFileInput;
