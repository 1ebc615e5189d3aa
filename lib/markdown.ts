/**
 * The report as Markdown, for people who keep notes or file a correction: the page, when it was traced and
 * by which version, every source with its evidence and links, photo credits, basedOn, the hops of a
 * followed chain and the flags. Pure: the popup's export and the CLI's `--markdown` print the same text.
 *
 * Every string the page supplied is hostile: it is escaped so it stays text (no link, no HTML, no heading),
 * stripped of bidi controls, and only http(s) addresses ever become links.
 *
 * Every word of it is the UI's (the popup passes its i18n, the CLI gets English from the same messages.json,
 * lib/words.ts): headings, labels, links, flags, kinds and hop states, never codes ("search:",
 * "**republished**"); a link's text says where it goes, its target is the address.
 */
import { archived, sourceLinkWords } from './link-words';
import { stripBidi } from './bidi';
import { creditWords, excerpt } from './excerpt';
import { readableUrl } from './readable-url';
import type { Evidence, Flag, Hop, Link, Report, Source } from './report';
import { candidateNames, kindLine, ownershipWords, shownName } from './shown';
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

/** The bodies a shared name the story did not settle may stand for, each with its country's name. */
function sharedNames(s: Source, t: Words): string {
  const names = candidateNames(s, t).map((c) => escapeText(c)).join(', ');
  return say(t, 'md_sharedName', `not identified: one of ${names}`, names);
}

function sourceLines(s: Source, i: number, t: Words): string[] {
  const lines = [`### ${i + 1}. ${escapeText(shownName(s))}`, ''];
  const what = s.outlet
    ? `${escapeText(s.outlet.name)} (${escapeText(kindLine(s.outlet, t).replace(' · ', ', ') || s.outlet.kind)})`
    : s.candidates?.length
      ? sharedNames(s, t)
      : say(t, 'md_notInRegistry', 'not in the registry');
  lines.push(`- ${say(t, 'md_identifiedAs', 'Identified as')}: ${what}`);
  const owned = s.outlet && ownershipWords(s.outlet, t);
  if (owned) lines.push(`- ${say(t, 'md_ownership', 'Ownership')}: ${escapeText(owned.label)}: ${link(owned.detail ?? owned.url, owned.url)}`);
  if (s.url) lines.push(`- ${say(t, 'md_linked', 'Linked in the article')}: ${address(s.url)}`);
  lines.push('', `${say(t, 'md_evidence', 'Evidence')}:`, '');
  for (const m of sentences(s.mentions, s.evidence)) lines.push(quote(m.evidence, creditWords(s.name, m.cueText, s.outlet?.aliases)), '');
  if (s.links.length) lines.push(`${say(t, 'md_links', 'Links')}:`, '', ...linkLines(s.links, shownName(s), t), '');
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
  const depth = say(t, 'md_depth', `Depth ${h.depth}`, String(h.depth));
  const credit = escapeText(h.credit ?? say(t, 'md_aSource', 'a source'));
  const via = h.via === 'based-on' ? say(t, 'md_hopBasedOn', 'based on') : say(t, 'hopOriginalOf', `original of ${credit}`, credit);
  const lines = [`- ${depth}, ${via}: ${title}: **${escapeText(status)}**${h.message ? ` (${escapeText(h.message)})` : ''}`];
  if (h.finalUrl && h.title) lines.push(`  - ${say(t, 'md_address', 'Address')}: ${address(h.url)}${h.finalUrl !== h.url ? ` → ${address(h.finalUrl)}` : ''}`);
  if (h.publisher || h.publishedTime) lines.push(`  - ${say(t, 'md_published', 'Published')}: ${[h.publisher, h.publishedTime].filter(Boolean).map((x) => escapeText(x!)).join(', ')}`);
  if (h.match) {
    const score = Math.round(h.match.score * 100);
    const missing = h.match.missing.length ? `; ${say(t, 'hopMissing', 'missing')}: ${h.match.missing.map((x) => escapeText(x)).join(', ')}` : '';
    lines.push(`  - ${say(t, 'md_sameStory', `Tells the same story: ${score}% of key facts`, String(score))} (${h.match.matched.map((x) => escapeText(x)).join(', ')}${missing})`);
  }
  if (h.sources.length) lines.push(`  - ${say(t, 'md_credits', 'Credits')}: ${h.sources.map((s) => escapeText(s.name)).join(', ')}`);
  lines.push(...h.flags.map((f) => flagLine(f, t, 'hopflag', '  ')));
  return lines;
}

