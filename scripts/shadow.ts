/**
 * Reading and clicking our badges through their closed shadow roots: the DevTools protocol pierces them,
 * page scripts can't. Used by the e2e tests and by `npm start -- --headless` for its screenshot.
 */
import type { Page } from 'playwright-core';

export interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  /** A frame's document (same-process frames only: the ones the content script reads). */
  contentDocument?: CdpNode;
}

export interface BadgeView {
  /** Text inside the badge (its shadow root). */
  text: string;
  shadowType?: string;
  /** Tag and class of the element it is attached to. */
  parentTag: string;
  parentClass: string;
  /** The text of that element (what the badge marks). */
  parentText: string;
  /** The text of the node just before the badge (a line's badge stands right after its line). */
  beforeText: string;
  buttonNodeId?: number;
}


function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');
}

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
};

/**
 * A badge host: a plain element whose closed shadow root holds our badge button; it carries no name of ours.
 * (A page's component whose shadow tree, open or closed, holds a badged line is no badge host: the button
 * is in another host's root there.)
 */
function isBadgeHost(node: CdpNode): boolean {
  const has = (n: CdpNode): boolean => (n.nodeName === 'BUTTON' && attr(n, 'data-testid') === 'badge-button') || (n.children ?? []).some(has);
  return (node.shadowRoots ?? []).some((root) => root.shadowRootType === 'closed' && has(root));
}

function collect(root: CdpNode): (BadgeView & { buttonNodeId?: number })[] {
  const out: BadgeView[] = [];
  const walk = (node: CdpNode, parent?: CdpNode, before?: CdpNode) => {
    if (parent && isBadgeHost(node)) {
      const shadow = node.shadowRoots?.[0];
      let button: CdpNode | undefined;
      const find = (n: CdpNode) => {
        if (n.nodeName === 'BUTTON' && attr(n, 'data-testid') === 'badge-button') button = n;
        [...(n.children ?? []), ...(n.shadowRoots ?? [])].forEach(find);
      };
      if (shadow) find(shadow);
      out.push({
        text: shadow ? textOf(shadow).replace(/\s+/g, ' ').trim() : '',
        shadowType: shadow?.shadowRootType,
        parentTag: parent.nodeName,
        parentClass: attr(parent, 'class') ?? '',
        parentText: (parent.children ?? []).filter((c) => !isBadgeHost(c)).map(textOf).join('').replace(/\s+/g, ' ').trim(),
        beforeText: before ? textOf(before).replace(/\s+/g, ' ').trim() : '',
        buttonNodeId: button?.nodeId,
      });
    }
    (node.children ?? []).forEach((c, i, all) => walk(c, node, all[i - 1]));
    // A page's own shadow roots (web components, open or closed) may hold badged lines; a badge's own root is
    // no page, nor is a root the browser gives an element of its own (a <video>'s controls).
    if (!isBadgeHost(node)) for (const root of node.shadowRoots ?? []) if (root.shadowRootType !== 'user-agent') walk(root);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  return out;
}

/** Every badge in the page, read through its closed shadow root with the DevTools protocol. */
export async function badges(page: Page): Promise<BadgeView[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return collect(root);
  } finally {
    await cdp.detach();
  }
}

/** Clicks the button of the `index`-th badge (inside its closed shadow root) at its centre. */
export async function clickBadge(page: Page, index: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const nodeId = collect(root)[index]?.buttonNodeId;
    if (!nodeId) throw new Error(`no badge ${index}`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}


/** What a user sees of one badge's card: open or not, where, how tall, and where the focus is. */
export interface CardView {
  /** The badge's own button has the focus. */
  focused: boolean;
  open: boolean;
  /** The open card's box in the viewport, and its scroll and viewport sizes. */
  box?: { top: number; bottom: number; left: number; right: number; scrollHeight: number; clientHeight: number; viewWidth: number; viewHeight: number };
  /** The `dir` attribute and the computed direction of each quote in the card. */
  quotes?: { dir: string | null; direction: string; text: string }[];
}

function findAll(node: CdpNode, testId: string, out: CdpNode[] = []): CdpNode[] {
  if (attr(node, 'data-testid') === testId) out.push(node);
  [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach((c) => findAll(c, testId, out));
  return out;
}

/** Every badge's card state, in page order, read through the closed shadow roots. */
export async function cards(page: Page): Promise<CardView[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const call = async <R>(nodeId: number, fn: string): Promise<R> => {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: R } };
      return result.value;
    };
    const out: CardView[] = [];
    for (const badge of findAll(root, 'badge')) {
      const button = findAll(badge, 'badge-button')[0]!;
      const card = findAll(badge, 'badge-card')[0];
      const focused = await call<boolean>(button.nodeId, 'function () { return this.getRootNode().activeElement === this; }');
      const view: CardView = { focused, open: !!card };
      if (card) {
        view.box = await call(card.nodeId, `function () { const r = this.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrollHeight: this.scrollHeight, clientHeight: this.clientHeight,
            viewWidth: document.documentElement.clientWidth, viewHeight: innerHeight }; }`);
        view.quotes = [];
        for (const q of findAll(card, 'badge-quote')) {
          view.quotes.push(await call(q.nodeId, 'function () { return { dir: this.getAttribute("dir"), direction: getComputedStyle(this).direction, text: this.textContent }; }'));
        }
      }
      out.push(view);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The markup of the badge whose card is open (its closed shadow root's children, styles included), or undefined. */
export async function openBadgeMarkup(page: Page): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadows: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      for (const s of n.shadowRoots ?? []) if (findAll(s, 'badge-card').length) shadows.push(s);
      [...(n.children ?? []), ...(n.shadowRoots ?? [])].forEach(walk);
    };
    walk(root);
    const shadow = shadows[0];
    if (!shadow) return undefined;
    const parts: string[] = [];
    for (const child of shadow.children ?? []) parts.push(((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML);
    return parts.join('');
  } finally {
    await cdp.detach();
  }
}

/** The boxes of the "show in page" highlight marks (in a closed shadow root), in viewport coordinates. */
export async function revealMarks(page: Page): Promise<{ top: number; bottom: number; left: number; right: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const mark of findAll(root, 'reveal-mark')) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: mark.nodeId })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
      out.push({ left: x1, top: y1, right: x2, bottom: y3 });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
