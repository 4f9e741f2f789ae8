import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadUrl, get, patch, post, type Page, type Query } from './client';

export const PARTY_STATUSES = ['official', 'probationary'] as const;
export const PARTY_STATUS_FILTERS = ['member', 'official', 'probationary', 'none'] as const;
export const CATEGORIES = ['key_cadre', 'presenter', 'collaborator', 'lecturer', 'propaganda_staff', 'mass_org_member'] as const;
export const POSITION_TITLES = ['secretary', 'deputy_secretary', 'standing_member', 'committee_member', 'chair', 'vice_chair', 'member'] as const;
export const GENDERS = ['male', 'female'] as const;

export interface PersonItem {
  id: number;
  fullName: string;
  orgId: number;
  orgName: string;
  gender: string | null;
  birthDate: string | null;
  partyStatus: 'official' | 'probationary' | null;
  joinedOn: string | null;
  officialOn: string | null;
  cardNumber: string | null;
  categories: string[];
  phone: string | null;
}

export interface PersonDetail extends PersonItem {
  email?: string | null;
  orgPath: string;
  positions: { id: number; orgId: number; orgName: string; title: string; startedOn: string | null; endedOn: string | null }[];
  transfers: { id: number; fromOrgId: number; fromOrgName: string; toOrgId: number; toOrgName: string; effectiveOn: string; reason: string | null }[];
  massOrgs: { orgId: number; orgName: string; joinedOn: string | null }[];
}

export interface PeopleFilters {
  orgId?: number;
  q?: string;
  partyStatus?: string;
  category?: string;
}

export interface PersonInput {
  orgId?: number;
  fullName: string;
  gender?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  partyStatus?: string | null;
  joinedOn?: string | null;
  officialOn?: string | null;
  cardNumber?: string | null;
  categories?: string[];
  /** Create even though the server found someone with this name and birth date (409 possible_duplicate). */
  confirmDuplicate?: boolean;
}

export interface ImportRowError { row: number; column: string; message: string }

export const peopleKeys = {
  all: ['people'] as const,
  list: (f: PeopleFilters, page: number, pageSize: number) => ['people', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
};

export function usePeople(filters: PeopleFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: peopleKeys.list(filters, page, pageSize),
    queryFn: ({ signal }) => get<Page<PersonItem>>('/people', { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => get<PersonDetail>(`/people/${id}`), enabled: id > 0 });
}

export const peopleExportUrl = (filters: PeopleFilters) => downloadUrl('/people/export.xlsx', filters as Query);
export const peopleTemplateUrl = () => downloadUrl('/people/import-template.xlsx');

function usePeopleMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: peopleKeys.all });
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
  });
}

export const useCreatePerson = () => usePeopleMutation((v: PersonInput) => post<PersonItem>('/people', v));
export const useUpdatePerson = (id: number) => usePeopleMutation((v: PersonInput) => patch<PersonItem>(`/people/${id}`, v));
export const useTransferPerson = (id: number) =>
  usePeopleMutation((v: { toOrgId: number; effectiveOn?: string; reason?: string }) => post<unknown>(`/people/${id}/transfer`, v));
export const useImportPeople = () =>
  usePeopleMutation((v: { file: File; orgId?: number }) => {
    const form = new FormData();
    // Fields before the file: multipart parsers read them in order.
    if (v.orgId) form.append('orgId', String(v.orgId));
    form.append('file', v.file);
    return post<{ imported: number }>('/people/import', form);
  });
