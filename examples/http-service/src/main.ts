// The hub as a council would run it: one SQLite event file (and its key file beside it),
// served on 127.0.0.1 behind the council's gateway. Run it with `pnpm start` here:
//   SEND_HUB_FILE=hub.sqlite PORT=8080 SEND_HUB_TOKEN_ISSUER=... SEND_HUB_TOKEN_AUDIENCE=... SEND_HUB_TOKEN_SECRET=... pnpm start
import { openSqliteHub } from '@send-hub/application';
import { authenticationFromEnvironment } from './authentication/authentication-from-environment';
import { startHubService } from './server';

const main = async (): Promise<void> => {
  const file = process.env.SEND_HUB_FILE ?? 'send-hub.sqlite';
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number from 0 to 65535, but was "${process.env.PORT ?? ''}".`);
  const authentication = authenticationFromEnvironment(process.env);
  const hub = openSqliteHub({ file });
  await hub.readModels.start();
  const service = await startHubService(hub, { port, authentication });
  console.log(`The hub service for ${hub.configuration.councilName} is listening on ${service.url} (events in ${file}).`);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await service.close();
    await hub.dispose();
    console.log('The hub service has stopped; its read models are saved.');
  };
  const stopOnSignal = (): void => {
    stop().catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
