/**
 * "Photos: <a href="/photogallery/…">Earthquake Shakes the Northeastern U.S.</a>", "Photos: <a href="/gallery/…">See
 * all 24 pictures</a>", "Fotos: <a href="/bildergalerie/…">Bildergalerie ansehen</a>": a picture label before a
 * link to the site's gallery introduces more pictures, not whom they are from. The link's words are a headline
 * or a call to look, not a name; a photographer's name linked to a gallery of theirs stays a credit.
 */
import type { PageBlock } from '../page-data';
import type { Finding } from './finding';

// A gallery's address: "photogallery", "/gallery/", "/galleries/", "/galerie/", "bildergalerie", "fotostrecke",
// "slideshow", "/in-pictures/", "fotogaleri", "/album/".
const GALLERY_PATH = /gallery|galleries|galer(?:ie|ia|ía|i)|fotostrecke|slideshow|in-pictures|\/albums?\//iu;
// Words a name does not hold: a small-letter word ("the", "ansehen", "gallery") or a figure ("24").
const NOT_NAME_WORD = /(?:^|\s)(?:\p{Ll}[\p{L}\p{M}]*|\p{N}+)(?=\s|$)/u;

/** Is this photo credit the text of a link to a gallery, a headline or a call rather than a name? */
export function galleryLinkCredit(f: Finding, links: PageBlock['links']): boolean {
  if (f.role !== 'photo') return false;
  const name = f.name.trim();
  return links.some((l) => {
    const text = l.text.replace(/\s+/g, ' ').trim();
    return text.includes(name) && GALLERY_PATH.test(l.href) && NOT_NAME_WORD.test(text);
  });
}
