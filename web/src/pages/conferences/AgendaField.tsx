import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { PersonPicker } from '../../components/PersonPicker';
import { useT } from '../../i18n';

/**
 * Agenda rows: topic, presenter, minutes. Presenters are searched among those one may name at a conference of
 * the organizer (orgId): its own and the units' above (the district's presenters at a commune conference).
 */
export function AgendaField({ names = {}, orgId }: { names?: Record<number, string>; orgId?: number }) {
  const t = useT();
  return (
    <Form.List name="agenda">
      {(fields, { add, remove }) => (
        <div data-testid="agenda-field">
          {fields.map((f, i) => (
            <Card size="small" key={f.key} style={{ marginBottom: 8 }} title={`${i + 1}.`}
              extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />}>
              <Row gutter={8}>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'topic']} label={t('conf.topic')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={16} md={8}>
                  <Form.Item noStyle shouldUpdate>
                    {({ getFieldValue }) => {
                      const pid = getFieldValue(['agenda', f.name, 'presenterPersonId']) as number | undefined;
                      return (
                        <Form.Item name={[f.name, 'presenterPersonId']} label={t('conf.presenter')}>
                          <PersonPicker category="presenter" presentersFor={orgId} initialLabel={pid ? names[pid] : undefined} />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item name={[f.name, 'minutes']} label={t('conf.minutes')}>
                    <InputNumber min={1} max={600} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>{t('conf.addTopic')}</Button>
        </div>
      )}
    </Form.List>
  );
}
