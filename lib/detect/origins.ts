/**
 * The page an article copies, where the page links it rather than printing its address: a link under an
 * origin statement ("This article first appeared on …", "Artikel ini telah tayang di …", "Link bài gốc"),
 * and a credit line linked to the original ("Theo TTXVN" at the end, "KVELLER via JTA —"). A link on a
 * source named inside a sentence ("according to the Post") is that source's own link, never the origin.
 */
import type { PageBlock } from '../page-data';
import { foldWords } from '../fold';
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';

/** Origin statements are a line or two; a longer block is the article's text naming another article. */
const STATEMENT_CHARS = 500;
/** A credit line ("Theo TTXVN", "Nguồn: VOV") is its cue and its name, and at most this many words more. */
const CREDIT_LINE_EXTRA_WORDS = 2;
/** Cues that credit the whole text wherever they stand: datelines, bylines, end-credit lines. */
const WHOLE_TEXT_CUES = new Set(['dateline', 'byline', 'credit-line']);

// Paths of pages that are no article: tags, topics, authors, sections' front pages.
const NOT_ARTICLE = /\/(?:tags?|topics?|topik|chu-de|tu-khoa|themen?|author|authors|autor|penulis|tac-gia|reporter|profile|category|kategori|section)(?:[/?#.]|$)/i;

/**
 * An article's address, not a site's front page, a section or a tag: a path whose last part is a slug or
 * holds an id ("/the-giant-flower-parasite-20210421/", "/a-123456.html"), or a query that holds one.
 */
export function articleShaped(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(url.protocol) || NOT_ARTICLE.test(url.pathname)) return false;
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  return (last.match(/-/g)?.length ?? 0) >= 2 || /\d{4,}/.test(last) || last.length >= 24 || QUERY_ID.test(url.search);
}

// An article's id in the query ("view.do?ncd=7645555", "article?id=jnn-20231102-6119173"): a value with a long number.
const QUERY_ID = /[?&][\w.]{1,20}=[\w.-]{0,20}\d{5}/;

const hostOf = (href: string) => {
  try {
    return new URL(href).host.replace(/^www\./, '');
  } catch {
    return '';
  }
};

function finding(block: PageBlock, href: string, cue: string, cueText: string): Finding {
  return { role: 'basedOn', name: href, evidence: clip(block.text), block: block.index, cue, cueText, kind: 'unknown' };
}

/** The origin phrase a block holds, if any ("first appeared on", "bài gốc"), folded. */
function originPhrase(text: string, ctx: ReadContext): string | undefined {
  const folded = ` ${foldWords(text, false)} `;
  // In scripts written without spaces a phrase stands inside a sentence with no space around it ("…記事からの転載です").
  return ctx.originPhrases.find((p) => folded.includes(UNSPACED.test(p) ? p : ` ${p} `));
}

// A phrase in Chinese, Japanese or Thai letters only.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]+$/u;

/**
 * A block that says the text comes from elsewhere, with a link to an article: that article is the origin.
 * The link whose own text is the phrase ("Read the original article") wins, else the first article link.
 */
export function originStatementFindings(block: PageBlock, ctx: ReadContext): Finding[] {
  if (block.text.length > STATEMENT_CHARS || block.links.length === 0) return [];
  const phrase = originPhrase(block.text, ctx);
  if (!phrase) return [];
  const articles = block.links.filter((l) => articleShaped(l.href));
  const own = articles.find((l) => originPhrase(l.text, ctx));
  const link = own ?? articles[0];
  return link ? [finding(block, link.href, 'origin.statement', phrase)] : [];
}

/** A line that is only a cue and a name ("Theo TTXVN", "Nguồn: VOV"), not a sentence ("X reported on …"). */
function creditLine(text: string, name: string, cueText: string): boolean {
  const words = foldWords(text, false).split(' ').filter(Boolean);
  const used = new Set([...name.split(' '), ...foldWords(cueText, false).split(' ')]);
  return words.filter((w) => !used.has(w)).length <= CREDIT_LINE_EXTRA_WORDS;
}

/**
 * A credit line whose credited name is linked to an article ("Theo <a href=…>TTXVN</a>", a byline's
 * "<a>KVELLER</a> via JTA"): the article it links is the origin of the whole text.
 */
export function linkedCreditFindings(block: PageBlock, found: Finding[]): Finding[] {
  if (block.links.length === 0) return [];
  const out: Finding[] = [];
  for (const f of found) {
    if (f.role !== 'source') continue;
    const name = foldWords(f.name, true);
    if (!WHOLE_TEXT_CUES.has(f.cue) && block.kind !== 'byline' && !creditLine(block.text, name, f.cueText)) continue;
    const link = block.links.find((l) => {
      const text = foldWords(l.text, true);
      return !!text && (` ${text} `.includes(` ${name} `) || text === foldWords(block.text, true)) && articleShaped(l.href);
    });
    if (link && !out.some((o) => o.name === link.href)) out.push(finding(block, link.href, 'origin.linked-credit', f.name));
  }
  return out;
}

/** Drops origins on the page's own site ("Publikacja dostępna na stronie: <its own address>"). */
export function offSite(href: string, pageUrl: string): boolean {
  const host = hostOf(href);
  return !!host && host !== hostOf(pageUrl);
}
