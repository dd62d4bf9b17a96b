// What privacy-constraints looks for, as cue data (syntax: server/engine/text/phrases.ts):
// data-protection laws, personal data, and the ways it is protected.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Data-protection laws and standards: naming one as applying settles which rule applies. */
export const PRIVACY_LAWS: CueSet = {
  en: ['gdpr', 'ccpa', 'cpra', 'hipaa', 'pci dss', 'pci', 'coppa', 'ferpa', 'lgpd', 'pipl', 'pipeda', 'data protection act', 'data protection law*', 'data protection regulation*', 'privacy law*', 'privacy regulation*', 'right to be forgotten', 'right to erasure', 'dpia', 'data processing agreement', 'soc 2', 'iso 27001'],
  ru: ['152 фз', 'фз 152', 'фз о персональн* данн*', 'закон* о персональн* данн*', 'федеральн* закон* о персональн*', 'gdpr'],
  zh: ['个人信息保护法', '个保法', '数据安全法', '网络安全法', '等保', 'gdpr', 'pipl'],
};

/** Personal or sensitive data: what a protection is about. */
export const PERSONAL_DATA: CueSet = {
  en: [
    'pii', 'personal data', 'personally identifiable', 'personal information', 'personal details', 'sensitive data', 'sensitive information', 'sensitive payload*', 'sensitive field*', 'sensitive attribute*',
    'private data', 'user data', 'customer data', 'member data', 'patient data', 'health data', 'medical record*', 'biometric*', 'location data', 'precise location', 'card number*', 'cardholder data', 'pan',
    'email address*', 'phone number*', 'home address*', 'user identifier*', 'raw {logs|events|conversations|messages|text|images|photos|recordings}', 'faces', 'face images', 'transcripts', 'salary data', 'financial data',
    // Special categories of personal data (GDPR art. 9): "health-related purchase categories", "religion or ethnicity".
    '{health|medical|religio*|ethnic*|political|sexual orientation} {related|data|information|categor*|attribute*|signals}', 'special categor*', 'protected {attribute*|characteristic*|class*|categor*}',
    '{health|medical} and {financial|personal|contact} {information|data|details}', 'financial {information|details|records}', 'uploaded contacts', 'contact {list|lists|book|books|upload|uploads}', 'address book*', 'phone contacts',
    // "We keep raw transaction logs for 18 months": a person's transactions, searches or calls, as logged.
    'raw {transaction|payment|click|search|chat|call|query|order|location} {logs|data|records|events|history}',
    // What people type to an assistant is theirs: "no conversation is stored beyond 30 days"; pay is personal too.
    '=conversation', '=conversations', 'chat {history|logs|transcripts|messages}', 'salary band*', 'compensation data', 'payroll',
    'secrets', 'credentials', 'customer content',
    // What people write in a workplace chat is theirs too: "Slack threads are not stored after the answer".
    '{slack|teams|chat|support|user|customer|employee} {threads|messages|dms}', 'user content', 'confidential {data|documents|information}', 'contact details', 'contact information',
    // Identifiers and histories of a person: "a hashed shopper id", "purchase history shoppers can delete".
    '{user|shopper|customer|member|patient|driver|rider|buyer|account|device} {id|ids|identifier*}', '{purchase|browsing|search|location|viewing|listening|watch|order} histor*',
    "{seller|sellers|user|users|customer|customers|buyer|buyers|driver|drivers|patient|patients|member|members|applicant|applicants|employee|employees} {identity|identities|names|contact*}",
  ],
  ru: [
    'персональн* данн*', 'личн* данн*', 'конфиденциальн* {данн*|информац*}', 'конфиденциальн* {или|и} … {данн*|информац*}', 'чувствительн* {данн*|информац*}', 'пользовательск* данн*', 'данн* {пользовател*|клиент*|кандидат*|пациент*}',
    'медицинск* данн*', 'диалог* {пользовател*|сотрудник*|клиент*}', 'переписк*', 'зарплат*', 'чувствительн* категори*', 'категори* … {здоровь*|медицин*|религи*|национальн*}', 'биометри*', 'номер* карт*', 'фотографи*', 'лиц*', 'паспортн* данн*', 'фио', 'контакт*',
    // Identifiers and histories of a person, as in English: "идентификаторы аккаунтов", "история покупок".
    'идентификатор* {пользовател*|клиент*|аккаунт*|учетн*|устройств*|покупател*|пациент*|сотрудник*}', 'истори* {покупок|поиск*|просмотр*|заказ*|перемещени*|браузер*}', 'номер* телефон*', 'адрес* {доставк*|проживани*|электронн* почт*}',
    // "ПДн" is how Russian specs abbreviate personal data; whereabouts of a person are personal data too.
    // What people send or do, as the service logs it: "без хранения пользовательских логов больше 30 дней".
    'пользовательск* {лог*|журнал*|запрос*|сообщени*|диалог*}', '{лог*|журнал*} {пользовател*|клиент*|диалог*}',
    'пдн', 'геолокац*', 'геопозиц*', '{координат*|местоположени*|адрес*} {курьер*|клиент*|пользовател*|водител*|покупател*|пассажир*}', 'gps трек*',
  ],
  // As in English: a person's histories, identifiers and whereabouts ("删除其搜索历史", "设备号做哈希", "骑手轨迹").
  zh: [
    '个人信息', '个人数据', '对话记录', '薪资', '工资', '敏感类目', '敏感品类', '健康相关', '医疗相关', '隐私数据', '敏感数据', '敏感信息', '用户数据', '用户信息', '用户级{信息|数据|明细}', '个人级{信息|数据|明细}', '身份信息', '手机号', '身份证', '人脸', '银行卡号', '卡号',
    // A person's transactions, searches or calls as logged, as the English "raw transaction logs": "原始交易明细".
    '原始{交易|支付|点击|搜索|聊天|通话|订单|位置}{日志|数据|记录|明细}',
    '个人身份', '可识别…个人', '敏感字段', '搜索历史', '浏览历史', '浏览记录', '购买记录', '消费记录', '订单记录', '聊天记录', '通话录音', '通讯录', '位置信息', '地理位置', '行动轨迹', '轨迹', '收货地址', '家庭住址', '设备号', '设备标识', '用户 ID', '用户标识',
  ],
};

