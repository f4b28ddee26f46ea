import { sql, type Kysely } from 'kysely';

/**
 * An inverted index of the visible initiatives' own text, for text searches on the statistics
 * (issue #4). A search of a word or two ("joint", "joint stockpiling") can match every
 * initiative: finding the matches row by row cost 0.4–1 s at 100k. Here each term lists the
 * ranks (in stats_initiative_facts) of the initiatives it occurs in:
 *   - kind 'text_words_<n>': n consecutive words, one space apart, of the lowercased title, a
 *     source's title or its publisher, a word being a run of ASCII letters and digits (the
 *     substring half of a search: a search of n such words occurs in a text exactly when it
 *     occurs in one of its runs of n words);
 *   - kind 'text_lexeme': a lexeme of the initiative's full-text vector (the other half).
 * A frequent term (in_bitmaps) also has bitmaps in stats_bitmaps (dim = kind, value = term), so
 * a search for it is an OR of bitmaps, not thousands of lookups. Written by the application's
 * refresh with the bitmaps.
 *
 * No b-tree on the term (a title's word has no length limit): a hash index for the lexemes'
 * equality, trigrams for the words' substring match.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table stats_text_terms (
    kind text not null check (kind = 'text_lexeme' or kind ~ '^text_words_[0-9]+$'),
    term text not null,
    ranks int[] not null,
    in_bitmaps boolean not null)`.execute(db);
  await sql`create index stats_text_terms_term_idx on stats_text_terms using hash (term)`.execute(
    db,
  );
  await sql`create index stats_text_terms_term_trgm_idx on stats_text_terms
    using gin (term gin_trgm_ops)`.execute(db);
  // A term's ranks are turned into bitmap positions through this.
  await sql`create unique index stats_initiative_positions_rank_idx
    on stats_initiative_positions (rank)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists stats_initiative_positions_rank_idx`.execute(db);
  await sql`drop table if exists stats_text_terms`.execute(db);
}
