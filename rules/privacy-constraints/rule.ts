import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';

// How personal data is protected, or which rule applies. A bare "- Data
// privacy" topic does not say how; fairness and explainability are not privacy.
const PRIVACY = anyOf(
  terms(
    'privacy', 'pii', 'personal data', 'personally identifiable', 'personal information', 'sensitive data', 'gdpr', 'ccpa',
    'hipaa', 'pci', 'pci dss', 'coppa', 'consent', 'anonymi*', 'anonymis*', 'pseudonymi*', 'de identif*', 'encrypt*',
    'data masking', 'mask*', 'access control*', 'role based access', 'data retention', 'retention period', 'right to be forgotten',
    'data protection', 'data residency', 'differential privacy', 'hash* user id*', 'authentication and authorization', 'credentials',
  ),
  pattern(/\b(?:not|never) (?:be )?(?:transmitted|stored|shared|sent)\b.*\b(?:third[- ]part\w*|outside|external)/),
  pattern(/\b(?:kept|stays?|remain\w*|stored) (?:in-house|on[- ]prem\w*|internally|within (?:the|our) (?:company|network|infrastructure))/),
);

export default defineDocumentRule({
  meta: {
    id: 'privacy-constraints',
    step: 'requirements',
    severity: 'info',
    appliesTo: 'always',
    description: 'States how personal or sensitive data is protected, or which data-protection rule applies.',
  },
  message: 'No privacy requirement: say how personal data is protected (PII handling, consent, retention, GDPR/CCPA) since it limits which features and logs the design may use.',
  fix: {
    title: 'Add privacy constraints',
    snippet: '- **Privacy:** ${1:PII is pseudonymised before training; raw logs kept 90 days; GDPR deletion requests honoured within 30 days}',
  },
  names: terms('privacy', 'personal data', 'pii'),
  findEvidence: ({ doc }) => findEvidence(doc, PRIVACY, { minOtherWords: 2 }),
});
