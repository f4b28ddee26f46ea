import type { Database } from '@tracker/db';
import { materialActivities, participationRoles } from '@tracker/shared';
import { sql, type Kysely } from 'kysely';
import {
  bitmapChunkBits,
  textTermBitmapMinMatches,
  textTermMaxWords,
} from './stats-bitmaps.config';

/**
 * Rebuilds the bitmap indexes (migration 2026-12-02-000400) from the per-initiative facts, in
 * the caller's transaction (the refresh's, so they describe the same snapshot). One pass over
 * ~100k fact rows in memory: transposing each row's country masks into per-country bitmaps is a
 * loop here, where SQL needed a row per (initiative, country) and seconds per dimension.
 */

interface FactRow {
  id: string;
  rank: number;
  status: string;
  kind: string;
  framework: string | null;
  lead_country: string | null;
  lead_mask: string;
  participant_mask: string;
  observer_mask: string;
  partner_mask: string;
  asof_excluded_mask: string;
  materials: string[];
  activity_masks: number[];
  /** The first day of the month of its date (null when undated). */
  month: string | null;
  /** Per dated joining day, its month and who joined (parallel arrays). */
  join_months: string[];
  join_masks: string[];
  /** Who joined on a known day (the others' joinings are undated). */
  dated_mask: string;
}

/** The bitmaps of one universe, as bytes (most significant bit first, as PostgreSQL stores bits). */
class Universe {
  /** dim → value → bytes. */
  readonly bitmaps = new Map<string, Map<string, Uint8Array>>();
  size = 0;

  constructor(
    readonly name: string,
    readonly capacity: number,
  ) {}

  /** Sets the bit of the row at `pos` in the bitmap of (dim, value). */
  set(dim: string, value: string, pos: number) {
    let values = this.bitmaps.get(dim);
    if (!values) {
      values = new Map();
      this.bitmaps.set(dim, values);
    }
    let bytes = values.get(value);
    if (!bytes) {
      bytes = new Uint8Array(Math.ceil(this.capacity / 8));
      values.set(value, bytes);
    }
    bytes[pos >> 3] = (bytes[pos >> 3] ?? 0) | (0x80 >> (pos & 7));
  }
}

const roleMaskColumns = {
  lead: 'lead_mask',
  participant: 'participant_mask',
  observer: 'observer_mask',
  partner: 'partner_mask',
} as const;

/**
 * The layout the statements expect, written with the bitmaps: one built by an earlier release
 * (3: the frequent text terms' bitmaps and stats_text_terms; 2: the materials' bitmaps in every
 * universe, joinings per role, stats_initiative_positions) reads as stale, so the next request
 * rebuilds it instead of reading what it lacks.
 */
const bitmapsLayout = '3';
export const bitmapsCurrent = sql<boolean>`exists (select 1 from stats_bitmaps
  where universe = '' and chunk = 0 and dim = 'layout' and value = ${sql.lit(bitmapsLayout)})`;

