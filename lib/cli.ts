/**
 * `sourcetrace FILE-OR-URL...`: a thin shell over trace(). Prints the chain for people, or with --json one
 * report per input per line (JSON Lines) in input order. A bad input prints an error in its place and the
 * others are still traced: exit 1 if any failed, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { follow, MAX_DEPTH, nodeFetcher, parseMaps, tracePageData, type UrlMap } from './follow/index';
import { readHtml } from './follow/read-html';
import { stamp } from './export';
import { formatReport } from './format';
import { toMarkdown } from './markdown';
import { load, LoadError } from './node/load';
import { srcdocFrame } from './node/srcdoc';
import { readWithFrames } from './frames';
import type { ReadPage } from './page';
import { Report } from './report';
import { trace } from './trace';

export const DEMO_PAGE = fileURLToPath(new URL('../demo/seed-article-id.html', import.meta.url));

/** The version every report carries: the package's, as the extension's manifest carries it too. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const USAGE = `Usage: sourcetrace [--json | --markdown] [--url URL] [--force] [--follow N [--map ORIGIN=BASE]...] [FILE-OR-URL...]

Shows where a news article's information comes from: the outlets it credits, its photo credits, the
page it says it copies, as a chain with links to the originals.

  FILE-OR-URL   an HTML file or an http(s) address (several allowed); none traces the bundled demo page
  --json        one JSON report per input, one per line (JSON Lines), in input order
  --markdown    one Markdown report per input: sources with their evidence and links, photo credits,
                the page it is based on, the hops followed, flags
  --url URL     the page address of a single FILE (resolves its links, names its publisher)
  --force       read a page even when it looks too short to be an article (a three-line wire brief)
  --follow N    fetch the pages the article is based on and its sources' originals, N hops deep (1-4),
                and check each tells the same story; the report lists them in \`hops\`
  --map ORIGIN=BASE   fetch ORIGIN's pages from BASE instead (a mirror, an archive, a test server);
                the report keeps the original addresses; repeatable
  -h, --help    this text
`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Sees each input's page as read, before it is analysed (`npm run eval` measures coverage there). */
  onRead?: (input: string, read: ReadPage) => void;
}

interface FollowArgs {
  depth: number;
  map: UrlMap;
}

async function traceOne(input: string, pageUrl: string | undefined, force: boolean, io: CliIO, following?: FollowArgs): Promise<Report> {
  const loaded = await load(input);
  const onRead = io.onRead && ((read: ReadPage) => io.onRead!(input, read));
  let report: Report;
  // A story in a srcdoc frame (an embedded article widget) is read as part of the page, as in the browser.
  if (!following) report = trace(loaded.doc, pageUrl ?? loaded.url, { force, onRead, frames: srcdocFrame });
  else {
    // The same steps the background takes: page data → report and story → the hops.
    const read = readWithFrames(loaded.doc, pageUrl ?? loaded.url, { force }, srcdocFrame);
    onRead?.(read);
    const root = tracePageData(read.page);
    const { hops, searches } = await follow(root, { fetcher: nodeFetcher, read: readHtml, depth: following.depth, ...following.map });
    report = { ...root.report, hops, searches };
  }
  // The report leaves through one gate: whatever the page held, what we print fits the schema.
  return Report.parse(stamp(report, VERSION));
}

/** --follow N and --map pairs; a string is a usage error. */
function followArgs(depth: string | undefined, maps: string[] | undefined): FollowArgs | string | undefined {
  if (depth === undefined) return maps?.length ? '--map only applies with --follow' : undefined;
  const n = Number(depth);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEPTH) return `--follow takes a depth from 1 to ${MAX_DEPTH}`;
  try {
    return { depth: n, map: parseMaps(maps ?? []) };
  } catch (e) {
    return (e as Error).message;
  }
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        url: { type: 'string' },
        force: { type: 'boolean' },
        follow: { type: 'string' },
        map: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`sourcetrace: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.values.json && args.values.markdown) {
    io.err(`sourcetrace: --json and --markdown are two formats: choose one\n\n${USAGE}`);
    return 2;
  }
  const inputs = args.positionals.length ? args.positionals : [DEMO_PAGE];
  if (args.values.url && inputs.length !== 1) {
    io.err(`sourcetrace: --url names the address of a single file\n\n${USAGE}`);
    return 2;
  }
  if (args.values.url && !/^https?:\/\/\S+$/i.test(args.values.url)) {
    io.err(`sourcetrace: --url takes an http(s) address\n\n${USAGE}`);
    return 2;
  }
  const following = followArgs(args.values.follow, args.values.map);
  if (typeof following === 'string') {
    io.err(`sourcetrace: ${following}\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const input of inputs) {
    try {
      const report = await traceOne(input, args.values.url, !!args.values.force, io, following);
      io.out(args.values.json ? JSON.stringify(report) : args.values.markdown ? toMarkdown(report) : formatReport(report));
    } catch (e) {
      failed++;
      const error = e instanceof LoadError ? e.message : `${input}: ${(e as Error).message ?? String(e)}`;
      if (args.values.json) io.out(JSON.stringify({ input, error }));
      else io.err(`sourcetrace: ${error}`);
    }
  }
  return failed ? 1 : 0;
}
