import { defineDocumentRule, type CueSet } from '../../server/engine/rule-kit.js';
import { MODEL_NAMES } from '../shared/model-cues.js';


/**
 * Headings that put one model before another ("RAG before fine-tuning", "GBDT vs a
 * deep model", "Rules instead of an LLM"): the section under one weighs the options.
 */
const PREFERENCE_HEADINGS: readonly string[] = [
  'rag', 'fine tun*', 'llm*', 'gbdt', 'xgboost', 'lightgbm', 'catboost', 'logistic regression', 'two tower*', 'transformer*', 'bert', 'deep learning', 'deep model*', 'neural network*',
  'single agent', 'multi agent*', 'rules', 'rule engine*', 'rules engine*', 'rule based', 'heuristic*', 'prompting', 'small model*', 'large model*', 'off the shelf', 'an? api', 'open source', 'self hosted',
].map((name) => `${name} {before|over|vs|versus|instead of|rather than|not|first|then}`);

/** "GBDT over deep learning", "a 7B model over an API model": one model put before another in running text. */
const PREFERRED_OVER: readonly string[] = [
  'deep learning', 'deep model*', 'neural network*', 'transformer*', 'an? llm', 'llms', 'gbdt', 'xgboost', 'lightgbm', 'an? api', 'api model*', 'fine tun*', 'rag', 'bert',
  'two tower*', 'a {larger|bigger|smaller|single|multi} …',
].map((name) => `over ${name}`);

/**
 * Broad headings of a design's decisions: "Alternatives considered", "Design decisions",
 * "Technical decisions", "Architecture decisions", "Design rationale". Under them sit storage,
 * queueing and serving choices as often as the model, so a statement there settles the rule only
 * when it speaks of a model by name (see the combinations below), not as a heading cue.
 */
const ALTERNATIVES_HEADINGS: CueSet = {
  en: ['alternatives', '{rejected|considered} alternatives', 'alternatives {considered|rejected|evaluated|weighed}', 'options considered', '{considered|rejected} options'],
  ru: ['альтернатив*', 'рассмотренн* вариант*'],
  zh: ['备选方案', '替代方案', '其他方案', '方案对比'],
};
const DECISION_HEADINGS: CueSet = {
  en: ['{design|technical|architecture|architectural|key|engineering} {rationale|justification|decision*|choices|trade offs|tradeoffs}', 'decision* {log|record*}', '=adr', '=decision', '=decisions'],
  ru: ['{технические|архитектурные|ключевые|проектные} решени*', 'обоснование решени*'],
  zh: ['技术决策', '设计决策', '架构决策', '关键决策', '技术选型'],
};

/** Models by name; "!NN": interview shorthand for a neural network, by its capitals only. */
const NAMES: CueSet = {
  ...MODEL_NAMES,
  en: [...(MODEL_NAMES.en ?? []), 'language model*', 'decoder only', 'encoder decoder', '!NN', '!NNs',
    // Retrieval approaches a search design chooses between: "hybrid dense + sparse retrieval".
    'hybrid {dense|sparse|retrieval|search}', '{dense|sparse|lexical|semantic} {retrieval|retriever*}'],
  // "没有选用深度模型": a deep model by its generic Chinese name.
  zh: [...(MODEL_NAMES.zh ?? []), '深度模型', '深度神经网络'],
};

/** Generic words for the model. */
const MODEL_WORDS: CueSet = {
  en: ['model*', 'architecture*', 'algorithm*', 'approach*', 'classifier*', 'ranker*', 'regressor*', 'encoder*', 'network*', 'agent*', 'pipeline'],
  // "подход" by its forms: the prefix also takes "подходящий" (suitable), a merit word, not the model.
  ru: ['модел*', 'архитектур*', 'алгоритм*', '{=подход|=подхода|=подходу|=подходом|=подходе|=подходы|=подходов|=подходам|=подходами|=подходах}', 'классификатор*', 'ранжировщик*', 'энкодер*', 'агент*'],
  zh: ['模型', '算法', '架构', '方案', '分类器', '排序模型'],
};

/** Section headings about the model, where a merit or a drawback is the model's. */
const MODEL_HEADINGS: CueSet = {
  // Not "Architecture" or "Solution": a system's trade-offs (sync vs async calls, caching) sit there too.
  en: ['model*', 'modeling', 'modelling', 'algorithm*', 'candidate*', 'model* approach*', 'ml approach*', '{modeling|modelling} approach*'],
  ru: ['модел*', 'алгоритм*', 'ml подход*'],
  zh: ['模型', '算法', '选型'],
};

