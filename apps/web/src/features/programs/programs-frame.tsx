import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { SyntheticBanner } from './synthetic-banner.tsx';
import './programs.css';

const SECTIONS = [
  { to: '/programs', label: 'Program list', end: true },
  { to: '/programs/calculator', label: 'Match calculator', end: false },
  { to: '/programs/rank-lists', label: 'Rank lists & simulation', end: false },
] as const;

/** Header, the programs sub-navigation and the synthetic-data banner shared by every programs page. */
export function ProgramsFrame({
  title,
  description,
  actions,
  applicant,
  children,
}: {
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  /** Rank lists are for applicants only. */
  readonly applicant: boolean;
  readonly children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <nav aria-label="Programs sections">
        <Group gap="xs" mb="lg">
          {SECTIONS.filter((s) => applicant || s.to !== '/programs/rank-lists').map((section) => (
            <Button
              key={section.to}
              component={NavLink}
              to={section.to}
              end={section.end}
              size="compact-md"
              variant="default"
              className="programs-section-link"
            >
              {section.label}
            </Button>
          ))}
        </Group>
      </nav>
      <SyntheticBanner />
      {children}
    </>
  );
}
