/** Views get their words through `t`, so they stay free of browser APIs (the glue passes i18n.getMessage). */
export type T = (key: string, substitutions?: string | string[]) => string;

/** Only http(s) addresses become links; anything else renders as text. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/**
 * A message in the plural form the UI language gives `n`: `key_one`, `key_other`, … as each locale's
 * messages.json has them (Intl.PluralRules names the form). A form a locale lacks falls back to `key_other`;
 * languages without plural forms (Indonesian, Vietnamese) always take `key_other`.
 */
export function plural(t: T, key: string, n: number, substitutions?: string | string[]): string {
  let form: string = 'other';
  try {
    form = new Intl.PluralRules(t('@@ui_locale').replace('_', '-')).select(n);
  } catch {
    // No UI locale (a test's `t`): English rules would guess; the plain form is safer.
  }
  const name = `${key}_${form}`;
  const text = t(name, substitutions);
  return text && text !== name ? text : t(`${key}_other`, substitutions);
}
