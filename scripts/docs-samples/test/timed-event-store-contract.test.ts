// The store adapter guide's sample: its contract file, run as it would run in the adapter's own tests.
import '../../../docs/guides/samples/timed-event-store.contract';
