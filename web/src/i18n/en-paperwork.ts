import type { viPaperwork } from './vi-paperwork';

/** English: official papers generated in the Party's format (issue 9, item 3). */
export const enPaperwork: Record<keyof typeof viPaperwork, string> = {
  'paper.report': 'Results report (.docx)',
  'paper.reportTitle': 'Report on the results of the study',
  'paper.reportHelp': 'The figures come from the records (conferences, attendance, late units, make-ups, evaluations, action programs). The office edits the narrative before issuing; the report gets its number and is registered.',
  'paper.unit': 'Reporting unit',
  'paper.figures': 'Attended {attended}/{invited} ({rate}) · {conferences} conferences · {late} late unit obligations · {programs} action programs',
  'paper.opening': 'Opening (leadership and organization)',
  'paper.assessment': 'General assessment (strengths, shortcomings)',
  'paper.proposals': 'Proposals',
  'paper.recipients': 'Recipients (one per line)',
  'paper.keep': 'Always added as the last line: {keep}',
  'paper.issuedOn': 'Issue date',
  'paper.issue': 'Issue and download',
  'paper.issued': 'Report {symbol} issued and registered',
  'paper.openDocument': 'Open in the registry',
  'paper.previous': 'Already issued: {list}',
  'paper.invitation': 'Invitation (.docx)',
  'paper.signIn': 'Sign-in sheet',
  'paper.conclusion': 'Conclusion notice (.docx)',
};
