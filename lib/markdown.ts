/**
 * The report as Markdown, for people who keep notes or file a correction: the page, when it was traced and
 * by which version, every source with its evidence and links, photo credits, basedOn, the hops of a
 * followed chain and the flags. Pure: the popup's export and the CLI's `--markdown` print the same text.
 *
 * Every string the page supplied is hostile: it is escaped so it stays text (no link, no HTML, no heading),
 * stripped of bidi controls, and only http(s) addresses ever become links.
 *
 * Links, flags, kinds and hop states are said in the popup's own words (its English messages, lib/words.ts),
 * never as codes ("search:", "**republished**"); a link's text says where it goes, its target is the address.
 */
import { archived, sourceLinkWords } from './link-words';
import { stripBidi } from './bidi';
import { creditWords, excerpt } from './excerpt';
import { readableUrl } from './readable-url';
import type { Evidence, Flag, Hop, Link, Report, Source } from './report';
import { kindLine, ownershipWords, shownName } from './shown';
import { englishWords, type Words } from './words';

/** Longest quote before it is cut (at word bounds, around the credit). */
export const MAX_QUOTE = 600;

// Control characters and line breaks: a page string is one line in Markdown, or it could start a block.
const CONTROL = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;
// CommonMark's backslash escapes cover all ASCII punctuation; these are the ones that can make markup inline.
const INLINE = /[\\`*_{}[\]()<>!|~&#]/g;
// What only means something at the start of a line: a heading, a list item, a rule, a quote.
const LINE_START = /^(\s*)([-+=>]|\d+[.)])/;

/** Page text as one line of plain Markdown text; `lineStart` when it opens a line (a quote's text). */
export function escapeText(s: string, lineStart = false): string {
  const flat = stripBidi(s).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const inline = flat.replace(INLINE, (c) => `\\${c}`);
  return lineStart ? inline.replace(LINE_START, (_, sp: string, mark: string) => `${sp}${mark.replace(/([-+=>.)])$/, '\\$1')}`) : inline;
}

/** Only http(s) addresses become links; their parentheses, spaces and angle brackets are percent-encoded. */
export function isHttp(url: string | undefined): url is string {
  // An address with a bidi control in it could show one site and open another: text, not a link.
  return !!url && /^https?:\/\/[^\s]+$/i.test(url) && stripBidi(url) === url;
}

function href(url: string): string {
  return url.replace(/[()<>\\"'`[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` when the address is http(s), else the text (and the address as text). */
export function link(text: string, url: string | undefined): string {
  const label = escapeText(text || url || '');
  if (!url) return label;
  if (!isHttp(url)) return url === text ? label : `${label} (${escapeText(url)})`;
  return `[${label || escapeText(url)}](${href(url)})`;
}

/** The evidence, cut to `max` characters around the credit (its name, then its cue words) as every view cuts it. */
export const cutQuote = (text: string, keep: string[], max = MAX_QUOTE): string => excerpt(text, keep, max);

/** An address as a link whose text is the address as people read it (lib/readable-url.ts). */
const address = (url: string): string => link(readableUrl(url), url);

/** The message for `key`, or `fallback` when the words have none (a `t` that echoes the key counts as none). */
function say(t: Words, key: string, fallback: string, subs?: string | string[]): string {
  const text = t(key, subs);
  return text && text !== key ? text : fallback;
}

/** A quoted sentence, as a Markdown blockquote line. */
function quote(text: string, keep: string[], indent = ''): string {
  return `${indent}> ${escapeText(cutQuote(text, keep), true)}`;
}

function linkLines(links: Link[], name: string, t: Words, indent = ''): string[] {
  // A search page has no archived copies worth opening.
  const archive = (l: Link) => isHttp(l.archive) && archived(l);
  return links.map((l) => `${indent}- ${link(sourceLinkWords(l, name, t).text, l.url)}${archive(l) ? ` (${link(say(t, 'archive', 'archived copies'), l.archive)})` : ''}`);
}

/** Each distinct sentence that credits it, in page order. */
function sentences(mentions: Evidence[], first: string): Evidence[] {
  const seen = new Set<string>();
  const all = mentions.length ? mentions : [{ evidence: first, block: 0, cue: '', cueText: '' }];
  return all.filter((m) => !seen.has(m.evidence) && !!seen.add(m.evidence));
}

function sourceLines(s: Source, i: number, t: Words): string[] {
  const lines = [`### ${i + 1}. ${escapeText(shownName(s))}`, ''];
  const what = s.outlet
    ? `${escapeText(s.outlet.name)} (${escapeText(kindLine(s.outlet, t).replace(' · ', ', ') || s.outlet.kind)})`
    : s.candidates?.length
      ? `not identified: one of ${s.candidates.map((c) => escapeText(c.name)).join(', ')}`
      : 'not in the registry';
  lines.push(`- Identified as: ${what}`);
  const owned = s.outlet && ownershipWords(s.outlet, t);
  if (owned) lines.push(`- Ownership: ${escapeText(owned.label)}: ${link(owned.detail ?? owned.url, owned.url)}`);
  if (s.url) lines.push(`- Linked in the article: ${address(s.url)}`);
  lines.push('', 'Evidence:', '');
  for (const m of sentences(s.mentions, s.evidence)) lines.push(quote(m.evidence, creditWords(s.name, m.cueText, s.outlet?.aliases)), '');
  if (s.links.length) lines.push('Links:', '', ...linkLines(s.links, shownName(s), t), '');
  return lines;
}