export async function rebuildStatsBitmaps(db: Kysely<Database>): Promise<void> {
  const { rows: bits } = await sql<{ code: string; bit: number }>`select code, bit
    from stats_country_bits where bit < 64 order by bit`.execute(db);
  // Masks as text: they are 64-bit, past a JavaScript number's exact range.
  const { rows } = await sql<FactRow>`select f.id, f.rank, f.status, f.kind, f.framework,
      f.lead_country, f.lead_mask::text, f.participant_mask::text, f.observer_mask::text,
      f.partner_mask::text, f.asof_excluded_mask::text, f.materials, f.activity_masks,
      to_char(f.listed_date, 'YYYY-MM-01') as month,
      array(select to_char(d, 'YYYY-MM-01') from unnest(f.join_days) d) as join_months,
      f.join_masks::text[] as join_masks,
      f.dated_mask::text
    from stats_initiative_facts f order by f.rank`.execute(db);

  const countriesOf = (mask: string): string[] => {
    const value = BigInt.asUintN(64, BigInt(mask));
    if (value === 0n) return [];
    // Two 32-bit halves: number bit tests, not one BigInt shift per country.
    const low = Number(value & 0xffffffffn);
    const high = Number(value >> 32n);
    return bits
      .filter(({ bit }) => ((bit < 32 ? low >>> bit : high >>> (bit - 32)) & 1) === 1)
      .map(({ code }) => code);
  };

  const global = new Universe('', rows.length);
  const perMaterial = new Map<string, Universe>();
  const materialSizes = new Map<string, number>();
  for (const row of rows) {
    for (const material of row.materials) {
      materialSizes.set(material, (materialSizes.get(material) ?? 0) + 1);
    }
  }
  const positions: { universe: string; pos: number; rank: number }[] = [];
  /** Per initiative, its universes and positions in them (comma-separated, for the insert). */
  const initiativePositions: { id: string; rank: number; universes: string; positions: string }[] =
    [];
  /** Per row (rank − 1), its material universes and its positions in them. */
  const memberships: [Universe, number][][] = [];

  for (const row of rows) {
    const pos = row.rank - 1;
    const roleCountries = participationRoles.map(
      (role) => [role, countriesOf(row[roleMaskColumns[role]])] as const,
    );
    const excluded = countriesOf(row.asof_excluded_mask);
    /** The row's own values: the same in every universe it belongs to. */
    const mark = (universe: Universe, at: number) => {
      universe.set('all', '', at);
      universe.set('status', row.status, at);
      universe.set('kind', row.kind, at);
      if (row.framework !== null) universe.set('framework', row.framework, at);
      if (row.lead_country !== null) universe.set('lead_country', row.lead_country, at);
      for (const [role, codes] of roleCountries) {
        for (const code of codes) {
          universe.set(`role_${role}`, code, at);
          universe.set('country', code, at);
        }
      }
      for (const code of excluded) universe.set('excluded', code, at);
      // In every universe: a text search naming a material reads its rows in the others too.
      for (const material of row.materials) universe.set('material', material, at);
    };
    mark(global, pos);
    // The timeline's: its month (or undated), and how many joined per month, as bit slices
    // (bit k of the count in the bitmap join_k): a sum over a filter is then one bit_count each.
    global.set(row.month === null ? 'undated' : 'month', row.month ?? '', pos);
    // join_stay_k: the same for the participations that did not end (an "as of" view counts
    // those, for an initiative whose membership no longer changes by then).
    const excludedSet = new Set(excluded);
    const datedSet = new Set(countriesOf(row.dated_mask));
    const participants = roleCountries.flatMap(([, codes]) => codes);
    const joinedCodes = row.join_months.map((_, index) =>
      countriesOf(row.join_masks[index] ?? '0'),
    );
    const setSlices = (prefix: string, counts: Map<string, number>) => {
      for (const [month, count] of counts) {
        for (let k = 0; count >> k > 0; k++) {
          if ((count >> k) & 1) global.set(`${prefix}${k}`, month, pos);
        }
      }
    };
    /** Per month ('' undated), how many of `codes` joined: all of them, and those that stay. */
    const joinings = (codes: Set<string> | undefined) => {
      const counted = (list: string[]) => list.filter((code) => !codes || codes.has(code));
      const staying = (list: string[]) => list.filter((code) => !excludedSet.has(code));
      const undated = counted(participants).filter((code) => !datedSet.has(code));
      const joined = new Map<string, number>([['', undated.length]]);
      const stayed = new Map<string, number>([['', staying(undated).length]]);
      row.join_months.forEach((month, index) => {
        const list = counted(joinedCodes[index] ?? []);
        joined.set(month, (joined.get(month) ?? 0) + list.length);
        stayed.set(month, (stayed.get(month) ?? 0) + staying(list).length);
      });
      return { joined, stayed };
    };
    const all = joinings(undefined);
    setSlices('join_', all.joined);
    setSlices('join_stay_', all.stayed);
    // The same per role, for a role pick: join_<role>_k and join_stay_<role>_k.
    for (const [role, codes] of roleCountries) {
      if (codes.length === 0) continue;
      const perRole = joinings(new Set(codes));
      setSlices(`join_${role}_`, perRole.joined);
      setSlices(`join_stay_${role}_`, perRole.stayed);
    }
    const rowPositions: number[] = [];
    const rowMemberships: [Universe, number][] = [];
    row.materials.forEach((material, index) => {
      let universe = perMaterial.get(material);
      if (!universe) {
        universe = new Universe(material, materialSizes.get(material) ?? 0);
        perMaterial.set(material, universe);
      }
      const materialPos = universe.size++;
      mark(universe, materialPos);
      const activityMask = row.activity_masks[index] ?? 0;
      materialActivities.forEach((activity, bit) => {
        if (activityMask & (1 << bit)) universe.set('activity', activity, materialPos);
      });
      positions.push({ universe: material, pos: materialPos, rank: row.rank });
      rowPositions.push(materialPos);
      rowMemberships.push([universe, materialPos]);
    });
    memberships.push(rowMemberships);
    initiativePositions.push({
      id: row.id,
      rank: row.rank,
      universes: row.materials.join(','),
      positions: rowPositions.join(','),
    });
  }
  global.size = rows.length;

  await sql`delete from stats_bitmaps`.execute(db);
  await sql`delete from stats_bitmap_positions`.execute(db);
  await sql`delete from stats_initiative_positions`.execute(db);

  // The frequent text terms' bitmaps, in every universe (as the materials'). Each term's ranks
  // are distinct (see rebuildTextTerms).
  for (const term of await rebuildTextTerms(db)) {
    for (const rank of term.ranks) {
      global.set(term.kind, term.term, rank - 1);
      for (const [universe, pos] of memberships[rank - 1] ?? []) {
        universe.set(term.kind, term.term, pos);
      }
    }
  }

  const chunks: {
    universe: string;
    chunk: number;
    dim: string;
    value: string;
    hex: string;
    length: number;
  }[] = [];
  for (const universe of [global, ...perMaterial.values()]) {
    for (const [dim, value, bytes] of [...universe.bitmaps].flatMap(([dim, values]) =>
      [...values].map(([value, bytes]) => [dim, value, bytes] as const),
    )) {
      for (let start = 0; start < universe.size; start += bitmapChunkBits) {
        const length = Math.min(bitmapChunkBits, universe.size - start);
        const slice = bytes.subarray(start / 8, (start + length + 7) / 8);
        // Only the bitmaps with a bit set: an absent one reads as all zeros.
        if (dim !== 'all' && slice.every((byte) => byte === 0)) continue;
        chunks.push({
          universe: universe.name,
          chunk: start / bitmapChunkBits,
          dim,
          value,
          hex: Buffer.from(slice).toString('hex'),
          length,
        });
      }
    }
  }
  await sql`insert into stats_bitmaps (universe, chunk, dim, value, bits)
    values ('', 0, 'layout', ${bitmapsLayout}, B'')`.execute(db);
  // Batches of a few MiB of hex each.
  for (let start = 0; start < chunks.length; start += 400) {
    const batch = chunks.slice(start, start + 400);
    await sql`insert into stats_bitmaps (universe, chunk, dim, value, bits)
      select t.universe, t.chunk, t.dim, t.value, substring(('x' || t.hex)::varbit from 1 for t.length)
      from unnest(${batch.map((c) => c.universe)}::text[], ${batch.map((c) => c.chunk)}::int[],
        ${batch.map((c) => c.dim)}::text[], ${batch.map((c) => c.value)}::text[],
        ${batch.map((c) => c.hex)}::text[], ${batch.map((c) => c.length)}::int[])
        as t(universe, chunk, dim, value, hex, length)`.execute(db);
  }
  // In index order: appending to the b-trees costs a fraction of inserting all over them.
  positions.sort((a, b) =>
    a.universe < b.universe ? -1 : a.universe > b.universe ? 1 : a.pos - b.pos,
  );
  for (let start = 0; start < positions.length; start += 50_000) {
    const batch = positions.slice(start, start + 50_000);
    await sql`insert into stats_bitmap_positions (universe, pos, rank)
      select * from unnest(${batch.map((p) => p.universe)}::text[],
        ${batch.map((p) => p.pos)}::int[], ${batch.map((p) => p.rank)}::int[])`.execute(db);
  }
  for (let start = 0; start < initiativePositions.length; start += 20_000) {
    const batch = initiativePositions.slice(start, start + 20_000);
    await sql`insert into stats_initiative_positions (id, rank, universes, positions)
      select t.id, t.rank, string_to_array(t.universes, ','), string_to_array(t.positions, ',')::int[]
      from unnest(${batch.map((p) => p.id)}::uuid[], ${batch.map((p) => p.rank)}::int[],
        ${batch.map((p) => p.universes)}::text[], ${batch.map((p) => p.positions)}::text[])
        as t(id, rank, universes, positions)`.execute(db);
  }
}

