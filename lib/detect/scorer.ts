/**
 * The scored layer: a small logistic model over the candidates of lib/detect/candidates.ts. The rules credit
 * a name when the evidence they were written for is there; on sites nobody here has seen, names come in
 * shapes no rule names, and most of them are missed. The layer weighs every candidate's facts with weights
 * fitted on the labelled corpus (scripts/fit-scorer.ts, `npm run fit`) and ADDS the ones the rules did not
 * credit, only above a threshold chosen for precision (a false credit is worse than a miss). Evidence stays
 * the sentence, verbatim; names resolve through the registry as every finding's do.
 */
import { z } from 'zod';
import { foldName } from '../fold';
import type { ArticleBodies } from './bodies';
import { FRAME_KINDS, type Candidate } from './candidates';
import { clip, type Finding } from './finding';
import { lemmatize } from './lemma';
import { nominative } from './nominative';
import { kindOf } from './org';
import { WEIGHTS } from './scorer-weights';

/** The fitted weights, by feature name (a feature the file lacks weighs nothing), and the threshold. */
export const ScorerWeights = z
  .object({
    features: z.array(z.string().min(1)).min(1),
    weights: z.array(z.number().finite()),
    threshold: z.number().min(0).max(1),
    /** How the weights were fitted and checked: for people, not for code. */
    note: z.string().optional(),
  })
  .refine((w) => w.features.length === w.weights.length, 'one weight per feature');
export type ScorerWeights = z.infer<typeof ScorerWeights>;

/** The rules' judge's reasons that become features of their own. */
const WHYS = ['registry', 'outlet word', 'web address', 'organization word', 'acronym', 'bracketed acronym', 'speaker role', 'definite article', 'strong cue', 'looks like a person', 'person title'];

/** Every feature's name, in the order featuresOf gives them. */
export const FEATURES: readonly string[] = [
  'bias',
  ...FRAME_KINDS.map((k) => `kind:${k}`),
  'strong',
  'slot',
  'adjacent',
  'near',
  'logDistance',
  'after',
  'words:1',
  'words:2',
  'words:3',
  'words:4+',
  'acronym',
  'domain',
  ...WHYS.map((w) => `why:${w}`),
  ...WHYS.map((w) => `blind:${w}`),
  'accept',
  'slot&accept',
  'slot&reject',
  'offSlot&accept',
  'orgWord',
  'companyWord',
  'outletWord',
  'affiliationWord',
  'roleNear',
  'expanded',
  'initial',
  'quoted',
  'personAfter',
  'surname',
  'digits',
  'sentenceCredited',
  'firstBody',
  'syllables',
  'capitalizedNouns',
  'knownWord',
  'knownOutlet',
  'knownGovernment',
  'lastWordAlone',
  'personShaped',
];

/** Page-level facts, known once the whole article has been read. */
export interface PageFacts {
  /** A one-word name seen as the last word of a person's name in the article. */
  surname: boolean;
  /** A name of several words whose last word the article also prints alone, as it does a person's surname. */
  lastWordAlone: boolean;
  /** Two or three capitalized words, none of them an acronym or a kind of body, unknown to the registry: a person's shape. */
  personShaped: boolean;
}

