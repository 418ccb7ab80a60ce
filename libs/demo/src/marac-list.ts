import {
  CHILDREN,
  GenerationSettings,
  MARAC_EVERY_DAYS,
  maracSittingRows,
  MEN,
  Row,
  Rows,
  SURNAMES,
  upcomingMaracDate,
  WOMEN,
  ETHNICITY,
  POSTCODES,
} from './generated-rows';
import { FamilyRecords } from './family-records';
import { addDays, maxDate, minDate, Prng } from './prng';

/**
 * The rest of a MARAC's list. A MARAC hears 10-25 cases a sitting from the whole partnership, most
 * of them victims whose families the generated caseload does not hold (no children's social care
 * involvement, or another team's). The demo's few hundred families alone would give each sitting one
 * or two cases, so the demo adds these: a victim and the person harming her (children sometimes), a
 * police incident or two, the DVA specialist's DASH, the MARAC referral and the case as heard at its
 * sitting, with actions. About three in ten were heard at an earlier sitting within the year (repeats).
 */
export class MaracCase extends FamilyRecords {
  /** `sitting` is the MARAC the case is referred to: held (listed there) or the scheduled one (waiting to be listed). */
  build(sitting: string): Rows {
    const r = this.rng;
    const asOf = this.s.asOf;
    const surname = r.pick(SURNAMES);
    const ethnicity = r.weighted(ETHNICITY[this.s.area]);
    const postcode = r.pick(POSTCODES[this.s.area]);
    const motherAge = r.int(19, 48);
    this.mother = this.person(r.pick(WOMEN), surname, addDays(sitting, -motherAge * 365 - r.int(0, 364)), 'FEMALE', { adult: true, ethnicity, postcode });
    this.father = this.person(r.pick(MEN), surname, addDays(sitting, -(motherAge + r.int(-2, 8)) * 365 - r.int(0, 364)), 'MALE', { adult: true, postcode });
    const since = addDays(sitting, -r.int(400, 3000));
    const children = r.chance(0.55) ? r.int(1, 2) : 0;
    for (let i = 0; i < children; i++)
      this.children.push(
        this.person(r.pick(CHILDREN), surname, addDays(sitting, -r.int(200, 15 * 365)), r.chance(0.5) ? 'FEMALE' : 'MALE', { ethnicity, postcode }),
      );

    const f = this.familyId;
    this.rows.family.push({ id: f, name: `${surname} family`, agency_id: this.agency.IDVA_SERVICE });
    for (const [p, kind] of [[this.mother, 'ADULT'], [this.father, 'ADULT'], ...this.children.map((c) => [c, 'CHILD'])] as [Row, string][])
      this.rows.family_membership.push({
        id: r.uuid(),
        family_id: f,
        person_id: p.id,
        kind,
        joined_on: maxDate(since, p.date_of_birth as string),
        left_on: null,
      });
    const rel = (a: Row, b: Row, type: string) => {
      const id = r.uuid();
      this.rows.person_relationship.push({ id, family_id: f, person_id: a.id, related_person_id: b.id, type, recorded_by_user_id: this.user.DVA_SPECIALIST });
      return id;
    };
    this.coupleId = rel(this.mother, this.father, 'PARTNER');
    this.coupleStatus(
      'TOGETHER',
      this.children.reduce((d, c) => minDate(d, c.date_of_birth as string), since),
      null,
    );
    for (const c of this.children) {
      rel(this.mother, c, 'MOTHER');
      rel(this.father, c, 'FATHER');
    }

    // Heard once before, within the year, at an earlier sitting of the same area: a repeat now.
    const window = { from: addDays(sitting, 1 - MARAC_EVERY_DAYS), to: minDate(sitting, asOf) };
    const firstSeen = r.chance(0.3) ? addDays(sitting, -r.int(3, 11) * MARAC_EVERY_DAYS - r.int(3, 20)) : window.from;
    this.rows.harm_relationship.push({
      id: r.uuid(),
      family_id: f,
      person_causing_harm_id: this.father.id,
      person_harmed_id: this.mother.id,
      forms: [
        'COERCIVE_CONTROL',
        ...(r.chance(0.7) ? ['PHYSICAL'] : []),
        ...(r.chance(0.3) ? ['NON_FATAL_STRANGULATION'] : []),
        ...(r.chance(0.3) ? ['STALKING_HARASSMENT'] : []),
      ],
      disclosure: 'DISCLOSED',
      typology: r.chance(0.7) ? 'COERCIVE_CONTROLLING_VIOLENCE' : null,
      recorded_on: addDays(firstSeen, -r.int(1, 30)),
      recorded_by_user_id: this.user.DVA_SPECIALIST,
    });
    if (firstSeen < window.from) this.heard({ from: firstSeen, to: firstSeen });
    // Separated since, sometimes: the referral often follows a separation (DOMAIN §1: the risk rises).
    if (r.chance(0.35)) this.separate(addDays(window.from, -r.int(10, 90)));
    this.heard(window);
    return this.rows;
  }

  /** An incident or two, the DASH that follows and the MARAC referral, within `window` (heard at the first sitting on or after the referral). */
  private heard(window: { from: string; to: string }): void {
    const r = this.rng;
    const on = maxDate(window.from, addDays(window.to, -r.int(3, 24)));
    const born = (day: string) => this.children.filter((c) => (c.date_of_birth as string) < addDays(day, -10));
    if (r.chance(0.5)) {
      const earlier = addDays(on, -r.int(20, 200));
      this.incident(earlier, born(earlier));
    }
    const last = addDays(on, -r.int(0, 4));
    this.incident(last, born(last));
    this.dashAndMarac(on, born(on), { highRisk: 0.75, judgedHigh: 1, latest: window.to });
  }
}

/** Settings for the cases the demo adds to each MARAC sitting. */
export interface MaracListOptions {
  seed: string;
  asOf: string;
  /** How many years back the MARAC's sittings are filled. */
  years: number;
}

/**
 * Every area's scheduled MARAC (the first sitting after asOf, its agenda still to be built) and, when
 * `list` is given, the rest of each sitting's list over the years before: `MaracCase`s, 8-18 a held
 * sitting and 6-14 referred to the scheduled one. Positions on an agenda come after the run's own
 * families (`firstPosition`); the generator renumbers each sitting's agenda once everything is written.
 */
export function maracSittings(
  s: Omit<GenerationSettings, 'maracArea'>,
  areas: number,
  firstPosition: number,
  list: MaracListOptions | null,
  add: (rows: Partial<Rows>) => void,
): void {
  let position = firstPosition;
  for (let area = 0; area < areas; area++) {
    const upcoming = upcomingMaracDate(s.asOf, area);
    add(maracSittingRows(s.partnership, s.seed, area, upcoming, 'SCHEDULED'));
    if (!list) continue;
    const oldest = addDays(s.asOf, -Math.round(list.years * 365));
    for (let sitting = upcoming; sitting >= oldest; sitting = addDays(sitting, -MARAC_EVERY_DAYS)) {
      const r = new Prng(`${s.seed}:marac-list:${area}:${sitting}`);
      const cases = sitting === upcoming ? r.int(6, 14) : r.int(8, 18);
      for (let n = 0; n < cases; n++) {
        const builder = new MaracCase({ ...s, maracArea: area }, position++, `${s.seed}:marac-case:${area}:${sitting}:${n}`);
        add(builder.build(sitting));
      }
    }
  }
}