export default defineDocumentRule({
  meta: {
    id: 'model-justification',
    step: 'model',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Explains why the chosen model fits and what was traded off.',
  },
  message: 'The model choice is not justified: say why it fits this problem (data size, features, latency, explainability) and what was traded off, so a reviewer can judge the alternative.',
  fix: {
    title: 'Justify the model choice',
    snippet: '- **Why this model:** ${1:GBDT handles sparse tabular features and trains in minutes}; trade-off: ${2:less able to use text than a two-tower network}',
  },
  // Why the chosen model fits and what was traded off: a model named with a
  // reason or a merit, a choice with its reason, pros and cons of a model, a
  // comparison table with a decision. Candidates listed without a choice, a
  // reason why ML is used at all, or a trade-off about something other than
  // the model (context size, caching) do not justify the model.
  concept: {
    parts: {
      // "A decoder-only language model would write richer completions, but …": an alternative by its kind.
      // "!NN": interview shorthand for a neural network ("we choose NN because of …"), by its capitals only; "NN search" is nearest neighbours (excluded below).
      name: { cues: NAMES },
      // The same names, as the one part of a combination under "Alternatives considered": a part that settles
      // alone is never lent by a question, so `name` itself must not be one ("Why LightGBM? It …" lends it).
      alternative: { cues: NAMES },
      model: { cues: MODEL_WORDS },
      because: {
        cues: {
          en: ['because', 'since', 'as it', 'as they', 'due to', 'thanks to', 'given that', 'given the', 'which allows', 'allow*', 'enabl*', 'lets us', 'why', 'reason*', 'rationale', 'justif*', 'chosen for', 'picked for', 'selected for', '{driven|motivated|dictated} by', 'for its', 'for their',
            // "as" only where it opens a reason, not "as the baseline", "such as".
            'as {most|many|all|few} …', 'as there {is|are}', 'as we {have|need|only}', 'as {the|our} {data|dataset|features|labels|inputs|catalogue|catalog} {is|are}', 'so we', 'so that', '=considering',
            // A purpose that is a merit: "route easy queries to a small model to cut cost".
            '{to|in order to} {reduce|cut|lower|minimi*|save|keep down|bound|cap|limit|contain} {cost*|latency|spend|the bill|inference cost*|token*}', 'for {cost|latency|speed|privacy|accuracy|quality} reasons',
            // A purpose the model serves: "a hybrid … to mitigate cold start", "GBDT to capture non-linear interactions".
            '{to|in order to} {handle|address|mitigate|solve|avoid|tackle|overcome|capture|cope with|deal with|account for}'],
          // "=так как": the stem of "таким" is "так", and "таким как" is "such as", not "because".
          ru: ['потому что', '=так как', 'поскольку', 'благодаря', 'из за', 'позволя*', 'позволит', 'почему', 'обоснован*', 'причин*', 'за счет', 'т к', 'обусловлен*', 'в силу', 'ибо', 'учитывая', 'с учетом',
            '{из|по} соображени*', 'чтобы {учесть|учитывать|справиться|снизить|уменьшить|избежать|обработать|решить|уловить|ускорить|сократить}'],
          zh: ['因为', '由于', '所以', '原因', '为什么', '使得', '从而', '考虑到', '鉴于', '之所以', '出于', '为了…{降低|减少|解决|避免|提升|捕捉}'],
        },
      },
      comparative: {
        cues: {
          en: [
            'instead of', 'rather than', 'compared {to|with}', 'vs', 'versus', 'outperform*', '{better|worse|faster|slower|cheaper|simpler|more accurate|more robust} than', 'beats', 'in favo* of', '{more|less} {expensive|costly}',
            // An alternative weighed and set aside: "a fine-tuned model was considered, but …".
            '{considered|evaluated|tried|explored} … {but|however}', '# {points|pp|percentage points} {better|worse|higher|lower}', '{better|worse|higher} on … {but|yet}', 'too {slow|costly|expensive|large|big|heavy} {for|at|to}',
            // A choice set against another: "chosen over ARIMA", "+4% F1 over TF-IDF", "costs ten times more to serve".
            '{chosen|chose|preferred|picked|selected|favo*} … over', ...PREFERRED_OVER,
            '{at least|just} as {accurate|good|strong|fast}', 'on par with', '{gives|gains|adds|improves|lifts|beats|outperforms} … over', '{cost|costs} … {more|less} to {serve|train|run}', 'a fraction of the … cost',
            '=overkill', 'not worth {it|the}', '{bake off|bakeoff|head to head|shoot out|shootout}',
            // Options set side by side: "we compared three options: fine-tuning, RAG on an API, RAG in-house".
            '{compared|weighed|benchmarked} … {options|approaches|alternatives|candidates|variants|designs}',
            '{tried|tested|evaluated|explored} … {no better|no gain|no improvement|did not help|didn t help|gave nothing|lost to|was worse}',
            // Figures set against each other: "8% MAPE against 11% for seasonal naive", "120 ms against a 30 ms budget".
            '# … against … #',
            // An alternative set aside by what it would do: "a deep model would overfit", "+0.01 AUC does not pay for 10x latency".
            '{would|will|tends to|tend to|is likely to} {overfit|be overkill|be too slow|be too costly|be too expensive|go stale|not scale|not fit}', '{does not|doesn t|would not|will not|won t} pay {for|off}',
            // The price of the choice in figures: "it trails GPT-4o by 3 points, which is acceptable".
            '{trails|trailed|trailing|lags|lagged|behind} … by #',
          ],
          // "Выбрали Qwen, а не GPT-4o по API": the alternative set aside.
          ru: ['вместо', 'а не', 'в отличие от', 'по сравнению', 'не хуже', 'не уступает', 'сопоставим*', '{лучше|быстрее|точнее|дешевле|проще|объективнее|надежнее|стабильнее} чем', 'избыточн*', 'превосход*', 'объективнее', '{рассматривал*|пробовал*|тестировал*} … {но|однако}', 'на # {хуже|лучше}', '{хуже|лучше} по {mape|wape|mae|rmse|auc|ndcg|качеств*|метрик*}',
            // "Сравнивали три варианта: …", "78 % против 81 % у внешнего API".
            '{сравнивал*|сравнили|сравниваем|сопоставил*|сопоставляли} … {вариант*|подход*|модел*|решени*|кандидат*}', '# против #',
            // "Нейросеть пробовали, прироста не дала": an alternative tried and what it gave.
            '{пробовал*|попробовал*|рассматривал*|тестировал*|проверял*} … {не дал*|не дает|не даёт|прироста не|хуже|проигрыва*|проиграл*|не лучше}',
            // The price of the choice in figures: "отставал от GPT-4o на 4 п.п., это приемлемо".
            '{отстава*|отстал*|отстает|отстаёт|уступа*|уступил*|проигрыва*|проиграл*} … на #'],
          // "比 GBDT 在离线 AUC 上高 0.8 个点", "比 LR 快一倍".
          zh: ['相比', '而不是', '优于', '好于', '胜过', '考虑过…但', '尝试过…但', '试过…但', '试过…{只|不如|没有}', '因此未采用', '所以未采用', '因此不采用', '暂不采用',
            '比…{auc|gauc|ndcg|mae|准确率|召回率|效果}…{高|好|低|提升}', '{高|提升|提高|好}…个{点|百分点}', '比…{快|准|便宜|省}',
            // "离线 AUC 与 DNN 持平，但推理耗时只有其八分之一": on par with the alternative, at a fraction of its cost.
            '{与|和|跟}…{持平|相当|不相上下|差不多}', '{只有|仅为|仅有|不到|只要}…{分之一|一半}'],
        },
      },
      proscons: {
        cues: {
          en: ['pros', 'cons', 'trade off*', 'tradeoff*', 'advantage*', 'disadvantage*', 'drawback*', 'downside*', 'upside*', 'strength*', 'weakness*', 'limitation*', 'at the cost of', 'in exchange for', 'benefit of', '{main|key|the|its|their} benefit*',
            // What the choice gives up: "we give up some accuracy that a transformer would catch".
            '{give|gives|giving|gave} up', 'sacrific*', 'at the expense of',
            // The price said as a trade: "it trades precision for not needing labels", "trading latency for recall".
            '{trade|trades|traded|trading} {away|} … for'],
          // "преимущество", not "преимущественно" (mostly); "недостатки", not "недостаточный".
          // "=ценой" ("ценой задержки"): the stem of "ценой" is that of "цена", and "цену номера" is a price.
          ru: ['плюсы', 'минусы', 'преимуществ', 'недостатк*', 'недостатки', 'компромисс*', '=ценой'],
          zh: ['优点', '缺点', '优势', '劣势', '权衡', '代价', '好处', '坏处', '不足之处', '局限'],
        },
      },
      // Qualities of a model, said of "the model" itself ("our model is extremely efficient").
      quality: {
        cues: {
          // Not "scalable" or "lightweight": every solution claims those, and a mitigation table asks for a "lightweight model".
          // Not "state of the art": a generic adjective says the model is good, not why it fits.
          // A loss or model that optimises the ranking or target metric itself: "LambdaMART optimises NDCG directly".
          en: ['interpretab*', 'explainab*', 'fast enough', 'more accurate', 'single forward pass',
            '{directly|direct} {optimi*|optimization of} {the|} {ranking|target|evaluation|business|} {metric*|objective|ndcg|map|mrr|auc}', '{optimi*} {the|} {ranking metric*|target metric*|ndcg|map|mrr|auc} directly'],
          ru: ['интерпретируем*', 'объясним*', '{напрямую|непосредственно} оптимизир* … {метрик*|ndcg|map|mrr|auc}', 'оптимизир* {напрямую|непосредственно} … {метрик*|ndcg|map|mrr|auc}'],
          zh: ['可解释', '直接优化…{指标|ndcg|auc|map|mrr}'],
        },
      },
      merit: {
        cues: {
          en: [
            'interpretab*', 'interpretation', 'explainab*', 'robust*', 'scalab*', 'scales', 'efficien*', 'lightweight', 'handles', 'capture*', '=catches', 'well suited', 'suitable', 'suited', 'fits', 'works well', '{good|natural|great|better} fit', 'fit {for|to}',
            'strong {for|on|at|interpretation|performance}', 'good at', 'excels', '{small|cheap|light|fast|accurate} enough', 'faster', 'cheaper', 'simpler', 'more accurate', 'proven', 'fast enough', 'generali*',
            '{industry|production|de facto} standard', 'saves', 'avoids', 'natively', 'easier', 'harder', 'easy to {explain|audit|debug|interpret|maintain|deploy|train|update}',
            '{natural|obvious|sensible|reasonable|right|good|best} {choice|option|fit|candidate|tool}', '{performs|perform|works} {best|well|better}', 'good enough', 'cheap', 'low {latency|cost}', '{better|best} {for|at|on|suited|with}',
            '{no|less|little|few} {training data|labelled data|labeled data|labels|examples} {is|are} {needed|required}', 'too {weak|slow|expensive|costly|complex|heavy|large|simple}',
            "{cannot|can't|fails to|unable to} {adapt|handle|capture|scale|learn|generali*|model}",
            '{best|highest|better|higher|lower|lowest|strongest} {auc|pr auc|accuracy|performance|quality|results|score|recall|precision|f1|ndcg|latency|trade off|generali*}', 'less data', 'fewer {parameters|resources}',
            // What the model does for the writer: "learns feature interactions automatically", "out of the box", "removes the need for feature crosses".
            'automatically', 'out of the box', 'removes the need', 'no need for', 'without {manual|hand made|hand crafted|handcrafted|hand built} …', 'a fraction of',
            // Interview words for the same: "GBDT is the usual winner on tabular data", "ops can read feature importances", "learns feature crosses", "fits on one GPU".
            '{usual|clear|obvious|typical|consistent} winner', 'feature importance*', 'shap {values|explanations}', 'learns … {feature crosses|crosses|interactions}', 'fits {on|in} {one|a single|a} {gpu|cpu|machine|node}',
            '{keeps|keep|stays|stay} … {p99|p95|p50|latency|cost*|spend|bill} … {under|below|within|down}', '{adds|add|adding} {latency|cost|complexity|failure modes}',
            // What the data or the regulator allows: "little data", "the regulator requires explanations".
            '{little|limited|scarce} {data|training data|labelled data|labeled data}', 'tabular {data|features|signals|inputs|columns}', '{features|data|signals|inputs} {are|is} {mostly|largely|all|} tabular', '{features|data|signals|inputs|columns} {are|is} {mostly|largely|all|} categorical', 'many categorical {features|columns|variables}', 'high cardinality', 'only # {years|months|weeks|days} of … {history|data}', '{small|tiny} {data|dataset|data set|training set}', 'only # {labelled|labeled|training} {examples|rows|samples}',
            '{regulator*|auditor*|compliance|risk team|legal|security|infosec|security team|legal team|privacy team|dpo} {need*|require*|demand*|want*|ask*|mandate*|insist*}', '{highest|best|top} {faithfulness|groundedness|win rate|quality|correctness|answer quality}',
            // What a bake-off measured: "the fewest unsupported claims", "fewer hallucinations than …".
            '{fewest|fewer|least|lowest} {unsupported claims|hallucinations|errors|mistakes|false positives|false alarms|failures|refusals|wrong answers}',
            // Where the model runs, as a reason to pick it: "keeps prompts inside our AWS account".
            '{keeps|keep|stays|stay} … {inside|within|in} our {account|aws account|tenant|vpc|cloud|network|perimeter|data cent*}',
            // What the model already is for the task and the team: "fine-tuned specifically for text-to-SQL", "already deployed in our cluster".
            '{specifically|specially|purpose} {trained|fine tuned|pretrained|pre trained|built|designed|tuned} {for|on}', 'purpose built', '{is|are|was} already {deployed|running|hosted|served|in production|available} {in|on|inside|within}',
          ],
          ru: [
            'интерпретир*', 'интерпретац*', 'объясним*', 'устойчив*', 'масштабир*', 'эффективн*', '=быстрее', '=быстрый', '=быстрая', '=быстрое', '=быстрые', 'быстро {работает|обучается|считается|отвечает|инферит*}', 'дешевл*', 'прощ*', 'хорошо {работает|справляется|подходит}', '=подходит', '=подходят', '=подходящая', '=подходящий', '=подходящее', '=подходящей', '=подходящим', 'справля*',
            'поддерживает', '=лучше', 'точнее', 'объективн*', 'специализированн*', 'учитыва*', 'обучается за', 'быстро обуча*',
            'из коробки', 'не требует', 'надежн*', 'надежнее', 'стабильн*', 'автоматически', 'нативно',
            'данных мало', 'мало данных', 'данных немного', 'немного данных', 'нужн* объяснени*', 'табличн* {признак*|данн*}', '{признаки|данные} табличн*', 'небольш* {выборк*|датасет*|объем* данн*}', 'регулятор* {требует|требуют|просит|нужн*}', 'требует объясн*', 'нужно объяснять',
            // As Habr posts argue a choice: what the alternative could not do, the gain measured, what it fits in.
            'не {масштабир*|справля*|тянет|тянул*|укладыва*|успева*}', 'не {подошел|подошёл|подошла|подошли|подходит|подходят|окупа*|окупил*}', 'слишком {долг*|медлен*|дорог*|тяжел*|тяжёл*|громоздк*}', '{дал|дает|дали|дают} … {auc|ndcg|recall|map|mrr|f1|точност*|качеств*|п п}', 'прирост* {auc|ndcg|recall|качеств*|метрик*|точност*}',
            'укладыва* в #', 'помеща* {на|в} #', 'хорошо {пишет|понимает|генерирует|говорит|знает|отвечает|ищет|ранжирует}',
            // "признаки в основном категориальные, а CatBoost работает с ними без ручного кодирования".
            '{признаки|данные} … категориальн*', 'категориальн* признак*', 'без ручн*',
            // What security or the regulator demands: "так требует служба безопасности", "внешние API запрещены".
            '{служб* безопасности|безопасник*|юрист*|юридическ* отдел*|регулятор*|комплаенс*|иб} {требует|требуют|требовал*|запрещает|запрещают|не разрешает|не разрешают|не пропускает|не пропустит}', 'так требует', '{закрыт*|собственн*|наш*} контур*',
            // Что модель уже есть для задачи и команды: "специально дообучена на text2sql", "довольно маленькая", "уже развёрнута в контуре".
            'специально {обучен*|дообучен*|предобучен*|натренирован*|созда*|заточен*} {на|для|под}', '{довольно|достаточно|относительно} {маленьк*|компактн*|легк*|лёгк*|небольш*}',
            'уже {развернут*|развёрнут*|задеплоен*|работает|используется|стоит} {в|на}',
          ],
          zh: ['可解释', '鲁棒', '高效', '更快', '更准', '适合', '擅长', '表格型', '表格数据', '结构化数据', '需要解释', '要求可解释', '数据量{不大|有限|较小}', '样本{不多|有限|较少}', '成本太高', '太慢', '太贵', '太复杂', '维护成本', '训练时间长', '没有历史', '个性化强', '效果好', '效果最好', '效果更好', '精度更高', '延迟更低', '更稳定', '自动学习', '无需', '不需要', '捕捉', '兼顾', '私有化部署', '数据不出',
            // Merits as Chinese posts put them: "表现稳定", "推理耗时低", "训练快", "可以直接看特征重要性".
            '表现稳定', '效果稳定', '{耗时|延迟|成本}{低|更低|小|很低}', '{训练|推理|迭代}{快|更快|速度快}', '特征重要性', '{方便|便于}…{解释|沟通|排查}',
            // "主要是团队熟悉、特征以数值为主、单机就能训练": what the team knows, what the features are, what it runs on.
            '团队…{熟悉|有经验}', '{单机|单卡}…{就能|即可|就可以}', '特征以…为主',
            // What the alternative would do: "样本量只有几万条，容易过拟合".
            '{容易|会}过拟合', '样本量{只有|太少|不足|较少|有限}',
            // 模型本来就为这个任务训练、已经部署好："专门针对 text2sql 微调过"、"已经部署在内网"。
            '专门{针对|为}…{训练|微调|优化}', '已经部署', '已部署在',
            // What the model does out of the box, as en "handles … out of the box": "Prophet 自带周、年季节性".
            '自带', '开箱即用', '原生支持', '天然支持'],
        },
      },
      // Pros and cons are about options, unlike a "trade-off", which may be about anything.
      // "недостатки", not "недостаточный" (insufficient).
      optionMerits: { cues: { en: ['pros', 'cons', 'advantage*', 'disadvantage*', 'drawback*', 'downside*', 'upside*'], ru: ['плюсы', 'минусы', 'преимуществ', 'недостатк*', 'недостатки'], zh: ['优点', '缺点', '优势', '劣势', '好处', '坏处'] } },
      // The model declared by a label opening its line: "Model: GigaChat.", "Модель: CatBoost.", "模型：Qwen2.5".
      modelLabel: { label: true, cues: { en: ['=model', 'chosen model', 'model choice', 'llm'], ru: ['=модель', 'выбранн* модел*', 'выбор модели'], zh: ['模型', '选用模型', '模型选型'] } },
      // A reason said as one, for combinations across sentences: "which allows" or "to handle" may be about anything nearby.
      // Across sentences only where its sentence is still about the model (`subjectBound`): "We use LightGBM. Holiday
      // flags are added because …" is the flags' reason.
      reason: {
        subjectBound: true,
        cues: {
          en: ['because', 'since', 'due to', 'given that', 'as we {have|need|only}', 'as {the|our} {data|dataset|features|labels|inputs} {is|are}'],
          ru: ['потому что', '=так как', 'поскольку', 'из за', 'т к', 'ибо', 'учитывая'],
          zh: ['因为', '由于', '考虑到', '鉴于'],
        },
      },
      // "Why not a deep model? Tabular features, a few million rows …": an alternative asked about and answered.
      whyNot: {
        negationIsContent: true,
        // zh also states it as "the reason for not taking X": "没有直接上DNN的原因：…", "不用深度模型是因为…", "之所以不选…".
        cues: { en: ['why not {a|an|the|}'], ru: ['почему не'], zh: ['为什么不', '为何不', '为啥不', '{没有|没|不}…{上|用|选|选择|采用|使用}…的{原因|理由}', '{没有|没|不}{上|用|选|选择|采用|使用}…是因为', '{没有|没|不}{选用|选择|采用|使用}…{原因是|理由是}', '之所以{不|没}'] },
      },
      // A line that gives the reason for the choice by its label: "Why this model: …", "选择理由：…".
      rationaleLabel: {
        cues: {
          en: ['why this {model|approach|architecture|algorithm|setup|design|stack|combination|choice|pipeline}', 'why we {chose|picked|selected} {it|this|them}', 'reason* for {choosing|picking|selecting} {it|this|the model|this model}', '{model|choice} rationale'],
          ru: ['почему {выбрали|выбран*} {эт*|модел*|подход*}', 'обоснование выбора', 'причин* выбора'],
          zh: ['选择理由', '选型理由', '选择…的理由', '为什么选择', '为什么选它', '为什么选用', '为什么用它', '选用…的原因', '选它的原因'],
        },
      },
      // A reason labelled as such ("Rationale: tabular data, SHAP for auditors"), next to the model it is for.
      rationale: {
        cues: {
          en: ['rationale', 'justification', 'reasoning', '=why', 'reason*'],
          ru: ['обоснован*', 'почему', 'причин*'],
          zh: ['原因', '理由', '为什么'],
        },
      },
      // The rationale as a label opening its own line: "Reason: …", "**Why:** …", "Обоснование: …", "原因：…".
      rationaleLead: {
        label: true,
        cues: {
          en: ['rationale', 'justification', 'reasoning', '=reason', '=reasons', '=why', 'why {this|it|that}', 'why {this|the} {model|approach|choice|one}'],
          ru: ['обоснование', 'причина', 'причины', 'почему', 'почему {он|она|так|этот|эта|это}'],
          zh: ['原因', '理由', '选择原因', '选择理由', '为什么'],
        },
      },
      // What a model was measured on, as a label or a column header: a table of options with their
      // "Latency" and "Offline AUC" and a "Decision" cell compares them with evidence.
      measured: {
        label: true,
        cues: {
          en: ['{offline|online|holdout|test|validation|} {auc|roc auc|pr auc|gauc|ndcg|map|mrr|f1|recall|precision|accuracy|mape|wape|smape|mae|rmse|logloss|log loss}', '{p50|p95|p99|} latency', '{inference|serving|training} {cost|time}', 'cost per {request|query|1k|1000|call|answer|summary}'],
          ru: ['{auc|ndcg|mape|wape|mae|rmse|f1} …', 'задержк*', 'латентност*', 'точност*', 'качеств*', 'стоимост*'],
          zh: ['auc', 'ndcg', '延迟', '耗时', '准确率', '召回率', '成本'],
        },
      },
      // A sentence about the model just named, by its pronoun, saying what it does well: "It trains in 20
      // minutes and handles missing values natively", «Она учитывает категориальные признаки», 「它可以私有化部署」.
      itMerit: {
        cues: {
          en: ['{it|this model|the model|this approach} {trains|handles|captures|learns|scales|copes|supports|needs no|needs little|needs only|requires no|requires little|runs in|runs on|serves in|serves at|fits in|fits on}',
            '{it|this model|the model} {is|stays} {fast|cheap|simple|interpretable|explainable|robust|accurate|small|light}…', '{it|this model|the model} {works|performs} {well|best|better}', '{it|this model|the model} {outperform*|beats|matched|matches}',
            '{it|this model|the model} {gives|provides|offers|exposes} {per feature|feature|shap} …'],
          ru: ['{она|он|модель|эта модель} {обучается за|учитывает|справляется|поддерживает|умеет|масштабируется|работает с|работает без|не требует|укладывается}'],
          zh: ['{它|该模型|这个模型}…{可以|能够|支持|擅长|适合|无需|不需要}'],
        },
      },
      choice: {
        cues: {
          // Not "decision tree", not "preferably".
          en: [
            'chose', 'chosen', 'choose', 'choosing', 'choice', 'select', 'selected', 'selecting', 'pick', 'picked', 'opt for', 'opted', 'go with', 'went with', 'going with', '{our|the|final} decision', 'decision {to|is|was}', 'decided',
            // "Decision: keep both; …", "Decision: adopt the cross-encoder only when …": a decision stated by its label.
            '=decision {keep|keeps|retain|retains|adopt|adopts|only|both}',
            '=prefer', '=preferred', '=prefers', 'adopt*', 'we use', "we'll use", 'we will use', 'we are using', 'we propose', 'settle* on', 'reject*', 'ruled out', 'dropped {it|them|the|that}', 'discard*', 'went for', '=decision {option|model|approach|we|go|use}',
            // Keeping a model is choosing it: "so we stay with a scorecard-style logistic model instead of a deep net".
            '{stay|stays|staying|stick|sticks|sticking|stuck} with', 'keep using',
          ],
          // "предлагаем" as the exact word: "предлагать клиентам спецусловия" offers something, it chooses nothing.
          ru: ['выбира*', 'выбор*', 'выбра*', 'используем', '=предлагаем', '=берем', '=берём', '=взяли', 'остановились на', 'остановил*', 'решили', 'отдаем предпочтение', '{остаемся|остаёмся|остались} на', '=оставляем'],
          zh: ['选择', '选用', '采用', '决定', '选型', '使用', '我们用', '我们会用', '我们将用', '沿用', '继续使用', '继续用'],
        },
      },
    },
    settledBy: [
      { parts: ['name', 'because'], weight: 0.8, minOtherWords: 1 },
      { parts: ['choice', 'model', 'because'], weight: 0.8, minOtherWords: 0 },
      { parts: ['name', 'comparative'], weight: 0.8, minOtherWords: 1 },
      { parts: ['choice', 'model', 'comparative'], weight: 0.75, minOtherWords: 1 },
      { parts: ['choice', 'name', 'merit'], weight: 0.8, minOtherWords: 0 },
      { parts: ['choice', 'model', 'merit'], weight: 0.75, minOtherWords: 0 },
      { parts: ['model', 'quality'], weight: 0.7, minOtherWords: 1 },
      // "LightGBM works well with sparse tabular data": a sentence, not a candidate's two-word label ("Decision trees: capture non-linearity").
      // "Random Forest / XGBoost (fast, interpretable)": two candidates and their labels, not a sentence about either.
      { parts: ['name', 'merit'], weight: 0.7, minOtherWords: 3, partCuesAreNotOtherWords: true },
      { parts: ['name', 'proscons'], weight: 0.8, minOtherWords: 1 },
      { parts: ['model', 'proscons'], weight: 0.75, minOtherWords: 1 },
      // "We use LightGBM. It handles missing values and trains in minutes."
      { parts: ['choice', 'name', 'merit'], weight: 0.75, within: 'unit', minOtherWords: 0 },
      // "Model: GigaChat. External APIs are ruled out: security requires the contracts to stay inside." A label declares the choice.
      { parts: ['modelLabel', 'name', 'merit'], weight: 0.7, within: 'unit', minOtherWords: 2 },
      { parts: ['rationaleLabel'], weight: 0.75, minOtherWords: 4 },
      // "Option A: … Option B: GPT-4o. Decision: option B, since we have few labelled examples."
      { parts: ['choice', 'name', 'reason'], weight: 0.7, within: 'unit', minOtherWords: 2 },
      // "Model choice: LightGBM. Rationale: tabular data, SHAP values for auditors."
      { parts: ['choice', 'name', 'rationale'], weight: 0.75, within: 'unit', minOtherWords: 2 },
      // "We settled on a two-tower model." then, in its own paragraph, "Reason: the catalogue has 100M items …":
      // a decision and its rationale as a pair of units of one section.
      { parts: ['choice', 'name', 'rationaleLead'], weight: 0.7, within: 'section', minOtherWords: 2 },
      // "Model: CatBoost with YetiRank." then "Why: tabular features, trains in 10 minutes": the model named by a label, its reason labelled.
      { parts: ['name', 'rationaleLead', 'merit'], weight: 0.7, within: 'section', minOtherWords: 2 },
      // "The scorer is LightGBM." then "It trains in 20 minutes and handles missing values natively.": the model named, then its merits said of it.
      { parts: ['name', 'itMerit'], weight: 0.7, within: 'section', minOtherWords: 2 },
      // A row of a table of options with what each was measured on and a decision: "CatBoost | 4 ms | 0.78 | chosen".
      { parts: ['name', 'choice', 'measured'], weight: 0.75, minOtherWords: 0 },
      // "Why XGBoost? It works well on tabular features …": the question and its answer.
      { parts: ['name', 'because', 'merit'], weight: 0.75, within: 'unit', minOtherWords: 2 },
      { parts: ['whyNot', 'merit'], weight: 0.75, within: 'unit', minOtherWords: 2 },
      // "cons: misses social signals" under an option: pros and cons are about options, weaker away from a model heading.
      // … and only with a model named in the section ("### Option B: two-tower" over "- cons: …"), not pros of batch serving or of a warehouse.
      { parts: ['optionMerits', 'name'], weight: 0.65, within: 'section', minOtherWords: 2 },
      { parts: ['optionMerits', 'model'], weight: 0.6, within: 'section', minOtherWords: 2 },
      // "- pros: trains in minutes" under "## Model"; pros and cons of an option anywhere.
      { parts: ['proscons'], weight: 0.7, underHeading: MODEL_HEADINGS, minOtherWords: 2 },
      // "- Matrix factorization: poor on items with no history" under "Alternatives considered": an
      // alternative model named and judged. "- Postgres instead of Redis: …" names no model and settles nothing.
      { parts: ['alternative'], weight: 0.75, underHeading: ALTERNATIVES_HEADINGS, minOtherWords: 3 },
      // "- LightGBM: interpretable for the risk team" under "Design decisions": a model with a merit,
      // with fewer words besides than elsewhere; "- Kafka for events" is a decision about something else.
      { parts: ['name', 'merit'], weight: 0.75, underHeading: DECISION_HEADINGS, minOtherWords: 1 },
      { parts: ['name', 'choice', 'reason'], weight: 0.75, within: 'unit', underHeading: DECISION_HEADINGS, minOtherWords: 1 },

    ],
    headings: {
      en: ['model comparison', 'comparison of {models|approaches|architectures}', 'why {this|the|our|a} {model|architecture|approach|algorithm|ranker|classifier}', '{why|why not} {gbdt|lightgbm|xgboost|catboost|two tower*|transformer*|bert|llm*|gpt*|rag|a single agent|deep learning|neural*}', 'why not {a|an|the|} … {model|models|network|ranker|classifier|algorithm|llm}', 'model {justification|rationale}', '{alternative|rejected|considered} {models|approaches|architectures|algorithms}', '{rationale|justification} for {the|this|our} {model|approach}', ...PREFERENCE_HEADINGS],
      ru: ['почему {эта|этот|такая|такой} {модел*|архитектур*|подход*|алгоритм*}', 'обоснован* выбор*', 'сравнени* моделей', 'сравнени* подходов', 'альтернативн* {подход*|модел*}'],
      // Not '模型选择' or '选型' alone: a course template's "模型选择" section often names the model and no reason.
      zh: ['为什么选择', '模型对比', '模型比较', '选型理由', '选择理由'],
    },
    // "| Option | Pros | Cons |" over the models weighed is the trade-off itself, whichever row is taken.
    candidatesCount: true,
    exclude: {
      // A reason to use ML at all is not a reason for the model.
      en: ['why {ml|machine learning|ai}',
        // A model's name, not a merit: "EfficientNet" holds "efficient", "EfficientDet" too.
        'efficientnet*', 'efficientdet*', 'efficient net*',
        // A stage's name, not a merit: "retrieval → lightweight ranking → deep ranking".
        '{lightweight|light weight} {ranking|ranker|rankers|stage|scoring|pre ranking|prerank*|l1}',
        // A stage's label in a funnel or a diagram's node: "L1: Lightweight → L2: Deep Model", "Stage 1: fast filter".
        '{l0|l1|l2|l3|stage #|layer #|tier #} {lightweight|light weight|light|heavy|fast|cheap|simple|efficient}', '{lightweight|light weight|fast|cheap|simple|efficient} {l0|l1|l2|l3|stage #|layer #|tier #}',
        // A reason about the project's scope, with the model as its content, not a reason for the model:
        // "since only RAG is in scope this quarter, the evaluation process is …".
        // ("We use RAG because fine-tuning is out of scope for a team of two" sets an alternative aside: no "only".)
        '{since|because|as|given that} {only|just} … {in scope|scoped}',
        // Nearest neighbours, not a neural network: "NN search service", "approximate NN index".
        '!NN {search*|index*|indices|lookup*|retriev*|queries|query|service*|graph*}',
        // The reason for a metric, not for the model: "we chose F1 because both errors cost", "MRR and recall are critical for RAG, since …".
        '{chose|chosen|choose|choosing|selected|select|picked|pick} {metric*|f1|f1 score|recall|precision|auc|roc auc|pr auc|mape|wape|smape|mae|rmse|ndcg|map|mrr|accuracy}',
        '{metric|metrics} {is|are|was|were} {chosen|selected|picked}',
        // "We will use F1 to score model performance as it provides a tradeoff between precision and recall": a metric and its reason.
        '{use|uses|using|used} {the|} {f1|f1 score|recall|precision|auc|roc auc|pr auc|mape|wape|smape|mae|rmse|ndcg|map|mrr|accuracy|log loss|logloss}', '{trade off*|tradeoff*|balance} between {precision|recall|false positives|false negatives}',
        '{score|scoring|evaluate|evaluating|measure|measuring|assess|assessing|track|tracking|monitor|monitoring} {the|our|} model {performance|quality|accuracy}', '{mrr|recall|precision|ndcg|faithfulness|metric*} … {critical|important|key|essential} for {rag|llm*|retriev*|rank*|the model|the ranker|generation|search}',
        // A reason that only repeats the choice: "because it is the best model".
        '{because|since} {it|this|they} {is|was|are} the best {model|choice|option|one|algorithm|approach}',
        // Fashion is not fit: "because it is state of the art", "since transformers are popular now".
        '{because|since} {it|this|they} {is|are} {state of the art|sota|popular|trendy|modern|fashionable|the latest}', '{pick|choose|select|keep|take} {the|} best {one|model|performer|of them|}', 'whichever {performs|scores|does|is} best', '{to be|will be|is to be|still to be|yet to be} justified', 'justif* {later|tbd|pending}', '{reasons|rationale|justification} … {will be|to be} {added|described|written|documented|given}', 'instead of {rules|manual|a human|humans}', 'over time', 'over the {last|past|next}', 'vs {control|baseline} group', 'choice of {features|data|threshold*}',
        // A course template's prompt left in the doc, not pros and cons given.
        'pros and cons of {choosing|the chosen|the choice|the selected}', '{list|describe|discuss|explain|outline|consider} {their|the|its|} {pros and cons|trade offs|advantages and disadvantages}',
        // A reason for operating the model (retraining, deploying, caching), not for choosing it.
        // ... and for when it runs: "scores are computed nightly in batch because the catalogue changes slowly".
        '{retrain*|refresh*|redeploy*|deployed|cached|caching|autoscal*|scaled|logged|monitored|recalibrat*|computed|precomputed|recomputed|batched|orchestrat*|scheduled|hosted|stored} … {because|since|due to|as}',
        // A reason for what goes into the model, not for the model: "store-level features are added because sales differ by region".
        '{features|signals|columns} {are|were} {added|included|dropped|removed|aggregated|encoded} … {because|since}',
        // A degradation mode, not the choice: "under overload or a latency spike, a lighter model (logistic regression instead of boosting)".
        '{overload*|latency spike*|timeout*|outage*|degrad*|fallback|fall back|falls back} … {lighter|smaller|simpler|cheaper} model … {instead of|rather than}',
        // A comparison promised, not made: "pros and cons of each candidate will be compared in the next sprint".
        '{pros and cons|trade offs|tradeoffs|advantages and disadvantages|alternatives} … {will be|to be|are to be|is to be} {compared|discussed|evaluated|weighed|described|analy*|listed|documented|written up}',
        // A topic named in an outline, not a choice with its trade-offs: "2) model choice and trade-offs 3) metrics".
        'model {choice|selection} and {its|the|} {trade offs|tradeoffs|justification|rationale}',
        // Drawbacks of something other than a model.
        '{limitation*|drawback*|disadvantage*|weakness*} of {the|our|this} {data*|label*|study|analysis|guide*|evaluation|survey|benchmark|warehouse|process}',
        // A pointer to a discussion elsewhere, not the discussion.
        '{trade off*|tradeoff*|pros and cons} … {discussed|described|covered|detailed|listed} {in|below|later|elsewhere}'],
      ru: ['{потому что|так как} {это|он|она|они} {sota|state of the art|модно|модн*|популярн*|современн*}',
        // A business goal and its means, not a reason for the model: "Снизить потери … за счёт прогнозирования", "Обеспечение безопасности LLM за счёт обнаружения атак".
        '{снизить|снижени*|сократить|сокращени*|повысить|повышени*|увеличить|увеличени*|оптимизировать|оптимизаци*|обеспечить|обеспечени*|улучшить|улучшени*|уменьшить|уменьшени*|ускорить|ускорени*|автоматизировать|автоматизаци*} … за счет',
        // A sample ("обучающая выборка"), not a choice ("выбор"): the stems share a prefix.
        'выборк*',
        // Обоснование метрики, а не модели: "Выбрана f1 потому, что нужен баланс", "MRR и Recall критичны для RAG, так как …".
        '{выбран*|выбрали|выбираем|выбор} {метрик*|f1|f1 score|recall|precision|roc auc|auc|mape|wape|mae|rmse|ndcg|map|mrr|accuracy|точност*|полнот*}',
        '{метрик*} {выбран*|выбрали|выбираем}', '{mrr|recall|precision|ndcg|faithfulness|метрик*} … {критичн*|важн*|ключев*} для {rag|llm|ранжирован*|поиск*|генерац*|модел*|ретрив*}',
        // The Russian course template's prompt left in place ("Описание всех общих предпосылок решения … с обоснованием от запроса бизнеса: …").
        'обоснованием от запроса бизнеса',
        // Причина про рамки проекта, а не про модель: "поскольку в скоупе только RAG, процесс оценки …".
        '{поскольку|так как|т к|потому что} … {скоуп*|в рамках {этого|текущего|первого} {этапа|квартала|релиза|пилота}} … только', '{поскольку|так как|т к|потому что} … только … {скоуп*|в рамках {этого|текущего|первого} {этапа|квартала|релиза|пилота}}',
        // A reason promised, not given: "Причины выбора опишем после пилота".
        '{причин*|обоснован*} {выбора|} {опишем|распишем|добавим|обсудим|уточним|приведем|приведём|дадим}', '{зачем|почему} {ml|машинн*}', '{выберем|выбрать|выбираем|оставим|возьмем|возьмём} {лучш*|наилучш*}', '{переобуч*|дообуч*|обновля*|разверн*|развора*|кэшир*|масштабир*|логир*|рассчитыва*|пересчитыва*|предрассчит*} … {так как|потому что|поскольку|из за}',
        // Режим деградации, а не выбор модели: "Нехватка ресурсов или рост задержки -> более лёгкая модель (логистическая регрессия вместо бустинга)".
        '{нехватк*|рост задержк*|перегрузк*|недоступн*|деградац*|fallback} … {лёгк*|легк*|облегч*|упрощ*|прост*} модел* … вместо',
        // A reason promised in the passive: "Обоснование выбора модели будет добавлено после экспериментов".
        '{обоснован*|причин*} … {будет|будут} {добавлен*|описан*|приведен*|приведён*|расписан*|дан*|уточнен*|уточнён*|сформулирован*}'],
      // 原因讲的是范围，不是模型："由于本季度只做 RAG，评估流程是……".
      zh: ['为什么用机器学习', '{由于|因为|鉴于}…{只做|仅做|只上|范围内|范围之内}', '{重新训练|重训|更新|部署|缓存|扩容|跑批|批量计算|离线计算|预计算|调度|编排|存储|日志|监控}…{因为|由于}',
        // 降级模式，不是选型："资源不足时降级为轻量模型（用 LR 代替 GBDT）".
        '降级…{轻量|简单|小}模型…{代替|替代|而不是}'],
    },
  },
});
