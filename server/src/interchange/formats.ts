import type { ExportedDataset } from '../dataset/export';
import { ftmJsonLines, toFtm } from './ftm';
import { toPopolo } from './popolo';

/** The interchange formats the export speaks besides the native one: how each is written and served. */
export const EXCHANGE_FORMATS = {
  ftm: {
    label: 'FollowTheMoney entities, one JSON object a line',
    contentType: 'application/x-ndjson; charset=utf-8',
    render: (dataset: ExportedDataset) => {
      const entities = toFtm(dataset);
      return { text: ftmJsonLines(entities), count: `${entities.length} FtM entities` };
    },
  },
  popolo: {
    label: 'a Popolo document (organizations, persons, posts, memberships)',
    contentType: 'application/json; charset=utf-8',
    render: (dataset: ExportedDataset) => {
      const popolo = toPopolo(dataset);
      return {
        text: JSON.stringify(popolo, null, 2) + '\n',
        count: `${popolo.organizations.length} organizations, ${popolo.persons.length} persons, ${popolo.posts.length} posts and ${popolo.memberships.length} memberships`,
      };
    },
  },
} as const;

export type ExchangeFormat = keyof typeof EXCHANGE_FORMATS;

export function isExchangeFormat(name: string): name is ExchangeFormat {
  return Object.prototype.hasOwnProperty.call(EXCHANGE_FORMATS, name);
}
