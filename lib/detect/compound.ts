/**
 * A body's name glued to the role or the position of the person who speaks for it: German compounds
 * ("Condor-Sprecherin Magdalena Hauser", "Waymo-Chef John Krafcik kündigte an") and English noun compounds
 * ("Waymo CEO John Krafcik said", "Rosneft chief executive Igor Sechin told"). A spokesperson counts for the
 * body whatever it is; an executive's position only for a firm or an organization: a head of government or
 * of an unnamed party ("Kreml-Chef Putin", "FDP-Chef Lindner") is a person speaking, as the labels count.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { readBackward } from './names';
import { judge, type NameIndex, type Verdict } from './org';
import { isAcronym, tokenize, tokenizeTail } from './tokens';

const LINKED = /^\s+(?:von|vom|der|des|bei|of|at|for)\s/u;
/** An acronym with a small letter inside, as parties print theirs ("AfD", "BSW" is a plain one). */
const PARTY_SHAPE = /^\p{Lu}+\p{Ll}\p{Lu}+$/u;

/** The name the role or position at `at` is glued to, read backwards, with its verdict; or null. */
function gluedName(ctx: ReadContext, index: NameIndex, text: string, at: number, word: string) {
  const hyphen = text[at - 1] === '-';
  // Spaced compounds are English's: the position in small letters or an acronym ("CEO"), a person's name after
  // it. (German capitalizes every noun: "Frankreichs Präsident Macron" is no compound.)
  if (!hyphen && !(/^[\p{Ll}\s]+$/u.test(word) || isAcronym({ text: word, start: 0, end: 0, word: true }))) return null;
  if (!hyphen && !/^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 3))) return null;
  // "der Deutschland-Chef von Flixbus": a position going on to its body names a region or a division before it.
  if (LINKED.test(text.slice(at + word.length, at + word.length + 12))) return null;
  const span = readBackward(ctx, text, hyphen ? at - 1 : at, (t) => index.find(t));
  if (!span || span.titled) return null;
  // Glued by a hyphen, the whole word before it is the name: "Editor-in-Chief" names no one.
  if (hyphen && /[-‐]\p{Ll}/u.test(text.slice(span.start, at))) return null;
  const words = tokenize(span.text).filter((t) => t.word);
  if (ctx.notBodies.backward(words, words.length - 1) > 0) return null;
  // A former holder speaks for no one ("Ex-Siemens-Chef", "former Nissan chairman").
  const before = tokenizeTail(text.slice(Math.max(0, span.start - 30), span.start), 2);
  if (before.length && ctx.formerWords.backward(before, before.length - 1) > 0) return null;
  if (span.text.split(/[\s-]+/).some((w) => ctx.formerWords.has(w))) return null;
  const v = judge({ ...span, roleHint: true }, ctx, index, false);
  return v.accept ? { span, v } : null;
}

/** Whether an executive's position speaks for this body: a firm or organization, not a government or a party. */
function speaksForIt(ctx: ReadContext, name: string, v: Verdict): boolean {
  if (v.known?.kind === 'government' || v.known?.kind === 'international' || v.known?.kind === 'party') return false;
  const words = tokenize(name).filter((t) => t.word);
  // Parties are printed as acronyms ("SPD-Chef", "GOP chairman"; firms the registry knows as such stay:
  // "BMW-Chef") or end in `notBodies` ("Grünen-Chefin", "Labour Party chairman").
  if (words.length === 1 && isAcronym(words[0]!) && v.known?.kind !== 'company') return false;
  // So is a party's mixed-case acronym, its state's name before it ("Thüringens AfD-Chef", "BSW-Chefin").
  if (PARTY_SHAPE.test(words[words.length - 1]!.text) && !v.known) return false;
  return !ctx.affiliationWords.occursIn(words);
}

/**
 * Sources credited through a role or a position glued to the body's name, in a sentence that reports
 * speech. `roles` and `executives` are the languages' tables compiled as global regexes.
 */
export function compoundFindings(s: { text: string; block: number }, ctx: ReadContext, index: NameIndex, roles: RegExp | undefined, executives: RegExp | undefined): Finding[] {
  const out: Finding[] = [];
  for (const [re, position] of [[roles, false], [executives, true]] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      // Roles spaced from the name are read by roleFindings already ("SpaceX spokesman").
      if (!position && s.text[m.index - 1] !== '-') continue;
      const found = gluedName(ctx, index, s.text, m.index, m[0]);
      if (!found || (position && !speaksForIt(ctx, found.span.text, found.v))) continue;
      const { span, v } = found;
      out.push({ role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.compound`, cueText: m[0], kind: v.kind, known: v.known });
    }
  }
  return out;
}
