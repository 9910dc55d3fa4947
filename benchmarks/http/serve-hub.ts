// The service under load in the http benchmark group: the example HTTP service
// (examples/http-service) on a hub in memory (argv[2] "memory") or on the SQLite file
// argv[3] (argv[2] "sqlite"), in a process of its own as a council would run it, with the
// sign-on service named by the environment as the example's main.ts takes it. Prints one
// JSON line with its address once it listens; SIGTERM closes it and disposes the hub.
import { openInMemoryHub, openSqliteHub } from '@send-hub/application';
import { authenticationFromEnvironment } from '../../examples/http-service/src/authentication/authentication-from-environment';
import { startHubService } from '../../examples/http-service/src/server';

const [kind = 'memory', file = ''] = process.argv.slice(2);

const main = async (): Promise<void> => {
  const authentication = authenticationFromEnvironment(process.env);
  const hub = kind === 'sqlite' ? openSqliteHub({ file }) : openInMemoryHub();
  await hub.readModels.start();
  let internalErrors = 0;
  const service = await startHubService(hub, {
    authentication,
    onError: (error, request) => {
      internalErrors += 1;
      process.stderr.write(`${request.method} ${request.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    },
  });
  process.stdout.write(`${JSON.stringify({ url: service.url })}\n`);
  process.once('SIGTERM', () => {
    const stop = async (): Promise<void> => {
      await service.close();
      const head = await hub.stores.raw.headPosition();
      await hub.dispose();
      // Exits once the line is written: nothing else is left to do, and a stray timer must not keep the process alive.
      process.stdout.write(`${JSON.stringify({ stopped: true, internalErrors, headPosition: head === undefined ? '0' : head.toString() })}\n`, () => process.exit(0));
    };
    stop().catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
  });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
