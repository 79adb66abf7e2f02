import path from 'node:path';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { copyExternalModules } from './electron/main/packaging/copy-external-modules';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Concord',
    executableName: 'concord',
    appBundleId: 'org.concord-qda.concord',
    appCategoryType: 'public.app-category.education',
    // Native modules cannot be loaded from inside an asar archive.
    asar: { unpack: '**/node_modules/better-sqlite3/**' },
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: 'Concord Project',
          CFBundleTypeExtensions: ['concord'],
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Owner',
        },
      ],
    },
  },
  rebuildConfig: {
    // better-sqlite3 13 ships Node-API prebuilds that load in Electron as they are: never rebuild.
    ignoreModules: ['better-sqlite3'],
  },
  makers: [
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerSquirrel({ name: 'concord', setupExe: 'ConcordSetup.exe' }),
    new MakerDMG({ name: 'Concord' }),
    new MakerDeb({
      options: {
        name: 'concord',
        productName: 'Concord',
        bin: 'concord',
        categories: ['Education', 'Office'],
        mimeType: ['application/x-concord-project'],
      },
    }),
    // No RPM maker: @electron-forge/maker-rpm has no release for Forge 8, and its Forge 7
    // release depends on a package fetched from GitHub, which this build cannot install.
  ],
  hooks: {
    // The Vite plugin packages only .vite/; the modules the main bundle requires at run time
    // (better-sqlite3, mammoth and their dependencies) are copied in here.
    packageAfterCopy: async (_forgeConfig, buildPath, _electronVersion, platform, arch) => {
      await copyExternalModules({ projectDir: path.resolve(__dirname), buildPath, platform, arch });
    },
  },
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        {
          entry: 'electron/preload/preload.ts',
          config: 'vite.preload.config.ts',
          target: 'preload',
        },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Hardening of the Electron binary itself, fixed at package time.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
