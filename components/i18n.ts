/** Views get their words through `t`, so they stay free of browser APIs (the glue passes i18n.getMessage). */
export type T = (key: string, substitutions?: string | string[]) => string;

/** Only http(s) addresses become links; anything else renders as text. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
