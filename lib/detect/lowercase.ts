/**
 * Names the press prints starting with a small letter ("dpa", "taz", "epd", "t-online", "n-tv", and brands in
 * camel case: "detikFinance", "kumparanNEWS", "bioRxiv"): the name reader goes by capitals, so without this
 * "laut dpa", "wie dpa meldet", "dilansir dari detikFinance" credit no one. Only names the registry itself
 * prints so, letter for letter, and of three or more characters: an ordinary word the registry knows with a
 * capital ("time", "welt") stays a word.
 */
import { DATA } from '../outlets/data/index';

const PRINTED_LOWER = /^\p{Ll}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u;

let names: Set<string> | undefined;

function lowercaseNames(): Set<string> {
  if (!names) {
    names = new Set();
    for (const o of DATA.flat()) {
      const words = new Set(o.words ?? []);
      for (const n of [o.name, ...(o.aliases ?? [])]) if (n.length >= 3 && PRINTED_LOWER.test(n) && !words.has(n)) names.add(n);
    }
  }
  return names;
}

/** Is this word a name the registry prints in small letters, as printed here? */
export const isLowercaseName = (word: string): boolean => word.length >= 3 && PRINTED_LOWER.test(word) && lowercaseNames().has(word);
