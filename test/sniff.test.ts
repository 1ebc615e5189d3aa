/** Only HTML is read: by the declared type, else by the first markup, as browsers sniff. */
import { describe, expect, it } from 'vitest';
import { declaredHtml, isHtml, isHtmlDocument, sniffHtml } from '../lib/sniff';

describe('sniffHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>'],
    ['\uFEFF\n\n  <html lang="id"><body>x</body></html>'],
    ['\n'.repeat(500) + '<!doctype html><title>t</title>'],
    ['<!-- saved from url=(0042)https://example.com/ --><html>'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html xmlns="http://www.w3.org/1999/xhtml">'],
    ['<p>A fragment that starts with a paragraph.</p>'],
    ['<article><h2>t</h2><p>x</p></article>'],
  ])('HTML: %j', (text) => expect(sniffHtml(text)).toBe(true));

  it.each([
    ['# Sourcetrace\n\nShows where a news article\'s information comes from: <b>bold</b> and <p>tags</p>.'],
    ['{"sources": [{"name": "JSON"}], "html": "<p>According to Reuters</p>"}'],
    ['[1, 2, "<div>"]'],
    ['name,value\nreuters,<p>1</p>\n'],
    ['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj (Foto: Reuters) <p>'],
    ['\u0000\u0001<html>'],
    ['<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><text>Photo: AP</text></svg>'],
    ['According to Reuters, plain text with a <br> inside.'],
    [''],
  ])('not HTML: %j', (text) => expect(sniffHtml(text)).toBe(false));
});

describe('declared types', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/xhtml+xml', true],
    ['application/json', false],
    ['application/pdf', false],
    ['image/png', false],
    ['text/markdown', false],
    ['text/plain', undefined],
    ['application/octet-stream', undefined],
    ['', undefined],
    [null, undefined],
    ['application/xml', undefined],
  ])('%s → %s', (type, want) => expect(declaredHtml(type)).toBe(want));

  it('trusts a declared type over the bytes, and sniffs when the type says nothing', () => {
    expect(isHtml('<html><body>x</body></html>', 'application/json')).toBe(false);
    expect(isHtml('<html><body>x</body></html>', 'text/plain')).toBe(true);
    expect(isHtml('{"a": 1}', 'text/plain')).toBe(false);
  });

  it('reads only documents the browser built from HTML', () => {
    expect(isHtmlDocument({ contentType: 'text/html' })).toBe(true);
    expect(isHtmlDocument({ contentType: 'application/xhtml+xml' })).toBe(true);
    expect(isHtmlDocument({ contentType: 'application/json' })).toBe(false);
    expect(isHtmlDocument({ contentType: 'text/plain' })).toBe(false);
    expect(isHtmlDocument({ contentType: 'application/pdf' })).toBe(false);
  });
});
