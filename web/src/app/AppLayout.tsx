import { IconLayoutDashboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hasConsole, navItemsFor } from './nav';
import { Shell, SidebarLink, type RenderNav } from './Shell';
import classes from './AppLayout.module.css';

const CONSOLE_LINK = {
  id: 'console',
  to: '/manage',
  label: 'nav.console',
  icon: IconLayoutDashboard,
} as const;

const renderMemberNav: RenderNav = (viewer, onNavigate) => (
  <>
    <ul className={classes.navList}>
      {navItemsFor(viewer, 'main').map((item) => (
        <SidebarLink key={item.id} item={item} onNavigate={onNavigate} />
      ))}
    </ul>
    {hasConsole(viewer) ? (
      <>
        <hr className={classes.divider} />
        <ul className={classes.navList}>
          <SidebarLink item={CONSOLE_LINK} onNavigate={onNavigate} />
        </ul>
      </>
    ) : null}
  </>
);

/** The member shell: the community's sections in a left sidebar (a drawer on phones). */
export function AppLayout() {
  const { t } = useTranslation();
  return <Shell navLabel={t('nav.label')} renderNav={renderMemberNav} />;
}
