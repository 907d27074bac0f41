import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/land-110m.json';
import type { RouteMap, Stop } from '../components/provenance';

/** The land outline, once per process: drawn offline from Natural Earth (world-atlas), no tile server. */
const LAND = feature(world, world.objects.land);

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = 28;

/**
 * The route through the steps' places as SVG paths (great-circle legs), framed to the route and
 * clipped, so the page carries only the part of the world it shows. Null without two located places.
 */
export function routeMap(stops: readonly Stop[]): RouteMap | null {
  const located = stops
    .filter((stop) => stop.latitude !== null && stop.longitude !== null)
    .map((stop) => ({ name: stop.name, at: [stop.longitude!, stop.latitude!] as [number, number] }))
    .filter((stop, index, all) => index === 0 || stop.at.join() !== all[index - 1].at.join());
  if (located.length < 2) return null;
  const route: GeoPermissibleObjects = { type: 'LineString', coordinates: located.map((stop) => stop.at) };
  const projection = geoNaturalEarth1()
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      route,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  return {
    width: WIDTH,
    height: HEIGHT,
    land: path(LAND) ?? '',
    route: path(route) ?? '',
    stops: located.map((stop) => {
      const [x, y] = projection(stop.at) ?? [0, 0];
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, name: stop.name };
    }),
  };
}
