import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from './client';

export const ORG_KINDS = ['province', 'district', 'grassroots', 'cell', 'mass_org'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const GRASSROOTS_SUBKINDS = ['commune', 'ward', 'town', 'agency', 'school', 'enterprise', 'armed_forces'] as const;
export const MASS_ORG_SUBKINDS = ['fatherland_front', 'youth_union', 'women_union', 'farmers_union', 'veterans', 'trade_union'] as const;
export type OrgStatus = 'active' | 'merged' | 'dissolved';

/** Which kinds may sit directly under which (mirrors the server rule, to offer only sensible choices). */
export const ALLOWED_CHILDREN: Record<OrgKind, readonly OrgKind[]> = {
  province: ['province', 'district', 'grassroots', 'mass_org'],
  district: ['district', 'grassroots', 'mass_org'],
  grassroots: ['grassroots', 'cell', 'mass_org'],
  cell: [],
  mass_org: ['mass_org'],
};

export interface Org {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  shortName: string | null;
  kind: OrgKind;
  subkind: string | null;
  code: string | null;
  status: OrgStatus;
  effectiveFrom: string;
  endedOn: string | null;
  mergedIntoId: number | null;
}
export interface OrgNode extends Org {
  memberCount: number;
  childCount: number;
}
export interface OrgSearchHit extends Org {
  parentName: string | null;
}
export interface OrgEvent {
  id: number;
  kind: string;
  effectiveOn: string;
  details: Record<string, unknown>;
}
export interface OrgDetail extends OrgNode {
  ancestors: { id: number; name: string }[];
  peopleCount: number;
  cellCount: number;
  leaders: { personId: number; fullName: string; title: string }[];
  mergedFrom: { id: number; name: string; endedOn: string | null }[];
  mergedInto: { id: number; name: string } | null;
  history: OrgEvent[];
}

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

export interface CreateOrgInput {
  parentId: number; name: string; shortName?: string | null; kind: OrgKind; subkind?: string | null; code?: string | null; effectiveOn?: string;
}
export interface UpdateOrgInput { name?: string; shortName?: string | null; code?: string | null; effectiveOn?: string }
export interface MergeOrgsInput { sourceIds: number[]; targetId?: number; newName?: string; effectiveOn?: string }

/** Org writes change counts and children anywhere above: refresh every org query afterwards. */
function useOrgMutation<V>(fn: (v: V) => Promise<Org>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }) });
}

export const useCreateOrg = () => useOrgMutation((v: CreateOrgInput) => post<Org>('/orgs', v));
export const useUpdateOrg = (id: number) => useOrgMutation((v: UpdateOrgInput) => patch<Org>(`/orgs/${id}`, v));
export const useMoveOrg = (id: number) =>
  useOrgMutation((v: { newParentId: number; effectiveOn?: string }) => post<Org>(`/orgs/${id}/move`, v));
export const useMergeOrgs = () => useOrgMutation((v: MergeOrgsInput) => post<Org>('/orgs/merge', v));
export const useDissolveOrg = (id: number) =>
  useOrgMutation((v: { effectiveOn?: string; reason?: string }) => post<Org>(`/orgs/${id}/dissolve`, v));
