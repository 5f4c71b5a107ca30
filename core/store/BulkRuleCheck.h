#pragma once

class Database;

// The quick way to a clean bill of health: a few whole-table queries instead of copying
// every row into a fresh diary. It only ever says "every row keeps the rules"; anything
// else, even a doubt, sends the check to the row-by-row copy that names each entry at fault.
namespace BulkRuleCheck {

// True when `db` (a diary of `version` whose pages SQLite's integrity check found sound,
// which also checked every NOT NULL rule) has the diary's own schema word for word, no row
// breaking one of its CHECK rules, no row pointing at a missing entry, no date that is no
// date and no text longer than the diary keeps.
bool everyRowKeepsTheRules(Database &db, int version);

} // namespace BulkRuleCheck
