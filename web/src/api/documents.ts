import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, type Page, type Query } from './client';

import type {
  attachmentOut, checkSymbolOut, createDocumentIn, documentDetailOut, documentItemOut, listDocumentsQuery, relationCreatedOut, relationIn,
  relationOut, statsOut, updateDocumentIn, uploadedOut,
} from '../../../server/modules/documents/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type DocumentItem = Out<typeof documentItemOut>;
export type DocumentDetail = Out<typeof documentDetailOut>;
export type DocType = DocumentItem['type'];
export type DocLevel = DocumentItem['level'];
export type Attachment = Out<typeof attachmentOut>;
export type Relation = Out<typeof relationOut>;
export type RelationKind = Relation['kind'];
export type DocumentFilters = Filters<typeof listDocumentsQuery>;
export type DocumentInput = In<typeof createDocumentIn>;
export type DocumentPatch = In<typeof updateDocumentIn>;
export type StatRow = Out<typeof statsOut>[number];

export const DOC_TYPES = ['NQ', 'CT', 'KL', 'QĐ', 'QĐi', 'KH', 'HD', 'CTr', 'ĐA', 'BC', 'TB', 'CV'] as const satisfies readonly DocType[];
exhaustive<DocType, (typeof DOC_TYPES)[number]>(true);
export const DOC_LEVELS = ['central', 'province', 'district', 'grassroots'] as const satisfies readonly DocLevel[];
exhaustive<DocLevel, (typeof DOC_LEVELS)[number]>(true);

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
  get<Out<typeof checkSymbolOut>>('/documents/check-symbol', { symbol }, signal);

function useDocMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: docKeys.all }) });
}

export const useCreateDocument = () => useDocMutation((v: DocumentInput) => post<DocumentItem>('/documents', v));
export const useUpdateDocument = (id: number) => useDocMutation((v: DocumentPatch) => patch<DocumentItem>(`/documents/${id}`, v));
export const useDeleteDocument = () => useDocMutation((id: number) => del(`/documents/${id}`));
export const useDeleteAttachment = () => useDocMutation((id: number) => del(`/attachments/${id}`));
export const useUploadAttachment = (docId: number) =>
  useDocMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return post<Out<typeof uploadedOut>>(`/documents/${docId}/attachments`, form);
  });
export const useAddRelation = (docId: number) =>
  useDocMutation((v: In<typeof relationIn>) => post<Out<typeof relationCreatedOut>>(`/documents/${docId}/relations`, v));
export const useRemoveRelation = (docId: number) =>
  useDocMutation((v: In<typeof relationIn>) => del(`/documents/${docId}/relations`, v));

export const attachmentUrl = (id: number) => `/api/attachments/${id}`;
