import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import type { User } from '@matchready/contract';
import { IconChevronDown, IconLogout, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { meKey, useSignOut } from '../features/auth/auth-api.ts';
import { roleLabel } from '../features/auth/roles.ts';

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

export function UserMenu({ user }: { readonly user: User }) {
  const signOut = useSignOut();
  const client = useQueryClient();
  const navigate = useNavigate();

  const onSignOut = () => {
    signOut.mutate(undefined, {
      onSettled: () => {
        client.setQueryData(meKey, null);
        client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
        navigate('/sign-in', { replace: true });
      },
    });
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${user.displayName}`}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="brand" radius="xl" size={36}>
              {initials(user.displayName)}
            </Avatar>
            <div className="user-menu-name">
              <Text fz="sm" fw={600} lh={1.2} truncate maw={180}>
                {user.displayName}
              </Text>
              <Text fz="xs" c="dimmed" lh={1.2}>
                {roleLabel(user.role)}
              </Text>
            </div>
            <IconChevronDown size={16} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label className="text-break">{user.email}</Menu.Label>
        {user.role === 'applicant' && (
          <Menu.Item
            component={Link}
            to="/profile"
            leftSection={<IconUserCircle size={16} aria-hidden="true" />}
          >
            Profile
          </Menu.Item>
        )}
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<IconSettings size={16} aria-hidden="true" />}
        >
          Account
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={onSignOut} leftSection={<IconLogout size={16} aria-hidden="true" />}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
