import { describe, expect, it } from 'vitest';
import { canEdit, isAdmin, safeNextPath } from './roles';

const user = (role: 'viewer' | 'editor' | 'admin') => ({
  id: '1',
  email: 'a@b.c',
  name: 'A',
  role,
});

describe('roles', () => {
  it('lets editors and admins edit, only admins administer', () => {
    expect(canEdit(user('viewer'))).toBe(false);
    expect(canEdit(user('editor'))).toBe(true);
    expect(canEdit(user('admin'))).toBe(true);
    expect(canEdit(null)).toBe(false);
    expect(isAdmin(user('editor'))).toBe(false);
    expect(isAdmin(user('admin'))).toBe(true);
  });
});

describe('safeNextPath', () => {
  it('keeps a path on this site and refuses anything that leaves it', () => {
    expect(safeNextPath('/initiatives?country=DE')).toBe('/initiatives?country=DE');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
    expect(safeNextPath(null, '/admin')).toBe('/admin');
  });
});
