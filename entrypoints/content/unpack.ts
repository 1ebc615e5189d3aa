/** The reader's answer to the copy, checked and placed on the live page (the content script's second stage). */
import { FromReader } from '../../lib/messages';
import { step, type Step } from '../../lib/steps';
import type { LiveBlock, OffPageRead } from './copy';

/** `elements`: the live elements the copy numbered; `steps`: the content script's steps so far. */
export function unpack(raw: unknown, elements: Element[], steps: Step[]): OffPageRead {
  const result = FromReader.parse(raw);
  const blocks = new Map<number, LiveBlock>();
  for (const [block, el, end] of result.anchors) {
    const live = elements[el];
    if (live) blocks.set(block, { el: live, ...(elements[end] ? { end: elements[end] } : {}) });
  }
  const unpacked = [...steps, step('unpacked')];
  return { reply: { ...result.reply, steps: [...unpacked, ...(result.reply.steps ?? [])] }, blocks };
}
