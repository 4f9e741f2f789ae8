import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from './client';

import type {
  createOrgIn, dissolveOrgIn, mergeOrgsIn, moveOrgIn, orgDetailOut, orgNodeOut, orgOut, orgSearchHitOut, updateOrgIn,
} from '../../../server/modules/orgs/schemas';
import type { In, Out } from './contract';

// The kinds and which may sit under which are the server's own values (a file without server dependencies).
export { ALLOWED_CHILDREN, GRASSROOTS_SUBKINDS, MASS_ORG_SUBKINDS, ORG_KINDS, type OrgKind } from '../../../server/modules/orgs/constants';

export type Org = Out<typeof orgOut>;
export type OrgStatus = Org['status'];
export type OrgNode = Out<typeof orgNodeOut>;
export type OrgSearchHit = Out<typeof orgSearchHitOut>;
export type OrgDetail = Out<typeof orgDetailOut>;
export type OrgEvent = OrgDetail['history'][number];
export type CreateOrgInput = In<typeof createOrgIn>;
export type UpdateOrgInput = In<typeof updateOrgIn>;
export type MergeOrgsInput = In<typeof mergeOrgsIn>;

export const orgKeys = {
  all: ['orgs'] as const,
  roots: ['orgs', 'roots'] as const,
  children: (id: number, inactive: boolean) => ['orgs', 'children', id, inactive] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
  search: (q: string) => ['orgs', 'search', q] as const,
};

export const fetchRoots = () => get<OrgNode[]>('/orgs/roots');
export const fetchChildren = (id: number, includeInactive = false) =>
  get<OrgNode[]>(`/orgs/${id}/children`, { includeInactive });

export function useOrgRoots(enabled = true) {
  return useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, enabled });
}

export function useOrgChildren(id: number, includeInactive = false) {
  return useQuery({ queryKey: orgKeys.children(id, includeInactive), queryFn: () => fetchChildren(id, includeInactive) });
}

export function useOrgSearch(q: string, limit = 20) {
  const text = q.trim();
  return useQuery({
    queryKey: orgKeys.search(text),
    queryFn: ({ signal }) => get<OrgSearchHit[]>('/orgs/search', { q: text, limit }, signal),
    enabled: text.length > 0,
    placeholderData: (prev) => prev,
  });
}

export function useOrg(id: number) {
  return useQuery({ queryKey: orgKeys.detail(id), queryFn: () => get<OrgDetail>(`/orgs/${id}`), enabled: id > 0 });
}

/** Org writes change counts and children anywhere above: refresh every org query afterwards. */
function useOrgMutation<V>(fn: (v: V) => Promise<Org>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }) });
}

export const useCreateOrg = () => useOrgMutation((v: CreateOrgInput) => post<Org>('/orgs', v));
export const useUpdateOrg = (id: number) => useOrgMutation((v: UpdateOrgInput) => patch<Org>(`/orgs/${id}`, v));
export const useMoveOrg = (id: number) =>
  useOrgMutation((v: In<typeof moveOrgIn>) => post<Org>(`/orgs/${id}/move`, v));
export const useMergeOrgs = () => useOrgMutation((v: MergeOrgsInput) => post<Org>('/orgs/merge', v));
export const useDissolveOrg = (id: number) =>
  useOrgMutation((v: In<typeof dissolveOrgIn>) => post<Org>(`/orgs/${id}/dissolve`, v));
