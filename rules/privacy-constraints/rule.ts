import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { DATA_PROTECTION, OUTSIDE_PARTIES, PERSONAL_DATA, PRIVACY_HEADINGS, PRIVACY_LAWS, PRIVACY_PROTECTIONS, PRIVACY_WORDS } from '../shared/privacy-cues.js';

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
  // How personal or sensitive data is protected, or which data-protection
  // rule applies, as a requirement: a law named as applying, a protection
  // said of personal data or of privacy, or a protection listed under a
  // privacy / security / compliance heading. A bare "- Data privacy" names the
  // topic only; explaining decisions to regulators is not privacy.
  concept: {
    parts: {
      law: { cues: PRIVACY_LAWS },
      // "without logging sensitive payloads": the protection carries the negation, so it alone can deny.
      personal: { cues: PERSONAL_DATA, negationIsContent: true },
      privacy: { cues: PRIVACY_WORDS },
      // "never sent to third parties", "не сохраняем": the "not" is part of the cue, so it does not deny it.
      protection: { cues: DATA_PROTECTION },
      // Protections that are about personal data by themselves ("user consent is required", "анонимизация фотографий").
      ownProtection: { cues: PRIVACY_PROTECTIONS },
      // "not sent to third parties": where data must not go.
      outside: { cues: OUTSIDE_PARTIES, negationIsContent: true },
      // What a reasoned "no personal data is involved: …" is about.
      topic: { cues: { en: [...(PERSONAL_DATA.en ?? []), ...(PRIVACY_WORDS.en ?? [])], ru: [...(PERSONAL_DATA.ru ?? []), ...(PRIVACY_WORDS.ru ?? [])], zh: [...(PERSONAL_DATA.zh ?? []), ...(PRIVACY_WORDS.zh ?? [])] } },
    },
    settledBy: [
      { parts: ['law'], weight: 0.85 },
      { parts: ['personal', 'protection'], weight: 0.9 },
      { parts: ['privacy', 'protection'], weight: 0.85 },
      { parts: ['personal', 'protection'], weight: 0.8, within: 'unit' },
      { parts: ['protection', 'outside'], weight: 0.75 },
      { parts: ['ownProtection'], weight: 0.8 },
      { parts: ['privacy'], weight: 0.6, minOtherWords: 3 },
      { parts: ['protection'], weight: 0.75, underHeading: PRIVACY_HEADINGS, minOtherWords: 1 },
    ],
    // No `headings`: under "## Privacy" a statement settles it only with a protection, a law or an outside
    // party (the combinations above), not "Privacy is an important topic, we will discuss it with legal".
    exclude: {
      // A hash that splits traffic or data is not a protection: "users are hashed into 100 buckets", "按用户 ID 哈希分桶".
      // That privacy matters, or that some policy is followed, says nothing of how data is protected.
      en: ['privacy {is|are|remains} {important|a concern|critical|key|crucial|essential|a priority|a must|top of mind}', 'privacy … {standard|company|existing|internal|usual|general} {polic*|guideline*|practice*|rules|procedures}',
        'explainab*', 'interpretab*', 'privacy policy page',
        // A law cited as the reason decisions are explained ("Explainability for flagged transactions (GDPR/FCRA)",
        // "GDPR/FCRA-compliant explanations"): explaining to regulators is not protecting personal data.
        '{explainab*|explanation*|explainable|interpretab*} … {gdpr|ccpa|fcra|ecoa|lgpd|pipl|pipeda}', '{gdpr|ccpa|fcra|ecoa|lgpd|pipl|pipeda} … {explainab*|explanation*|explainable|interpretab*}',
        // Masking and tokenization in the NLP sense, not protections: "masked multi-head self-attention", "the GPT-2 tokenizer", "tokenize the prompt".
        'mask* {multi head|self attention|attention|language model*|lm|token*|span*|pixel*|patch*|image model*|autoencoder*}', '{masked|causal} {multi head|self attention|attention}',
        'tokenizer*', 'tokeniz* {text|texts|input*|prompt*|sentence*|word*|queries|query|document*|chunk*|into|with}', '{bpe|wordpiece|sentencepiece|subword|byte pair|byte level} … tokeniz*',
        // A kind of constraint named in a list of kinds ("budget, hardware, or legal and privacy constraints"): the topic, not a requirement.
        '{legal|regulatory|ethical|security|compliance} {and|or} privacy {constraint*|concern*|consideration*|issue*|implication*|risk*|limitation*|requirement*}',
        'privacy {and|or} {legal|regulatory|ethical|security|compliance} {constraint*|concern*|consideration*|issue*|implication*|risk*|limitation*|requirement*}', 'differential privacy budget', 'hash* {into|to|by|across} … {bucket*|arms|groups|variants|shards|partitions|cohorts}', 'hash* {bucket*|split*|partition*|shard*|mod*|based {split*|bucket*|assignment}}'],
      ru: ['{приватност*|конфиденциальност*} … {важн* тем*|важн* вопрос*|обсудим|обсуд*}', '{приватност*|конфиденциальност*} … {стандартн*|внутренн*|корпоративн*|общ*} {политик*|правил*|регламент*}',
        'объяснимост*', 'интерпретируемост*', '{объяснени*|объяснимост*|объясним*|интерпретируем*} … {gdpr|фз}', '{gdpr|фз} … {объяснени*|объяснимост*|объясним*|интерпретируем*}', 'токенизатор*', 'токениз* {текст*|запрос*|предложени*|слов*|документ*|промпт*}',
        '{юридическ*|правов*|регуляторн*|этическ*} {и|или} {приватност*|конфиденциальност*} {ограничени*|вопрос*|риск*|требовани*}',
        '{юридическ*|правов*|регуляторн*|этическ*} {ограничени*|вопрос*|риск*|требовани*} {и|или} … по {приватност*|конфиденциальност*}', '{хеш*|хэш*} … {бакет*|групп*|шард*|партиц*|сегмент*}', '{бакет*|групп*} по {хеш*|хэш*}'],
      zh: ['{隐私|数据安全|数据保护}…{很重要|非常重要|需要讨论|待讨论|后续讨论|再讨论|公司规定|公司政策}', '可解释', '可解释…gdpr', 'gdpr…可解释', '哈希…{分桶|分流|分组|取模|分片|分区|分到|打散}', '{分桶|分流|分组}…哈希'],
    },
    name: 'topic',
  },
});
