import { Button, List } from 'antd';
import { useState } from 'react';
import { useInvitations } from '../../api/conferences';
import { SearchBox } from '../../components/SearchBox';
import { useT } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { InvitationStatus } from '../conferences/InvitationStatus';

/** For people without their code: find the invitee by name and check them in by person id. */
export function ManualSearch({ conferenceId, onPick }: { conferenceId: number; onPick: (p: { personId: number; label: string }) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useInvitations(conferenceId, { q }, 1, 10, q.length >= 2);
  return (
    <div>
      <SearchBox value={text} onChange={setText} placeholder={t('checkin.manualPlaceholder')} testId="checkin-manual-search" size="large" />
      {q.length >= 2 && (
        <List
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('people.empty') }}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button key="go" type="primary" size="large" disabled={p.attended} data-testid="checkin-manual-mark"
                  onClick={() => { onPick({ personId: p.personId, label: p.fullName }); setText(''); }}>
                  {t('checkin.mark')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={p.fullName} description={<>{p.orgName}<br /><InvitationStatus {...p} /></>} />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
