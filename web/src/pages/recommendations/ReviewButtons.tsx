import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useReviewDone, useReviewPlan, type RecommendationDetail } from '../../api/recommendations';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';

type Decision = 'accept' | 'return';

/** The team accepts or returns the unit's plan (or its result, which closes the recommendation), with a note. */
export function ReviewButtons({ rec, stage }: { rec: RecommendationDetail; stage: 'plan' | 'done' }) {
  const t = useT();
  const [form] = Form.useForm<{ note?: string }>();
  const [decision, setDecision] = useState<Decision | null>(null);
  const plan = useReviewPlan(rec.id);
  const done = useReviewDone(rec.id);
  const review = stage === 'plan' ? plan : done;
  const titles = {
    plan: { accept: t('rec.acceptPlanTitle'), return: t('rec.returnPlanTitle') },
    done: { accept: t('rec.acceptDoneTitle'), return: t('rec.returnDoneTitle') },
  }[stage];
  // Returning always says why; closing says on what grounds (the team's justification).
  const noteRequired = decision === 'return' || stage === 'done';
  const noteLabel = decision === 'return' ? t('rec.returnReason') : stage === 'done' ? t('rec.closeNote') : t('rec.note');

  return (
    <div className="tag-row" data-testid="review-buttons">
      <Button type="primary" onClick={() => setDecision('accept')} data-testid="review-accept">{titles.accept}</Button>
      <Button danger onClick={() => setDecision('return')} data-testid="review-return">{titles.return}</Button>
      <FormModal<{ note?: string }>
        open={decision !== null}
        title={decision ? titles[decision] : ''}
        form={form}
        onClose={() => setDecision(null)}
        onSubmit={(v) => review.mutateAsync({ decision: decision!, note: v.note?.trim() ?? '' })}
        success={t('rec.reviewed')}
        okText={decision === 'return' ? t('rec.return') : t('rec.accept')}
        danger={decision === 'return'}
        testId="review-form"
      >
        <Form.Item name="note" label={noteLabel} rules={noteRequired ? [{ required: true, whitespace: true, message: t('common.required') }] : []}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} data-testid="review-note" />
        </Form.Item>
      </FormModal>
    </div>
  );
}
