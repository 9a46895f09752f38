import { VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconLayoutDashboard } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { manageGroupsFor, type ManageNavItem } from '../nav';
import type { Viewer } from '../session';
import { Shell, SidebarLink, type RenderNav } from '../Shell';
import { CONSOLE_NAV_ITEMS } from './items';
import { usePendingWork } from './usePendingWork';
import classes from '../AppLayout.module.css';

const OVERVIEW = {
  id: 'overview',
  to: '/manage',
  label: 'nav.overview',
  icon: IconLayoutDashboard,
  end: true,
} as const;

const BACK = {
  id: 'back',
  to: '/',
  label: 'nav.backToCommunity',
  icon: IconArrowLeft,
  end: true,
} as const;

function PendingCount({ count }: { count: number | null }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <span className={classes.count} data-testid="pending-count">
      <span aria-hidden>{count > 99 ? '99+' : count}</span>
      <VisuallyHidden>{t('nav.pending', { count })}</VisuallyHidden>
    </span>
  );
}

function ConsoleNav({ viewer, onNavigate }: { viewer: Viewer | null; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { counts } = usePendingWork(viewer);
  const uid = useId();
  const link = (item: ManageNavItem) => (
    <SidebarLink
      key={item.id}
      item={item}
      onNavigate={onNavigate}
      trailing={item.pending ? <PendingCount count={counts[item.pending]} /> : null}
    />
  );
  return (
    <>
      <ul className={classes.navList}>
        <SidebarLink item={OVERVIEW} onNavigate={onNavigate} />
      </ul>
      {manageGroupsFor(viewer, CONSOLE_NAV_ITEMS).map(({ group, items }) => (
        <div
          key={group}
          role="group"
          className={classes.navGroup}
          aria-labelledby={`${uid}-${group}`}
          data-group={group}
        >
          <div id={`${uid}-${group}`} className={classes.navGroupTitle}>
            {t(`nav.groups.${group}`)}
          </div>
          <ul className={classes.navList}>{items.map(link)}</ul>
        </div>
      ))}
      <hr className={classes.divider} />
      <ul className={classes.navList}>
        <SidebarLink item={BACK} onNavigate={onNavigate} />
      </ul>
    </>
  );
}

const renderConsoleNav: RenderNav = (viewer, onNavigate) => (
  <ConsoleNav viewer={viewer} onNavigate={onNavigate} />
);

/** The staff console: its own sidebar, grouped by job, with the work waiting counted. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  return <Shell console navLabel={t('nav.consoleLabel')} renderNav={renderConsoleNav} />;
}
