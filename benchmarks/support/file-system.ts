import { statfsSync } from 'node:fs';

/** Magic numbers of the file systems a benchmark folder is likely to be on (see statfs(2)). */
const knownFileSystems: Readonly<Record<number, string>> = {
  0x01021994: 'tmpfs',
  0xef53: 'ext4',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlayfs',
  0x6969: 'nfs',
  0x65735546: 'fuse',
  0x1badface: 'bfs',
  0x2fc12fc1: 'zfs',
};

/** The kind of file system holding `folder`, since its fsync cost decides every durable figure. */
export const fileSystemOf = (folder: string): string => {
  try {
    const { type } = statfsSync(folder);
    return knownFileSystems[type] ?? `unknown (type 0x${type.toString(16)})`;
  } catch {
    return 'unknown';
  }
};