/** The words for privacy itself. */
export const PRIVACY_WORDS: CueSet = {
  en: ['privacy', 'data protection', 'confidentiality', 'privacy preserving'],
  ru: ['конфиденциальност*', 'приватност*', 'защит* данн*', 'защит* персональн*'],
  zh: ['隐私', '数据保护', '数据安全', '保密', '数据合规', '个人信息保护'],
};

/** How data is protected: anonymised, encrypted, access-controlled, kept briefly, consented to, kept in-house. */
export const DATA_PROTECTION: CueSet = {
  en: [
    // Identifiers kept, personal data dropped: "instead of names and emails, only hashed customer ids are stored".
    'instead of {pii|personal data|personal details|names|real names|emails|email addresses|phone numbers|contact details}',
    'anonymi*', 'anonymous', 'pseudonymi*', 'de identif*', 'deidentif*', 'encrypt*', 'mask*', 'redact*', '=hashed', 'salted hash*', 'one way hash*', 'tokeniz*', 'scrub*', 'strip* {pii|names|identifiers}',
    'access control*', 'role based access', 'rbac', 'abac', 'least privilege', 'permission*', 'permissioned', 'acl*', 'access … {restricted|limited|scoped|granted only|logged}', '{restrict*|limit*|scope*} access', 'unauthori*', 'authoriz*', 'audit log*', 'audit trail*',
    'retention', 'retain* for', 'retained', 'delet*', 'purg*', 'right to be forgotten', 'consent*', 'opt in', 'opt out', 'opted in', 'differential privacy', 'federated', 'on device', 'on premise*', 'on prem', 'in house', 'self hosted',
    'never {sent|shared|stored|logged|transmitted|leave*|used}', 'not {stored|shared|logged|sent|transmitted|persisted|retained|collected}', 'without {logging|storing|sharing}', 'no {pii|personal data} {is|are} {stored|logged|shared|sent}', 'stays? {in house|on device|within}', 'kept {in house|on premise*|internally|within}', 'aggregated only', 'only aggregated',
    '{not|never|cannot|must not|can t|no} leak*', 'without leak*', 'k anonymity', 'not {model inputs|inputs|features|used as {features|inputs}|used {in|for} training}',
    // "No use of health-related categories for personalisation": kept out of what the model uses.
    'no use of', 'no {conversation*|message*|chat*|record*|log*|transcript*|prompt*|question*} … {stored|kept|retained|logged} {beyond|longer than|for more than}', '{stored|kept|retained|logged} {beyond|longer than|for more than|for at most|for up to|no longer than} #', 'only … documents … {can|may|is allowed to} {open|see|access|read|view}', '{never|not} used {for|in} {personali*|targeting|recommendation*|ranking|scoring}', 'excluded from {personali*|targeting|features|training|the model|recommendation*|ranking}',
    'excluded from {the features|features|training|the model|model inputs}',
    // Kept for a while, hosted by ourselves, opened only by some: "logs are kept 90 days and only the trust-and-safety team can open them".
    '{kept|stored|held|retained} {for|} # {days|weeks|months|years}', '{secure|secured|protected|isolated} {servers|environment|storage|infrastructure|perimeter}', '{data|video|footage|recordings|logs|images} {is|are} {kept|stored|held|retained} for # {days|weeks|months|years}', 'host* … ourselves', '{our own|in our own} {servers|cloud|tenant|infrastructure|data cent*|vpc}', 'only … {can|may} {access|open|see|read|view|query}', '{readable|accessible|visible} {only|} {by|to} … only', 'data residency', '{stored|kept|hosted|processed} {in|within} the {eu|eea|country|region}', 'data minimi*', 'minimi* {data|collection}', 'comply with', 'compliant', 'compliance with',
  ],
  ru: [
    'анонимиз*', 'анонимн*', 'обезлич*', 'псевдоним*', 'токениз*', 'шифр*', 'зашифр*', 'маскир*', 'хеширова*', 'хэширова*', 'захеширова*', 'разграничени* доступ*', 'прав* доступ*', 'ограничен* доступ*', 'доступ* только', 'ролев* модел* доступ*', 'аудит*',
    // Access checked before data is shown, as the English "unauthorized" and "access control": "проверять уровень доступа к данным пользователя".
    'уровен* доступ*', '{провер*|контрол*} доступ*', 'несанкционированн*',
    // Identifiers kept, personal data dropped: "вместо персональных данных клиента используются уникальные идентификаторы".
    'вместо {персональн*|личн*} {данн*|информац*|сведени*}',
    'срок* хранени*', 'хран* не более', 'хран* не дольше', 'только … документ* … {доступ*|может открыть|могут открыть}', 'удаля*', 'удален*', 'согласи*', 'не {сохраня*|передаю*|передает*|передаются|храним|хранятся|хранит*|логиру*|собира*|попадают}', 'не покидают', 'внутри {компани*|контур*|периметр*}', 'на собственн* сервер*', 'локальн*',
    'хран* # {дн*|недел*|месяц*|лет|год*}',
    // Kept on protected machines of one's own, and for a stated time: "обработка только на защищённых серверах", "хранение данных в течение 3 дней".
    '{защищенн*|защищённ*|закрыт*|изолированн*} {сервер*|контур*|сред*|хранилищ*|инфраструктур*}', 'хранени* {данн*|видео*|запис*|лог*|изображени*|снимк*|фото*} {в течение|не более|не дольше|до} # {дн*|недел*|месяц*|лет|год*}',
    // A retention limit said as what is not kept: "без хранения логов больше 30 дней", "не храним дольше 90 дней".
    '{без|не} хранени* … {больше|дольше|более|свыше} #', 'не {храним|хранятся|хранит*} … {больше|дольше|более|свыше} #', 'собственн* контур*', 'доступ … только у', 'только … {имеют|есть|получают} доступ',
    'соответств* {требовани*|закон*|фз}',
    // "договоры нельзя отправлять за периметр": where data must not go, said with "нельзя".
    'нельзя {отправлять|отправить|передавать|передать|выносить|вынести|выгружать|отдавать|пересылать}', 'не наруша*', 'не используем для {персонализац*|таргетинг*|рекомендац*|ранжирован*}', 'исключ* из {персонализац*|признаков|обучени*|таргетинг*}', 'федеративн*', 'без утечк*', 'не {допуска*|должн*} утеч*', 'в агрегированн* вид*', 'только агрегат*',
  ],
  zh: [
    '脱敏', '匿名化', '匿名', '去标识', '加密', '哈希', '令牌化', '看不到明文', '权限', '访问控制', '授权', '审计', '保留期', '保存期限', '删除', '用户同意', '知情同意', '不{存储|保存|上传|记录|外传|落库|留存}', '不{包含|含有|收集|采集}…{个人|身份|隐私|敏感|手机号|身份证|姓名|明文}', '不用于{个性化|推荐|定向|排序}', '保存不超过', '最多保存', '只能检索…有权限', '不参与{个性化|推荐|排序}', '本地部署', '私有化部署', '合规', '差分隐私', '联邦学习',
    // Masked, kept inside, seen only by those who need it: "写入前打码", "部署在私有云", "数据不出域", "只能看到自己负责区域的案件".
    '打码', '掩码', '私有云', '内网部署', '不出域', '数据不出', '只能{看到|查看|访问}', '仅{能|可}{看到|查看|访问}', '最小权限', '不{调用|使用}外部',
    // Used only in aggregate: "会员消费记录只以门店 × 商品的日汇总形式使用，不落明细".
    '汇总形式', '{只|仅}{用|使用}汇总', '{只|仅}以…汇总', '聚合后使用', '不落明细', '不{保存|存储|保留}明细', '{只|仅}{用|使用}…聚合数据', '{只|仅}{用|使用}…级聚合',
  ],
};

