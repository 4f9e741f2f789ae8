import { useMemo, useState } from 'react';
import { useInvitations } from '../../api/conferences';
import { useT } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { InvitationStatus } from '../conferences/InvitationStatus';
import { searchRoster, type Roster } from './roster';
import { resultsFor } from '../../components/searchResults';
import { Alert, Button, Empty, Item, ItemList, SearchField, Spinner } from '../../lite';

interface Props {
  conferenceId: number;
  /** The point's list kept on the phone: searched when there is no network. */
  roster?: Roster;
  online: boolean;
  /** People checked in (or saved for sending) from this phone since the list was kept. */
  done: Set<number>;
  onPick: (p: { personId: number; label: string }) => void;
}

interface Hit { personId: number; fullName: string; unit: string; attended: boolean; checkedAt: string | null; lateMinutes: number | null; absence?: null | { excused: boolean; reason: string | null } }

/** For people without their code: find the invitee by name and check them in by person id. */
export function ManualSearch({ conferenceId, roster, online, done, onPick }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), online ? 300 : 0);
  const list = useInvitations(conferenceId, { q }, 1, 10, online && q.length >= 2);
  const local = !online || (list.isError && !!roster);
  // The kept list names each unit with its organization ("Chi bộ thôn 1 · Đảng ủy xã Dân Lực").
  const units = useMemo(() => new Map((roster?.people ?? []).map((p) => [p.personId, p.unitName])), [roster]);
  const hits: Hit[] = local
    ? searchRoster(roster, q).map((p) => ({ personId: p.personId, fullName: p.fullName, unit: p.unitName, attended: !!p.checkedAt || done.has(p.personId),
      checkedAt: p.checkedAt, lateMinutes: p.lateMinutes }))
    : (resultsFor(list)?.items ?? []).map((p) => ({ personId: p.personId, fullName: p.fullName, unit: units.get(p.personId) ?? p.orgName, attended: p.attended || done.has(p.personId),
      checkedAt: p.checkedAt ?? null, lateMinutes: p.lateMinutes ?? null, absence: p.absence }));
  const busy = !local && list.isFetching;
  return (
    <div>
      <SearchField value={text} onChange={setText} label={t('checkin.manualPlaceholder')} data-testid="checkin-manual-search" size="lg" />
      {q.length >= 2 && local && <Alert type="info" title={t('checkin.rosterOffline')} style={{ marginTop: 8 }} data-testid="checkin-roster-search" />}
      {q.length >= 2 && (
        <div className="checkin-hits" aria-busy={busy || undefined}>
          {busy && hits.length === 0 ? <div className="lt-empty"><Spinner label={t('common.loading')} /></div>
            : hits.length === 0 ? <Empty>{t('people.empty')}</Empty> : (
              <ItemList data-testid="checkin-manual-results">
                {hits.map((p) => (
                  <Item key={p.personId} title={p.fullName} description={<>{p.unit}<br /><InvitationStatus {...p} /></>}
                    actions={(
                      <Button variant="primary" size="lg" disabled={p.attended} data-testid="checkin-manual-mark"
                        onClick={() => { onPick({ personId: p.personId, label: p.fullName }); setText(''); }}>
                        {t('checkin.mark')}
                      </Button>
                    )} />
                ))}
              </ItemList>
            )}
        </div>
      )}
    </div>
  );
}
