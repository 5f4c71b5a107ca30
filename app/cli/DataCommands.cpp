// export, import, backup and restore: the diary's data in and out, without a display.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/Passphrase.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/DiaryBackup.h"
#include "core/exchange/EncryptedBackup.h"
#include "core/exchange/EpisodeCsv.h"
#include "core/exchange/FhirExport.h"
#include "core/exchange/ForeignTime.h"
#include "core/exchange/InputFile.h"
#include "core/exchange/MappedImport.h"
#include "core/exchange/NightLogCsv.h"
#include "core/settings/AppSettings.h"
#include "core/settings/PrivateFiles.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"

#include <QFile>
#include <QJsonDocument>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DataCommands)
};

enum class What { Episodes, Nights };

What whatOf(const QCommandLineParser &parser)
{
    const QString what = parser.value(QStringLiteral("what")).trimmed().toLower();
    if (what.isEmpty() || what == QLatin1StringView("episodes"))
        return What::Episodes;
    if (what == QLatin1StringView("nights"))
        return What::Nights;
    throw UsageError(CliContext::invalidChoice(QStringLiteral("what"), what,
                                               { QStringLiteral("episodes"), QStringLiteral("nights") }));
}

// Writes all or nothing: a half-written export never replaces a good file.
void writeOut(CliContext &context, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1StringView("-")) {
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        return;
    }
    QString error;
    if (!PrivateFiles::save(path, bytes, &error))
        throw StoreError(StoreError::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, error));
}

// The same for a file written piece by piece through a device (a backup of any size).
void writeOutWith(CliContext &context, const QString &path, const std::function<bool(QIODevice &)> &write)
{
    if (path.isEmpty() || path == QLatin1StringView("-")) {
        context.out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || !write(standardOutput))
            throw StoreError(StoreError::Kind::Io, Text::tr("Cannot write to the standard output."));
        return;
    }
    QString error;
    if (!PrivateFiles::saveWith(path, write, &error))
        throw StoreError(StoreError::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, error));
}

// A mapping file is small JSON, read strictly: a wrong key or value is named.
ColumnMapping mappingFrom(const QString &path)
{
    try {
        return ColumnMapping::fromJsonText(InputFile::read(path, 64 * 1024));
    } catch (const StoreError &refused) {
        throw UsageError(Text::tr("--map %1: %2").arg(path, refused.message()));
    }
}

// What the window would propose for a file, as a mapping file to check and edit before
// `import --map`; how the file was read goes to the error stream, so the output stays JSON.
int printGuess(CliContext &context, const QString &input)
{
    const auto file = InputFile::open(input, CsvImport::MaxFileBytes);
    const MappedImport::Preview preview = MappedImport::preview(*file);
    const ColumnMapping guess = ColumnMapping::guess(preview.header, preview.rows);
    context.out << QJsonDocument(guess.toJson()).toJson(QJsonDocument::Indented);
    context.err << Text::tr("Read %1 columns separated by %2. Times without a zone are read as %3.")
                           .arg(preview.header.size())
                           .arg(MappedImport::separatorName(preview.separator), ForeignTime::assumedZone())
                << Qt::endl;
    if (guess.kind == ColumnMapping::Kind::CrampPerRow && guess.severity.isEmpty())
        context.err << Text::tr("No column holds ratings a severity could be read from; none is mapped.") << Qt::endl;
    return 0;
}

void addWhat(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("what"),
                       Text::tr("episodes (one row per cramp, default) or nights (one row per check-in)."),
                       Text::tr("what") });
}
} // namespace