/** Headings under which a protection is a privacy requirement ("## Security / governance" then "- Access scoped to the user"). */
export const PRIVACY_HEADINGS: CueSet = {
  en: ['privacy', 'data protection', 'security', 'governance', 'compliance', 'personal data', 'pii', 'confidentiality', 'confidential {data|information}', 'sensitive {data|information}'],
  // The adjective as well as the noun: "Обработка конфиденциальной информации", "Чувствительные данные".
  ru: ['конфиденциальност*', 'конфиденциальн* {информац*|данн*|сведени*}', 'чувствительн* {информац*|данн*|сведени*}', 'приватност*', 'безопасност*', 'защит* данн*', 'персональн* данн*', 'соответстви*'],
  zh: ['隐私', '安全', '合规', '数据保护', '个人信息'],
};

/** Where data must not go: "never sent to third parties", "не передаются сторонним сервисам". */
export const OUTSIDE_PARTIES: CueSet = {
  en: ['third part*', 'external {service*|vendor*|provider*|api*|source*|part*}', 'outside the {company|organisation|organization|network|region|country}', 'vendor*', 'other users', 'between users',
    // Data residency said as where data must stay: "documents never leave the EU region".
    'the {eu|eea|country|region|tenant|customer} {region|tenant|cloud|}'],
  ru: ['трет* лиц*', 'трет* сторон*', 'сторонн*', 'внешн* {сервис*|поставщик*|api}', 'за пределы', 'за {периметр*|контур*}'],
  zh: ['第三方', '外部'],
};

