import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'adversarial-drift',
    step: 'monitoring',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['payment-fraud-detection', 'harmful-content-detection'],
    description: 'Plans for adversaries who adapt to the model (fast retraining, rules beside the model, monitoring new attack patterns).',
  },
  message: 'No plan for adversarial drift: fraudsters and abusers change tactics once the model blocks them, so say how new patterns are caught (fast retraining, analyst rules beside the model, monitoring attack patterns).',
  fix: {
    title: 'Plan for adversarial drift',
    snippet: '- **Adversarial drift:** ${1:fraudsters} adapt within weeks, so ${2:analyst rules} catch new patterns within hours, the model is retrained ${3:weekly}, and ${4:the share of blocked traffic by pattern} is monitored',
  },
  // Fraudsters and spammers adapt to the model: patterns that worked last month
  // stop working. The doc names the adversary's adaptation and a response (fast
  // retraining, rules beside the model, monitoring of new attack patterns).
  // "Fraudsters are detected by the model" is the task, not the drift; a model
  // "adapted" with LoRA is another sense.
  concept: {
    parts: {
      adaptation: {
        cues: {
          en: ['adversarial {drift|behavio*|adaptation|pressure|shift}', 'evad*', 'evasion', 'circumvent*', 'game the model', 'gaming the model', 'chang* {their} {tactics|behavio*|patterns|schemes|strategies}', 'new {attack|fraud|abuse|spam|scam} {patterns|vectors|types|tactics|schemes}', 'attack pattern*', 'arms race', 'cat and mouse'],
          ru: ['обход*', 'меня* {тактик*|схем*|поведени*|паттерн*|стратеги*}', 'нов* {схем*|вид*|тип*|паттерн*} {мошенничеств*|атак*|спам*}', 'гонк* вооружени*', 'кошки мышки', 'состязательн*'],
          zh: ['对抗', '规避', '绕过', '新型欺诈', '新型攻击', '攻击模式', '变换手法', '攻防'],
        },
      },
      actor: {
        cues: {
          en: ['fraudster*', 'attacker*', 'adversar*', 'spammer*', 'abuser*', 'bad actor*', 'scammer*', 'bot*', 'fraud ring*'],
          ru: ['мошенник*', 'злоумышленник*', 'спамер*', 'бот*', 'атакующ*', 'фродер*'],
          zh: ['欺诈者', '攻击者', '黑产', '羊毛党', '作弊者', '诈骗'],
        },
      },
      adapt: { cues: { en: ['adapt', 'adapts', 'adapting', 'adjust*', 'learn', 'learns', 'evolve*', 'shift*', 'change*'], ru: ['адаптир*', 'подстраива*', 'приспосаблива*', 'учатся', 'меня*', 'эволюционир*'], zh: ['适应', '调整', '演化', '变化'] } },
      response: {
        cues: {
          en: ['retrain*', 'rule*', 'heuristic*', 'blocklist*', 'denylist*', 'monitor*', 'alert*', 'online learning', 'red team*', 'investigat*', 'analyst*', 'canar*'],
          ru: ['переобуч*', 'правил*', 'эвристик*', 'черн* списк*', 'монитор*', 'алерт*', 'онлайн обучени*', 'red team', 'расследова*', 'аналитик*'],
          zh: ['重新训练', '规则', '黑名单', '监控', '告警', '分析师', '红队', '在线学习'],
        },
      },
    },
    settledBy: [
      { parts: ['adaptation', 'response'], weight: 0.85 },
      { parts: ['actor', 'adapt', 'response'], weight: 0.8 },
      { parts: ['adaptation', 'response'], weight: 0.75, within: 'unit' },
      { parts: ['actor', 'adapt', 'response'], weight: 0.7, within: 'unit' },
    ],
    name: 'adaptation',
  },
});
