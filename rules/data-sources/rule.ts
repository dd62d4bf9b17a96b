import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Where the data comes from and how it gets here: logs, a warehouse, a
// third party, a pipeline. A list of features is not a source.
const SOURCE = anyOf(
  terms(
    'data source*', 'source of data', 'sources of data', 'event log*', 'interaction log*', 'activity log*', 'search log*',
    'click log*', 'logs', 'logged', 'logging', 'clickstream', 'tracking data', 'tracking events', 'data warehouse', 'warehouse', 'data lake', 'lake',
    'hive', 'hdfs', 'bigquery', 'snowflake', 'redshift', 's3', 'kafka', 'kinesis', 'pubsub', 'stream*', 'etl', 'elt',
    'data pipeline*', 'ingest*', 'third party', 'vendor*', 'external source*', 'internal source*', 'collected from',
    'pulled from', 'pulls data', 'extracted from', 'provided by', 'purchased from', 'buy information',
    'historical data', 'historical interactions', 'historical log*', 'crm', 'erp', 'sensor data', 'data from',
    'user interactions', 'user engagement data', 'user connections', 'user user connections', 'human raters',
  ),
  pattern(/\b(?:database|db|api|system|service|tables?)\b[^.]{0,40}\b(?:training data|to train|for training|historical)\b/),
  pattern(/\b(?:data|logs?|events?|labels?|records?|signals?|dataset|tables?|features?|interactions|transactions)\b[^.]{0,40}\bcomes? from\b/),
  pattern(/\b(?:collected|gathered|sourced|exported|loaded|taken|received|obtained)\s+(?:daily\s+|hourly\s+)?(?:from|via|through)\b/),
);

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
  findEvidence: ({ doc }) => findEvidence(doc, SOURCE, { minOtherWords: 1 }),
});
