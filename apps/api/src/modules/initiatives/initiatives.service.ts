import type { Database } from '@tracker/db';
import { initiativeStatuses, type InitiativeStatus, type StatusChange } from '@tracker/shared';
import type {
  InitiativeDetail,
  InitiativeList,
  InitiativeSummary,
  ListInitiativesQuery,
  SessionUser,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors';
import { throwIfUnknownFilterValues } from '../shared/filter-validation';
import { toSourceDto } from '../shared/source-dto';
import {
  countInitiatives,
  findInitiativeBySlug,
  listInitiativesPage,
  listInitiativesPageWithTotal,
  type InitiativeDetailRow,
  type InitiativeListOrder,
  type InitiativePageRow,
} from './initiatives.repository';

const toIsoString = (value: Date | string) =>
  (value instanceof Date ? value : new Date(value)).toISOString();

const leadCountryOf = (row: { lead_country: string | null; lead_country_name: string | null }) =>
  row.lead_country && row.lead_country_name
    ? { code: row.lead_country, name: row.lead_country_name }
    : null;

export type { InitiativeListOrder };

export function toInitiativeSummaryDto(row: InitiativePageRow): InitiativeSummary {
  return {
    id: row.id,
    slug: row.slug,
    referenceCode: row.reference_code,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    date: row.date,
    datePrecision: row.date_precision,
    event: row.event,
    framework: row.framework,
    leadCountry: leadCountryOf(row),
    participantCount: row.participant_count,
    participants: row.participants,
    materials: row.materials,
    sourceCount: row.source_count,
    unconfirmed: row.unconfirmed,
    updatedAt: toIsoString(row.updated_at),
  };
}

const asStatus = (value: string | null): InitiativeStatus | null =>
  initiativeStatuses.find((status) => status === value) ?? null;

/** The audit log's status changes (a snapshot without a known status is left out). */
function toStatusChanges(rows: InitiativeDetailRow['status_changes']): StatusChange[] {
  return rows.flatMap((change) => {
    const to = asStatus(change.to_status);
    if (!to) return [];
    return [
      {
        recordedAt: toIsoString(change.recorded_at),
        from: asStatus(change.from_status),
        to,
        published: change.published,
        action: change.action,
        by: change.user_name === null ? null : { name: change.user_name },
      },
    ];
  });
}

export function toInitiativeDetailDto(row: InitiativeDetailRow): InitiativeDetail {
  // A link stored in both directions shows once, as seen from this initiative.
  const related = new Map<string, InitiativeDetail['related'][number]>();
  for (const link of row.related) {
    const known = related.get(link.slug);
    if (!known || (known.relation === 'related' && link.relation !== 'related'))
      related.set(link.slug, link);
  }
  return {
    id: row.id,
    slug: row.slug,
    referenceCode: row.reference_code,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    date: row.date,
    datePrecision: row.date_precision,
    announcedOn: row.announced_on,
    signedOn: row.signed_on,
    dateNote: row.date_note,
    event: row.event,
    action: row.action,
    framework: row.framework,
    leadCountry: leadCountryOf(row),
    budgetEur: row.budget_eur,
    participantsNote: row.participants_note,
    participantCount: row.participants.length,
    unconfirmed: row.unconfirmed,
    sourceCount: row.sources.length,
    version: row.version,
    createdAt: toIsoString(row.created_at),
    updatedAt: toIsoString(row.updated_at),
    participants: row.participants.map((p) => ({
      country: {
        code: p.code,
        name: p.name,
        status: p.status,
        natoMemberSince: p.nato_member_since,
        euMember: p.eu_member,
      },
      role: p.role,
      joinedOn: p.joined_on,
      leftOn: p.left_on,
      instrument: p.instrument,
    })),
    materials: row.materials,
    sources: row.sources.map(toSourceDto),
    related: [...related.values()].sort((a, b) => a.title.localeCompare(b.title)),
    visibility: row.visibility,
    publishedAt: row.published_at ? toIsoString(row.published_at) : null,
    archivedAt: row.archived_at ? toIsoString(row.archived_at) : null,
    milestones: row.milestones.map((m) => ({
      id: m.id,
      step: m.step,
      occurredOn: m.occurred_on,
      sourceUrl: m.source_url,
      binding: m.binding,
      note: m.note,
    })),
    statusChanges: toStatusChanges(row.status_changes),
  };
}

/** Drafts and archived records are for editors and admins; everyone else gets a 404. */
export function canSeeUnpublished(viewer: SessionUser | null | undefined): boolean {
  return viewer?.role === 'editor' || viewer?.role === 'admin';
}

export function createInitiativesService(db: Kysely<Database>) {
  return {
    /** At most two statements whatever the page size: the page with its count, and the count alone for an empty page. */
    async list(query: ListInitiativesQuery): Promise<InitiativeList> {
      const rows = await listInitiativesPageWithTotal(db, query, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      // One statement when the page has rows; an empty page needs the count (and the check of
      // the filter's values) from a second one.
      const count = rows[0] ?? (await countInitiatives(db, query));
      throwIfUnknownFilterValues(count);
      const total = 'total_count' in count ? count.total_count : (count.total ?? 0);
      return {
        items: rows.map(toInitiativeSummaryDto),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /**
     * Every match in the list's order (the exports), in two statements: the count first, so an
     * unknown code or a result over `maxRows` is refused before the rows are read.
     */
    async listAll(query: InitiativeListOrder, maxRows: number): Promise<InitiativeSummary[]> {
      const count = await countInitiatives(db, query);
      throwIfUnknownFilterValues(count);
      const total = count.total ?? 0;
      if (total > maxRows) {
        throw new AppError(
          422,
          'too_many_rows',
          `The filters match ${total} initiatives; one export holds at most ${maxRows}. Narrow the filters and export again.`,
        );
      }
      const rows = await listInitiativesPage(db, query);
      return rows.map(toInitiativeSummaryDto);
    },

    async getBySlug(slug: string, viewer: SessionUser | null = null): Promise<InitiativeDetail> {
      const row = await findInitiativeBySlug(db, slug);
      const hidden = row && (row.visibility === 'draft' || row.archived_at !== null);
      if (!row || (hidden && !canSeeUnpublished(viewer))) throw notFound(`Initiative "${slug}"`);
      const detail = toInitiativeDetailDto(row);
      // Editors' names are for editors and admins (the route keeps that answer private).
      if (canSeeUnpublished(viewer)) return detail;
      return { ...detail, statusChanges: detail.statusChanges.map((c) => ({ ...c, by: null })) };
    },
  };
}

export type InitiativesService = ReturnType<typeof createInitiativesService>;