/** A flag as the popup says it (`prefix` "flag" for the page, "hopflag" for a followed page); its code stays in the JSON. */
function flagLine(f: Flag, t: Words, prefix = 'flag', indent = ''): string {
  const evidence = f.evidence ? cutQuote(f.evidence, [], 200) : '';
  const key = `${prefix}_${f.code.replace(/-/g, '_')}`;
  const worded = say(t, key, '', evidence);
  // A message that quotes its evidence itself needs no second quote.
  const quoted = evidence && !worded.includes(evidence) ? ` (“${escapeText(evidence)}”)` : '';
  return `${indent}- ${escapeText(worded || f.message)}${quoted}`;
}

function hopLines(h: Hop, t: Words): string[] {
  const title = h.title ? link(h.title, h.finalUrl ?? h.url) : address(h.url);
  const status = say(t, `hop_${h.status.replace(/-/g, '_')}`, h.status);
  const lines = [`- Depth ${h.depth}, ${h.via === 'based-on' ? 'based on' : `original of ${escapeText(h.credit ?? 'a source')}`}: ${title}: **${escapeText(status)}**${h.message ? ` (${escapeText(h.message)})` : ''}`];
  if (h.finalUrl && h.title) lines.push(`  - Address: ${address(h.url)}${h.finalUrl !== h.url ? ` → ${address(h.finalUrl)}` : ''}`);
  if (h.publisher || h.publishedTime) lines.push(`  - Published: ${[h.publisher, h.publishedTime].filter(Boolean).map((x) => escapeText(x!)).join(', ')}`);
  if (h.match) {
    const missing = h.match.missing.length ? `; missing: ${h.match.missing.map((x) => escapeText(x)).join(', ')}` : '';
    lines.push(`  - Tells the same story: ${Math.round(h.match.score * 100)}% of key facts (${h.match.matched.map((x) => escapeText(x)).join(', ')}${missing})`);
  }
  if (h.sources.length) lines.push(`  - Credits: ${h.sources.map((s) => escapeText(s.name)).join(', ')}`);
  lines.push(...h.flags.map((f) => flagLine(f, t, 'hopflag', '  ')));
  return lines;
}

/** A part of the page the read knows it missed (lib/frames.ts): credits there are not in the report. */
function unreadLine(u: NonNullable<Report['unread']>[number]): string {
  if (u.reason === 'cut') return '- The end of the page, past the length Sourcetrace reads: credits there are not listed.';
  const where = u.url ? ` from ${address(u.url)}` : '';
  return `- A frame${where} that Sourcetrace cannot read: credits in it are not listed.`;
}

/** The report as a Markdown document, in `t`'s words (English unless told). */
export function toMarkdown(r: Report, t: Words = englishWords): string {
  const out: string[] = [`# Sources of “${escapeText(r.title || r.url)}”`, ''];
  out.push(`- Page: ${address(r.url)}`);
  if (r.page.site || r.page.publisher) out.push(`- Published by: ${escapeText(r.page.publisher ?? r.page.site ?? '')}`);
  if (r.page.published) out.push(`- Published: ${escapeText(r.page.published)}`);
  if (r.page.authors.length) out.push(`- Authors: ${r.page.authors.map((x) => escapeText(x)).join(', ')}`);
  out.push(`- Language: ${escapeText(r.lang)}`);
  out.push(`- Traced: ${r.tracedAt ? escapeText(r.tracedAt) : 'unknown'}`);
  out.push(`- Sourcetrace version: ${r.version ? escapeText(r.version) : 'unknown'}`, '');
  if (!r.isArticle) out.push('Not an article: nothing to trace.', '');
  if (r.unread?.length) out.push('## Not read', '', ...r.unread.map(unreadLine), '');

  out.push(`## Sources (${r.sources.length})`, '');
  if (!r.sources.length) out.push('The article credits no source.', '');
  r.sources.forEach((s, i) => out.push(...sourceLines(s, i, t)));

  if (r.photoCredits.length) {
    out.push(`## Photo credits (${r.photoCredits.length})`, '');
    for (const p of r.photoCredits) {
      out.push(`- **${escapeText(p.credit)}**${p.image ? ` (${link('image', p.image)})` : ''}`, '', quote(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText), '  '), '');
    }
  }
  if (r.basedOn.length) {
    out.push(`## Based on (${r.basedOn.length})`, '');
    for (const b of r.basedOn) {
      const who = [b.outlet?.name, b.lang].filter(Boolean).map((x) => escapeText(x!)).join(', ');
      out.push(`- ${address(b.url)}${who ? ` (${who})` : ''}`, '', quote(b.evidence, [b.url], '  '), '');
    }
  }
  if (r.hops?.length) out.push(`## Follow the chain (${r.hops.length} pages)`, '', ...r.hops.flatMap((h) => hopLines(h, t)), '');
  if (r.searches?.length) {
    out.push('## Searches for originals nothing links to', '');
    out.push(...r.searches.map((s) => `- ${escapeText(s.source)}: ${link(s.terms.join(' ') || s.url, s.url)}`), '');
  }
  out.push(`## Flags (${r.flags.length})`, '');
  out.push(...(r.flags.length ? r.flags.map((f) => flagLine(f, t)) : ['None.']), '');
  return out.join('\n');
}
