import type { FormInstance } from 'antd';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useCampaign, useCampaigns, type Tier } from '../../api/campaigns';
import type { AudienceKind } from '../../api/conferences';
import { useCurrentUser } from '../../layout/RequireAuth';
import { grantFor } from '../../lib/roles';

export const TIER_AUDIENCE: Record<Tier, AudienceKind> = {
  key_cadre: 'key_cadres', all_members: 'all_members', mass_org: 'mass_org', presenters_staff: 'presenters_staff',
};
/** 'none': build the invitation list later, on the conference page. */
export type AudienceChoice = AudienceKind | 'none';

interface Planned { campaignId?: number; orgId?: number; tier?: Tier; startsAt?: Dayjs; endsAt?: Dayjs; materialIds?: number[]; audienceKind?: AudienceChoice }

/**
 * Defaults of a new conference, so a clerk only types what is theirs (title, time, hall): the newest active
 * campaign, the clerk's own unit as organizer, the campaign's tier for it, the campaign's documents as materials,
 * a three-hour session, and the tier's audience in the organizer's unit (AudienceSelect). A field the user touched is
 * left alone.
 */
export function usePlanDefaults<V extends Planned>(form: FormInstance<V>, on: boolean, fromUrl?: number) {
  const f = form as unknown as FormInstance<Planned>;
  const me = useCurrentUser();
  const campaignId = (Form.useWatch('campaignId', f) as number | undefined) ?? fromUrl;
  const tier = Form.useWatch('tier', f) as Tier | undefined;
  const startsAt = Form.useWatch('startsAt', f) as Dayjs | undefined;
  const latest = useCampaigns({ status: 'active' }, 1, 1);
  const campaign = useCampaign(campaignId ?? 0);
  const own = grantFor(me, 'conference.write');
  const touched = (name: keyof Planned) => f.isFieldTouched(name);

  useEffect(() => {
    if (!on) return;
    const first = latest.data?.items[0]?.id;
    if (!f.getFieldValue('campaignId') && !fromUrl && first) f.setFieldsValue({ campaignId: first });
    if (!f.getFieldValue('orgId') && own) f.setFieldsValue({ orgId: own.orgId });
  }, [on, latest.data, own, fromUrl, f]);

  useEffect(() => {
    const k = campaign.data;
    if (!on || !k) return;
    if (!touched('tier') && (!tier || !k.tiers.includes(tier))) {
      f.setFieldsValue({ tier: k.tiers.includes('all_members') ? 'all_members' : k.tiers[0] });
    }
    if (!touched('materialIds')) f.setFieldsValue({ materialIds: k.documents.map((d) => d.id) });
  }, [on, campaign.data]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (on && startsAt && !touched('endsAt')) f.setFieldsValue({ endsAt: startsAt.add(3, 'hour') });
  }, [on, startsAt]); // eslint-disable-line react-hooks/exhaustive-deps

  return { campaignDocuments: on ? campaign.data?.documents : undefined };
}

