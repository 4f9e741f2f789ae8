import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { TASK_STATUSES, useCreateTask, useUpdateTask, type TaskItem, type TaskStatus } from '../../api/programs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';
import { OrgsField } from './OrgsField';

interface Values {
  title: string; description?: string; responsibleOrgId: number; responsiblePersonId?: number | null; cooperatingOrgIds?: number[];
  deadline: Dayjs; status?: TaskStatus;
}

/** Give a task (to the program's unit or a unit below it) or edit one the user's unit gave. */
export function TaskFormModal({ programId, programOrgId, task, open, onClose }: {
  programId: number; programOrgId: number; task?: TaskItem; open: boolean; onClose: () => void;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateTask(programId);
  const update = useUpdateTask();
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    const body = {
      title: v.title.trim(), description: v.description?.trim() || null, responsibleOrgId: v.responsibleOrgId,
      responsiblePersonId: v.responsiblePersonId ?? null, cooperatingOrgIds: v.cooperatingOrgIds ?? [], deadline: toApiDate(v.deadline)!,
    };
    if (task) await update.mutateAsync({ id: task.id, ...body });
    else await create.mutateAsync({ ...body, status: v.status });
  };

  return (
    <FormModal<Values>
      open={open}
      title={task ? t('tasks.edit') : t('tasks.add')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={task ? t('common.saved') : t('tasks.added')}
      initialValues={task ? {
        title: task.title, description: task.description ?? undefined, responsibleOrgId: task.responsibleOrg.id,
        responsiblePersonId: task.responsiblePerson?.id ?? null, cooperatingOrgIds: task.cooperatingUnits.map((u) => u.id), deadline: fromApiDate(task.deadline),
      } : { responsibleOrgId: programOrgId, cooperatingOrgIds: [], status: 'not_started' }}
      testId="task-form"
    >
      <Form.Item name="title" label={t('tasks.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="task-title" />
      </Form.Item>
      <Form.Item name="description" label={t('tasks.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="responsibleOrgId" label={t('tasks.responsible')} extra={t('tasks.responsibleHint')} rules={required}>
        <OrgPicker allowClear={false} data-testid="task-responsible" />
      </Form.Item>
      <Form.Item name="responsiblePersonId" label={t('tasks.person')}>
        <PersonPicker initialLabel={task?.responsiblePerson?.fullName} />
      </Form.Item>
      <Form.Item name="cooperatingOrgIds" label={t('tasks.cooperating')}>
        <OrgsField initial={task?.cooperatingUnits} />
      </Form.Item>
      <Form.Item name="deadline" label={t('tasks.deadline')} rules={required}>
        <DateField data-testid="task-deadline" />
      </Form.Item>
      {!task && (
        <Form.Item name="status" label={t('tasks.status')}>
          <Select options={TASK_STATUSES.map((s) => ({ value: s, label: tx('task.status', s) }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
