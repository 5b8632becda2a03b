/**
 * The SSRF guard of webhook URLs: http(s) only, and every address the host resolves to must be
 * a public unicast one: loopback, private, link-local (cloud metadata at 169.254.169.254 and
 * fd00:ec2::254), carrier-grade NAT, unspecified, multicast, reserved and IPv4-mapped forms of
 * them are refused (checked with ipaddr.js ranges). Checked when an endpoint is saved and again
 * at each delivery, which then connects to the address it checked (no second lookup a DNS
 * change could win). `PARLEY_WEBHOOK_ALLOW_PRIVATE=true` lifts the address check.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface ResolvedTarget {
  url: URL;
  /** The checked addresses to connect to, in the resolver's order (tried in turn). */
  addresses: { address: string; family: 4 | 6 }[];
}

export class TargetRefused extends Error {
  override name = 'TargetRefused';
}

/** Why `address` may not be a webhook target, or undefined when it is a public unicast address. */
export function forbiddenAddress(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? undefined : range;
}

/** Parses and checks the URL's form: absolute http(s), no credentials. */
export function checkUrlForm(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('The webhook URL is not a valid absolute URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetRefused('The webhook URL must be http or https.');
  if (url.username !== '' || url.password !== '') throw new TargetRefused('The webhook URL must not contain credentials.');
  return url;
}

/**
 * Resolves the URL's host and checks every address (unless `allowPrivate`); returns the address
 * to connect to. Throws {@link TargetRefused} with a sentence safe to show the organization.
 */
export async function resolveTarget(raw: string, allowPrivate: boolean): Promise<ResolvedTarget> {
  const url = checkUrlForm(raw);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new TargetRefused('The webhook URL\'s host could not be resolved.');
    }
  }
  if (addresses.length === 0) throw new TargetRefused('The webhook URL\'s host could not be resolved.');
  if (!allowPrivate) {
    for (const a of addresses) {
      const why = forbiddenAddress(a.address);
      if (why !== undefined) {
        throw new TargetRefused(`The webhook URL resolves to a ${why} address, which is not allowed (set PARLEY_WEBHOOK_ALLOW_PRIVATE=true for development).`);
      }
    }
  }
  return { url, addresses: addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })) };
}
