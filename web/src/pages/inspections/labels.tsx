import { Tag } from 'antd';
import type { Assessment, InspectionKind, InspectionStatus } from '../../api/inspections';
import type { RecStatus } from '../../api/recommendations';
import { useI18n } from '../../i18n';

const STATUS_COLOR: Record<InspectionStatus, string> = { planned: 'default', in_progress: 'processing', concluded: 'gold', closed: 'green' };
const ASSESS_COLOR: Record<Assessment, string> = { good: 'green', fair: 'blue', limited: 'orange', poor: 'red' };
/** Waiting on the unit: orange; waiting on the team: blue; returned: red; closed: green. */
const REC_COLOR: Record<RecStatus, string> = {
  open: 'orange', plan_submitted: 'blue', plan_returned: 'red', plan_accepted: 'cyan', done_reported: 'blue', done_returned: 'red', closed: 'green',
};

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { tx } = useI18n();
  return <Tag color={STATUS_COLOR[status]} data-testid={`insp-status-${status}`}>{tx('insp.status', status)}</Tag>;
}

export function KindTag({ kind }: { kind: InspectionKind }) {
  const { tx } = useI18n();
  return <Tag color={kind === 'kiem_tra' ? 'volcano' : 'geekblue'}>{tx('insp.kind', kind)}</Tag>;
}

export function AssessmentTag({ value }: { value: Assessment }) {
  const { tx } = useI18n();
  return <Tag color={ASSESS_COLOR[value]}>{tx('insp.assess', value)}</Tag>;
}

export function RecStatusTag({ status, overdue, days }: { status: RecStatus; overdue?: boolean; days?: number }) {
  const { t, tx } = useI18n();
  return (
    <span className="tag-row">
      <Tag color={REC_COLOR[status]} data-testid={`rec-status-${status}`}>{tx('rec.status', status)}</Tag>
      {overdue && <Tag color="red" data-testid="rec-overdue">{t('recs.overdueDays', { count: days ?? 0 })}</Tag>}
    </span>
  );
}
