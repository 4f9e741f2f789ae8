import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../layout/RequireAuth';
import { canAny } from '../../lib/roles';
import { useT } from '../../i18n';
import { ConferenceTable } from '../conferences/ConferenceTable';

/** The campaign's conferences, with a shortcut to schedule one for it while the campaign is open. */
export function CampaignConferences({ campaignId, closed = false }: { campaignId: number; closed?: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  return (
    <div>
      {!closed && canAny(me, 'conference.write') && (
        <Link to={`/conferences/new?campaignId=${campaignId}`} className="filters" style={{ display: 'inline-block' }}>
          <Button type="primary" icon={<PlusOutlined />}>{t('conf.create')}</Button>
        </Link>
      )}
      <ConferenceTable filters={{ campaignId }} />
    </div>
  );
}
