/**
 * Stage 4: the provenance chain as a reader follows it: this page → the page(s) it says it is based on →
 * the outlets and bodies it credits. When a page is based on another, its credits came with the copied
 * text, so they hang from that page.
 */
import type { BasedOn, Chain, Source } from './report';

export function buildChain(page: { url: string; title: string; lang: string }, basedOn: BasedOn[], sources: Source[]): Chain {
  const nodes: Chain['nodes'] = [{ id: 'page', type: 'page', label: page.title || page.url, lang: page.lang, ...(/^https?:/.test(page.url) ? { url: page.url } : {}) }];
  const edges: Chain['edges'] = [];
  basedOn.forEach((b, i) => {
    const id = `based-on-${i + 1}`;
    nodes.push({ id, type: 'based-on', label: b.outlet?.name ?? new URL(b.url).hostname.replace(/^www\./, ''), url: b.url, lang: b.lang });
    edges.push({ from: 'page', to: id, rel: 'based-on' });
  });
  const creditor = basedOn.length ? 'based-on-1' : 'page';
  sources.forEach((s, i) => {
    const id = `source-${i + 1}`;
    nodes.push({ id, type: 'source', label: s.printed ?? s.name, url: s.links[0]?.url });
    edges.push({ from: creditor, to: id, rel: 'credits' });
  });
  return { nodes, edges };
}
