/**
 * A caption closing on where the picture was taken and who took it, the paper's own staff, as Korean sports and
 * news pages print it: "두산 선발이 역투하고 있다. 잠실=최문영 기자 deer@…". The place, "=", the name and the
 * staff title (`placedStaffRoles`) credit the picture to that staff member (staff photographers are photo
 * credits). A wire's dateline "(서울=연합뉴스) 김민수 기자 =" has the agency after "=", no name, and is no match.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';

const cache = new WeakMap<ReadContext, RegExp | null>();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(ctx: ReadContext): RegExp | null {
  if (cache.has(ctx)) return cache.get(ctx)!;
  const roles = [...new Set(ctx.langs.flatMap((l) => l.data.placedStaffRoles))].sort((a, b) => b.length - a.length);
  // Place (one word), "=", a name of one or two short words, the title, then the end of the credit.
  const re = roles.length ? new RegExp(`(?:^|[\\s(\\[（［])\\p{L}{1,12}\\s?=\\s?(\\p{L}{2,5}(?: \\p{L}{2,5})?) ?(${roles.map(escape).join('|')})(?=$|[\\s)\\]）］.,/])`, 'gu') : null;
  cache.set(ctx, re);
  return re;
}

/** Photo credits of the "place=name title" shape in a caption's text. */
export function placedStaffCredits(text: string, block: number, ctx: ReadContext): Finding[] {
  const re = pattern(ctx);
  if (!re) return [];
  const out: Finding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    out.push({ role: 'photo', name: `${m[1]} ${m[2]}`, evidence: clip(text, at), block, cue: `${ctx.langs[0]!.data.lang}.placed-staff`, cueText: '=', kind: 'unknown' });
  }
  return out;
}
