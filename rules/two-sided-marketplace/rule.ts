import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Both sides must want the match: a job seeker and the recruiter, the member
// and the person suggested, the guest and the host. The doc names the second
// side together with what the system does about it (a score, an objective, a
// constraint); naming a recruiter in passing is not enough.
const OTHER_SIDE = pattern(/\b(?:recruiters?|employers?|hiring managers?|hosts?|sellers?|suppliers?|both sides|two[- ]sided|mutual\w*|reciproc\w*|the other side|the invitee|the recipient|receiver|accept(?:s|ed|ance)?)\b/);
const FIT = pattern(/\b(?:fit|match\w*|score\w*|predict\w*|probabilit\w*|objective|optimi[sz]\w*|respon\w*|replies|reply|accept\w*|qualif\w*|capacity|quota|cap\w*|balanc\w*|weigh\w*|both|mutual\w*|reciproc\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(terms('two sided marketplace', 'two sided fit', 'mutual fit', 'reciprocal recommendation*'), allOf(OTHER_SIDE, FIT));

export default defineDocumentRule({
  meta: {
    id: 'two-sided-marketplace',
    step: 'framing',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['linkedin-job-recommendations', 'people-you-may-know', 'similar-listings'],
    description: 'Models both sides of the match (job seeker and recruiter, member and invitee, guest and host).',
  },
  message: 'No two-sided fit: say how the other side of the match (the recruiter, the invitee, the host) is modelled, e.g. P(apply) × P(recruiter replies), since a match one side rejects is a failure for both.',
  fix: {
    title: 'Model both sides of the match',
    snippet: '- **Two-sided fit:** rank by ${1:P(apply | member, job) × P(recruiter replies | member, job)}, and cap ${2:applications per job} so that ${3:popular jobs are not flooded}',
  },
  names: terms('two sided', 'two sided marketplace', 'two sided fit', 'mutual fit'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
