import { describe, expect, it } from 'vitest';
import { classifyAddress, isMetadataName, refusal } from '../src/add/address.js';

describe('address classification', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['0:0:0:0:0:ffff:c0a8:0101', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['::ffff:0:a00:1', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b:1::7f00:1', 'loopback'],
    ['2002:a9fe:a9fe::', 'metadata'],
    ['2002:c0a8:0101::1', 'private'],
  ])('an IPv4 address inside IPv6 is judged as that address: %s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    '%s is public',
    (address) => {
      expect(classifyAddress(address)).toBe('public');
      expect(refusal(address)).toBeUndefined();
    },
  );

  it('calls anything that is not an address invalid, and refuses it', () => {
    expect(classifyAddress('example.com')).toBe('invalid');
    expect(classifyAddress('999.1.1.1')).toBe('invalid');
    expect(refusal('not-an-ip')).toBe('invalid');
  });

  it('allows loopback only when told to, and nothing else with it', () => {
    expect(refusal('127.0.0.1')).toBe('loopback');
    expect(refusal('::1')).toBe('loopback');
    expect(refusal('127.0.0.1', { allowLoopback: true })).toBeUndefined();
    expect(refusal('::ffff:127.0.0.1', { allowLoopback: true })).toBeUndefined();
    expect(refusal('10.0.0.1', { allowLoopback: true })).toBe('private');
    expect(refusal('169.254.169.254', { allowLoopback: true })).toBe('metadata');
    expect(refusal('0.0.0.0', { allowLoopback: true })).toBe('unspecified');
  });

  it('knows the cloud metadata host names', () => {
    expect(isMetadataName('metadata.google.internal')).toBe(true);
    expect(isMetadataName('METADATA.google.internal.')).toBe(true);
    expect(isMetadataName('metadata')).toBe(true);
    expect(isMetadataName('www.metadata-news.example')).toBe(false);
  });
});
