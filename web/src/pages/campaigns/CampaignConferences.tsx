import { PlusOutlined } from '@ant-design/icons';
import { useCurrentUser } from '../../layout/RequireAuth';
import { canAny } from '../../lib/roles';
import { useT } from '../../i18n';
import { ConferenceTable } from '../conferences/ConferenceTable';
import { LinkButton } from '../../components/LinkButton';

/** The campaign's conferences, with a shortcut to schedule one for it while the campaign is open. */
export function CampaignConferences({ campaignId, closed = false }: { campaignId: number; closed?: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  return (
    <div>
      {!closed && canAny(me, 'conference.write') && (
        <LinkButton to={`/conferences/new?campaignId=${campaignId}`} className="filters" type="primary" icon={<PlusOutlined />}>{t('conf.create')}</LinkButton>
      )}
      <ConferenceTable filters={{ campaignId }} />
    </div>
  );
}
