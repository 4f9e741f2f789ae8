import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, type Page, type Query } from './client';

export const DOC_TYPES = ['NQ', 'CT', 'KL', 'QĐ', 'QĐi', 'KH', 'HD', 'CTr', 'ĐA', 'BC', 'TB', 'CV'] as const;
export const DOC_LEVELS = ['central', 'province', 'district', 'grassroots'] as const;

export interface DocumentItem {
  id: number;
  type: string;
  number: number;
  symbol: string;
  issuer: string;
  level: string;
  issuedOn: string;
  year: number;
  title: string;
  ownerOrgId: number;
  ownerOrgName: string;
  attachmentCount: number;
}

export interface Attachment { id: number; filename: string; mime: string; size: number; createdAt: string }
export interface Relation { kind: 'implements' | 'replaces'; direction: 'out' | 'in'; id: number; symbol: string; title: string }

export interface DocumentDetail extends DocumentItem {
  summary: string | null;
  keyPoints: string | null;
  fullText: string | null;
  createdAt: string;
  attachments: Attachment[];
  relations: Relation[];
}

export interface DocumentFilters { q?: string; type?: string; issuer?: string; level?: string; year?: number; orgId?: number }

export interface DocumentInput {
  ownerOrgId: number;
  type: string;
  symbol: string;
  issuedOn: string;
  level: string;
  title: string;
  summary?: string | null;
  keyPoints?: string | null;
  fullText?: string | null;
}

export interface StatRow { issuer: string; year: number; count: number }

export const docKeys = {
  all: ['documents'] as const,
  list: (f: DocumentFilters, page: number, pageSize: number) => ['documents', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
  stats: (fromYear?: number, toYear?: number) => ['documents', 'stats', fromYear, toYear] as const,
};

export function useDocuments(filters: DocumentFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: docKeys.list(filters, page, pageSize),
    queryFn: ({ signal }) => get<Page<DocumentItem>>('/documents', { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: number) {
  return useQuery({ queryKey: docKeys.detail(id), queryFn: () => get<DocumentDetail>(`/documents/${id}`), enabled: id > 0 });
}

export function useDocumentStats(fromYear?: number, toYear?: number) {
  return useQuery({ queryKey: docKeys.stats(fromYear, toYear), queryFn: () => get<StatRow[]>('/documents/stats', { fromYear, toYear }) });
}

export const checkSymbol = (symbol: string, signal?: AbortSignal) =>
  get<{ number: number; typeCode: string; issuer: string }>('/documents/check-symbol', { symbol }, signal);

function useDocMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: docKeys.all }) });
}

export const useCreateDocument = () => useDocMutation((v: DocumentInput) => post<DocumentItem>('/documents', v));
export const useUpdateDocument = (id: number) => useDocMutation((v: Partial<DocumentInput>) => patch<DocumentItem>(`/documents/${id}`, v));
export const useDeleteDocument = () => useDocMutation((id: number) => del(`/documents/${id}`));
export const useDeleteAttachment = () => useDocMutation((id: number) => del(`/attachments/${id}`));
export const useUploadAttachment = (docId: number) =>
  useDocMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return post<Attachment>(`/documents/${docId}/attachments`, form);
  });
export const useAddRelation = (docId: number) =>
  useDocMutation((v: { kind: 'implements' | 'replaces'; toId: number }) => post<unknown>(`/documents/${docId}/relations`, v));
export const useRemoveRelation = (docId: number) =>
  useDocMutation((v: { kind: string; toId: number }) => del(`/documents/${docId}/relations`, v));

export const attachmentUrl = (id: number) => `/api/attachments/${id}`;
