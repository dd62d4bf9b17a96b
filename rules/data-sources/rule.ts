import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { DATA_NOUNS, DATA_SYSTEMS, NAMED_SOURCES, NOT_DATA_SOURCES, ORIGIN, PIPELINE, PRODUCT_FEEDBACK, TRAINS_ON, WAREHOUSES } from '../shared/source-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'data-sources',
    step: 'data',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Names where the data comes from and how it is pipelined.',
  },
  message: 'No data sources: say where training data comes from (event logs, warehouse, third party) and how it is pipelined, since availability and freshness of data bound the whole design.',
  fix: {
    title: 'Add the data sources',
    snippet: '- **Data sources:** ${1:impression and application event logs} landed ${2:daily} in ${3:the warehouse} by ${4:the ingestion pipeline}',
  },
  // Sources in the words of the task: the documents an LLM system answers
  // from, the sales history and calendars a forecast is built on, the
  // impression and engagement logs a ranker learns from.
  variants: {
    ranking: {
      message: 'No data sources: say where impressions, clicks and other engagement events and the item catalogue come from (event logs, warehouse) and how they are pipelined, since availability and freshness of data bound the whole design.',
    },
    generative: {
      message: 'No data sources: say where the documents the system retrieves from come from (help centre, wikis, tickets, a vendor feed), how they are ingested and kept fresh, and where evaluation questions come from, since what is in the index bounds every answer.',
      fix: { title: 'Add the data sources', snippet: '- **Data sources:** ${1:help-centre articles and resolved tickets} from ${2:the CMS and ticketing API}, re-indexed ${3:nightly}; evaluation questions from ${4:anonymised support chats}' },
    },
    forecasting: {
      message: 'No data sources: say where the history comes from (sales or point-of-sale data, inventory, price and promotion calendars, weather) and how and how late it is landed, since availability and freshness of data bound the whole design.',
      fix: { title: 'Add the data sources', snippet: '- **Data sources:** ${1:daily point-of-sale sales per store} and ${2:the promotion calendar} landed ${3:nightly} in ${4:the warehouse}; ${5:weather from a vendor API}' },
    },
  },
  // Where the data comes from: a source named as such (event logs, a
  // warehouse, a third party, a public dataset, a scraper, the help-centre
  // pages an assistant answers from), data said to come from somewhere
  // ("orders are exported nightly from the shop database"), or data moved by a
  // named system ("Kafka streams the click events into Hive"). Data the design
  // needs without saying where it comes from, a log transform or source code
  // is not.
  concept: {
    parts: {
      source: { cues: NAMED_SOURCES },
      data: { cues: DATA_NOUNS, notIn: { ru: ['{=данного|=данной|=данному|=данную|=данном|=данный|=данная|=данное}'] } },
      origin: { cues: ORIGIN },
      system: { cues: DATA_SYSTEMS },
      warehouse: { cues: WAREHOUSES },
      pipeline: { cues: PIPELINE },
      feedback: { cues: PRODUCT_FEEDBACK },
      trains: { cues: TRAINS_ON },
    },
    settledBy: [
      { parts: ['source'], weight: 0.8 },
      { parts: ['data', 'origin'], weight: 0.8, minOtherWords: 0 },
      { parts: ['data', 'system', 'pipeline'], weight: 0.8, minOtherWords: 0 },
      { parts: ['data', 'warehouse'], weight: 0.8, minOtherWords: 0 },
      { parts: ['system', 'pipeline'], weight: 0.7 },
      { parts: ['data', 'pipeline'], weight: 0.7 },
      { parts: ['feedback', 'trains'], weight: 0.75, minOtherWords: 0 },
    ],
    headings: {
      en: ['data source*', 'sources of data', 'data origin*', 'where the data comes from'],
      ru: ['источник* данных', 'источник* знаний'],
      zh: ['数据来源', '数据源', '知识来源', '语料来源'],
    },
    // A narrow heading: its sub-sections are parts of the same point.
    headingOverSubsections: true,
    exclude: NOT_DATA_SOURCES,
    minOtherWords: 1,
  },
});
