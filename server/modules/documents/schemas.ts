import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { id, isoDate, queryId, queryInt, str } from '../../core/schemas.js';
import { DOC_TYPES } from './symbol.js';

export const DOC_LEVELS = ['central', 'province', 'district', 'grassroots'] as const;
export const RELATION_KINDS = ['implements', 'replaces'] as const;

export const documentItemOut = z.object({
  id: z.number(),
  type: z.enum(DOC_TYPES),
  number: z.number(),
  symbol: z.string(),
  issuer: z.string(),
  level: z.enum(DOC_LEVELS),
  issuedOn: z.string(),
  year: z.number(),
  title: z.string(),
  ownerOrgId: z.number(),
  ownerOrgName: z.string(),
  /** The issuing body's name ("Huyện ủy Triệu Sơn", "Ban Chấp hành Trung ương"), from the symbol's issuer and the tree. */
  issuerName: z.string(),
  attachmentCount: z.number(),
});

export const attachmentOut = z.object({
  id: z.number(),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
  createdAt: z.string(),
});

export const uploadedOut = attachmentOut.extend({ documentId: z.number(), sha256: z.string() });

export const relationOut = z.object({
  kind: z.enum(RELATION_KINDS),
  direction: z.enum(['out', 'in']),
  id: z.number(),
  symbol: z.string(),
  title: z.string(),
});

export const documentDetailOut = documentItemOut.extend({
  summary: z.string().nullable(),
  keyPoints: z.string().nullable(),
  fullText: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(attachmentOut),
  relations: z.array(relationOut),
});

const year = queryInt(1930, 2200);

export const listDocumentsQuery = z.object({
  q: str().trim().max(200).optional(),
  type: z.enum(DOC_TYPES).optional(),
  issuer: str().trim().min(1).max(15).optional(),
  level: z.enum(DOC_LEVELS).optional(),
  year: year.optional(),
  orgId: queryId.optional(),
  ...pageQuery,
});

export const statsQuery = z.object({ fromYear: year.optional(), toYear: year.optional() });
export const statsOut = z.array(z.object({ issuer: z.string(), year: z.number(), count: z.number() }));

export const checkSymbolQuery = z.object({ symbol: str().max(60) });
export const checkSymbolOut = z.object({ number: z.number(), typeCode: z.enum(DOC_TYPES), issuer: z.string() });

const text = (max: number) => str().trim().max(max).nullish();
export const createDocumentIn = z.object({
  ownerOrgId: id,
  type: z.enum(DOC_TYPES),
  symbol: str().trim().min(1).max(60),
  issuedOn: isoDate,
  level: z.enum(DOC_LEVELS),
  title: str().trim().min(3).max(1000),
  summary: text(10_000),
  keyPoints: text(20_000),
  fullText: text(500_000),
});
export const updateDocumentIn = createDocumentIn.partial();
export type CreateDocumentInput = z.infer<typeof createDocumentIn>;
export type UpdateDocumentInput = z.infer<typeof updateDocumentIn>;

export const relationIn = z.object({ kind: z.enum(RELATION_KINDS), toId: id });
export const relationQuery = z.object({ kind: z.enum(RELATION_KINDS), toId: queryId });
export const relationCreatedOut = z.object({ fromId: z.number(), toId: z.number(), kind: z.enum(RELATION_KINDS) });