/** The feature vector of a candidate, in FEATURES' order. */
export function featuresOf(c: Candidate, page: PageFacts): number[] {
  const f = c.facts;
  const b = (x: boolean) => (x ? 1 : 0);
  return [
    1,
    ...FRAME_KINDS.map((k) => b(f.kind === k)),
    b(f.strong),
    b(f.slot),
    b(!f.slot && f.distance === 0),
    b(!f.slot && f.distance > 0 && f.distance <= 3),
    Math.log1p(f.distance) / 3,
    b(f.after),
    b(f.words === 1),
    b(f.words === 2),
    b(f.words === 3),
    b(f.words >= 4),
    b(f.acronym),
    b(f.domain),
    ...WHYS.map((w) => b(f.why === w)),
    ...WHYS.map((w) => b(f.blindWhy === w)),
    b(f.accept),
    b(f.slot && f.accept),
    b(f.slot && !f.accept),
    b(!f.slot && f.accept),
    b(f.orgWord),
    b(f.companyWord),
    b(f.outletWord),
    b(f.affiliationWord),
    b(f.roleNear),
    b(f.expanded),
    b(f.initial),
    b(f.quoted),
    b(f.personAfter),
    b(page.surname),
    b(f.digits),
    b(f.sentenceCredited),
    b(f.firstBody),
    b(f.syllables),
    b(f.capitalizedNouns),
    b(!!c.known?.word),
    b(!!c.known && kindOf(c.known) === 'outlet'),
    b(!!c.known && kindOf(c.known) === 'government'),
    b(page.lastWordAlone),
    b(page.personShaped),
  ];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A model ready to score: weights aligned with FEATURES. */
export class Scorer {
  readonly threshold: number;
  private readonly aligned: number[];

  constructor(w: ScorerWeights) {
    const parsed = ScorerWeights.parse(w);
    const byName = new Map(parsed.features.map((n, i) => [n, parsed.weights[i]!]));
    this.aligned = FEATURES.map((n) => byName.get(n) ?? 0);
    this.threshold = parsed.threshold;
  }

  probability(x: readonly number[]): number {
    let z = 0;
    for (let i = 0; i < x.length; i++) z += x[i]! * this.aligned[i]!;
    return sigmoid(z);
  }
}

let fitted: Scorer | undefined;
/** The model of lib/detect/scorer-weights.ts, parsed on first use. */
export const defaultScorer = (): Scorer => (fitted ??= new Scorer(WEIGHTS));

/** A candidate with its features and probability, as the fitting script sees it. */
export interface ScoredCandidate {
  candidate: Candidate;
  x: number[];
  p: number;
  /** The rules credited this name (or one holding it, or held in it) on the page: adding it adds nothing. */
  ruleFound: boolean;
}

/** Whole-word containment of folded names, either way. */
function overlaps(a: string, b: string): boolean {
  return a.length > 1 && b.length > 1 && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));
}

/** Candidates gathered sentence by sentence; scored when the article has been read. */
export class ScoredLayer {
  private readonly candidates: Candidate[] = [];
  /** Whether candidates are gathered at all: not when the model adds nothing (threshold 1) and no one watches. */
  readonly on: boolean;

  constructor(private readonly scorer: Scorer = defaultScorer(), watched = false) {
    this.on = watched || scorer.threshold < 1;
  }

  add(found: Candidate[]): void {
    // Bounded work on a huge page: no article needs more.
    if (this.candidates.length < 2000) this.candidates.push(...found);
  }

  /** Every candidate scored, given what the rules found. */
  score(rules: readonly Finding[], bodies: ArticleBodies): ScoredCandidate[] {
    const ruleNames: string[] = [];
    for (const f of rules) {
      if (f.role !== 'source') continue;
      ruleNames.push(foldName(f.name));
      if (f.known) ruleNames.push(foldName(f.known.name));
    }
    // The one-word names of the page's candidates, and the last words of its longer ones.
    const alone = new Set<string>();
    const lasts = new Set<string>();
    for (const c of this.candidates) {
      const words = c.name.split(/\s+/);
      if (words.length === 1) alone.add(c.name);
      else lasts.add(words[words.length - 1]!);
    }
    return this.candidates.map((c) => {
      const folded = foldName(c.name);
      const words = c.name.split(/\s+/);
      const f = c.facts;
      const personShaped = !c.known && (words.length === 2 || words.length === 3) && !f.acronym && !f.orgWord && !f.companyWord && !f.outletWord && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
      const page: PageFacts = {
        surname: words.length === 1 && (bodies.surname(c.name) || lasts.has(c.name)),
        lastWordAlone: words.length > 1 && alone.has(words[words.length - 1]!),
        personShaped,
      };
      const x = featuresOf(c, page);
      const known = c.known ? foldName(c.known.name) : '';
      const ruleFound = ruleNames.some((r) => overlaps(r, folded) || (!!known && overlaps(r, known)));
      return { candidate: c, x, p: this.scorer.probability(x), ruleFound };
    });
  }

  /** The findings the layer adds: candidates above the threshold that the rules did not credit. */
  findings(rules: readonly Finding[], bodies: ArticleBodies, scored = this.score(rules, bodies)): Finding[] {
    const out: Finding[] = [];
    for (const s of scored) {
      if (s.ruleFound || s.p < this.scorer.threshold) continue;
      const c = s.candidate;
      const name = c.known ? c.name : nominative(c.ctx, lemmatize(c.ctx, c.name));
      out.push({ role: 'source', name, evidence: clip(c.sentence, c.start), block: c.block, cue: c.frame.tag, cueText: c.frame.text, kind: c.verdict.kind === 'unknown' ? 'organization' : c.verdict.kind, known: c.known });
    }
    return out;
  }
}
