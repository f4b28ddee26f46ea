import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** The reference CSVs shipped in db/seed/reference: facts with their sources, loaded verbatim. */
const referenceDir = new URL('../../seed/reference/', import.meta.url);

export interface CountryCsvRow {
  name: string;
  iso_alpha2: string;
  iso_alpha3: string;
  iso_numeric: string;
  nato_status: string;
  nato_accession_date: string;
  nato_accession_date_basis: string;
  eu_member: string;
  eu_entry_date: string;
  eu_candidate: string;
  crm_hvp_2025_06_24_participant: string;
  notes: string;
  sources: string;
}

export interface MaterialCsvRow {
  material: string;
  symbol: string;
  nato_defence_critical_list_2024_12_11: string;
  eu_crma_critical_annex_ii: string;
  eu_crma_critical_entry: string;
  eu_crma_strategic_annex_i: string;
  eu_crma_strategic_entry: string;
  named_in_crm_hvp_2025_06_24: string;
  defence_uses: string;
  defence_uses_basis: string;
  notes: string;
  sources: string;
}

export interface InitiativeCsvRow {
  initiative_id: string;
  name: string;
  kind: string;
  date: string;
  date_note: string;
  event: string;
  action: string;
  description: string;
  participants_iso2: string;
  participant_count: string;
  participants_note: string;
  materials: string;
  related_initiative_ids: string;
  unconfirmed: string;
  sources: string;
}

function readCsv<T>(fileName: string): T[] {
  const text = readFileSync(new URL(fileName, referenceDir), 'utf8');
  const parsed = Papa.parse<T>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${fileName} row ${first?.row ?? '?'}: ${first?.message ?? 'parse error'}`);
  }
  return parsed.data;
}

export interface ReferenceData {
  countries: CountryCsvRow[];
  materials: MaterialCsvRow[];
  initiatives: InitiativeCsvRow[];
}

export function readReferenceData(): ReferenceData {
  return {
    countries: readCsv<CountryCsvRow>('countries.csv'),
    materials: readCsv<MaterialCsvRow>('materials.csv'),
    initiatives: readCsv<InitiativeCsvRow>('initiatives.csv'),
  };
}

/** "a; b ; c" → ["a", "b", "c"] */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
