import { List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useOrgSearch } from '../../api/orgs';
import { resultsFor } from '../../components/searchResults';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, InlineError } from '../../components/States';
import { useI18n } from '../../i18n';
import { useDebounced } from '../../lib/hooks';

/** Finds units anywhere in the user's scope by name, with or without diacritics. */
export function OrgSearch() {
  const { t, tx } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const search = useOrgSearch(q);
  const hits = resultsFor(search);

  return (
    <div className="section">
      <SearchBox placeholder={t('orgs.searchPlaceholder')} value={text} onChange={setText} testId="org-search" size="large" />
      {q && (
        <div className="section" style={{ marginTop: 8 }} data-testid="org-search-results">
          <Typography.Text strong>{t('orgs.searchResults')}</Typography.Text>
          {search.isError ? <InlineError error={search.error} />
            : hits && hits.length === 0 ? <EmptyState description={t('orgs.noResults')} />
              : (
                <List
                  size="small"
                  loading={!hits}
                  dataSource={hits ?? []}
                  renderItem={(o) => (
                    <List.Item key={o.id}>
                      <div>
                        <Link to={`/orgs/${o.id}`} data-testid="org-search-hit">{o.name}</Link>{' '}
                        <Tag variant="filled">{o.subkind ? tx('subkind', o.subkind) : tx('kind', o.kind)}</Tag>
                        {o.status !== 'active' && <Tag>{tx('status', o.status)}</Tag>}
                        {o.parentName && <div><Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>{o.parentName}</Typography.Text></div>}
                      </div>
                    </List.Item>
                  )}
                />
              )}
        </div>
      )}
    </div>
  );
}
