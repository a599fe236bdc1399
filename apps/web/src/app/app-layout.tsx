import { AppShell, Burger, Container, Group, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Wordmark } from '../components/logo.tsx';
import { meQuery } from '../features/auth/auth-api.ts';
import { AppNavbar } from './app-navbar.tsx';
import { UserMenu } from './user-menu.tsx';

/** Signed-in pages: header with the wordmark and user menu, navbar that becomes a drawer on phones. */
export function AppLayout() {
  const { data: user } = useQuery(meQuery);
  const [navOpened, nav] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useHotkeys([['Escape', nav.close]]);

  // After in-app navigation, move focus to the new page so screen readers start at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    nav.close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  if (!user) return <Navigate to="/sign-in" replace />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a className="skip-link" href="#main-content">
        Skip to content
      </a>
      <AppShell.Header px={{ base: 'sm', sm: 'lg' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="app-navbar"
            />
            <UnstyledButton component={Link} to="/" aria-label="MatchReady, go to dashboard">
              <Wordmark />
            </UnstyledButton>
          </Group>
          <UserMenu user={user} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" aria-label="Main" inert={isPhone && !navOpened}>
        <AppNavbar role={user.role} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

export { AppLayout as Component };
