// Which audit fields hold ids of records, and of which kind. No imports: the server (names.ts, which looks the
// names up) and the web app (pages/audit/sentence.tsx, which prints them) read the same table.

/** What a field holding an id points at: orgId, toOrgId, parentId → a unit; personId, hostPersonId → a person… */
export type RefKind = 'org' | 'person' | 'document' | 'campaign' | 'conference' | 'bridge_point' | 'account' | 'obligation';

const FIELD_KINDS: [RegExp, RefKind][] = [
  [/^(orgId|parentId|mergedIntoId|newParentId|intoId|[a-z]+OrgId)$/, 'org'],
  [/^(personId|[a-z]+PersonId)$/, 'person'],
  [/^(documentId|[a-z]+DocumentId|relatedId)$/, 'document'],
  [/^campaignId$/, 'campaign'],
  [/^(conferenceId|makeupOf|copiedFrom)$/, 'conference'],
  [/^(bridgePointId|mainPointId)$/, 'bridge_point'],
  [/^accountId$/, 'account'],
];
const LIST_KINDS: [RegExp, RefKind][] = [
  [/^(orgIds|mergedIds|sourceIds)$/, 'org'],
  [/^(personIds|presenters)$/, 'person'],
  [/^(documentIds|materialIds)$/, 'document'],
  [/^obligationIds$/, 'obligation'],
];

export const kindOfField = (field: string): RefKind | undefined => FIELD_KINDS.find(([re]) => re.test(field))?.[1];
export const kindOfList = (field: string): RefKind | undefined => LIST_KINDS.find(([re]) => re.test(field))?.[1];

