import type {
  InitiativeKind,
  InitiativeStatus,
  Instrument,
  LinkRelation,
  MaterialActivity,
  ParticipationRole,
  SourceKind,
} from '@tracker/shared';

/**
 * The project's reading of one row of reference/initiatives.csv: the values the CSV states in
 * prose (kind, status, instrument, who leads, who joined when) turned into the data model's
 * enumerations. Every value here must rest on the row itself or on reference/FACTS.md; when the
 * sources do not say, leave the field out (null in the database, shown as unknown).
 */
export interface InitiativeCuration {
  kind: InitiativeKind;
  status: InitiativeStatus;
  /** Which date column the CSV `date` goes to: the day it was signed/adopted, or announced. */
  dateField: 'signed' | 'announced';
  /** The organisation under whose framework it runs, e.g. "NATO", "EU", "NATO (NSPA)". */
  framework: string | null;
  /** ISO alpha-2 of the lead nation, only when a source names one. */
  leadCountry?: string;
  /** Instrument by which the listed participants take part, when the sources say. */
  instrument?: Instrument;
  /** Role per participant; participants not listed take `defaultRole`. */
  defaultRole: ParticipationRole;
  roles?: Partial<Record<string, ParticipationRole>>;
  /**
   * Join dates that the sources give, per participant (YYYY-MM-DD). `'*'` applies to every
   * participant not listed separately (e.g. all signed on the same day).
   */
  joinedOn?: Partial<Record<string, string>>;
  /** Instrument per participant where it differs from `instrument`. */
  instruments?: Partial<Record<string, Instrument>>;
  /** Activities the sources state per material id; materials not listed get []. */
  activities?: Partial<Record<string, MaterialActivity[]>>;
  /** Relation to each related initiative (by CSV id); unlisted ones are 'related'. */
  relations?: Partial<Record<string, LinkRelation>>;
}

export interface SourceHost {
  publisher: string;
  kind: SourceKind;
}
