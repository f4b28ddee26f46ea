/**
 * Hand curation of the reference CSVs (reference/initiatives.csv, materials.csv, countries.csv).
 *
 * Every value here rests on a cell of the CSVs or on a statement in reference/FACTS.md. Where the
 * sources do not say (lead nation, instrument, join date, relation), the field is left out and the
 * loader stores null / 'related'. Do not add values here that the reference files do not state.
 */
import type { InitiativeCuration, SourceHost } from './curation-types';

const DCRM_ACTIVITIES: InitiativeCuration['activities'] = {
  // NATO: "joint acquisition, storage, transportation and management of stockpiles of defence
  // critical raw materials, including through recycling existing products"; the three materials
  // are NATO's examples ("such as lithium, titanium and rare earth materials").
  lithium: ['acquisition', 'storage', 'transportation', 'management', 'recycling'],
  titanium: ['acquisition', 'storage', 'transportation', 'management', 'recycling'],
  'rare-earth-elements': ['acquisition', 'storage', 'transportation', 'management', 'recycling'],
};

/** Keyed by the CSV's initiative_id: one entry for every one of the 29 rows. */
export const initiativeCuration: Record<string, InitiativeCuration> = {
  'NATO-HVP-DCRM-2025': {
    // why: "new project signed"; 12 Allies signed a Letter of Intent (Dutch MoD) on 24 June 2025.
    // Lead nation, executing agency and any later MoU are unconfirmed (FACTS §1.1, §6).
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    instrument: 'loi',
    defaultRole: 'participant',
    joinedOn: { '*': '2025-06-24' },
    activities: DCRM_ACTIVITIES,
    // "supports the implementation of NATO's Defence Critical Supply Chain Security Roadmap".
    relations: { 'NATO-ROADMAP-2024': 'supports' },
  },
  'NATO-MMF': {
    // why: fleet launched 2012 and operating (refuelling, airlift, medevac), managed by NSPA;
    // the row's date is the 24 June 2025 expansion (DK and SE joined, 2 more A330 MRTT contracted).
    kind: 'multinational_programme',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO (NSPA)',
    defaultRole: 'participant',
    // Only Denmark's and Sweden's join date is sourced; the original members' dates are not.
    joinedOn: { DK: '2025-06-24', SE: '2025-06-24' },
  },
  'NATO-INNOV-RANGES-2025': {
    // why: the row's action is only "announced"; locations and scope unconfirmed, so 'proposed'.
    kind: 'multinational_project',
    status: 'proposed',
    dateField: 'announced',
    framework: 'NATO',
    defaultRole: 'participant',
    // "a pillar of NATO's Rapid Adoption Action Plan"; the plan "includes innovation ranges".
    relations: { 'NATO-RAAP-2025': 'implements' },
  },
  'NATO-NSPA-AUS-2025': {
    // why: partnership agreement "signed" on 24 June 2025 (signatories and instrument name
    // unconfirmed; the row itself calls it a partnership agreement).
    kind: 'partner_agreement',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    instrument: 'agreement',
    defaultRole: 'partner',
    joinedOn: { '*': '2025-06-24' },
  },
  'NATO-INDUSTRY-AMBITION-2025': {
    // why: statement "issued" by 32 business associations on 24 June 2025; no state participants.
    kind: 'industry_statement',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-DPAP': {
    // why: agreed at Vilnius (July 2023), updated and publicly released in June 2025, and used
    // (the NSPA GEM-T purchase ran "under the DPAP aggregation pillar"), so 'active'.
    kind: 'policy_framework',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-ROADMAP-2024': {
    // why: agreed by Defence Ministers in June 2024 and being implemented (Dec 2024 list as its
    // first step; the June 2025 stockpiling project "supports the implementation"), so 'active'.
    // Materials are only listed (via the Dec 2024 list): no activities.
    kind: 'policy_framework',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-DCRM-LIST-2024': {
    // why: published 11 Dec 2024 and still the current list (no later revision found); referred
    // to by Belgium for the June 2025 project, so 'active'. It only lists materials: no activities.
    kind: 'policy_framework',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    // "the list is the first step of the Defence-Critical Supply Chain Security Roadmap".
    relations: { 'NATO-ROADMAP-2024': 'implements' },
  },
  'NATO-ICEP-2024': {
    // why: endorsed by Heads of State and Government on 10 July 2024; the sources show no
    // implementation step, so 'signed' rather than 'active'.
    kind: 'policy_framework',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    // The pledge "builds on the DPAP".
    relations: { 'NATO-DPAP': 'expands' },
  },
  'NATO-HAGUE-5PCT-2025': {
    // why: "agreed" on 25 June 2025; a commitment to be met by 2035, no implementation shown yet.
    kind: 'policy_framework',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-RAAP-2025': {
    // why: "endorsed (per later reporting)", so 'signed'; the June 2025 date is when it was
    // presented at the summit (the endorsement day is unconfirmed), so dateField 'announced'.
    kind: 'policy_framework',
    status: 'signed',
    dateField: 'announced',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'JP-NATO-DIC-2025': {
    // why: joint statement issued after the Ishiba-Rutte meeting in Tokyo on 9 April 2025.
    kind: 'partner_agreement',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    instrument: 'joint_statement',
    defaultRole: 'partner',
    joinedOn: { '*': '2025-04-09' },
  },
  'JP-NATO-DIALOGUE-2025': {
    // why: the first dialogue meeting was held on 31 Oct 2025, so the dialogue is running. The
    // date is a meeting date (neither a signature nor an announcement); 'signed' is the default.
    // A dialogue is not a legal instrument: instrument left out.
    kind: 'partner_agreement',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'partner',
    joinedOn: { '*': '2025-10-31' },
  },
  'KR-NATO-DIC-BODY-2025': {
    // why: "agreed to establish" on 25 June 2025: the agreement was concluded, so 'signed'; the
    // body's first meeting is unconfirmed, so not 'active'. Instrument not stated: left out.
    kind: 'partner_agreement',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'partner',
    joinedOn: { '*': '2025-06-25' },
  },
  'NATO-IP4-STATEMENT-2025': {
    // why: "joint statement adopted" by NATO's SG and the four Indo-Pacific partners on 25 June
    // 2025.
    kind: 'partner_agreement',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    instrument: 'joint_statement',
    defaultRole: 'partner',
    joinedOn: { '*': '2025-06-25' },
  },
  'NATO-HVP-LLAT-2025': {
    // why: "new project signed" by the 15 listed Allies on 13 Feb 2025; instrument not stated.
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    joinedOn: { '*': '2025-02-13' },
  },
  'NATO-HVP-PAS-2025': {
    // why: "new project signed" by the 16 listed Allies on 13 Feb 2025; instrument not stated.
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    joinedOn: { '*': '2025-02-13' },
  },
  'NATO-HVP-MODGBAD': {
    // why: LoI 2020, NATO says "launched in 2023", and Romania joined on 13 Feb 2025 (an existing
    // project being strengthened), so 'active'. The row's date is the LoI signature.
    kind: 'high_visibility_project',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    // Oct 2020 LoI signers still on the Feb 2025 list (BE and LV, also LoI signers, are not on
    // it). Greece's and Norway's join dates and instruments are not sourced.
    joinedOn: {
      DK: '2020-10-23',
      DE: '2020-10-23',
      HU: '2020-10-23',
      IT: '2020-10-23',
      NL: '2020-10-23',
      SI: '2020-10-23',
      ES: '2020-10-23',
      GB: '2020-10-23',
      RO: '2025-02-13',
    },
    instruments: {
      DK: 'loi',
      DE: 'loi',
      HU: 'loi',
      IT: 'loi',
      NL: 'loi',
      SI: 'loi',
      ES: 'loi',
      GB: 'loi',
    },
  },
  'NATO-HVP-MAWI': {
    // why: MoU 2021, first site opened in Estonia in March 2022, expanded on 13 Feb 2025: 'active'.
    // Materials cell is 'ammunition (not raw materials)': no raw-material activities.
    kind: 'high_visibility_project',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    // Founding 8 signed the MoU on 16 July 2021; Portugal and Türkiye joined on 13 Feb 2025.
    // The other members' join dates and instruments are not sourced.
    joinedOn: {
      BE: '2021-07-16',
      EE: '2021-07-16',
      GR: '2021-07-16',
      IT: '2021-07-16',
      NL: '2021-07-16',
      NO: '2021-07-16',
      SK: '2021-07-16',
      ES: '2021-07-16',
      PT: '2025-02-13',
      TR: '2025-02-13',
    },
    instruments: {
      BE: 'mou',
      EE: 'mou',
      GR: 'mou',
      IT: 'mou',
      NL: 'mou',
      NO: 'mou',
      SK: 'mou',
      ES: 'mou',
    },
  },
  'NATO-HVP-SBAMD-C2': {
    // why: only an April 2022 expansion is sourced; launch date and current membership are
    // unconfirmed, so conservatively 'signed'. The row's date is when France and Hungary joined.
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
    joinedOn: { FR: '2022-04-28', HU: '2022-04-28' },
  },
  'NATO-LBDM': {
    // why: MoU signed 12 July 2018; 24 Allies and partners by 2023 and NSPA ammunition contracts
    // show it running, so 'active'. Materials cell is 'land munitions': no activities.
    kind: 'multinational_project',
    status: 'active',
    dateField: 'signed',
    framework: 'NATO',
    // "led by Belgium (France since 2020)": France is the current lead.
    leadCountry: 'FR',
    instrument: 'mou',
    defaultRole: 'participant',
    roles: { FR: 'lead' },
    // The CSV list is exactly the MoU signing list: 16 Allies + North Macedonia.
    joinedOn: { '*': '2018-07-12' },
  },
  'ESSI-2022': {
    // why: "LoI signed" by 14 Allies + Finland on 13 Oct 2022; later steps are not in the sources.
    // German-led, signed in the margins of a NATO meeting, not described as a NATO HVP: no NATO
    // framework.
    kind: 'multinational_project',
    status: 'signed',
    dateField: 'signed',
    framework: null,
    leadCountry: 'DE',
    instrument: 'loi',
    defaultRole: 'participant',
    roles: { DE: 'lead' },
    joinedOn: { '*': '2022-10-13' },
  },
  'NSPA-GEMT-2024': {
    // why: "contract announced" by NSPA on 3 Jan 2024, so 'signed' with dateField 'announced';
    // the contract's signature day is not given, so no join dates. Nations are customers of the
    // NSPA contract. Materials cell is 'missiles': no activities.
    kind: 'joint_procurement',
    status: 'signed',
    dateField: 'announced',
    framework: 'NATO (NSPA)',
    instrument: 'contract',
    defaultRole: 'participant',
    // "Consolidated multinational purchase under the DPAP aggregation pillar".
    relations: { 'NATO-DPAP': 'implements' },
  },
  'NATO-HVP-DEEPSTRIKE': {
    // why: "new project signed" after the June 2025 summit; signing date unconfirmed.
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-HVP-BMD': {
    // why: "new project signed" after the June 2025 summit; signing date unconfirmed.
    kind: 'high_visibility_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'NATO-AIRWORTHINESS-RES': {
    // why: "new initiative" signed at a NATO HQ ceremony after the June 2025 summit; date and
    // HVP status unconfirmed.
    kind: 'multinational_project',
    status: 'signed',
    dateField: 'signed',
    framework: 'NATO',
    defaultRole: 'participant',
  },
  'EU-CRMA-2024': {
    // why: Regulation (EU) 2024/1252 adopted 11 April 2024, in force 23 May 2024: 'active'.
    // Materials cell 'see materials.csv': the loader links all 12 materials.
    kind: 'eu_initiative',
    status: 'active',
    dateField: 'signed',
    framework: 'EU',
    defaultRole: 'participant',
  },
  'EU-REARM-2025': {
    // why: the row's action is "proposed" (announced by von der Leyen on 4 March 2025).
    kind: 'eu_initiative',
    status: 'proposed',
    dateField: 'announced',
    framework: 'EU',
    defaultRole: 'participant',
  },
  'EU-SAFE-2025': {
    // why: adopted by the Council 27 May 2025, in force 29 May 2025: 'active'.
    kind: 'eu_initiative',
    status: 'active',
    dateField: 'signed',
    framework: 'EU',
    defaultRole: 'participant',
    // SAFE is the EUR 150 billion loan component of the ReArm Europe / Readiness 2030 plan.
    relations: { 'EU-REARM-2025': 'implements' },
  },
};

/**
 * CSV material names (lower-case, as in initiatives.csv `materials` and materials.csv `material`)
 * → material id. Cells that are not raw materials ('ammunition (not raw materials)', 'land
 * munitions', 'missiles') and 'see materials.csv' (EU-CRMA: all 12) are handled by the loader.
 */
export const materialIdByName: Record<string, string> = {
  aluminium: 'aluminium',
  beryllium: 'beryllium',
  cobalt: 'cobalt',
  gallium: 'gallium',
  germanium: 'germanium',
  graphite: 'graphite',
  lithium: 'lithium',
  manganese: 'manganese',
  platinum: 'platinum',
  'rare earth elements': 'rare-earth-elements',
  titanium: 'titanium',
  tungsten: 'tungsten',
};

/** Common, well-known alternative names per material id. */
export const materialAliases: Record<string, string[]> = {
  // US spelling; the EU CRMA entry is "Bauxite/Alumina/Aluminium".
  aluminium: ['aluminum', 'bauxite', 'alumina'],
  beryllium: [],
  cobalt: [],
  gallium: [],
  germanium: [],
  // EU CRMA entry: "Graphite (natural graphite)".
  graphite: ['natural graphite'],
  lithium: [],
  manganese: [],
  platinum: [],
  // NATO's HVP text says "rare earth materials".
  'rare-earth-elements': [
    'REE',
    'REEs',
    'rare earths',
    'rare earth materials',
    'rare-earth elements',
  ],
  titanium: [],
  tungsten: ['wolfram'],
};

/**
 * Other names per ISO alpha-2 where the ISO dataset (lukes/ISO-3166-Countries-with-Regional-Codes,
 * commit 0ce3e8a) or common usage differs from the countries.csv `name`. The CSV names are already
 * the ones NATO uses (Türkiye, Czechia, North Macedonia, Republic of Korea), so no display-name
 * override is needed.
 */
export const countryAliases: Record<string, string[]> = {
  CZ: ['Czech Republic'],
  GB: [
    'UK',
    'U.K.',
    'Britain',
    'Great Britain',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  KR: ['Korea, Republic of', 'South Korea', 'ROK'],
  MK: [
    'Macedonia, the former Yugoslav Republic of',
    'former Yugoslav Republic of Macedonia',
    'the former Yugoslav Republic of Macedonia',
    'FYROM',
    'Macedonia',
    'Republic of North Macedonia',
  ],
  TR: ['Turkey', 'Turkiye', 'Republic of Türkiye'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America'],
};

/** ISO alpha-2 → broad region (public knowledge), for all 37 countries in countries.csv. */
export const countryRegion: Record<string, string> = {
  AL: 'Europe',
  BE: 'Europe',
  BG: 'Europe',
  CA: 'North America',
  HR: 'Europe',
  CZ: 'Europe',
  DK: 'Europe',
  EE: 'Europe',
  FI: 'Europe',
  FR: 'Europe',
  DE: 'Europe',
  GR: 'Europe',
  HU: 'Europe',
  IS: 'Europe',
  IT: 'Europe',
  LV: 'Europe',
  LT: 'Europe',
  LU: 'Europe',
  ME: 'Europe',
  NL: 'Europe',
  MK: 'Europe',
  NO: 'Europe',
  PL: 'Europe',
  PT: 'Europe',
  RO: 'Europe',
  SK: 'Europe',
  SI: 'Europe',
  ES: 'Europe',
  SE: 'Europe',
  // Türkiye spans Europe and Asia; grouped with the European Allies.
  TR: 'Europe',
  GB: 'Europe',
  US: 'North America',
  JP: 'Indo-Pacific',
  KR: 'Indo-Pacific',
  AU: 'Indo-Pacific',
  NZ: 'Indo-Pacific',
  UA: 'Europe',
};

/**
 * Hostname (without "www.") → publisher and kind, for every distinct host in the `sources`
 * columns of the three CSVs. 'official': government, NATO, EU or agency sites; 'news': news
 * outlets, trade press and reposting sites; 'analysis': think tanks, studies, company/industry
 * material, encyclopaedic, library, document-host or dataset pages.
 */
export const sourceHosts: Record<string, SourceHost> = {
  // Official
  'nato.int': { publisher: 'NATO', kind: 'official' },
  'natomultimedia.tv': { publisher: 'NATO Multimedia', kind: 'official' },
  'english.defensie.nl': { publisher: 'Netherlands Ministry of Defence', kind: 'official' },
  'rijksoverheid.nl': { publisher: 'Government of the Netherlands', kind: 'official' },
  'eurlex.europa.eu': { publisher: 'EUR-Lex (Publications Office of the EU)', kind: 'official' },
  'europa.eu': { publisher: 'European Union', kind: 'official' },
  'cbs.nl': { publisher: 'Statistics Netherlands (CBS)', kind: 'official' },
  'usgs.gov': { publisher: 'U.S. Geological Survey', kind: 'official' },
  'pubs.usgs.gov': { publisher: 'U.S. Geological Survey', kind: 'official' },
  'onr.navy.mil': { publisher: 'U.S. Office of Naval Research', kind: 'official' },
  'infocenter.gov.ge': {
    publisher: 'Information Center on NATO and EU (Georgia)',
    kind: 'official',
  },

  // News outlets, agencies and trade press
  'aa.com.tr': { publisher: 'Anadolu Agency', kind: 'news' },
  'advocatesomi.com': { publisher: 'Advocates Philippines', kind: 'news' },
  'aerospaceglobalnews.com': { publisher: 'Aerospace Global News', kind: 'news' },
  'agenparl.eu': { publisher: 'Agenparl', kind: 'news' },
  'anews.com.tr': { publisher: 'A News', kind: 'news' },
  'argusmedia.com': { publisher: 'Argus Media', kind: 'news' },
  'aviationpros.com': { publisher: 'AviationPros', kind: 'news' },
  'belganewsagency.eu': { publisher: 'Belga News Agency', kind: 'news' },
  'brusselstimes.com': { publisher: 'The Brussels Times', kind: 'news' },
  'businessinsider.nl': { publisher: 'Business Insider Nederland', kind: 'news' },
  'csmonitor.com': { publisher: 'The Christian Science Monitor', kind: 'news' },
  'defence-industry.eu': { publisher: 'Defence Industry Europe', kind: 'news' },
  'defence.m5dergi.com': { publisher: 'M5 Dergi', kind: 'news' },
  'defenseinnovationreview.com': { publisher: 'Defense Innovation Review', kind: 'news' },
  'defensemirror.com': { publisher: 'Defense Mirror', kind: 'news' },
  'euinsider.eu': { publisher: 'EU Insider', kind: 'news' },
  'euperspectives.eu': { publisher: 'EU Perspectives', kind: 'news' },
  'euro-sd.com': { publisher: 'European Security & Defence', kind: 'news' },
  'euroasia24.com': { publisher: 'EuroAsia24', kind: 'news' },
  'fastmarkets.com': { publisher: 'Fastmarkets', kind: 'news' },
  'fg-aeronauticsdefenceint.com': { publisher: 'fg-aeronauticsdefenceint.com', kind: 'news' },
  'globalminingreview.com': { publisher: 'Global Mining Review', kind: 'news' },
  'ieu-monitoring.com': { publisher: 'IEU Monitoring', kind: 'news' },
  'iget.news': { publisher: 'iget.news', kind: 'news' },
  'japantimes.co.jp': { publisher: 'The Japan Times', kind: 'news' },
  'koreaherald.com': { publisher: 'The Korea Herald', kind: 'news' },
  // Reposts a NATO item from a social-media page; no better category.
  'medioq.com': { publisher: 'MedioQ', kind: 'news' },
  'menafn.com': { publisher: 'MENAFN', kind: 'news' },
  'metalswire.net': { publisher: 'MetalsWire', kind: 'news' },
  'militaeraktuell.at': { publisher: 'Militär Aktuell', kind: 'news' },
  'militaryleak.com': { publisher: 'MilitaryLeak', kind: 'news' },
  'milmag.pl': { publisher: 'MILMAG', kind: 'news' },
  'mining-technology.com': { publisher: 'Mining Technology', kind: 'news' },
  'miragenews.com': { publisher: 'Mirage News', kind: 'news' },
  'nation.com.pk': { publisher: 'The Nation (Pakistan)', kind: 'news' },
  'news.az': { publisher: 'News.az', kind: 'news' },
  'politico.eu': { publisher: 'POLITICO Europe', kind: 'news' },
  // Verbatim mirror of NATO texts marked "Source: NATO"; the host itself is not official.
  'securengin.fifthestate.nz': { publisher: 'securengin (NATO text mirror)', kind: 'news' },
  'shephardmedia.com': { publisher: 'Shephard Media', kind: 'news' },
  'silkway.news': { publisher: 'Silk Way News', kind: 'news' },
  'thediplomat.com': { publisher: 'The Diplomat', kind: 'news' },
  'thefrontierpost.com': { publisher: 'The Frontier Post', kind: 'news' },
  'timebulletin.us': { publisher: 'Time Bulletin', kind: 'news' },
  'ukdefencejournal.org.uk': { publisher: 'UK Defence Journal', kind: 'news' },
  'upi.com': { publisher: 'United Press International (UPI)', kind: 'news' },
  'viewer.joomag.com': { publisher: 'ISMR (magazine reprint on Joomag)', kind: 'news' },
  'wam.ae': { publisher: 'Emirates News Agency (WAM)', kind: 'news' },

  // Think tanks, studies, company/industry material, reference and dataset pages
  'aashah.com': { publisher: 'aashah.com', kind: 'analysis' },
  'blog.bham.ac.uk': { publisher: 'University of Birmingham (blog)', kind: 'analysis' },
  'calendarz.com': { publisher: 'Calendarz', kind: 'analysis' },
  'en.bia-bg.com': { publisher: 'Bulgarian Industrial Association (BIA)', kind: 'analysis' },
  'europe-visa.com': { publisher: 'Europe-Visa.com', kind: 'analysis' },
  'github.com': { publisher: 'GitHub', kind: 'analysis' },
  'hcss.nl': { publisher: 'The Hague Centre for Strategic Studies (HCSS)', kind: 'analysis' },
  'hi-storylessons.eu': { publisher: 'HI-Story Lessons', kind: 'analysis' },
  'hitpages.com': { publisher: 'HitPages', kind: 'analysis' },
  'lexicals.info': { publisher: 'Lexicals', kind: 'analysis' },
  'natowatch.org': { publisher: 'NATO Watch', kind: 'analysis' },
  'nicola-bernard.de': { publisher: 'Nicola Bernard', kind: 'analysis' },
  'questia.com': { publisher: 'Questia', kind: 'analysis' },
  'rainbowrareearths.com': { publisher: 'Rainbow Rare Earths', kind: 'analysis' },
  'rhomotion.com': { publisher: 'Rho Motion', kind: 'analysis' },
  'sfa-oxford.com': { publisher: 'SFA (Oxford)', kind: 'analysis' },
  'studylib.net': { publisher: 'Studylib', kind: 'analysis' },
  'technology.matthey.com': { publisher: 'Johnson Matthey Technology Review', kind: 'analysis' },
  'ulib.sk': { publisher: 'University Library in Bratislava', kind: 'analysis' },
  'warontherocks.com': { publisher: 'War on the Rocks', kind: 'analysis' },
  'wbc-rti.info': { publisher: 'WBC-RTI.info', kind: 'analysis' },
  'wikiclassic.com': { publisher: 'Wikiclassic (Wikipedia mirror)', kind: 'analysis' },
  'yumpu.com': { publisher: 'Yumpu', kind: 'analysis' },
};
