import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { qrCardsUrl } from '../../api/attendance';
import { useT } from '../../i18n';

/**
 * Downloads the unit's QR check-in cards as a Word file (A4, cut lines): Word or LibreOffice prints it the same on
 * any office printer, offline, and the clerk can reprint one page or fix a name without the system.
 */
export function PrintCardsButton({ orgId }: { orgId: number }) {
  const t = useT();
  const item = (layout: '2x5' | '3x4') => ({
    key: layout,
    label: <a href={qrCardsUrl(orgId, layout)} download data-testid={`print-cards-${layout}`}>{t(layout === '2x5' ? 'cards.layout2x5' : 'cards.layout3x4')}</a>,
  });
  return (
    <Dropdown trigger={['click']} menu={{ items: [item('2x5'), item('3x4')] }}>
      <Button icon={<PrinterOutlined />} title={t('cards.hint')} data-testid="print-cards">{t('cards.print')}</Button>
    </Dropdown>
  );
}
