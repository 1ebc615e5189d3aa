/**
 * The bodies an article has named so far, sentence by sentence: the press names a body in full once and then
 * by a short form ("Delta Air Lines … Delta said", "Microsoft Corp … Microsoft told", "Manchester United …
 * United said") or by its kind ("Whole Foods Market Inc … the company also said"). A short form alone looks
 * like a person's name; remembered, it stands for the full name, which is what is credited.
 */
import type { ReadContext } from './context';
import type { NameIndex } from './org';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';

interface Body {
  full: string;
  /** The name's words, link words left out ("Bank", "America" for "Bank of America"). */
  words: string[];
  linked: boolean;
  company: boolean;
  /** The sentence it was last named in. */
  at: number;
}

/** Bodies remembered: the latest ones, since a short form points at a body named not long before. */
const MAX_BODIES = 64;
/** How many sentences back "the company" may point: the nearest firm named within a short paragraph. */
const COMPANY_REACH = 6;

export class ArticleBodies {
  private bodies: Body[] = [];
  /** Last words of names shaped like a person's ("Boris Johnson"), with the sentence they were last seen in. */
  private surnames = new Map<string, number>();
  /** First words of those names ("Boris"): the press calls some people by their first name ("Tessa explained"). */
  private forenames = new Set<string>();
  private sentence = 0;

  /** Called once per sentence read, after its findings: names it mentions that are bodies on their face. */
  scan(ctx: ReadContext, index: NameIndex, text: string): void {
    this.sentence++;
    const tokens = tokenize(text, 0, 400);
    for (let i = 0; i < tokens.length; ) {
      if (!runToken(ctx, tokens, i)) {
        i++;
        continue;
      }
      let j = i;
      for (;;) {
        // A title or a role inside a run starts a person ("Association President Keith Gambill"). One word
        // before it may be a first name the title's word cut off ("Tessa Bishop": "Bishop" is also a title).
        if (personAt(ctx, tokens, j + 1)) {
          if (j === i && !isAcronym(tokens[i]!)) this.forenames.add(tokens[i]!.text);
          break;
        }
        if (runToken(ctx, tokens, j + 1)) j++;
        else if ((tokens[j + 1]?.text === '&' || ctx.nameLinks.forward(tokens, j + 1) === 1) && runToken(ctx, tokens, j + 2)) j += 2;
        else break;
      }
      this.consider(ctx, index, text, tokens, i, j);
      i = j + 1;
    }
  }

  /** A name a cue credited: remembered, so a later short form of it counts too. */
  credited(ctx: ReadContext, name: string, company: boolean): void {
    const tokens = tokenize(name).filter((t) => t.word);
    if (tokens.length) this.remember(name, tokens, company || ctx.companyWords.occursIn(tokens));
  }

  /**
   * The full name a one-word mention stands for: a body named before whose first word it is ("Delta" for
   * "Delta Air Lines"), or whose last word, when that is no kind of body ("United" for "Manchester United",
   * not "America" for "Bank of America"); the latest such body.
   */
  expand(ctx: ReadContext, short: string): string | undefined {
    if (/\s/.test(short)) return undefined;
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      // "Johnson & Johnson … Boris Johnson … Johnson said": the person named since is meant.
      if ((this.surnames.get(short) ?? -1) >= b.at) return undefined;
      if (b.full === short) return b.full;
      if (b.words.length < 2) continue;
      if (b.words[0] === short) return b.full;
      const last = b.words[b.words.length - 1]!;
      if (last === short && !b.linked && !ctx.orgWords.has(last)) return b.full;
    }
    return undefined;
  }

  /** Was the word seen as the last word of a person's name ("Smith" after "Jane Smith")? */
  surname(word: string): boolean {
    return this.surnames.has(word);
  }

  /** Was the word seen as the first or the last word of a person's name ("Jane" or "Smith" after "Jane Smith")? */
  personWord(word: string): boolean {
    return this.surnames.has(word) || this.forenames.has(word);
  }

  /**
   * Is a name the closing words of a body named before ("America" after "Bank of America")? A state's name
   * there is that body's name cut short, not the state speaking.
   */
  closes(name: string): boolean {
    const words = name.split(/\s+/).filter(Boolean);
    if (!words.length) return false;
    return this.bodies.some((b) => b.words.length > words.length && words.every((w, i) => b.words[b.words.length - words.length + i] === w));
  }

  /** The company named nearest before, within a few sentences ("the company also said"); `firm` may ask more of it. */
  nearestCompany(firm: (name: string) => boolean = () => true): string | undefined {
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      if (this.sentence - b.at > COMPANY_REACH) return undefined;
      if (b.company && firm(b.full)) return b.full;
    }
    return undefined;
  }

  private consider(ctx: ReadContext, index: NameIndex, text: string, tokens: readonly Token[], i: number, j: number): void {
    let a = i;
    while (a < j && ctx.stopwords.has(tokens[a]!.text.toLowerCase()) && !isAcronym(tokens[a]!)) a++;
    // A person's title opens a person's name ("President Biden"), not a body's: its last word is a surname.
    if (personAt(ctx, tokens, a)) {
      if (j > a) this.surnames.set(tokens[j]!.text, this.sentence);
      return;
    }
    const run = tokens.slice(a, j + 1).filter((t) => t.word);
    const name = text.slice(tokens[a]!.start, tokens[j]!.end);
    const known = index.find(name);
    // "the retailer Whole Foods", "airline Delta": a kind of firm in small letters says the name is one.
    const kind = tokens[i - 1] && /^\p{Ll}/u.test(tokens[i - 1]!.text) ? ctx.companyWords.backward(tokens, i - 1) : 0;
    const designated = ctx.companyWords.occursIn(run);
    // Where every noun has a capital, only what the registry knows or a company's legal form says is a name.
    const body = ctx.capitalizedNouns ? !!known || (designated && run.length >= 2) : !!known || kind > 0 || ctx.orgWords.occursIn(run);
    if (!body) {
      const last = run[run.length - 1]!;
      if (run.length >= 2 && run.length <= 3 && isCapitalized(last) && !isAcronym(last)) {
        this.surnames.set(last.text, this.sentence);
        if (isCapitalized(run[0]!) && !isAcronym(run[0]!)) this.forenames.add(run[0]!.text);
      }
      if (this.surnames.size > MAX_BODIES * 4) this.surnames.clear();
      if (this.forenames.size > MAX_BODIES * 4) this.forenames.clear();
      return;
    }
    this.remember(name, run, known ? known.kind === 'company' : designated || kind > 0);
  }

  private remember(full: string, tokens: Token[], company: boolean): void {
    const words = tokens.filter((t) => isCapitalized(t) || isAcronym(t)).map((t) => t.text);
    if (!words.length) return;
    const linked = tokens.some((t) => !isCapitalized(t) && !isAcronym(t));
    this.bodies = this.bodies.filter((b) => b.full !== full);
    this.bodies.push({ full, words, linked, company, at: this.sentence });
    if (this.bodies.length > MAX_BODIES) this.bodies.shift();
  }
}

/** A person's title, speaker role or position starts here. */
function personAt(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  return ctx.personTitles.forward(tokens, i) > 0 || ctx.roleWords.forward(tokens, i) > 0 || ctx.positionWordsTable.forward(tokens, i) > 0;
}

/** A token that may be part of a name in a run of capitals: capitalized or an acronym, no day or month. */
function runToken(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.word && (isCapitalized(t) || isAcronym(t)) && ctx.calendar.forward(tokens, i) === 0;
}