int CliCommands::exportData(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write cramps or check-ins as CSV (columns in docs/csv.md), or the "
                                              "diary as FHIR R4 JSON for a clinic system (docs/fhir.md)."));
    CliContext::addCommonOptions(parser);
    addWhat(parser);
    parser.addOptions({
            { QStringLiteral("format"), Text::tr("csv (default) or fhir."), Text::tr("format") },
            { QStringLiteral("output"), Text::tr("The file to write (default: standard output)."), Text::tr("file") },
            { QStringLiteral("name"), Text::tr("FHIR: the patient's name to include (optional)."), Text::tr("name") },
            { QStringLiteral("birth-date"), Text::tr("FHIR: the patient's date of birth to include (optional)."),
              Text::tr("YYYY-MM-DD") },
    });
    if (!context.parse(parser, arguments))
        return 0;
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1StringView("csv") && format != QLatin1StringView("fhir"))
        throw UsageError(CliContext::invalidChoice(QStringLiteral("format"), format,
                                                   { QStringLiteral("csv"), QStringLiteral("fhir") }));
    const bool fhir = format == QLatin1StringView("fhir");
    if (fhir && parser.isSet(QStringLiteral("what")))
        throw UsageError(Text::tr("--what is for CSV; a FHIR export holds the whole diary."));
    if (!fhir && (parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("birth-date"))))
        throw UsageError(Text::tr("--name and --birth-date go with --format fhir."));
    const What what = whatOf(parser);
    const FhirExport::Patient patient { parser.value(QStringLiteral("name")),
                                        CliContext::date(parser, QStringLiteral("birth-date")).value_or(QDate()) };
    const auto diary = context.openDiary(parser, true);
    const QString output = parser.value(QStringLiteral("output"));
    if (!fhir && what == What::Episodes) { // streamed: one row per cramp, any number of them
        writeOutWith(context, output,
                     [&](QIODevice &file) { return EpisodeCsv::write(file, *diary, context.nightRule().clock()); });
    } else {
        writeOut(context, output,
                 fhir ? FhirExport::write(*diary, patient)
                      : NightLogCsv::write(diary->nightLogs(QDate(1900, 1, 1), QDate(9999, 12, 31)),
                                           diary->factors(true), diary->medications(), diary->experiment())
                                 .toUtf8());
    }
    if (!output.isEmpty() && output != QLatin1StringView("-"))
        context.out << Text::tr("Wrote %1.").arg(output) << Qt::endl;
    return 0;
}

int CliCommands::importData(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Add cramps or check-ins from a CSV file written by export, or (with --map) from another "
                     "app's CSV. All rows go in, or none."));
    CliContext::addCommonOptions(parser);
    addWhat(parser);
    parser.addOption({ QStringLiteral("input"), Text::tr("The CSV file to read."), Text::tr("file") });
    parser.addOption({ QStringLiteral("map"),
                       Text::tr("A CSV from another app: how its columns become cramps, as JSON "
                                "(docs/import-from-other-apps.md)."),
                       Text::tr("file") });
    parser.addOption({ QStringLiteral("guess"),
                       Text::tr("Print, as a mapping file for --map, what the window would propose for another "
                                "app's CSV; nothing is imported.") });
    if (!context.parse(parser, arguments))
        return 0;
    if (parser.isSet(QStringLiteral("guess"))) {
        if (parser.value(QStringLiteral("input")).isEmpty())
            throw UsageError(Text::tr("--input is required."));
        if (parser.isSet(QStringLiteral("map")) || parser.isSet(QStringLiteral("what")))
            throw UsageError(Text::tr("--guess reads the file alone; leave out --map and --what."));
        return printGuess(context, parser.value(QStringLiteral("input")));
    }
    if (parser.isSet(QStringLiteral("map")) && parser.isSet(QStringLiteral("what")))
        throw UsageError(Text::tr("--what is for files written by export; --map reads another app's file."));
    const What what = whatOf(parser);
    std::optional<ColumnMapping> mapping;
    if (parser.isSet(QStringLiteral("map")))
        mapping = mappingFrom(parser.value(QStringLiteral("map")));
    if (parser.value(QStringLiteral("input")).isEmpty())
        throw UsageError(Text::tr("--input is required."));
    // Checked before the diary is opened; then read piece by piece inside one transaction.
    const auto file = InputFile::open(parser.value(QStringLiteral("input")), CsvImport::MaxFileBytes);
    const auto diary = context.openDiary(parser, false);
    ImportForecast added;
    const CsvImportResult result = mapping
            ? MappedImport::import(*diary, *file, *mapping, context.nightRule().clock(), &added)
            : what == What::Episodes ? EpisodeCsv::import(*diary, *file)
                                     : NightLogCsv::import(*diary, *file);
    if (!result.ok()) {
        context.err << Text::tr("Nothing was imported; %n problem(s) found:", nullptr, result.problemCount) << Qt::endl
                    << result.describe() << Qt::endl;
        return 1;
    }
    context.out << result.summary() << Qt::endl;
    if (mapping)
        context.out << added.describe() << Qt::endl;
    return 0;
}

