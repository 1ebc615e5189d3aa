/**
 * A ministry's head is its minister, and ministers are people (corpus Conventions: "People are never sources,
 * whatever their office"): "Глава МВД Владимир Колокольцев заявил", "сообщил глава МВД Франции", "el titular del
 * Ministerio de Salud dijo" credit no one. Its spokesperson or press office still speaks for it ("пресс-секретарь
 * МИД", "глава пресс-службы МВД": the word before the ministry is no head's), as a firm's head speaks for the firm.
 */
import type { ReadContext } from './context';
import type { Finding } from './finding';
import { tokenizeTail } from './tokens';

/** How far before the name the head's title may stand, in tokens: the title and its link words ("titular del"). */
const REACH = 6;

/** Is the finding's body a ministry: one the registry files as such, or a name opening as the language's do? */
function ministry(ctx: ReadContext, f: Finding): boolean {
  if (f.known && /ministry/i.test(`${f.known.id} ${f.known.name}`)) return true;
  const name = f.name.toLowerCase();
  return ctx.ministryNames.some((w) => name.startsWith(w));
}

/**
 * Does a head's title stand right before the ministry's name in the sentence (link words and articles between)?
 * A spokesperson's or press office's word there (the language's roles, which are titles too) speaks for it.
 */
export function ministerSpeaks(ctx: ReadContext, sentence: string, f: Finding): boolean {
  if (f.role !== 'source' || !ctx.ministryNames.length || !ministry(ctx, f)) return false;
  const at = sentence.indexOf(f.name);
  if (at <= 0) return false;
  const tokens = tokenizeTail(sentence.slice(Math.max(0, at - 80), at), REACH).filter((t) => t.word);
  let i = tokens.length - 1;
  while (i >= 0 && (ctx.nameLinks.backward(tokens, i) > 0 || ctx.articles.has(tokens[i]!.text.toLowerCase()))) i--;
  if (i < 0 || ctx.roleWords.backward(tokens, i) > 0) return false;
  return ctx.positionWordsTable.backward(tokens, i) > 0 || ctx.personTitles.backward(tokens, i) > 0;
}
