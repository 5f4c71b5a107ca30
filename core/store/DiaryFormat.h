#pragma once

// Marks a SQLite file as a Cramp Diary (PRAGMA application_id), so another program's
// database is refused instead of being "upgraded" into a diary. 'CRMP' in ASCII.
namespace DiaryFormat {
constexpr int ApplicationId = 0x43524D50;
}