int CliCommands::backup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the whole diary and the settings to one JSON file."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("output"), Text::tr("The backup file to write."), Text::tr("file") });
    parser.addOption({ QStringLiteral("encrypt"),
                       Text::tr("Protect the backup with a passphrase (asked twice, or --passphrase-file).") });
    Passphrase::addOption(parser);
    if (!context.parse(parser, arguments))
        return 0;
    if (parser.value(QStringLiteral("output")).isEmpty())
        throw UsageError(Text::tr("--output is required."));
    const bool encrypt = parser.isSet(QStringLiteral("encrypt"));
    const QString passphrase = encrypt ? Passphrase::forNewBackup(parser) : QString();
    const auto diary = context.openDiary(parser, true);
    // Streamed: memory stays that of a few thousand cramps whatever the diary's size.
    writeOutWith(context, parser.value(QStringLiteral("output")), [&](QIODevice &file) {
        if (!encrypt)
            return DiaryBackup::write(*diary, &context.settings(), file);
        EncryptedBackup::SealingDevice sealing(file, passphrase);
        return DiaryBackup::write(*diary, &context.settings(), sealing) && sealing.finish();
    });
    context.out << (encrypt ? Text::tr("Backed up %n cramp(s) to %1, protected by the passphrase.", nullptr,
                                       diary->episodeCount())
                            : Text::tr("Backed up %n cramp(s) to %1.", nullptr, diary->episodeCount()))
                           .arg(parser.value(QStringLiteral("output")))
                << Qt::endl;
    return 0;
}

int CliCommands::restore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Recreate a diary from a backup, into a new file given with --database "
                                              "(an existing diary with entries is never overwritten)."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("input"), Text::tr("The backup file to read."), Text::tr("file") });
    Passphrase::addOption(parser);
    parser.addOption({ QStringLiteral("skip-broken"),
                       Text::tr("Restore every sound entry and list the ones left out because they break the "
                                "diary's rules (a backup of a damaged diary).") });
    if (!context.parse(parser, arguments))
        return 0;
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        throw UsageError(Text::tr("--database is required: name the new diary file to restore into."));
    const QString input = parser.value(QStringLiteral("input"));
    if (input.isEmpty())
        throw UsageError(Text::tr("--input is required."));
    // Read piece by piece (and decrypted chunk by chunk), never whole.
    DeviceSource file(InputFile::open(input, InputFile::MaxBackupBytes));
    std::unique_ptr<EncryptedBackup::OpenedSource> opened;
    if (EncryptedBackup::isEncrypted(file))
        opened = std::make_unique<EncryptedBackup::OpenedSource>(file, Passphrase::forRestore(parser));
    ByteSource &backup = opened ? static_cast<ByteSource &>(*opened) : file;
    const DiaryBackup::Restored restored = DiaryBackup::restoreToFile(backup, path, &context.settings(),
                                                                      { parser.isSet(QStringLiteral("skip-broken")) });
    context.out << Text::tr("Restored %n cramp(s) into %1.", nullptr, restored.cramps).arg(path) << Qt::endl;
    if (!restored.leftOut.isEmpty()) {
        context.out << Text::tr("Left out %n record(s) the diary's rules do not allow:", nullptr,
                                int(restored.leftOut.size()))
                    << Qt::endl;
        for (const QString &entry : restored.leftOut)
            context.out << QStringLiteral("- ") << entry << Qt::endl;
    }
    return 0;
}
