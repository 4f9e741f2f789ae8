import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { AGGREGATIONS, aggregationsFor, TARGET_KINDS, useCreateTarget, useUpdateTarget, type Aggregation, type Target, type TargetKind } from '../../api/programs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';
import { KindValueInput } from './KindValueInput';

interface Values {
  indicator: string; unit?: string; kind: TargetKind; aggregation?: Aggregation | 'none'; criterion?: string;
  baselineValue?: number | boolean | null; baselineOn?: Dayjs | null; targetValue: number | boolean; deadline: Dayjs;
  milestones?: { year: number; value: number }[];
}

const initial = (t?: Target): Partial<Values> => (t ? {
  indicator: t.indicator, unit: t.unit ?? undefined, kind: t.kind, aggregation: t.aggregation ?? 'none', criterion: t.criterion ?? undefined,
  baselineValue: t.baselineValue, baselineOn: fromApiDate(t.baselineOn), targetValue: t.targetValue, deadline: fromApiDate(t.deadline),
  milestones: t.milestones,
} : { kind: 'number', aggregation: 'none', milestones: [] });

/** Add or edit a target: inputs fit its kind, roll-ups only where the kind allows one, milestones per year. */
export function TargetFormModal({ programId, target, open, onClose }: { programId: number; target?: Target; open: boolean; onClose: () => void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateTarget(programId);
  const update = useUpdateTarget();
  const kind = Form.useWatch('kind', form) ?? target?.kind ?? 'number';
  const allowed = aggregationsFor(kind);
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    const aggregation = v.aggregation && v.aggregation !== 'none' && allowed.includes(v.aggregation) ? v.aggregation : null;
    const body = {
      indicator: v.indicator.trim(), unit: v.unit?.trim() || null, kind: v.kind, aggregation,
      criterion: v.kind === 'units_meeting' ? v.criterion?.trim() || null : null,
      baselineValue: v.baselineValue ?? null, baselineOn: toApiDate(v.baselineOn) ?? null,
      targetValue: v.targetValue, deadline: toApiDate(v.deadline)!,
      milestones: v.kind === 'boolean' ? [] : (v.milestones ?? []).filter((m) => m && m.year != null && m.value != null),
    };
    if (target) await update.mutateAsync({ id: target.id, ...body });
    else await create.mutateAsync(body);
  };

  return (
    <FormModal<Values>
      open={open}
      title={target ? t('targets.edit') : t('targets.add')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={target ? t('common.saved') : t('targets.added')}
      initialValues={initial(target)}
      testId="target-form"
    >
      <Form.Item name="indicator" label={t('targets.indicator')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} data-testid="target-indicator" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="kind" label={t('targets.kind')} rules={required}>
            <Select options={TARGET_KINDS.map((k) => ({ value: k, label: tx('target.kind', k) }))}
              onChange={(k: TargetKind) => {
                // Values typed for the old kind would be refused: start the kind's inputs afresh.
                form.setFieldsValue({ baselineValue: null, targetValue: undefined, aggregation: 'none', ...(k === 'boolean' ? { milestones: [] } : {}) });
              }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="unit" label={t('targets.unit')}>
            <Input maxLength={50} disabled={kind === 'boolean'} />
          </Form.Item>
        </Col>
      </Row>
      {allowed.length > 0 && (
        <Form.Item name="aggregation" label={t('targets.aggregation')} extra={t('targets.aggregationHint')}>
          <Select options={[{ value: 'none', label: t('targets.aggregationNone') },
            ...AGGREGATIONS.filter((a) => allowed.includes(a)).map((a) => ({ value: a, label: tx('target.aggregation', a) }))]} />
        </Form.Item>
      )}
      {kind === 'units_meeting' && (
        <Form.Item name="criterion" label={t('targets.criterion')}><Input maxLength={500} /></Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="baselineValue" label={t('targets.baseline')}><KindValueInput kind={kind} /></Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="baselineOn" label={t('targets.baselineOn')}><DateField /></Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="targetValue" label={t('targets.target')} rules={required}><KindValueInput kind={kind} data-testid="target-value" /></Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="deadline" label={t('targets.deadline')} rules={required}><DateField /></Form.Item>
        </Col>
      </Row>
      {kind !== 'boolean' && (
        <>
          <Typography.Text strong>{t('targets.milestones')}</Typography.Text>
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <div style={{ marginTop: 8 }}>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="top">
                    <Col flex="110px">
                      <Form.Item name={[f.name, 'year']} rules={required}>
                        <InputNumber min={1900} max={2200} precision={0} placeholder={t('targets.milestoneYear')} aria-label={t('targets.milestoneYear')} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col flex="auto">
                      <Form.Item name={[f.name, 'value']} rules={required}>
                        <KindValueInput kind={kind} aria-label={t('targets.milestoneValue')} />
                      </Form.Item>
                    </Col>
                    <Col flex="40px">
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ year: new Date().getFullYear() })}>{t('targets.addMilestone')}</Button>
              </div>
            )}
          </Form.List>
        </>
      )}
    </FormModal>
  );
}