/** A part of the page the read knows it missed (lib/frames.ts): credits there are not in the report. */
function unreadLine(u: NonNullable<Report['unread']>[number], t: Words): string {
  if (u.reason === 'cut') return `- ${say(t, 'md_unreadCut', 'The end of the page, past the length Sourcetrace reads: credits there are not listed.')}`;
  if (u.reason === 'shadow') return `- ${say(t, 'md_unreadShadow', 'A part of the page the site keeps closed (a closed shadow root), which Sourcetrace cannot read: credits there are not listed.')}`;
  if (!u.url) return `- ${say(t, 'md_unreadFrame', 'A frame that Sourcetrace cannot read: credits in it are not listed.')}`;
  const where = address(u.url);
  return `- ${say(t, 'md_unreadFrameFrom', `A frame from ${where} that Sourcetrace cannot read: credits in it are not listed.`, where)}`;
}

/** The report as a Markdown document, in `t`'s words (English unless told). */
export function toMarkdown(r: Report, t: Words = englishWords): string {
  // A heading or label in the UI's words; the English ones stand in for words a `t` lacks.
  const w = (key: string, english: string, sub?: string | number) => say(t, key, english, sub === undefined ? undefined : String(sub));
  const label = (key: string, english: string, value: string) => `- ${w(key, english)}: ${value}`;
  const unknown = w('md_unknown', 'unknown');
  const title = escapeText(r.title || r.url);
  const out: string[] = [`# ${w('md_title', `Sources of “${title}”`, title)}`, ''];
  out.push(label('md_page', 'Page', address(r.url)));
  if (r.page.site || r.page.publisher) out.push(label('md_publishedBy', 'Published by', escapeText(r.page.publisher ?? r.page.site ?? '')));
  if (r.page.published) out.push(label('md_published', 'Published', escapeText(r.page.published)));
  if (r.page.authors.length) out.push(label('md_authors', 'Authors', r.page.authors.map((x) => escapeText(x)).join(', ')));
  out.push(label('md_language', 'Language', escapeText(r.lang)));
  out.push(label('md_traced', 'Traced', r.tracedAt ? escapeText(r.tracedAt) : unknown));
  out.push(label('md_version', 'Sourcetrace version', r.version ? escapeText(r.version) : unknown), '');
  if (!r.isArticle) out.push(w('md_notArticle', 'Not an article: nothing to trace.'), '');
  if (r.unread?.length) out.push(`## ${w('md_notRead', 'Not read')}`, '', ...r.unread.map((u) => unreadLine(u, t)), '');

  out.push(`## ${w('md_sources', `Sources (${r.sources.length})`, r.sources.length)}`, '');
  if (!r.sources.length) out.push(w('md_noSources', 'The article credits no source.'), '');
  r.sources.forEach((s, i) => out.push(...sourceLines(s, i, t)));

  if (r.photoCredits.length) {
    out.push(`## ${w('md_photoCredits', `Photo credits (${r.photoCredits.length})`, r.photoCredits.length)}`, '');
    for (const p of r.photoCredits) {
      out.push(`- **${escapeText(p.credit)}**${p.image ? ` (${link(w('md_image', 'image'), p.image)})` : ''}`, '', quote(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText), '  '), '');
    }
  }
  if (r.basedOn.length) {
    out.push(`## ${w('md_basedOn', `Based on (${r.basedOn.length})`, r.basedOn.length)}`, '');
    for (const b of r.basedOn) {
      const who = [b.outlet?.name, b.lang].filter(Boolean).map((x) => escapeText(x!)).join(', ');
      out.push(`- ${address(b.url)}${who ? ` (${who})` : ''}`, '', quote(b.evidence, [b.url], '  '), '');
    }
  }
  if (r.hops?.length) out.push(`## ${w('md_follow', `Follow the chain (${r.hops.length} pages)`, r.hops.length)}`, '', ...r.hops.flatMap((h) => hopLines(h, t)), '');
  if (r.searches?.length) {
    out.push(`## ${w('md_searches', 'Searches for originals nothing links to')}`, '');
    out.push(...r.searches.map((s) => `- ${escapeText(s.source)}: ${link(s.terms.join(' ') || s.url, s.url)}`), '');
  }
  out.push(`## ${w('md_flags', `Flags (${r.flags.length})`, r.flags.length)}`, '');
  out.push(...(r.flags.length ? r.flags.map((f) => flagLine(f, t)) : [w('md_none', 'None.')]), '');
  return out.join('\n');
}
