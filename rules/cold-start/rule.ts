import { defineDocumentRule } from '../../server/engine/rule-kit.js';

// What a user or item with no history gets: popular or trending items, content
// features, what the user says at sign-up, exploration, a default list. "New
// users" as a topic, a goal for new users' retention or a serverless function's
// cold start are not a plan for them.
const COLD_START_HEADINGS = { en: ['cold start*', 'new users', 'new items'], ru: ['холодн* старт*'], zh: ['冷启动'] };

export default defineDocumentRule({
  meta: {
    id: 'cold-start',
    step: 'data',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Handles new users and new items (content features, popularity fallback, onboarding signals).',
  },
  message: 'Cold start is not handled: say what new users and new items get (content features, popularity fallback, onboarding signals), since they have no interaction history for the model to use.',
  fix: {
    title: 'Handle cold start',
    snippet: '- **Cold start:** new users get ${1:popular jobs for their title and location from the sign-up form}; new jobs are ranked on ${2:content features} until they have ${3:50} impressions',
  },
  concept: {
    parts: {
      coldStart: { cues: { en: ['cold start*', 'coldstart*', 'cold starting'], ru: ['холодн* старт*', 'холодного старта'], zh: ['冷启动'] } },
      // Who has no history.
      newcomer: {
        cues: {
          en: [
            '=new {user*|member*|customer*|account*|visitor*|viewer*|listener*|player*|reader*|buyer*|seller*|driver*|rider*|patient*|job seeker*|creator*|advertiser*|host*|author*|artist*|learner*|student*}',
            '=new {item*|video*|job*|post*|product*|listing*|game*|song*|track*|restaurant*|article*|movie*|show*|ad|ads|campaign*|content|arrival*|release*|title*|home*|place*|recipe*|course*|vacanc*|document*|doc|docs|page*|queries|query}',
            // A search engine's newcomers: documents and queries nobody has clicked yet.
            'cold {quer*|document*|doc|docs|page*}', 'never seen {before|queries|query}', 'unseen {quer*|document*}',
            '=newly {added|posted|listed|uploaded|published|registered|created|launched|released}', 'first {session|visit|open*|login|log in|time user*}', 'first time {user*|visitor*|customer*}',
            'at sign up', 'at signup', 'at registration', 'onboarding', 'on sign up', 'on signup', '{fresh|new} releases',
            // Who has not been seen yet: "logged-out visitors", "until they have 20 plays".
            '{logged out|anonymous|signed out|unregistered} {visitors|users|listeners|readers|viewers|shoppers|guests}', 'until {they|the user|a user|it|the item} {has|have} #', '{no|without|little|sparse|limited|zero|empty|insufficient} {any|} {history|interaction*|activity|behavio*|engagement|ratings|feedback}', '{no|without|little} {prior|historical|past|behavioral|behavioural|interaction} {data|signals|clicks}', '{user|item|member|customer} {data|history|profile} {is|are} {not set|empty|missing|unavailable|absent|unknown}',
            // Just arrived, said by what it lacks or when: "before it has any clicks", "the minute it is posted", "someone who just signed up".
            'before {it|they|the item|the listing|the video|the post|the document} {has|have|gets|get} {any|a single|its first|their first} …', '{as soon as|the minute|the moment|right after} {it|they} {is|are} {posted|listed|uploaded|published|added|created}',
            '{just|recently} {signed up|registered|joined|installed|arrived}', '{no|without|little|empty|zero} {watch|purchase|listening|reading|browsing|search|viewing|click|order|play|booking|application} history',
            '{no|without|zero} {click|interaction|engagement|behavio*|rating|view|play|usage} {signal*|data|feedback|stats|statistics}', 'during {sign up|signup|registration|onboarding}',
            'unseen {user*|item*}', 'anonymous user*', 'logged out user*', 'guest user*', 'long tail items',
            // Few interactions rather than none, items nobody has seen yet, and the cold ones named so.
            '{fewer|less} than # {interaction*|rating*|click*|order*|purchase*|view*|event*|session*|play*|listen*|booking*|transaction*|impression*}', '{below|under} # {interaction*|rating*|click*|order*|purchase*|view*|event*|impression*}',
            '{zero|no|few} {impressions|views|ratings|reviews|orders|sales|plays}', '{not enough|insufficient|without enough|short|limited} {history|histories|interactions}',
            'cold {user*|item*|product*|video*|content|listing*|song*|track*|merchant*|store*}', 'not logged in', 'sparse {users|items}', 'inactive users', 'low activity users',
            // Forecasting and fraud have their newcomers too: a new store, a new SKU, a new merchant.
            '=new {sku*|store*|shop*|location*|branch*|warehouse*|merchant*|route*|region*|device*|card*|supplier*|brand*}', '{no|without|little} {sales|order|purchase|transaction|chargeback|payment} history',
          ],
          ru: [
            'нов* {пользовател*|клиент*|покупател*|посетител*|слушател*|игрок*|участник*|продавц*|кандидат*}', 'нов* {товар*|айтем*|объект*|ваканси*|трек*|игр*|песн*|фильм*|контент*|карточ*|публикац*|объявлен*}',
            '{без|нет|мало} {истори*|взаимодейств*|оценок|данных о}', 'изначально недоступн*', 'первый визит', 'первом визите', 'первый вход', 'при регистрации', 'онбординг*', 'анонимн* пользовател*',
            'данн* … изначально {недоступн*|отсутств*|нет}',
            'новичк*', 'новинк*', 'только что {зарегистрир*|пришедш*|появивш*|опубликованн*|добавленн*}', 'у {только что|недавно} {зарегистрир*|пришедш*|появивш*}', 'недостаточно {истори*|данных|взаимодейств*}', '{менее|меньше} # {взаимодейств*|оценок|покупок|заказов|просмотр*|прослушиван*}', 'холодн* {пользовател*|товар*|объект*|айтем*}',
            'нов* {магазин*|точк*|склад*|мерчант*|продавц*|sku|артикул*}', 'без истори* продаж*', '{нет|без} продаж',
            // "У новых товаров нет кликов": the newcomer and what it lacks in one phrase, so the "нет" does not deny the newcomer.
            'у нов* {пользовател*|клиент*|покупател*|товар*|объявлен*|ваканси*|трек*|магазин*|продавц*|карточ*|sku|артикул*|автор*} {нет|мало|пока нет|еще нет}',
            '{пока нет|еще нет} {клик*|продаж*|просмотр*|заказ*|покупок|оценок|отзыв*|показ*|истори*}',
          ],
          zh: ['新文档', '新网页', '新查询', '新用户', '新物品', '新商品', '新品', '新内容', '新游戏', '新视频', '新歌', '首次访问', '首次登录', '无历史', '没有历史', '没有行为', '行为数据为空', '行为数=0', '新注册', '未登录用户', '冷用户', '冷物品', '冷商品', '新上架', '新店', '新门店', '新商户', '交互少', '行为稀疏', '低活用户', '注册时',
            '未登录', '新创意', '新广告', '新店铺', '新上传', '新发布', '刚上传', '刚发布', '刚注册', '新加入', '新作者', '新职位', '新房源', '新课程', '新文章', '没有销量', '无销量', '零销量', '无行为', '没有行为', '没有点击'],
        },
      },
      // What they get instead.
      remedy: {
        cues: {
          en: [
            'popular*', 'trending', 'top sellers', 'best sellers', 'bestsellers', 'most viewed', 'fallback', 'fall back', 'falls back', 'default*', 'content based', 'content feature*', 'content signal*',
            'item feature*', 'item attribute*', 'content {embedding*|vector*|representation*}', 'metadata', 'attributes', '{title|text|description|category} {features|embedding*|similarity}', '{item|product|job|video|listing|content} {category|title|text|description}',
            'by {category|location|country|city|region}', 'based on … {description*|text|title*|category|categories|location|country|city|region|genre*|tags}', '{their|its|from the} {description*|text|title*|tags|genre*}',
            '{ask*|collect*|gather*} … {interests|preferences|topics|genres|favorites|favourites}', 'textual', '{their|the user|the member|the customer} {city|country|location|region}', '{user|visitor|member|customer|listener|viewer|reader|guest} {city|country|location|region}', 'top … {of the|this|last|past} {day|week|month}', 'demographic*', 'questionnaire', 'survey', 'quiz',
            '{base|basic|generic|global|default} recommendations', 'non personali*',
            '{pick*|choose*|select*|chose} … {topics|interests|genres|categories|artists|preferences|favorites|favourites}', 'stated preferences', 'explor*', 'bandit*', 'thompson', 'ucb', 'epsilon greedy', 'boost*',
            'heuristic*', 'rule based', 'two tower', 'embedding* from {text|content|description*|metadata|title*|images}', 'similar {items|users|members|products}', 'lookalike*', 'nearest neighbo*', 'unsupervised',
            'zero shot', 'side information', 'side features', 'pretrained', 'editorial*', 'curated', 'hand picked', 'impression* … until', 'until … {interactions|impressions|ratings|clicks|views|purchases|applications}',
            'charts', 'session based', 'session features', 'current {session|visit}', 'in session', 'contextual', 'context features', '{audio|image|visual|text} {embedding*|features}', 'tags',
            'prior', 'priors', 'smoothing', 'shrinkage', 'hierarchical', 'pooled', 'global model', '{category|segment|cohort|population} {level|average|mean|baseline|prior*}', 'analog*', 'borrow*',
            'similar {stores|skus|merchants|locations|songs|tracks|videos|jobs|listings|creators|authors|sellers|artists|hosts|advertisers|courses}', 'guaranteed {impressions|exposure|traffic|views|slots}', '{impression*|exposure|traffic} {boost*|floor|guarantee*}', 'stricter', 'manual review', 'conservative',
          ],
          ru: [
            // Onboarding signals: "при регистрации пользователь отмечает любимые жанры".
            'онбординг*', '{выбира*|выбор*|отмеча*|указыва*} … {любим*|интересн*|предпочтени*|понравивш*}',
            'популярн*', 'трендов*', 'по умолчанию', 'контентн*', 'метаданн*', 'атрибут*', 'описани* {товар*|ваканси*|объект*|трек*}', 'по {категори*|город*|регион*}', 'демограф*', 'анкет*', 'опрос*',
            'бандит*', 'эвристик*', 'похож*', 'без учителя', 'unsupervised', 'геолокац*', '{их|его|ее|своего} {город*|регион*}', 'базов* рекомендац*', 'неперсонализ*', 'выбира* … {интерес*|жанр*|категори*|тем*}', 'fallback', 'запасн*', 'исследовани* … {объект*|товар*}', 'exploration',
            'сглаживан*', 'априорн*', 'сессионн*', 'контекстн*', 'иерархическ*', 'аналог*', 'в {их|его|ее} категори*', 'чарт*',
            // "по сходству названия", "средняя конверсия категории".
            'сходств*', 'близост*', 'средн* … категори*', 'по {названи*|заголов*|тексту|резюме|профил*|анкет*}',
            // "Новые объявления получают CTR категории и небольшой буст в первые 48 часов".
            '{ctr|конверси*|кликабельност*} {категори*|рубрик*}', '=буст', '=буста', '=бустом', '{дополнительн*|гарантированн*} {показ*|трафик*}',
            // Until enough signal arrives, as English "until … impressions": «…, пока они не наберут несколько сотен показов».
            'пока … не {набер*|получ*|накоп*|соберут|собер*} … {показ*|клик*|просмотр*|взаимодейств*|оцен*}', 'совпадени* с запрос*',
          ],
          zh: ['热门', '流行', '内容特征', '基于内容', '兜底', '降级', '默认', '探索', '问卷', '人口统计', '相似', '属性', '按类目', '标题向量', '地理位置', '所在城市', '编辑推荐', '多臂老虎机', '兴趣标签', '先验', '平滑', '会话', '上下文特征', '相似门店', '同类', '曝光扶持', '流量扶持', '流量池', '探索流量',
            // "只用全局热度", "去掉个性化特征", "类目平均转化率": popularity, a non-personal list, the category's mean.
            '热度', '非个性化', '去掉个性化', '不做个性化', '类目平均', '行业平均', '人口属性', '注册信息',
            // "给销量特征填类目均值", "每页至少1个新品坑位", "保证前1000次曝光": a prior from the category, slots reserved, exposure guaranteed.
            '类目均值', '同类目均值', '坑位', '保量', '保底曝光', '{保证|保障}…曝光', '扶持',
            // Onboarding signals: "新用户注册时选择几部喜欢的电影", "新手引导选兴趣".
            '新手引导', '兴趣选择', '选择兴趣', '{选择|输入|勾选|选出|标记}…{喜欢|感兴趣|偏好|爱看|爱听}',
            // Content relevance until signal arrives: "先按查询匹配度排序，积累几百次曝光后再用点击特征" (en "query match … until … impressions").
            '{查询|文本|标题|语义}{匹配|相关性|相似度}', '{积累|累积|攒够|攒到|拿到|获得|达到}…{曝光|点击|互动|交互|播放|评分}{后|之后|以后|为止}'],
        },
      },
    },
    settledBy: [
      { parts: ['coldStart', 'remedy'], weight: 0.9 },
      { parts: ['newcomer', 'remedy'], weight: 0.8 },
      { parts: ['coldStart', 'remedy'], weight: 0.8, within: 'unit' },
      { parts: ['newcomer', 'remedy'], weight: 0.75, within: 'unit' },
      // Under a cold-start heading what the newcomers get is the whole answer ("## Cold start" then
      // "Popular items per city."), while a statement with no remedy ("机房冷备", a standby data
      // centre) is about something else.
      { parts: ['remedy'], weight: 0.8, underHeading: COLD_START_HEADINGS, minOtherWords: 0 },
    ],
    exclude: {
      en: [
        '{lambda|function|container|serverless|jvm|pod|instance*|server|service|model server} cold start*', 'cold start {latency|time|penalty|overhead}', 'keep* … warm', 'warm up', 'warm {pool*|instance*|replica*|container*|worker*|standby}', 'provisioned concurrency',
        'new {user|member|customer} {retention|growth|acquisition|signups|rate}', 'gradient boost*', 'xgboost', 'catboost', 'default {value*|setting*|config*|threshold*|timeout*}',
      ],
      ru: ['градиентн* бустинг*', 'холодн* старт* {контейнер*|функци*|сервер*}'],
      zh: ['新用户留存', '新用户增长'],
    },
    name: 'coldStart',
  },
});
