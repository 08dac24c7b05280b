/** The options page's claims browser: search, open a claim as its card shows it, "where you met it". */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClaimsBrowser, matchesQuery, type ClaimsApi } from '@/components/ClaimsBrowser';
import type { Claim } from '@/lib/data/schema';

const claimFile = (id: string) => JSON.parse(readFileSync(`data/claims/${id}.json`, 'utf8')) as Claim;
const third = claimFile('war-in-third-year');
const hostile = { ...claimFile('putin-icc-warrant'), title: '<img src=x onerror="alert(1)"> warrant' };
const lines = [third, hostile].map((c) => ({ id: c.id, title: c.title, statement: c.statement, verdict: c.verdict.label }));

function api(): ClaimsApi {
  return { lines: async () => lines, claim: async (id) => [third, hostile].find((c) => c.id === id) };
}

describe('claims browser', () => {
  it('matches every word of the query in the title, statement or id, case aside', () => {
    expect(matchesQuery(lines[0], 'THIRD year')).toBe(true);
    expect(matchesQuery(lines[0], 'third decade')).toBe(false);
    expect(matchesQuery(lines[0], 'war-in-third')).toBe(true);
  });

  it('lists, filters, opens a claim as its card shows it, and asks for where the reader met it', async () => {
    const onWhere = vi.fn();
    const { container } = render(<ClaimsBrowser api={api()} onWhere={onWhere} />);
    await waitFor(() => expect(container.querySelectorAll('.claim-lines li')).toHaveLength(2));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'third year' } });
    expect(container.querySelectorAll('.claim-lines li')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Shown: 1 of 2');
    fireEvent.click(screen.getByRole('button', { name: third.title }));
    await waitFor(() => expect(container.querySelector('.claim-open h2')!.textContent).toBe(third.title));
    expect(container.querySelector('.claim-open .reason')!.textContent).toBe(third.verdict.reason);
    fireEvent.click(screen.getByRole('button', { name: 'Where you met this claim' }));
    expect(onWhere).toHaveBeenCalledWith('war-in-third-year');
  });

  it('shows markup in a claim as text', async () => {
    const { container } = render(<ClaimsBrowser api={api()} onWhere={() => {}} />);
    await waitFor(() => expect(container.querySelectorAll('.claim-lines li')).toHaveLength(2));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)"> warrant');
  });
});
