/** The report's format name and version (lib/report.ts), apart from its schema so it costs no zod to import. */
export const REPORT_SCHEMA = 'sourcetrace/report@1';
