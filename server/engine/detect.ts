// Is this Markdown file an ML design doc? A project README or a changelog
// must not be told it lacks a business metric. Files opt in or out through
// front matter (`mldl: true|false`) or config; otherwise the words decide: an
// ML design doc talks about models, training and data, and its headings
// walk several of the framework's steps.
import type { DesignDoc } from './model.js';
import { fragmentFact } from './fragment-cache.js';
import { joinedBody } from './body-text.js';

const ML_VOCABULARY =
  /\b(model(?:s|ing)?|training|train(?:ed)?|features?|labels?|dataset|inference|predict(?:s|ed|ion|ions)?|classifier|classification|regression|ranking|recall|precision|auc|embeddings?|baseline|offline|online|a\/b|evaluation|metrics?|machine learning|ml|algorithm|rank(?:ed|s)?|recommend(?:ation|ations|er|s)?|personali[sz]ation|relevance|engagement|ctr|latency|signals?|scor(?:e|es|ing)|candidates?|retrieval|classif(?:y|ier|ication)|forecast(?:s|ing)?|anomaly|fraud|drift|monitoring|inference|serving)\b/g;

const NOT_A_DESIGN_DOC_NAME = /(^|[\\/])(changelog|changes|history|license|licence|contributing|code_of_conduct|security|authors|notice)(\.[a-z]+)?$/i;

const PROJECT_HEADING = /\b(install(?:ation|ing)?|usage|getting started|quick ?start|contribut(?:ing|ors?)|licen[cs]e|changelog|release notes|api reference|command[- ]line|cli|faq|development|building|requirements\.txt)\b/i;

export interface Detection {
  isDesignDoc: boolean;
  reason: string;
}

/** Distinct ML terms of a region's prose (no term spans the line break between units). */
function mlTermsIn(region: DesignDoc['regions'][number]): ReadonlySet<string> {
  return fragmentFact(region.fragment.cache, 'ml-terms', () => {
    const hits = joinedBody(region.fragment.units).text.match(ML_VOCABULARY) ?? [];
    return new Set(hits.map((h) => h.replace(/s$/, '')));
  });
}

/** Distinct terms past which no decision below changes: counting stops there. */
const ENOUGH_TERMS = 14;

function distinctTerms(doc: DesignDoc, enough: number): Set<string> {
  const distinct = new Set<string>();
  for (const region of doc.regions) {
    for (const term of mlTermsIn(region)) distinct.add(term);
    if (distinct.size >= enough) break;
  }
  return distinct;
}

export function detectDesignDoc(doc: DesignDoc, filePath: string | undefined): Detection {
  if (filePath && NOT_A_DESIGN_DOC_NAME.test(filePath)) {
    return { isDesignDoc: false, reason: 'file name is that of a project file, not a design doc' };
  }
  const distinct = distinctTerms(doc, ENOUGH_TERMS);
  const stepsNamed = new Set(doc.sections.flatMap((s) => s.steps));
  // A project README talks about models too, but its headings are about
  // installing and using software.
  const projectHeadings = doc.sections.filter((s) => PROJECT_HEADING.test(s.title)).length;
  if (projectHeadings >= 2 && !(distinct.size >= ENOUGH_TERMS && stepsNamed.size >= 4)) {
    return { isDesignDoc: false, reason: `looks like a project README (${projectHeadings} headings such as installation or usage); add \`mldl: true\` to its front matter to lint it` };
  }
  if (distinct.size >= 6 && stepsNamed.size >= 2) {
    return { isDesignDoc: true, reason: `${distinct.size >= ENOUGH_TERMS ? `${ENOUGH_TERMS} or more` : distinct.size} ML terms, headings cover ${stepsNamed.size} framework steps` };
  }
  if (distinct.size >= ENOUGH_TERMS) return { isDesignDoc: true, reason: `${ENOUGH_TERMS} or more distinct ML terms` };
  return {
    isDesignDoc: false,
    reason: `does not look like an ML design doc (${distinct.size} distinct ML terms, ${stepsNamed.size} framework steps in headings); add \`mldl: true\` to its front matter to lint it`,
  };
}
