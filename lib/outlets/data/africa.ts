/**
 * Africa: newspapers, broadcasters, news sites.
 * Facts: each outlet's or body's own site and public references. Edit: one entry per outlet; aliases as the
 * press prints them in any language or script; domains without `www.`; ownership only with a public URL
 * stating it. test/outlets/registry.test.ts checks every entry.
 */
import type { OutletInput } from '../schema';

export default [
] satisfies OutletInput[];
