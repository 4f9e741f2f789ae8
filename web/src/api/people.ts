import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadUrl, get, patch, post, type Page, type Query } from './client';

import type {
  createPersonIn, listPeopleQuery, personItemOut, personOut, transferIn, updatePersonIn,
} from '../../../server/modules/people/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type PersonItem = Out<typeof personItemOut>;
export type PersonDetail = Out<typeof personOut>;
export type PartyStatus = NonNullable<PersonItem['partyStatus']>;
export type Category = PersonItem['categories'][number];
export type PositionTitle = PersonDetail['positions'][number]['title'];
export type Gender = NonNullable<PersonItem['gender']>;
export type PeopleFilters = Filters<typeof listPeopleQuery>;
export type PartyStatusFilter = NonNullable<PeopleFilters['partyStatus']>;
export type PersonPatch = In<typeof updatePersonIn>;
/** The person form's body: the editable fields, and on creation the unit and the duplicate confirmation. */
export type PersonInput = PersonPatch & Partial<Pick<In<typeof createPersonIn>, 'orgId' | 'confirmDuplicate'>>;

export const PARTY_STATUSES = ['official', 'probationary'] as const satisfies readonly PartyStatus[];
exhaustive<PartyStatus, (typeof PARTY_STATUSES)[number]>(true);
export const PARTY_STATUS_FILTERS = ['member', 'official', 'probationary', 'none'] as const satisfies readonly PartyStatusFilter[];
exhaustive<PartyStatusFilter, (typeof PARTY_STATUS_FILTERS)[number]>(true);
export const CATEGORIES = ['key_cadre', 'presenter', 'collaborator', 'lecturer', 'propaganda_staff', 'mass_org_member'] as const satisfies readonly Category[];
exhaustive<Category, (typeof CATEGORIES)[number]>(true);
export const POSITION_TITLES = ['secretary', 'deputy_secretary', 'standing_member', 'committee_member', 'chair', 'vice_chair', 'member'] as const satisfies readonly PositionTitle[];
exhaustive<PositionTitle, (typeof POSITION_TITLES)[number]>(true);
export const GENDERS = ['male', 'female'] as const satisfies readonly Gender[];
exhaustive<Gender, (typeof GENDERS)[number]>(true);

/** One refused row of an import (the 422 answer's details). */
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

export const useCreatePerson = () => usePeopleMutation((v: PersonInput) => post<PersonDetail>('/people', v));
export const useUpdatePerson = (id: number) => usePeopleMutation((v: PersonPatch) => patch<PersonDetail>(`/people/${id}`, v));
export const useTransferPerson = (id: number) =>
  usePeopleMutation((v: In<typeof transferIn>) => post<PersonDetail>(`/people/${id}/transfer`, v));
export const useImportPeople = () =>
  usePeopleMutation((v: { file: File; orgId?: number }) => {
    const form = new FormData();
    // Fields before the file: multipart parsers read them in order.
    if (v.orgId) form.append('orgId', String(v.orgId));
    form.append('file', v.file);
    return post<{ imported: number }>('/people/import', form);
  });
