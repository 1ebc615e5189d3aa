/** Reading a caption's DOM: the credit elements a page prints inside it. */

const CREDIT_PART = /credit|copyright|firma|autor|author|photographer|fotograf|caption__source|image-?source|bildnachweis|quelle|attribution/i;
// A credit a page keeps in an attribute of the figure or caption (`data-credit`, `data-photo-credit`,
// `data-copyright`) and shows by its style sheet, not in the caption's text.
const CREDIT_ATTRIBUTE = /^data-(?:[a-z]+-)*(?:credit|copyright|photographer)$/;
const CREDIT_ITEMPROP = /copyrightHolder|author|creator|creditText/i;
/** A block that is itself a credit says so in its class, or by schema.org's words for an image's credit. */
const CREDIT_ELEMENT = /credit|copyright|photographer|fotograf|image-source|img-source/i;
const IMAGE_CREDIT_ITEMPROP = /(?:^|\s)(?:copyrightHolder|creditText)(?:\s|$)/;

/** Is this caption element itself the credit (`<span class="credit">`, `<dd itemprop="copyrightHolder">`)? */
export function isCreditElement(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return (cls.length < 400 && CREDIT_ELEMENT.test(cls)) || IMAGE_CREDIT_ITEMPROP.test(el.getAttribute('itemprop') ?? '');
}

/**
 * Credit elements inside a caption: pages print the credit in a span of its own, glued to the caption
 * text ("…Austria.Leonhard Foeger / Reuters file"), so the caption's text alone can't separate them.
 */
export function creditParts(caption: Element): string[] {
  const out: string[] = attributeCredits(caption);
  const all = Array.from(caption.querySelectorAll('*')).slice(0, 60);
  for (const el of all) {
    const cls = el.getAttribute('class') ?? '';
    const prop = el.getAttribute('itemprop') ?? '';
    if (!(cls.length < 200 && CREDIT_PART.test(cls)) && !CREDIT_ITEMPROP.test(prop) && !pictureCite(el)) continue;
    // The outermost credit element holds the label and the name: don't read its parts again.
    if (out.length && el.parentElement && all.includes(el.parentElement) && CREDIT_PART.test(el.parentElement.getAttribute('class') ?? '')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= 120) out.push(text);
  }
  return out;
}

/**
 * `<figure><img><figcaption>…</figcaption><cite>Berkeley Earth</cite></figure>`: a picture's `<cite>` names whom it
 * is from (a chart's data source as much as a photographer), however plain the name. Not in a quotation's figure,
 * where `<cite>` names the quoted work or its author.
 */
function pictureCite(el: Element): boolean {
  if (el.tagName !== 'CITE') return false;
  const figure = el.closest('figure');
  return !!figure && !figure.querySelector('blockquote, q');
}

/**
 * The texts of a caption's innermost elements, when it has several: a credit printed in an unnamed span
 * ("…Austria." + "Leonhard Foeger / Reuters file", "Credit" + "Craig Ruttle/Associated Press") shows
 * itself by its shape once it stands apart from the caption text.
 */
/** Characters of a caption's own text, outside its one element, that make that element a piece of its own. */
const OWN_TEXT = 10;

export function captionPieces(caption: Element): string[] {
  const leaves = Array.from(caption.querySelectorAll('*'))
    .slice(0, 80)
    .filter((el) => el.children.length === 0 && !/^(?:IMG|SOURCE|PICTURE|SVG|BR|SCRIPT|STYLE)$/i.test(el.tagName));
  // One element beside the caption's own text ("…tram stop. <span>Jane Roe for The Herald</span>") stands apart too.
  const apart = leaves.length === 1 && (caption.textContent ?? '').replace(/\s+/g, ' ').trim().length > (leaves[0]!.textContent ?? '').replace(/\s+/g, ' ').trim().length + OWN_TEXT;
  // `<div class="foto">Foto: <div><p>Anton Luhr</p></div></div>`: the element's own text is a label, its one element
  // the name; read apart, the label's block holds the label alone and the name's block no label.
  const label = leaves.length === 1 ? ownText(caption) : '';
  if (LABEL_TEXT.test(label)) return [label, (leaves[0]!.textContent ?? '').replace(/\s+/g, ' ').trim()].filter(Boolean);
  if (leaves.length < 2 && !apart) return [];
  return leaves
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t && t.length <= 160)
    .slice(0, 20);
}

/** A word and a colon: a label, as "Foto:", "Bild:" or "Photo :" print it (the reader checks the word). */
const LABEL_TEXT = /^\p{L}{2,12}\s?[.:]$/u;

/** The element's own text, outside its child elements, with spaces collapsed. */
function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes).slice(0, 20)) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Credits in `data-…credit` attributes of the caption, its figure, or the figure's image. */
function attributeCredits(caption: Element): string[] {
  const figure = caption.closest('figure');
  const holders = [caption, ...(figure && figure !== caption ? [figure, ...Array.from(figure.querySelectorAll('img')).slice(0, 2)] : [])];
  const out: string[] = [];
  for (const el of holders) {
    for (const attr of Array.from(el.attributes)) {
      if (!CREDIT_ATTRIBUTE.test(attr.name)) continue;
      const text = attr.value.replace(/\s+/g, ' ').trim();
      if (text && text.length <= 120 && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
