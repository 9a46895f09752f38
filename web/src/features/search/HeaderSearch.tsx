import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CONTENT_LIMITS } from '@kizuna/shared';

/** The search box in the header: Enter opens the results page. */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = q.trim();
        if (!query) return;
        void navigate(`/search?q=${encodeURIComponent(query)}`);
        setQ('');
      }}
    >
      <TextInput
        type="search"
        size="sm"
        radius="xl"
        w={{ base: 140, lg: 220 }}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        placeholder={t('headerPlaceholder')}
        aria-label={t('headerLabel')}
        maxLength={CONTENT_LIMITS.searchQueryMax}
        leftSection={<IconSearch size={16} aria-hidden />}
        data-testid="header-search"
      />
    </form>
  );
}
