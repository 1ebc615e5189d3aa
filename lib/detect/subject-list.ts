/**
 * Several bodies as the subject of one reporting verb: "Reuters and Bloomberg reported", "Bộ Y tế và Bộ Công an
 * cho biết", "Kementerian Kesehatan dan Kementerian Dalam Negeri menyatakan", "the Health Ministry and the
 * Interior Ministry said". Read back from the verb, the list is one run of capitals (a joiner the language also
 * writes inside names: "and", "và", "dan", "&") or stops at the last item (an article before it). Each item
 * counts only if it is a body on its own (the registry, an organization word, an acronym): a joiner inside one
 * name ("Bộ Tài nguyên và Môi trường", "Procter & Gamble") leaves a side that is none, and a person in the list
 * ("Jane Roe and the ministry") ends it.
 */
import type { ReadContext } from './context';
import { QUOTES, readBackward, shrinkToKnown, type NameSpan } from './names';
import { quotedTitle } from './word-name';
import { judge, type NameIndex } from './org';
import { tokenize, tokenizeTail } from './tokens';

/** Items read before the last one, at most. */
const MAX_ITEMS = 4;
/** Nothing, or an acronym in brackets; or the quote closing a quoted item ("„Spiegel“ und"). */
const ACRONYM_AFTER = /^(?:\s*\([^()]{1,16}\))?$|^\s*["“”»«]$/u;

const item = (text: string, start: number, end: number): NameSpan => ({ text: text.slice(start, end), start, end, titled: false, outletHint: false, roleHint: false });

/**
 * Is the span a body on its own, whatever cue stands beside it: one the registry knows, an acronym, or a name an
 * organization word opens ("Bộ Công an", "Kementerian Dalam Negeri")? Not the rest of a name a joiner runs
 * through ("Môi trường" of "Bộ Tài nguyên và Môi trường").
 */
function bodyOnItsOwn(ctx: ReadContext, index: NameIndex, span: NameSpan, text: string): boolean {
  if (span.titled) return false;
  const v = judge(shrinkToKnown(span, (t) => index.find(t)), ctx, index, false);
  if (!v.accept || !v.orgLike) return false;
  const tokens = tokenize(span.text).filter((t) => t.word);
  const first = tokens[0];
  // A paper named by an ordinary word is one in its quotes ("„Spiegel“ und „Welt“ berichten").
  return !!first && ((!!v.known && (!v.known.word || quotedTitle(text, span))) || v.why === 'acronym' || ctx.orgWords.forward(tokens, 0) > 0 || (ctx.articles.has(first.text.toLowerCase()) && ctx.orgWords.forward(tokens, 1) > 0));
}

/** One run of capitals that joins bodies ("Reuters and Bloomberg"): its items, or the run itself. */
function splitRun(ctx: ReadContext, index: NameIndex, text: string, read: NameSpan): NameSpan[] {
  if (index.find(read.text)) return [read];
  const tokens = tokenize(read.text, read.start);
  for (let i = 1; i < tokens.length - 1; i++) {
    const n = ctx.listJoiners.forward(tokens, i);
    if (!n || i + n >= tokens.length) continue;
    const left = item(text, read.start, tokens[i - 1]!.end);
    const right: NameSpan = { ...read, ...item(text, tokens[i + n]!.start, read.end) };
    if (bodyOnItsOwn(ctx, index, left, text) && bodyOnItsOwn(ctx, index, right, text)) return [left, ...splitRun(ctx, index, text, right)];
  }
  return [read];
}

/** The items of a list that end where `first` starts ("the Health Ministry and …"), first to last. */
function itemsBefore(ctx: ReadContext, index: NameIndex, text: string, first: number): NameSpan[] {
  const out: NameSpan[] = [];
  let start = first;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const tokens = tokenizeTail(text.slice(0, start), 6);
    let i = tokens.length - 1;
    // "und die „Welt“ berichten": the quote that opens a quoted later item, then its article.
    if (QUOTES.has(tokens[i]?.text ?? '')) i--;
    // "… and the Interior Ministry said": the article before the later item.
    if (ctx.articles.has(tokens[i]?.text.toLowerCase() ?? '')) i--;
    const joiner = ctx.listJoiners.backward(tokens, i);
    // "A, B and C said": a comma joins the items before the joiner.
    if (joiner) i -= joiner;
    else if (out.length && tokens[i]?.text === ',') i--;
    else break;
    const prev = tokens[i];
    if (!prev) break;
    const read = readBackward(ctx, text, prev.end, (t) => index.find(t));
    // The item ends the stretch, or only its acronym in brackets follows it ("Kementerian Kesehatan (Kemenkes) dan").
    if (!read || !ACRONYM_AFTER.test(text.slice(read.end, prev.end)) || !bodyOnItsOwn(ctx, index, read, text)) break;
    out.unshift(...splitRun(ctx, index, text, read));
    start = read.start;
  }
  return out;
}

/** The subject read back from a verb, as the list of bodies it is (one item when it is one name). */
export function subjectList(ctx: ReadContext, index: NameIndex, text: string, read: NameSpan): NameSpan[] {
  const run = splitRun(ctx, index, text, read);
  if (!bodyOnItsOwn(ctx, index, run[0]!, text)) return run;
  return [...itemsBefore(ctx, index, text, run[0]!.start), ...run];
}
