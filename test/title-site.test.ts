/** The site's names a document title closes on (lib/title-site.ts). */
import { describe, expect, it } from 'vitest';
import { titleSite } from '../lib/title-site';

describe('titleSite', () => {
  it.each([
    ['市区新建三座口袋公园_江城在线', ['江城在线']],
    ['外媒眼中的长假：欢声笑语_首页_新闻中心_江城在线_jcnews.cn', ['jcnews.cn', '江城在线']],
    ['Bridge reopens after repairs | Valley Herald', ['Valley Herald']],
    ['Bridge reopens after repairs - The Valley Herald', ['The Valley Herald']],
    ['新型アプリを発表 | テック通信', ['テック通信']],
  ])('%s', (title, expected) => {
    expect(titleSite(title)).toEqual(expected);
  });

  it.each([
    ['A headline with no site name at all'],
    ['Short headline_jcnews.cn'.replace('_jcnews.cn', '')],
    ['Voters head to the polls - and what the long night of counting is likely to bring for the three parties'],
    [''],
  ])('no site in %s', (title) => {
    expect(titleSite(title)).toEqual([]);
  });

  it('takes no headline for a site when only an address closes a two-part title', () => {
    expect(titleSite('大桥通车_jcnews.cn')).toEqual(['jcnews.cn']);
  });
});
