import { useState } from 'react';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CONTENT_LIMITS } from '@kizuna/shared';
import classes from './HeaderSearch.module.css';

/**
 * The search box in the header: Enter opens the results page. Plain markup in the look of the
 * app's inputs, so the first download carries none of the form-field machinery.
 */
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
      <div className={classes.box}>
        <span className={classes.icon} aria-hidden>
          <IconSearch size={16} />
        </span>
        <input
          type="search"
          className={classes.input}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          placeholder={t('headerPlaceholder')}
          aria-label={t('headerLabel')}
          maxLength={CONTENT_LIMITS.searchQueryMax}
          data-testid="header-search"
        />
      </div>
    </form>
  );
}
