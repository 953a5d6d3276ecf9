/**
 * The part of the FollowTheMoney model the import reads: the schemata Orgraph maps to its kinds and
 * relationships, what FtM requires of each, which schemata each is (its ancestry, for the ranges of
 * references), and which of its properties name other entities. The test suite compares this table
 * with the official `followthemoney` package (server/test/integration/ftm-import.test.ts), so it
 * cannot drift from FtM unnoticed.
 */
export interface FtmSchemaInfo {
  /** What FtM requires. */
  required: string[];
  /** The schema and its ancestors (FtM's `schema.names`). */
  names: string[];
  /** Properties whose values are FtM entity ids, with the schema each must be (FtM's `range`). */
  references: Record<string, string>;
}

const legal = (...more: string[]) => ['LegalEntity', 'Thing', ...more];

export const FTM_SCHEMATA: Record<string, FtmSchemaInfo> = {
  Organization: { required: ['name'], names: legal('Organization'), references: {} },
  PublicBody: { required: ['name'], names: legal('Organization', 'PublicBody'), references: {} },
  Company: { required: ['name'], names: legal('Organization', 'Company', 'Asset', 'Value'), references: {} },
  LegalEntity: { required: ['name'], names: legal(), references: {} },
  Person: { required: ['name'], names: legal('Person'), references: {} },
  Project: { required: [], names: ['Interval', 'Project', 'Thing', 'Value'], references: {} },
  Event: { required: ['name'], names: ['Analyzable', 'Event', 'Interval', 'Thing'], references: {} },
  Address: { required: [], names: ['Address', 'Thing'], references: {} },
  Position: { required: ['name'], names: ['Position', 'Thing'], references: { organization: 'Organization' } },
  Membership: { required: ['member', 'organization'], names: ['Interest', 'Interval', 'Membership'], references: { member: 'LegalEntity', organization: 'Organization' } },
  Directorship: { required: ['director', 'organization'], names: ['Directorship', 'Interest', 'Interval'], references: { director: 'LegalEntity', organization: 'Organization' } },
  Occupancy: { required: ['holder', 'post'], names: ['Interval', 'Occupancy'], references: { holder: 'Person', post: 'Position' } },
  ProjectParticipant: { required: [], names: ['Interest', 'Interval', 'ProjectParticipant'], references: { participant: 'LegalEntity', project: 'Project' } },
  Succession: { required: ['predecessor', 'successor'], names: ['Interest', 'Interval', 'Succession'], references: { predecessor: 'LegalEntity', successor: 'LegalEntity' } },
  UnknownLink: { required: ['object', 'subject'], names: ['Interest', 'Interval', 'UnknownLink'], references: { subject: 'Thing', object: 'Thing' } },
};

/** What Orgraph needs beyond FtM's requirements: a name for an entity, both ends of a link. */
export const ORGRAPH_NEEDS: Record<string, string[]> = {
  Project: ['name'],
  Address: ['full'],
  ProjectParticipant: ['participant', 'project'],
};

/** The date properties of the schemata above (FtM dates: a year, a month or a day, perhaps with a time). */
export const FTM_DATE_PROPERTIES = [
  'startDate', 'endDate', 'date', 'incorporationDate', 'dissolutionDate', 'birthDate', 'deathDate', 'inceptionDate',
  'declarationDate', 'electionDate', 'periodStart', 'periodEnd', 'createdAt', 'modifiedAt', 'retrievedAt',
];

/** The other schemata of the FtM model, so that one Orgraph does not map is told apart from a misspelt one. */
export const OTHER_FTM_SCHEMATA = [
  'Airplane', 'Analyzable', 'Article', 'Asset', 'Associate', 'Audio', 'BankAccount', 'Call', 'CallForTenders', 'Contract', 'ContractAward',
  'Control', 'CourtCase', 'CourtCaseParty', 'CryptoWallet', 'Debt', 'Document', 'Documentation', 'EconomicActivity', 'Email', 'Employment',
  'Family', 'Folder', 'HyperText', 'Identification', 'Image', 'Interest', 'Interval', 'License', 'Mention', 'Message', 'Note', 'Ownership',
  'Package', 'Page', 'Pages', 'Passport', 'Payment', 'PlainText', 'RealEstate', 'Representation', 'Risk', 'Sanction', 'Security', 'Similar',
  'Table', 'TaxRoll', 'Territory', 'Thing', 'Trip', 'UserAccount', 'Value', 'Vehicle', 'Vessel', 'Video', 'Workbook',
];
