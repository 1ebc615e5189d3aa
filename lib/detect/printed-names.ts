/**
 * Capitalized words the story prints inside a sentence, after a small-letter word or a comma ("… pledged,
 * and Amazon simply offers the backend", "a deal with Nomura"): there the capital says a name. A registry name
 * that is also an ordinary word ("Amazon", "Apple", "Nomura") opening a sentence is read as the word, not the
 * name ("People say…", "Science says…"); printed as a name elsewhere in the same story, it opens "Amazon says
 * that …" as the name. After a capitalized word ("Kirstjen Nielsen") it is a person's name and does not count.
 */
import type { NameIndex } from './org';

/** A word, or a comma, semicolon or colon standing alone. */
const TOKEN = /[\p{L}\p{N}&'’.-]+|[,;:]/gu;
const SMALL = /^\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
/** A word that closes a sentence ("here.", "it?") is no small word before a name. */
const CLOSING = /[.!?]$/u;

/** The capitalized words printed after a small-letter word or a comma anywhere in `texts`. */
export function wordsPrintedAsNames(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    let prevSmall = false;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const t = m[0];
      if (prevSmall && CAPITAL.test(t)) out.add(t.replace(/['’]s$|[.,]$/u, ''));
      prevSmall = t === ',' || t === ';' || t === ':' || (SMALL.test(t) && !CLOSING.test(t));
    }
  }
  return out;
}

/**
 * The index, answering too whether every capitalized word of a name is printed as a name in this story. The
 * story's words are gathered on the first ask (most stories never ask: it is a word-like name opening a
 * sentence), and lookups go to the index's own `find` unwrapped (it is the detection's hottest call).
 */
export function withPrintedNames(index: NameIndex, texts: () => Iterable<string>): NameIndex {
  let printed: Set<string> | undefined;
  return {
    find: index.find.bind(index),
    printedAsName(name: string) {
      printed ??= wordsPrintedAsNames(texts());
      const words = name.split(/\s+/u).filter((w) => CAPITAL.test(w));
      return words.length > 0 && words.every((w) => printed!.has(w.replace(/['’]s$|[.,]$/u, '')));
    },
  };
}
