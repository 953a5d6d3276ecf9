import { renderCsv } from '../../reports/csv';
import { renderHtml } from '../../reports/html';
import { renderMarkdown } from '../../reports/markdown';
import { connectionReport, entityReport } from '../../reports/load';
import type { ReportModel } from '../../reports/model';
import type { Resolvers } from '../generated/resolvers';

/** The rendered forms, computed only when asked for. */
const rendered = {
  markdown: (report: ReportModel) => renderMarkdown(report),
  html: (report: ReportModel) => renderHtml(report),
  csv: (report: ReportModel) => renderCsv(report),
};

export const reportResolvers: Resolvers = {
  Query: {
    report: (_, { id, asOf, release }, ctx) => entityReport(ctx.db, id, asOf ?? null, release ?? null),
    connectionReport: (_, { from, to, asOf, release }, ctx) => connectionReport(ctx.db, from, to, asOf ?? null, release ?? null),
  },
  Report: { __resolveType: (report) => (report.subjects.length === 2 ? 'ConnectionReport' : 'EntityReport') },
  EntityReport: { ...rendered, entity: (report) => report.subjects[0]! },
  ConnectionReport: { ...rendered, from: (report) => report.subjects[0]!, to: (report) => report.subjects[1]! },
};
