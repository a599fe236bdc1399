import { AppShell, Badge, Divider, NavLink, Text } from '@mantine/core';
import type { Role } from '@matchready/contract';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { mainNav, type NavItem, personalNav } from './nav-items.ts';

const isActive = (to: string, pathname: string): boolean =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

function Item({
  item,
  pathname,
  onNavigate,
}: {
  readonly item: NavItem;
  readonly pathname: string;
  readonly onNavigate: () => void;
}) {
  const Icon = item.icon;
  return (
    <NavLink
      component={RouterNavLink}
      to={item.to}
      end={item.to === '/'}
      className="nav-link"
      label={item.label}
      active={isActive(item.to, pathname)}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden="true" />}
      rightSection={
        item.soon ? (
          <Badge size="xs" variant="light" color="gray" radius="sm">
            Soon
          </Badge>
        ) : undefined
      }
      onClick={onNavigate}
      variant="light"
      py={10}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

export function AppNavbar({
  role,
  onNavigate,
}: {
  readonly role: Role;
  readonly onNavigate: () => void;
}) {
  const { pathname } = useLocation();
  const personal = personalNav.filter(
    (item) =>
      (!item.applicantOnly || role === 'applicant') &&
      (!item.participantOnly || role === 'applicant' || role === 'mentor'),
  );
  return (
    <>
      <AppShell.Section grow p="sm" style={{ overflowY: 'auto' }}>
        {mainNav
          .filter((item) => !item.organisationOnly || role === 'organisation-admin')
          .filter((item) => !item.siteAdminOnly || role === 'site-admin')
          .map((item) => (
            <Item key={item.to} item={item} pathname={pathname} onNavigate={onNavigate} />
          ))}
        <Divider my="sm" />
        <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
          You
        </Text>
        {personal.map((item) => (
          <Item key={item.to} item={item} pathname={pathname} onNavigate={onNavigate} />
        ))}
      </AppShell.Section>
      <AppShell.Section p="md">
        <Text fz="xs" c="dimmed">
          Open source and self-hostable. Your data stays on this server.
        </Text>
      </AppShell.Section>
    </>
  );
}
