import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { joinCues } from '../shared/phrase-sets.js';
import { RANKED_LIST } from '../shared/serving-cues.js';

/** Whoever a list must not be flooded with: "at most two per company". */
const OWNERS = '{company|employer|seller|author|creator|brand|channel|category|artist|merchant|advertiser|source|publisher|shop|store|restaurant|host|domain|show|podcast|album|genre|vendor|hotel|landlord|agency}';
const SEEN = '{seen|applied|applied to|watched|purchased|bought|read|clicked|listened|played|shown|rated|followed|connected|booked|ordered|dismissed|hidden|disliked|reported|muted|skipped|interacted with|engaged with}';

// A layer after the model that applies what the score does not: diversity,
// de-duplication, freshness, sponsored placement, removing what the user has
// already seen or cannot take. A second model that re-scores candidates (a
// cross-encoder "reranker") is a ranking stage, not this layer; cleaning
// duplicates out of training logs and measuring diversity offline are other things.
/** Headings of the layer: a plain statement under them is the layer, and so is a rule on the list. */
const LAYER_HEADINGS = {
  // A frequency cap on what is sent or shown ("Frequency capping": max 3 a day, a cooldown after dismissals) is a policy on the ranked list.
  en: ['re ranking', 'reranking', 'business logic', 'business rules', 'post processing', 'diversity', 'diversification', 'post filter*', 'post ranking', 'final ranking', 'blending', 'blender', 'mixer', 'rules layer', 'policy layer', 'frequency cap*', 'frequency guard*'],
  ru: ['переранжир*', 'бизнес правил*', 'постобработк*', 'постпроцессинг*', 'постфильтр*', 'фильтрац* выдач*', '{ограничени*|контрол*} частот* {показ*|отправ*|уведомлен*|рассыл*}'],
  zh: ['重排', '业务规则', '混排', '打散', '后处理', '频控', '频次控制'],
};

