/**
 * Is a block's text part of a longer text (the body Readability kept, the body a page declares)? Asked for
 * every block of a page, a search each costs blocks × text: thousands of teaser cards and comments around a
 * long read made it the slowest step of reading a big page. A text's words taken two by two answer most of
 * these at once: a block whose inner words don't follow each other in the text can't be part of it, and only
 * the others are searched. The answer is the search's, never a guess.
 */
export class TextIndex {
  private pairs: Set<string> | undefined;

  constructor(readonly text: string) {}

  /** Each pair of words that follow each other in the text (words: what lies between single spaces). */
  private pairsOf(): Set<string> {
    if (this.pairs) return this.pairs;
    const words = this.text.split(' ');
    this.pairs = new Set();
    for (let i = 0; i + 1 < words.length; i++) this.pairs.add(`${words[i]} ${words[i + 1]}`);
    return this.pairs;
  }

  /**
   * False when `part` can't be in the text: some two of its inner words don't follow each other there. (Its
   * first and last words may be the ends of longer words of the text; the words between are whole words of it.)
   */
  mayHold(part: string): boolean {
    const words = part.split(' ');
    if (words.length < 4) return true;
    const pairs = this.pairsOf();
    for (let i = 1; i + 2 < words.length; i++) if (!pairs.has(`${words[i]} ${words[i + 1]}`)) return false;
    return true;
  }
}
