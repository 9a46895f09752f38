import { IconLayoutDashboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hasConsole, useMemberNavItems } from './nav';
import { Shell, SidebarLink, type RenderNav } from './Shell';
import classes from './AppLayout.module.css';

const CONSOLE_LINK = {
  id: 'console',
  to: '/manage',
  label: 'nav.console',
  icon: IconLayoutDashboard,
} as const;

function MemberNav({
  viewer,
  onNavigate,
}: {
  viewer: Parameters<RenderNav>[0];
  onNavigate: Parameters<RenderNav>[1];
}) {
  return (
    <ul className={classes.navList}>
      {useMemberNavItems(viewer).map((item) => (
        <SidebarLink key={item.id} item={item} onNavigate={onNavigate} />
      ))}
    </ul>
  );
}

const renderMemberNav: RenderNav = (viewer, onNavigate) => (
  <>
    <MemberNav viewer={viewer} onNavigate={onNavigate} />
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
