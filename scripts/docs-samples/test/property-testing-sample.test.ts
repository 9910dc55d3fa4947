// The property testing guide's sample: a council's test file, run as it would run in the council's own tests.
import '../../../docs/guides/samples/property-testing.spec';
