/**
 * The UI's words outside the extension: the CLI and the tests read the extension's own message files
 * (public/_locales/<lang>/messages.json) the way browser.i18n.getMessage does, so "Copy as text" and the
 * terminal say the same words as the popup.
 */
import en from '../public/_locales/en/messages.json';

/** A message by its key, with its substitutions ($1…$9); the key itself when there is none. */
export type Words = (key: string, substitutions?: string | string[]) => string;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Words from a messages.json, as browser.i18n.getMessage gives them. */
export function wordsFrom(messages: Record<string, Message>): Words {
  return (key, substitutions) => {
    const m = messages[key];
    if (!m) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const named = m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? whole);
    return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
  };
}

export const englishWords: Words = wordsFrom(en as Record<string, Message>);
