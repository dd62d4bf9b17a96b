// What kind of system the doc designs. Front matter decides when it says;
// otherwise the words of the title and the text vote. The type decides which
// of the catalog's † (ranking-shaped) and * (rare positives) rules apply.
import type { DesignDoc } from './model.js';
import { fragmentFact } from './fragment-cache.js';
import { joinedBody, wordCount, type BodyWords } from './body-text.js';
import { SYSTEM_TYPES, type SystemType } from './types.js';

// Stems-level vocabulary per type; each hit in the title counts five times.
const VOCABULARY: Record<Exclude<SystemType, 'other'>, RegExp> = {
  recommendation: /\b(recommend\w*|recsys|recommender|personali[sz]\w*|people you may know|pymk|similar (?:items|listings|products))\b/g,
  search: /\b(search\w*|quer(?:y|ies)|search ranking|retrieval)\b/g,
  feed: /\b(news ?feeds?|feeds?|timelines?)\b/g,
  ads: /\b(ads?|advertis\w*|ad click|sponsored|bidding|advertiser)\b/g,
  fraud: /\b(fraud\w*|chargebacks?|anti-money|aml)\b/g,
  moderation: /\b(moderation|harmful|toxic\w*|abuse|abusive|hate speech|spam|integrity|violat\w*)\b/g,
  forecasting: /\b(forecast\w*|demand prediction|time[- ]series)\b/g,
};

const RANKING_SHAPED: ReadonlySet<SystemType> = new Set(['recommendation', 'search', 'feed', 'ads']);
const RARE_POSITIVE_TYPES: ReadonlySet<SystemType> = new Set(['fraud', 'moderation', 'ads']);

export interface SystemProfile {
  type: SystemType;
  source: 'front-matter' | 'inferred';
  rankingShaped: boolean;
  rarePositives: boolean;
}

export function isSystemType(value: unknown): value is SystemType {
  return typeof value === 'string' && (SYSTEM_TYPES as readonly string[]).includes(value);
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const TYPES = Object.entries(VOCABULARY) as Array<[SystemType, RegExp]>;

/**
 * What the type inference reads in one fragment. The counts add up over
 * fragments exactly: no pattern can match across the line break that joins
 * two units (or the " \n " that joins two titles).
 */
interface TypeVotes {
  inTitles: number[];
  inBody: number[];
  words: BodyWords;
  rankingFramed: boolean;
  rarePositivesText: boolean;
}

function votesOf(region: DesignDoc['regions'][number]): TypeVotes {
  return fragmentFact(region.fragment.cache, 'system-type', () => {
    const titles = region.fragment.headings.filter((h) => h.level <= 2).map((h) => h.title.toLowerCase());
    const body = joinedBody(region.fragment.units);
    return {
      inTitles: TYPES.map(([, re]) => titles.reduce((sum, title) => sum + count(title, re), 0)),
      inBody: TYPES.map(([, re]) => count(body.text, re)),
      words: body.words,
      rankingFramed: RANKING_FRAMED.test(body.text),
      rarePositivesText: RARE_POSITIVES_TEXT.test(body.text),
    };
  });
}

function inferType(votes: readonly TypeVotes[]): SystemType {
  const words = Math.max(1, wordCount(votes.map((v) => v.words)));
  let best: SystemType = 'other';
  let bestScore = 0;
  for (const [index, [type]] of TYPES.entries()) {
    const inTitles = votes.reduce((sum, v) => sum + v.inTitles[index], 0);
    const inBody = votes.reduce((sum, v) => sum + v.inBody[index], 0);
    // A handful of passing mentions in a long doc does not make a recommender
    // out of a product-matching doc: the word must be in a heading or frequent.
    if (inTitles === 0 && inBody / words < 0.003) continue;
    const score = inTitles * 5 + inBody;
    if (score >= 3 && score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}

// A system of another type can still be framed as ranking (support answers ranked by predicted score).
const RANKING_FRAMED = /\b(learning to rank|ranking problem|ranking task|pointwise|pairwise ranking|listwise|ranked by (?:the )?(?:predicted|model))\b/;

// Where the doc itself says positives are rare, or frames a task whose positives are rare.
const RARE_POSITIVES_TEXT =
  /\b(imbalanced|class imbalance|imbalance|rare (?:events?|positives?|class)|highly skewed|minority class|anomal(?:y|ies) detection|churn|failure prediction|predict(?:ing)? failures?|click[- ]through rate prediction|ctr prediction)\b/;

export function profileSystem(doc: DesignDoc, declared: SystemType | undefined): SystemProfile {
  const votes = doc.regions.map(votesOf);
  const type = declared ?? inferType(votes);
  return {
    type,
    source: declared ? 'front-matter' : 'inferred',
    rankingShaped: RANKING_SHAPED.has(type) || votes.some((v) => v.rankingFramed),
    rarePositives: RARE_POSITIVE_TYPES.has(type) || votes.some((v) => v.rarePositivesText),
  };
}
