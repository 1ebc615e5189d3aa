/**
 * The main news language of each country-code domain, for guessing the language of a page from its address
 * alone (flagging translations). Facts: the country's principal language of publication. Edit: one line;
 * leave out countries whose press is split between languages with no clear majority.
 */
export const TLD_LANGUAGES: Record<string, string> = {
  vn: 'vi', id: 'id', ru: 'ru', by: 'ru', cn: 'zh', tw: 'zh', hk: 'zh', jp: 'ja', kr: 'ko', th: 'th',
  de: 'de', at: 'de', fr: 'fr', es: 'es', mx: 'es', ar: 'es', cl: 'es', pe: 'es', ve: 'es',
  br: 'pt', pt: 'pt', it: 'it', nl: 'nl', pl: 'pl', cz: 'cs', sk: 'sk', tr: 'tr', gr: 'el', ua: 'uk',
  se: 'sv', no: 'no', dk: 'da', fi: 'fi', hu: 'hu', ro: 'ro', bg: 'bg', il: 'he', ir: 'fa', sa: 'ar',
  eg: 'ar', ae: 'ar', qa: 'ar', jo: 'ar', lb: 'ar', iq: 'ar', uk: 'en', us: 'en',
  au: 'en', nz: 'en', ie: 'en',
};
