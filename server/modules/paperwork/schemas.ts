import { z } from 'zod';
import { id, isoDate, queryId, text } from '../../core/schemas.js';

export const draftQuery = z.object({ orgId: queryId });

// The narrative parts the office rewrites before issuing; the figures come from the records, never from the form.
export const reportIn = z.object({
  orgId: id,
  opening: text(6000),
  assessment: text(6000),
  proposals: text(6000),
  recipients: z.array(text(300)).min(1).max(20).optional().describe('Omitted: the superior body, its propaganda commission and the cells; "- Lưu …" is always added'),
  issuedOn: isoDate.optional().describe('Omitted: today (Vietnam time)'),
});
export type ReportInput = z.infer<typeof reportIn>;

export const draftOut = z.object({
  orgId: z.number(),
  orgName: z.string(),
  superior: z.string().nullable(),
  place: z.string(),
  opening: z.string(),
  assessment: z.string(),
  proposals: z.string(),
  recipients: z.array(z.string()),
  keep: z.string(),
  figures: z.object({
    invited: z.number(), attended: z.number(), rate: z.number(), conferences: z.number(), lateUnits: z.number(), programs: z.number(),
  }),
  previous: z.array(z.object({ documentId: z.number().nullable(), symbol: z.string(), issuedOn: z.string() })),
});

export const issuedOut = z.object({
  documentId: z.number(),
  attachmentId: z.number(),
  number: z.number(),
  symbol: z.string(),
  term: z.string(),
  issuedOn: z.string(),
  filename: z.string(),
});

export const docxOut = { 200: z.any().describe('Tệp Word (.docx)') };