/** A text term and the ranks it occurs at (ascending, distinct). */
interface TextTerm {
  /** 'text_lexeme', or 'text_words_<n>'. */
  kind: string;
  term: string;
  ranks: number[];
}

const inBitmaps = (term: TextTerm) =>
  term.ranks.length >= textTermBitmapMinMatches && Buffer.byteLength(term.term) <= 200;

/**
 * Rewrites the inverted index of the visible initiatives' own text (stats_text_terms, see its
 * migration) and returns its frequent terms, which get bitmaps (a term longer than a b-tree key
 * allows keeps its ranks only). Runs of words are cut here from each text (title, a source's
 * title, its publisher) lowercased by PostgreSQL, as the statements' LIKE reads it: a word is a
 * run of ASCII letters and digits, which holds any match of a search of them (the searches the
 * index answers), and a run is up to textTermMaxWords words one space apart. Lexemes are the
 * full-text vector's, grouped in SQL. Grouping words in SQL cost 8 s at 100k; here, ~1 s.
 */
async function rebuildTextTerms(db: Kysely<Database>): Promise<TextTerm[]> {
  await sql`delete from stats_text_terms`.execute(db);
  await sql`insert into stats_text_terms (kind, term, ranks, in_bitmaps)
    select 'text_lexeme', t.term, t.ranks,
      cardinality(t.ranks) >= ${textTermBitmapMinMatches} and octet_length(t.term) <= 200
    -- Grouped by bytes: lexemes need no collation, and a collation-aware sort costs seconds.
    from (select l.term collate "C" as term, array_agg(f.rank order by f.rank) as ranks
      from stats_initiative_facts f join initiatives i on i.id = f.id
      cross join lateral unnest(tsvector_to_array(i.search)) l(term)
      group by l.term collate "C") t`.execute(db);
  const { rows: lexemes } = await sql<{ term: string; ranks: number[] }>`select term, ranks
    from stats_text_terms where kind = 'text_lexeme' and in_bitmaps`.execute(db);

  // In rank order, so each term's ranks come ascending and a repeat is its last one.
  const { rows: texts } = await sql<{
    rank: number;
    text: string;
  }>`select x.rank, lower(x.text) as text
    from (select f.rank, i.title as text
        from stats_initiative_facts f join initiatives i on i.id = f.id
      union all
      select f.rank, t.text from stats_initiative_facts f join sources s on s.initiative_id = f.id
        cross join lateral (values (s.title), (s.publisher)) t(text)
        where t.text is not null) x
    order by x.rank`.execute(db);
  /** Per number of words, each run's ranks. */
  const postings = Array.from({ length: textTermMaxWords }, () => new Map<string, number[]>());
  const wordOrSeparator = /[a-z0-9]+|[^a-z0-9]+/g;
  for (const { rank, text } of texts) {
    /** The words before this one, one space apart, latest last. */
    let run: string[] = [];
    for (const [token] of text.matchAll(wordOrSeparator)) {
      if (!/^[a-z0-9]/.test(token)) {
        if (token !== ' ') run = [];
        continue;
      }
      run.push(token);
      if (run.length > textTermMaxWords) run.shift();
      // Every run ending with this word.
      for (let words = 1; words <= run.length; words++) {
        const term = run.slice(run.length - words).join(' ');
        const map = postings[words - 1];
        const ranks = map?.get(term);
        if (!ranks) map?.set(term, [rank]);
        else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
      }
    }
  }
  // Inserted in order, so the terms one substring matches ("initiative 12" in "initiative
  // 120" … "initiative 12999") share pages: read in a handful of blocks, not one each.
  const terms: TextTerm[] = postings.flatMap((map, index) =>
    [...map]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([term, ranks]) => ({ kind: `text_words_${index + 1}`, term, ranks })),
  );
  for (let start = 0; start < terms.length; start += 20_000) {
    const batch = terms.slice(start, start + 20_000);
    await sql`insert into stats_text_terms (kind, term, ranks, in_bitmaps)
      select t.kind, t.term, t.ranks::int[], t.in_bitmaps
      from unnest(${batch.map((t) => t.kind)}::text[], ${batch.map((t) => t.term)}::text[],
        ${batch.map((t) => `{${t.ranks.join(',')}}`)}::text[], ${batch.map(inBitmaps)}::boolean[])
        as t(kind, term, ranks, in_bitmaps)`.execute(db);
  }
  return [
    ...terms.filter(inBitmaps),
    ...lexemes.map((row) => ({ kind: 'text_lexeme', term: row.term, ranks: row.ranks })),
  ];
}
