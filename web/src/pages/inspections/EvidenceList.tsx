import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { fileUrl, type EvidenceFile } from '../../api/inspections';
import { useDeleteInspectionFile } from '../../api/recommendations';
import { useT } from '../../i18n';
import { formatSize } from '../../lib/format';

/** Evidence files as download links; removable while they belong to a draft or an unsent report. */
export function EvidenceList({ files, removable }: { files: EvidenceFile[]; removable?: boolean }) {
  const t = useT();
  const remove = useDeleteInspectionFile();
  if (!files.length) return null;
  return (
    <ul className="insp-facts" data-testid="evidence-list">
      {files.map((f) => (
        <li key={f.id} className="tag-row">
          <PaperClipOutlined aria-hidden />
          <a href={fileUrl(f.id)} download={f.filename} data-testid="evidence-link">{f.filename}</a>
          <span className="insp-fact-sub">{formatSize(f.size)}</span>
          {removable && (
            <Popconfirm title={t('common.delete')} description={f.filename} okText={t('common.delete')} cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(f.id)}>
              <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${f.filename}`} />
            </Popconfirm>
          )}
        </li>
      ))}
    </ul>
  );
}
