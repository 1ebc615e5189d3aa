/**
 * Bytes → text, with no DOM: the follower decodes fetched pages in the background, which must not carry
 * an HTML parser (lib/html.ts), so decoding lives apart from parsing.
 */

/** Decodes bytes: UTF-8 when they are valid UTF-8 (pages often lie about their charset), else as declared. */
export function decode(bytes: Uint8Array, contentType?: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]{0,200}charset=["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}
