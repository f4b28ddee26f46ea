import { AppError } from '../../http/errors';

/** A filter naming a country, material or initiative that does not exist is a 400 naming it. */
export function throwIfUnknownFilterValues(count: {
  unknown_country: string[];
  unknown_lead: string[];
  unknown_material: string[];
  unknown_members_of: string[];
}) {
  const issues = [
    ...count.unknown_country.map((value) => ({
      path: 'country',
      message: `unknown country code ${value}`,
    })),
    ...count.unknown_lead.map((value) => ({
      path: 'lead',
      message: `unknown country code ${value}`,
    })),
    ...count.unknown_material.map((value) => ({
      path: 'material',
      message: `unknown material ${value}`,
    })),
    ...count.unknown_members_of.map((value) => ({
      path: 'membersOf',
      message: `unknown initiative ${value}`,
    })),
  ];
  if (issues.length > 0) {
    throw new AppError(
      400,
      'validation_failed',
      `Unknown filter value: ${issues.map((i) => i.message).join('; ')}.`,
      issues,
    );
  }
}
