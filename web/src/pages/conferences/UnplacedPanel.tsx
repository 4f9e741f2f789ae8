import { App, Alert, Button, Flex, List, Select } from 'antd';
import { useState } from 'react';
import type { ConferenceDetail } from '../../api/conferences';
import { usePlace, useUnplaced } from '../../api/planning';
import { useT } from '../../i18n';
import { formatNumber } from '../../lib/format';

/**
 * Invitees who have no bridge point cannot check in anywhere: listed for the organizers with the fix —
 * each by the nearest-unit rule, or all to one point.
 */
export function UnplacedPanel({ conf }: { conf: ConferenceDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useUnplaced(conf.id, page, 10, conf.abilities.update);
  const place = usePlace(conf.id);
  const total = list.data?.total ?? 0;
  if (!conf.abilities.update || !total) return null;
  const run = (bridgePointId?: number) => place.mutate({ bridgePointId }, {
    onSuccess: (r) => message.success(t('unplaced.placed', { placed: formatNumber(r.placed) })),
    onError: (e) => message.error(e.message),
  });
  return (
    <Alert type="warning" showIcon className="section" id="unplaced" data-testid="unplaced-panel"
      title={t('unplaced.title', { count: formatNumber(total) })}
      description={(
        <div>
          <p style={{ marginTop: 0 }}>{t('unplaced.hint')}</p>
          <List size="small" dataSource={list.data?.items ?? []} style={{ marginBottom: 8 }}
            pagination={total > 10 ? { current: page, pageSize: 10, total, onChange: setPage, size: 'small', showSizeChanger: false } : false}
            renderItem={(p) => <List.Item><div><strong>{p.fullName}</strong><div className="org-option-sub">{p.orgName}</div></div></List.Item>} />
          <Flex gap={8} wrap>
            <Button type="primary" loading={place.isPending} onClick={() => run()} data-testid="unplaced-place-all">{t('unplaced.placeAll')}</Button>
            <Select style={{ minWidth: 220 }} placeholder={t('unplaced.assignTo')} value={null} disabled={place.isPending}
              options={conf.bridgePoints.map((b) => ({ value: b.id, label: b.name }))} onChange={(b: number) => run(b)} />
          </Flex>
        </div>
      )}
    />
  );
}