export default defineDocumentRule({
  meta: {
    id: 're-ranking',
    step: 'serving',
    severity: 'info',
    appliesTo: 'ranking-shaped',
    description: 'Has a re-ranking / business-logic layer (diversity, de-duplication, freshness, filtering).',
  },
  message: 'No re-ranking layer: say what happens after the model scores (diversity, de-duplication, freshness, filtering ineligible items), or the top of the list fills with near-duplicates.',
  fix: {
    title: 'Add a re-ranking layer',
    snippet: '- **Re-ranking:** ${1:remove jobs already applied to}, ${2:at most 2 jobs per company in the top 10}, ${3:boost postings under 3 days old}',
  },
  concept: {
    parts: {
      // The layer named.
      layer: {
        cues: {
          en: ['re rank*', 'rerank*', 're order*', 'reorder*', 'post process*', 'post ranking', 'post rank*', 'post filter*', 'final ranking layer', 'blending', 'blender', 'slate optimi*', 'page optimi*'],
          ru: ['переранжир*', 'реранк*', 'постобработк*', 'пост обработк*', 'постпроцессинг*'],
          zh: ['重排', '重排序', '后处理', '混排'],
        },
      },
      rules: {
        cues: {
          en: [
            'business logic', 'business rule*', 'display rule*', 'serving rule*', 'presentation rule*', 'business constraint*', 'product rule*', 'policy rule*', 'eligibility rule*', 'heuristic rule*', 'hard rule*', 'hard constraint*',
            'hard filter*', 'eligibility filter*', 'eligibility check*', 'availability filter*', 'merchandising {rule*|policy|policies|boost*}', 'editorial rule*',
          ],
          ru: ['бизнес правил*', 'бизнес логик*', 'бизнес ограничени*', 'продуктов* правил*', 'жестк* фильтр*', 'правил* {показа|выдачи|отображения}'],
          zh: ['业务规则', '业务逻辑', '运营规则', '业务约束', '展示规则'],
        },
      },
      // What the layer does to the list.
      policy: {
        cues: {
          en: [
            'diversif*', 'diversity {rule*|constraint*|boost*|penalt*|filter*|re rank*|rerank*|cap*|slot*|injection}',
            // Reserved slots: "every fifth slot goes to an item listed in the last 24 hours".
            'every {#|second|third|fourth|fifth|sixth|tenth} {slot|position|item|result}', '{blended|interleaved|mixed} with {fresh|new|sponsored|promoted|editorial|local} {items|listings|posts|videos|content|results}', '{enforce*|ensure*|increase*|improve*|add*|promote*|inject*|boost*} … diversity', 'mmr',
            'maximal marginal relevance', 'determinantal point process*', 'de dup*', 'dedup*', 'deduplicat*', 'near duplicate*', '{remove*|drop*|collapse*|merge*} … duplicate*',
            'freshness {boost*|bonus|decay}', 'time decay', 'recency {boost*|bonus|decay}', 'at least # … {new|fresh|recent|local|exploration}', '{boost*|promot*|upweight*|up weight*|favo*} … {fresh*|new|newer|recent|younger|local|nearby|newly}', 'demot*', 'downrank*', 'down rank*', 'downweight*', 'down weight*',
            'penali* … {seen|repeated|same|duplicate*|stale|old}', 'sponsored {slot*|position*|placement*}', '{blend*|mix*} … {sponsored|promoted|ads}', 'paid {slot*|placement*}', '{ad|ads} {slot*|position*|load|insertion}', 'insert* … {ads|sponsored|promoted}',
            'promoted {items|listings|posts|jobs|products|videos}', 'blocklist*', 'block list*', 'blacklist*',
            // Fresh items moved up by a rule: "push new listings up for their first 48 hours".
            '{push*|bump*|lift*|rais*|mov*} {new|fresh|newer|recent|newly posted|newly listed|local} … {up|higher|to the top}',
            // Results mixed across kinds so one kind does not fill the page: "interleave results from different categories".
            '{mix*|interleav*|spread*|alternat*} … {different|various|several|multiple} {categories|sources|sellers|topics|verticals|genres|authors|brands|intents}',
            // An ads page's budget rule after the auction: "a pacing filter removes campaigns that have spent their daily budget".
            '{budget|pacing} {filter*|cap*|constraint*|check*|control}', '{spent|exhausted|used up|exceeded} {their|its|the} {daily|monthly|} budget',
            // Availability and variants as rules on the list: "out-of-stock products are pushed below in-stock ones",
            // "no more than three variants of the same product".
            '{out of stock|sold out|unavailable} … {pushed|moved|sunk|demoted} {below|down|to the bottom}', '# variants of the same {product|item|listing|model}',
            // "cap how many suggestions point to the same person per day": exposure capped per target.
            '{cap|caps|capped|limit|limits|limited} how many … {the same|per} {person|member|user|item|seller|author|creator|account}',
            // "Sponsored items are inserted at positions 3 and 8": the placement said after the items.
            '{sponsored|promoted|paid} {items|listings|posts|products|results|videos|jobs|ads} … {inserted|injected|placed|interleaved|blended|mixed in}',
            // "mixes in fresh posts", "at least one of the top five": slots the score would not fill.
            '{mix*|blend*|interleav*} in {fresh|new|sponsored|promoted|editorial|local} {items|listings|posts|videos|content|results|products}', 'at least # of the {top|first} #',

            `{at most|no more than|up to|max|maximum|cap*|limit*} # … per ${OWNERS}`, `# … {from|of} {each|one|the same|a single} ${OWNERS}`, `{cap*|limit*} {each|every|any|one} ${OWNERS}`,
            `no ${OWNERS} {gets|takes|has} more than #`, `# per ${OWNERS}`, 'fairness {constraint*|re rank*|rerank*}', 'exposure {cap*|constraint*|fairness|guarantee*}', 'frequency cap*',
            '{filter*|remove*|drop*|exclud*|hide*|hidden} … {ineligible|inappropriate|blocked|muted|expired|sold out|out of stock|unavailable|closed|already|nsfw|unsafe|disliked|explicit}', 'interleav* … {ads|sponsored|promoted|organic}',
            // Slots kept for something the score would not put there.
            'for diversity', '{by|for} {freshness|recency|novelty}',
            '{inject*|add*|boost*|promot*} … {novelty|serendipit*}', '{filter*|remove*|drop*|exclud*|hide*} … {age restricted|geo restricted|region locked|licens*|embargoed}',
            '{ineligible|inappropriate|blocked|muted|expired|sold out|out of stock|unavailable|nsfw|unsafe|age restricted|geo restricted|region locked} … {filtered|removed|dropped|excluded|hidden|suppressed}',
            '{reserved|set aside|kept} for {new|fresh|exploration|exploring|sponsored|ads|promoted|local|cold|newcomers}', '{reserve*|set aside} … {slot*|position*} for',
            '{boost*|promot*|upweight*} … {margin|high margin|overstock*|inventory|campaign*|partner*}',
            // Results the viewer may not see or use are filtered out: "filter results by the user's department",
            // "security trimming", "restrict candidates to the member's country".
            '{filter*|restrict*} {results|candidates|documents|hits|recommendations} … {department|team|region|country|permission*|access|acl|acls|role|entitlement*}',
            '{results|candidates|documents|hits|recommendations} … {filtered|restricted} by … {department|team|region|country|permission*|access|acl|acls|role|entitlement*}',
            '{permission|permissions|acl|access|entitlement} {filter*|check*|trimming|aware filtering}', 'security trimming',
          ],
          ru: [
            'разнообраз*', 'дедупликац*', '{убира*|удаля*|исключа*|отфильтров*|фильтру*|скрыва*} … {дубл*|уже|недоступн*|купленн*|просмотренн*|прослушанн*|без остатк*|закончивш*}',
            // "не даёт больше трёх товаров одного бренда": a cap said as what the layer does not allow.
            '{не дает|не даёт|не допускает|не пускает|не показывает} больше … {одного|одной} {бренд*|продавц*|автор*|компани*|работодател*|категори*|магазин*|исполнител*|артист*|жанр*|издател*|блогер*|канал*|рекламодател*}',             '{не более|не больше|максимум|до} # … {одного|одной|от одного|на} {бренд*|продавц*|автор*|компани*|работодател*|категори*|магазин*|исполнител*|артист*|жанр*|издател*|блогер*|канал*}', 'свеж* {товар*|ваканс*|контент*|публикац*} … {выше|поднима*|повыша*}',
            '{поднима*|повыша*|понижа*|пессимизир*} … {свеж*|нов*|повтор*|опубликованн*}', 'рекламн* {мест*|слот*|позици*|товар*}', 'спонсорск*', 'черн* спис*', 'нет в наличии',
            '{одного|одной} {бренд*|продавц*|автор*|компани*|работодател*|категори*|магазин*|исполнител*|артист*|жанр*|издател*|блогер*|канал*} … не {идут|стоят} подряд',
            // "выдача фильтруется по правам доступа пользователя".
            '{фильтр*|отфильтров*|ограничива*} {выдач*|результат*|документ*|кандидат*|рекомендац*} … {прав* доступ*|доступ*|отдел*|регион*|стран*|рол*}', '{фильтр*|проверк*} {по|} прав* доступ*', 'не {идут|стоят} подряд', 'не в наличии',
            // "Лента перемешивается так, чтобы подряд не шло больше двух постов одного автора".
            'подряд не {шло|шли|идет|идёт|идут|стоит|стояло|стояли|было|были}',
            // "Почти одинаковые объявления склеиваются", "рекламные карточки вставляются на 4-ю позицию".
            '{склеива*|склеен*|склеить|схлопыва*|схлопнуть} … {дубл*|одинаков*|похож*|копи*}', '{дубл*|одинаков*|похож*|копи*} … {склеива*|склеен*|схлопыва*}', 'не было {дублей|дубликатов|повторов}',
            '{рекламн*|спонсорск*|промо*|продвигаем*} {карточк*|объявлени*|товар*|пост*|блок*|вакансi*|вакансии} … {вставля*|встав*|размеща*|подмешива*|встраива*}', 'перемешива* … {автор*|бренд*|категори*|продавц*|канал*|исполнител*}',
            // "не больше двух объявлений одного продавца": the number in any case ("двух", "трёх").
            '{не более|не больше|максимум} … {одного|одной|от одного} {бренд*|продавц*|автор*|компани*|работодател*|категори*|магазин*|исполнител*|артист*|жанр*|издател*|блогер*|канал*|рекламодател*}', 'резервир* … {мест*|слот*|позици*}',
          ],
          zh: ['至少{有|}{一|1|两|2|三|3}{条|个|篇|款}…{新|最新|新发布|新品|新内容}', '权限过滤', '{按|根据}…{权限|部门|地区|区域}…过滤', '多样性', '打散', '去重', '新品加权', '运营位', '插入…{运营位|新品|广告|活动}', '同一{作者|商家|品牌|类目|店铺}…最多', '最多出现', '提权', '降权', '过滤已', '过滤掉已', '去掉已', '广告位', '插入广告', '黑名单', '类目打散', '新鲜度加权', '频控',
            // Unavailable items taken off the list: "把已下架或库存不足的商品去掉".
            '{下架|库存不足|缺货|售罄|无货}…{过滤|去掉|剔除|排除|不展示}', '{过滤|去掉|剔除|排除}…{下架|库存不足|缺货|售罄|无货}'],
        },
      },
      // What the layer aims at, named as an objective of it: "Objectives: 1. relevance 2. diversity (topic and creator coverage)"
      // under "## Re-ranking layer". Only under such a heading: elsewhere "diversity" is as often a metric or a wish.
      aim: {
        cues: {
          en: ['diversity', 'freshness', 'novelty', 'serendipity', 'deduplication', 'de duplication'],
          ru: ['разнообрази*', 'свежест*', 'новизн*', 'дедупликац*'],
          zh: ['多样性', '新鲜度', '新颖性', '去重'],
        },
      },
      // A spread rule said as what may not happen: "no two consecutive items from the same seller", "同一店铺的商品不连续出现".
      spread: {
        negationIsContent: true,
        cues: {
          en: ['no two {consecutive|adjacent|neighbouring|neighboring|successive} … {from|by|of|share|sharing} {the same|a} …', '{never|not} {two|#} … in a row {from|by} the same',
            // "No more than two items from one seller in a row", "never the same artist twice in the first ten songs".
            `# … {from|by|of} {one|the same|a single} ${OWNERS} in a row`, `{in a row|consecutive*} … {from|by} {one|the same} ${OWNERS}`, `the same ${OWNERS} … {twice|# times} in the {first|top} #`],
          ru: ['не {идут|стоят|шли|стояли|следуют} подряд', 'подряд не {идут|стоят|шли|стоят}'],
          // "同一商家的商品不能连续出现超过两个": a modal between the negation and the spread.
          zh: ['{同一|同个|相同}…不{能|可|得|会|}{连续|相邻}', '不{能|可|得|会|}{连续|相邻}出现', '连续出现…不{超过|多于}'],
        },
      },
      // A fixed slot for what the score would not place there: "sponsored cards go in at positions 4 and 10",
      // «вставляются на 4-ю и 10-ю позиции», 「广告位固定插在第 3 和第 8 位」.
      slot: {
        cues: {
          en: ['{inserted|injected|pinned|slotted|placed} {at|into|in} {position*|slot*|rank*} #'],
          ru: ['{вставля*|вставл*|встав*|размеща*|закрепля*} на # … {позици*|мест*|слот*}'],
          zh: ['{插在|插入|插到|固定在|固定插在}第'],
        },
      },
      // Seen items are a feature too ("previously watched videos"): only removing them is this layer.
      seen: { cues: { en: [`{already|previously} ${SEEN}`, `{user|member|customer} {has|had} ${SEEN}`, `they {have|had} ${SEEN}`], ru: ['уже {купленн*|просмотренн*|прослушанн*|прочитанн*|показанн*|откликнул*|видел*}', '{пользователь|клиент|он|она} {слушал*|смотрел*|видел*|покупал*|читал*|купил*|посмотрел*|прослушал*}'], zh: ['已购买', '已观看', '已点击', '已曝光', '看过的', '买过的', '已经{购买|观看|点击|曝光|看过|买过|下单}', '{购买|观看|点击|曝光|下单}过的', '{屏蔽|拉黑|不喜欢|不感兴趣}{过的|的}'] } },
      remove: {
        cues: {
          en: ['filter*', 'remov*', 'exclud*', 'drop*', 'hid*', 'skip*', 'suppress*', 'dedup*'],
          ru: ['убира*', 'удаля*', 'исключа*', 'отфильтров*', 'фильтру*', 'скрыва*', 'выкидыва*', 'выкинуть', 'выбрасыва*', 'отсеива*', 'отсеять'],
          // "已经购买过的商品不再推荐": no longer shown is removed.
          zh: ['过滤', '去掉', '剔除', '排除', '不再{推荐|展示|出现|曝光|下发}'],
        },
      },
      // What a people-you-may-know or autocomplete shows is a ranked list too ("suggestions"), here only: the
      // shared list words also decide whether a doc is ranking-shaped.
      list: { cues: joinCues(RANKED_LIST, { en: ['suggestions', 'suggested {people|items|jobs|connections|products|contacts}'], ru: ['подсказк*', 'предложенн* {люд*|контакт*|товар*}'], zh: ['推荐列表', '联想词'] }) },
      // Guaranteed exposure is a business rule on the final list: "新品保量，每天保底 500 次曝光" reserves slots the ranker would not give.
      quota: {
        cues: {
          ru: ['гарантированн* {показ*|охват*|слот*}', 'квот* {показ*|слот*}'],
          zh: ['保量', '保底曝光', '曝光保底', '曝光配额', '流量扶持', '流量保底'],
        },
        // Matched as text, 保量 is also inside 确保量化 ("ensure it is quantified") and 担保量.
        notIn: { zh: ['确保量', '担保量'] },
      },
      after: {
        cues: {
          // "a second step drops duplicates of the same event": a step after the scoring one.
          en: ['after {ranking|scoring|the ranker|the model|the ranking|the auction}', '{a|the} {second|final|last} step', 'final {list|ranking|results|page|slate|feed|order}', 'before {serving|display*|showing|returning|the response|they are shown}', 'before the {page|list|feed|results|response|slate} {is|are} {returned|shown|served|rendered|displayed|sent}', 'on top of the {ranker|model|scores}'],
          // "Поверх — правила: не больше двух товаров одного продавца": a layer on top of the ranker.
          ru: ['после {ранжир*|скоринг*|модел*|аукцион*}', 'поверх',  'финальн* {выдач*|список*|ранжир*}', 'перед {показом|выдачей|отдачей}'],
          zh: ['排序后', '精排后', '精排之后', '最终结果', '最终{列表|排序|展示|页面|推荐列表}', '展示前', '竞价后', '返回前', '下发前'],
        },
      },
    },
    settledBy: [
      { parts: ['layer', 'policy'], weight: 0.9 },
      { parts: ['rules', 'policy'], weight: 0.85 },
      { parts: ['layer', 'rules'], weight: 0.85, minOtherWords: 0 },
      { parts: ['policy', 'list'], weight: 0.8 },
      { parts: ['policy', 'after'], weight: 0.8 },
      { parts: ['seen', 'remove'], weight: 0.8 },
      { parts: ['quota'], weight: 0.8 },
      // A spread rule or a fixed slot is a whole answer, however few words go with it: "At most three episodes from one show in a row".
      { parts: ['spread'], weight: 0.8, minOtherWords: 0 },
      { parts: ['slot'], weight: 0.8, minOtherWords: 0 },
      { parts: ['layer', 'policy'], weight: 0.85, within: 'unit' },
      { parts: ['policy', 'list'], weight: 0.75, within: 'unit' },
      { parts: ['rules', 'after'], weight: 0.75 },
      { parts: ['layer', 'policy'], weight: 0.75, within: 'section' },
      // Under a "Diversity" / "Business rules" heading a rule on the list is the layer, however it opens
      // ("No more than two items from the same seller in a row", whose "No" the heading's first-statement check reads as a denial).
      { parts: ['policy'], weight: 0.8, underHeading: LAYER_HEADINGS, listLabelHeads: true, minOtherWords: 0 },
      { parts: ['spread'], weight: 0.8, underHeading: LAYER_HEADINGS, listLabelHeads: true, minOtherWords: 0 },
      { parts: ['aim'], weight: 0.75, underHeading: LAYER_HEADINGS, listLabelHeads: true, minOtherWords: 2 },
    ],
    headings: LAYER_HEADINGS,
    headingWeight: 0.7,
    exclude: {
      en: [
        'collaborative filtering', 'content based filtering', 'reorder {point*|level*|quantit*|cycle*|threshold*}', 'intra list diversity', 'diversity metric*', 'diversity score*', '{measure*|track*|report*|evaluat*} … diversity', 'diversity of … {data|training|dataset|annotators|labelers|raters|team}',
        'dedup* … {training|logs|data|dataset|events|records|rows}', 'duplicate {events|records|rows|clicks|logs|labels|examples|samples}', 'gradient boost*', 'xgboost', 'catboost', 'lightgbm', 'adaboost', 'boosted trees',
        // A wish is a goal, not a layer: "we want the feed to feel more diverse".
        '{want|wants|wanted|would like|hope|hoping} … {diverse|diversity|variety}',
        'boosting model*', 'cross encoder rerank*', 'cross encoder', 'rerank* model', 'reranker model', 'neural rerank*', 'llm rerank*', 'rerank* … {cross encoder|bert|llm|transformer|colbert}', 'reranking model',
      ],
      // A learned second stage, as en 'neural reranker' / 'cross-encoder': "нейросетевой реранкер по 100 лучшим".
      ru: ['{хотим|хотелось бы|хочется|хотят} … разнообраз*', '{нейросетев*|нейронн*|обучаем*|трансформерн*|bert} {реранк*|переранжир*}', '{реранк*|переранжир*} на {bert|трансформер*|нейросет*|кросс энкодер*|cross encoder*|llm}', 'кросс энкодер*', 'градиентн* бустинг*', 'разнообрази* данн*', '{считаем|считается|измеря*|оценива*|метрик*|покрыти*} … разнообраз*', 'разнообраз* … {считаем|считается|офлайн|метрик*|измеря*}'],
      zh: ['希望…多样', '加权平均', '加权求和', '数据去重', '多样性指标', '衡量多样性', '评估多样性', '多样性评估'],
    },
    name: 'layer',
    minOtherWords: 1,
  },
});