/** Protections that are about personal data by themselves: consent, anonymisation, the right to erasure. */
export const PRIVACY_PROTECTIONS: CueSet = {
  en: [
    // Retrieval scoped to what the asker may open: "retrieval filters chunks by the asker's groups", "documents keep their Confluence permissions".
    "{filter*|scope*|restrict*} … by the {asker|asker's|user|user's|requester|requester's} {permissions|groups|access|acls|roles}",
    '{keep*|kept|inherit*|respect*|mirror*|enforc*} {their|its|the|source|original} {permissions|acls|access rights|access controls|sharing settings}',
    '{keep*|kept|inherit*|respect*|mirror*|enforc*} {their|its|the|source|original} … {permissions|acls|access rights|access controls|sharing settings}',
    'anonymi*', 'pseudonymi*', 'de identif*', 'deidentif*', 'user consent', 'explicit consent', 'consent {is|are|must|to|for|before|from}', 'opt in', 'opt out', 'right to be forgotten', 'right to erasure', 'deletion request*', 'differential privacy', 'k anonymity', 'data minimi*', '{pii|personal data} {redact*|scrub*|mask*|remov*|strip*}', '{redact*|scrub*|mask*|remov*|strip*} {pii|personal data}', 'encrypt* at rest', 'encrypt* in transit',
    // Data kept in-house, said of the processing: "all data is processed inside the company network; no external LLM API is called".
    '{data|pii|records|documents|conversations} … {inside|within} … {company|corporate|internal|private} {network|perimeter|infrastructure|vpc|servers}',
    'no {external|third party|outside} {llm|llms|api|apis|service|services|model|models|provider|providers} … {called|used|involved}'],
  ru: [
    // Поиск только по тому, к чему у человека есть доступ: "только договоры подразделений, к которым у юриста есть доступ".
    '{к|в} {которым|которому|которой|которых} у … {есть|имеется} доступ', 'у {него|нее|неё|них|пользовател*|сотрудник*|юрист*|врач*|оператор*|менеджер*} {есть|имеется} доступ',
    // An opt-out the user holds: "пользователь может отключить персонализацию в настройках".
    '{может|можно|могут} {отключить|выключить|отказаться от} персонализац*',
    'анонимиз*', 'обезлич*', 'псевдонимиз*', 'согласи* {пользовател*|клиент*|субъект*}', 'согласи* на обработк*', 'права на забвени*', 'шифрова* при хранени*',
    // Данные не покидают компанию: "обрабатываются во внутреннем контуре банка".
    '{данн*|документ*|обращени*|переписк*} … {обрабатыва*|хран*|остают*|остаёт*|остает*} {внутри|во внутреннем|в закрытом} {контур*|периметр*|сети}'],
  zh: ['匿名化', '脱敏', '去标识化', '用户同意', '授权同意', '知情同意', '差分隐私', '被遗忘权',
    // An opt-out the user holds, as the English "opt out": "用户可以在设置中关闭个性化推荐" (not "关闭个性化后 CTR 下降").
    '{可以|可|能够|允许|支持}…{关闭|退出}个性化',
    // 数据不出公司："所有数据在公司内网处理"、"数据不出域" (not "服务部署在公司内网": where a service runs).
    '数据{在|只在|仅在|均在|都在}{公司|企业|}内网', '数据不出{内网|公司|本地|域|机房}'],
};
