using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;
using NodaTime;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls import</c>: categories, regions, customers (CSV or .xlsx) and rules into the model file, creating it on
/// first use. All files or nothing: the model is saved only when every row of every file went in (or, with
/// <c>--valid-rows-only</c>, the valid ones).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var scheme = new Option<string>("--scheme") { Description = CliText.Get("HelpScheme") };
        var regionScheme = new Option<string>("--region-scheme") { Description = CliText.Get("HelpRegionScheme") };
        var customFields = new Option<string[]>("--custom-field")
        {
            Description = CliText.Get("HelpCustomField"),
            AllowMultipleArgumentsPerToken = false,
        };
        var notClassified = new Option<bool>("--not-classified") { Description = CliText.Get("HelpNotClassified") };
        var creditGrades = CliOptions.CreditGrades(required: false);
        var categories = CliOptions.File("--categories", CliText.Get("HelpCategories"));
        var regions = CliOptions.File("--regions", CliText.Get("HelpRegions"));
        var customers = CliOptions.File("--customers", CliText.Get("HelpCustomers"));
        var rules = CliOptions.File("--rules", CliText.Get("HelpImportRules"));
        var creditPolicies = CliOptions.File("--credit-policies", CliText.Get("HelpCreditPolicies"));
        var profiles = CliOptions.File("--profiles", CliText.Get("HelpImportProfiles"));
        var profileDimension = new Option<string>("--profile-dimension") { Description = CliText.Get("HelpProfileDimension"), DefaultValueFactory = _ => DimensionNames.Category };
        var rowOptions = new RowOptions();
        var problemsFile = CliOptions.File("--problems", CliText.Get("HelpProblems"));
        var actor = CliOptions.Actor();
        var json = CliOptions.Json();
        var command = new Command("import", CliText.Get("HelpImport"))
        {
            model, scheme, regionScheme, customFields, notClassified, creditGrades, categories, regions, customers, rules, creditPolicies, profiles, profileDimension, problemsFile, actor, json,
        };
        rowOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var sources = new (FileInfo? File, string What)[]
            {
                (parse.GetValue(categories), DimensionNames.Category), (parse.GetValue(regions), DimensionNames.Region), (parse.GetValue(customers), "customers"),
            };
            var rulesFile = parse.GetValue(rules);
            var policiesFile = parse.GetValue(creditPolicies);
            var profilesFile = parse.GetValue(profiles);
            if (sources.All(s => s.File is null) && rulesFile is null && policiesFile is null && profilesFile is null)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Get("NothingToImport"));
            }

            var options = rowOptions.Read(parse, customerRows: parse.GetValue(customers) is not null);
            var problemsOut = TableFile.Checked(parse.GetValue(problemsFile), file, "--problems");

            using var writing = ModelFile.Lock(context, file);
            var accountSet = file.Exists ? Existing(context, file, parse, scheme, regionScheme, notClassified) : New(parse, scheme, regionScheme, customFields, notClassified, creditGrades);
            var defined = file.Exists && (Define(accountSet.Archive, parse.GetValue(customFields) ?? [], parse.GetValue(actor)!) | Grades(accountSet.Archive, parse.GetValue(creditGrades), parse.GetValue(actor)!));
            var reports = sources.Where(s => s.File is not null)
                .Select(s => (s.File!, s.What, context.Step(CliText.Format("StepImporting", s.File!.Name), () => Import(accountSet.Archive, s.File!, s.What, parse.GetValue(actor)!, options))))
                .ToArray();
            (accountSet, reports) = RulesAndPolicies(accountSet, reports, rulesFile, policiesFile, options, parse.GetValue(actor)!);
            reports = profilesFile is null ? reports : [.. reports, (profilesFile, "profiles", ProfileFile.Import(accountSet.Archive, profilesFile, parse.GetValue(profileDimension)!, options, parse.GetValue(actor)!))];

            var changed = reports.Sum(r => r.Item3.ImportedCount) > 0 || rulesFile is not null || !file.Exists || defined;
            return Finish(context, file, accountSet, reports, changed, options.ImportValidRows, problemsOut, parse.GetValue(json));
        });
        return command;
    }

    /// <summary>The options of how rows go in: encoding, valid rows only, update or upsert, clearing, the override reason.</summary>
    private sealed class RowOptions
    {
        private readonly Option<string> _encoding = CliOptions.Encoding();
        private readonly Option<bool> _validRowsOnly = new("--valid-rows-only") { Description = CliText.Get("HelpValidRowsOnly") };
        private readonly Option<bool> _update = new("--update") { Description = CliText.Get("HelpUpdate") };
        private readonly Option<bool> _upsert = new("--upsert") { Description = CliText.Get("HelpUpsert") };
        private readonly Option<bool> _clearEmpty = new("--clear-empty") { Description = CliText.Get("HelpClearEmpty") };
        private readonly Option<string> _overrideReason = CliOptions.OverrideReason();
        private readonly Option<bool> _strict = new("--strict") { Description = CliText.Get("HelpStrict") };
        private readonly Option<string[]> _map = new("--map") { Description = CliText.Get("HelpMap"), AllowMultipleArgumentsPerToken = false };
        private readonly Option<string> _match = new Option<string>("--match") { Description = CliText.Get("HelpMatch"), DefaultValueFactory = _ => "code" }.AcceptOnlyFromAmong("code", "taxid", "name");

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _encoding, _validRowsOnly, _update, _upsert, _clearEmpty, _overrideReason, _strict, _map, _match })
            {
                command.Options.Add(option);
            }
        }

        public ImportOptions Read(ParseResult parse, bool customerRows) => new()
        {
            Encoding = CliOptions.EncodingOf(parse.GetValue(_encoding)),
            ImportValidRows = parse.GetValue(_validRowsOnly),
            Mode = (parse.GetValue(_update), parse.GetValue(_upsert)) switch
            {
                (true, true) => throw new CliFailure(CclsApp.BadUsage, CliText.Get("UpdateAndUpsert")),
                (true, false) => ImportMode.Update,
                (false, true) => ImportMode.AddOrUpdate,
                _ when parse.GetValue(_clearEmpty) && customerRows => throw new CliFailure(CclsApp.BadUsage, CliText.Get("ClearEmptyAlone")),
                _ => ImportMode.Add,
            },
            ClearEmpty = parse.GetValue(_clearEmpty),
            OverrideReason = parse.GetValue(_overrideReason) is { } reason && string.IsNullOrWhiteSpace(reason)
                ? throw new CliFailure(CclsApp.BadUsage, CliText.Get("BlankReason"))
                : parse.GetValue(_overrideReason),
            RefuseUnknownColumns = parse.GetValue(_strict),
            ColumnMap = Map(parse.GetValue(_map) ?? []),
            Match = parse.GetValue(_match) switch
            {
                "taxid" => ImportMatch.TaxId,
                "name" => ImportMatch.Name,
                _ => ImportMatch.Code,
            },
        };

        // COLUMN=FIELD, split at the first '=' (a field name never holds one).
        private static Dictionary<string, string> Map(string[] pairs)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in pairs)
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0 || string.IsNullOrWhiteSpace(pair[..at]) || string.IsNullOrWhiteSpace(pair[(at + 1)..]) || !map.TryAdd(pair[..at].Trim(), pair[(at + 1)..].Trim()))
                {
                    throw new CliFailure(CclsApp.BadUsage, CliText.Format("MapNotPair", PrintableWriter.Printable(pair)));
                }
            }

            return map;
        }
    }

    // A file that cannot be read as a table is bad input (exit 2), not refused rows: nothing is saved even with --valid-rows-only.
    private static int Finish(CliContext context, FileInfo file, AccountSet accountSet, (FileInfo File, string What, ImportReport Report)[] reports, bool changed, bool validRowsOnly, FileInfo? problemsOut, bool json)
    {
        var unreadable = reports.Any(r => !r.Report.Readable);
        var refused = reports.Sum(r => r.Report.ProblemCount);
        var saved = !unreadable && (refused == 0 || validRowsOnly) && changed;
        if (saved)
        {
            ModelFile.Save(context, accountSet, file);
        }

        if (problemsOut is not null)
        {
            TableFile.Problems(problemsOut, reports.SelectMany(r => r.Report.Problems.Select(p => (r.File.Name, p))));
        }

        Report(context, json, file, accountSet, reports, saved, problemsOut);
        return unreadable ? CclsApp.BadUsage : refused == 0 ? CclsApp.Ok : CclsApp.Findings;
    }

    private static AccountSet Existing(CliContext context, FileInfo file, ParseResult parse, params Option[] settings)
    {
        if (settings.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("SettingsFixed", given.Name, file.Name));
        }

        var accountSet = ModelFile.Load(context, file);
        ModelFile.Demand(context, accountSet, Archives.AccessRight.Import);
        return accountSet;
    }

    // --custom-field on an existing model: each field it lacks is defined (a field it has with the same type is left as it is).
    private static bool Define(CustomerArchive archive, string[] texts, string actor)
    {
        var defined = false;
        foreach (var field in texts.Select(CustomField))
        {
            if (archive.Settings.FindCustomField(field.Name) is { } known)
            {
                if (known.Type != field.Type)
                {
                    throw new CliFailure(CclsApp.BadUsage, CliText.Format("CustomFieldDiffers", field.Name, known.Type.ToString().ToLowerInvariant()));
                }

                continue;
            }

            try
            {
                archive.DefineCustomField(field, actor);
                defined = true;
            }
            catch (ClassificationException e)
            {
                throw new CliFailure(CclsApp.BadUsage, "--custom-field: " + e.Message);
            }
        }

        return defined;
    }

    // --credit-grades on an existing model: the scale changed (logged) before any row comes in; refused while grades held would be left out.
    private static bool Grades(CustomerArchive archive, string[]? grades, string actor)
    {
        if (grades is not { Length: > 0 } || archive.Settings.CreditGrades.SequenceEqual(grades, StringComparer.Ordinal))
        {
            return false;
        }

        try
        {
            archive.ChangeCreditGrades(grades, actor);
            return true;
        }
        catch (ClassificationException e)
        {
            throw new CliFailure(CclsApp.BadUsage, "--credit-grades: " + e.Message + string.Concat(e.Violations.Select(v => Environment.NewLine + "  " + v.Message)));
        }
    }

    private static AccountSet New(ParseResult parse, Option<string> scheme, Option<string> regionScheme, Option<string[]> customFields, Option<bool> notClassified, Option<string[]> creditGrades)
    {
        var categoryScheme = Scheme(parse.GetValue(scheme) ?? throw new CliFailure(CclsApp.BadUsage, CliText.Get("SchemeNeeded")), "--scheme");
        var regions = parse.GetValue(regionScheme) is { } text ? Scheme(text, "--region-scheme") : null;
        var fields = (parse.GetValue(customFields) ?? []).Select(CustomField).ToArray();
        try
        {
            var settings = new ArchiveSettings(categoryScheme, !parse.GetValue(notClassified), regions, customFields: fields)
            {
                CreditGrades = parse.GetValue(creditGrades) is { Length: > 0 } grades ? grades : ArchiveSettings.DefaultCreditGrades,
            };
            return new AccountSet(new CustomerArchive(settings, SystemClock.Instance));
        }
        catch (ArgumentException e)
        {
            throw new CliFailure(CclsApp.BadUsage, "--custom-field: " + e.Message);
        }
    }

    internal static CodingScheme Scheme(string text, string option) =>
        CodingScheme.TryParse(text, out var scheme) ? scheme : throw new CliFailure(CclsApp.BadUsage, CliText.Format("NotASchemeOption", option, text));

    internal static CustomFieldDefinition CustomField(string text)
    {
        var parts = text.Split(':');
        var type = parts.Length == 1 ? CustomFieldType.Text : parts[1].Trim().ToLowerInvariant() switch
        {
            "text" => CustomFieldType.Text,
            "number" => CustomFieldType.Number,
            "date" => CustomFieldType.Date,
            _ => throw new CliFailure(CclsApp.BadUsage, CliText.Format("CustomFieldType", text)),
        };
        try
        {
            return parts.Length <= 2 ? new CustomFieldDefinition(parts[0], type) : throw new ArgumentException(CliText.Get("NameOrNameType"), nameof(text));
        }
        catch (ArgumentException e)
        {
            throw new CliFailure(CclsApp.BadUsage, $"--custom-field: '{text}': {e.Message}");
        }
    }

    private static ImportReport Import(CustomerArchive archive, FileInfo file, string what, string actor, ImportOptions options)
    {
        var workbook = HostFiles.IsWorkbook(file) == true;
        if (string.Equals(what, DimensionNames.Region, StringComparison.Ordinal) && archive.Settings.RegionScheme is null)
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Get("NoRegionScheme"));
        }

        return HostFiles.Read(file, stream => (what, workbook) switch
        {
            ("customers", true) => CustomerWorkbook.Import(stream, archive, actor, options),
            ("customers", false) => CustomerCsv.Import(stream, archive, actor, options),
            (_, true) => CategoryWorkbook.Import(stream, archive, what, actor, options),
            _ => CategoryCsv.Import(stream, archive, what, actor, options),
        });
    }

    // After the categories, so that rules and policies may name categories of the same import.
    private static (AccountSet, (FileInfo, string, ImportReport)[]) RulesAndPolicies(AccountSet accountSet, (FileInfo, string, ImportReport)[] reports, FileInfo? rulesFile, FileInfo? policiesFile, ImportOptions options, string actor)
    {
        if (rulesFile is not null)
        {
            accountSet = WithRules(accountSet, rulesFile);
        }

        if (policiesFile is null)
        {
            return (accountSet, reports);
        }

        (accountSet, var report) = CreditPolicyFile.Import(accountSet, policiesFile, options, actor);
        return (accountSet, [.. reports, (policiesFile, "credit policies", report)]);
    }

    private static AccountSet WithRules(AccountSet accountSet, FileInfo rulesFile)
    {
        var rules = HostFiles.Rules(rulesFile);
        try
        {
            _ = RuleSet.Compile(rules, accountSet.Archive.Snapshot);
        }
        catch (RuleSyntaxException e)
        {
            throw CliFailure.Unreadable(rulesFile.Name, HostFiles.Describe(e));
        }

        return accountSet.WithRules(rules);
    }

    // With --match taxid or name, how each row found its customer (by code when the file has no such value for it).
    private static void Matches(CliContext context, (FileInfo File, string What, ImportReport Report)[] reports)
    {
        foreach (var (file, _, report) in reports.Where(r => r.Report.Matches.Any(m => m.By != ImportMatch.Code)))
        {
            foreach (var match in report.Matches)
            {
                context.Console.WriteLine(PrintableWriter.Printable(CliText.Format("RowMatched", file.Name, match.Row, match.CustomerCode, CliText.Get("MatchedBy" + match.By))));
            }
        }
    }

    private static void WriteJson(CliContext context, FileInfo model, (FileInfo File, string What, ImportReport Report)[] reports, bool saved)
    {
        JsonOutput.Write(context.Output, new
        {
            model = model.Name,
            saved,
            files = reports.Select(r => new
            {
                file = r.File.Name,
                what = r.What,
                readable = r.Report.Readable,
                rows = r.Report.RowCount,
                imported = r.Report.ImportedCount,
                added = r.Report.AddedCount,
                updated = r.Report.UpdatedCount,
                unchanged = r.Report.UnchangedCount,
                refused = r.Report.RefusedCount,
                encoding = r.Report.Encoding.WebName,
                ignoredColumns = r.Report.IgnoredColumns,
                matches = r.Report.Matches.Select(m => new { row = m.Row, customer = m.CustomerCode, by = m.By.ToString().ToLowerInvariant() }).ToArray(),
                problems = r.Report.Problems.Select(p => new { row = p.Row, column = p.Column, value = p.Value, field = p.Field, error = p.Error?.ToString(), message = p.Message }).ToArray(),
            }).ToArray(),
        });
    }

    private static void Report(CliContext context, bool json, FileInfo model, AccountSet accountSet, (FileInfo File, string What, ImportReport Report)[] reports, bool saved, FileInfo? problemsFile)
    {
        if (json)
        {
            WriteJson(context, model, reports, saved);
            return;
        }

        foreach (var (file, _, report) in reports.Where(r => r.Report.IgnoredColumns.Count > 0))
        {
            context.Error.WriteLine("ccls: " + IgnoredNotice(file.Name, report.IgnoredColumns));
        }

        Matches(context, reports);

        var lines = ProblemLines(reports).ToArray();
        foreach (var line in lines.Take(MaxProblemLines))
        {
            context.Error.WriteLine("ccls: " + line);
        }

        if (lines.Length > MaxProblemLines)
        {
            context.Error.WriteLine("ccls: " + (problemsFile is null
                ? CliText.Format("MoreLines", lines.Length - MaxProblemLines)
                : CliText.Format("MoreLinesInFile", lines.Length - MaxProblemLines, PrintableWriter.Printable(problemsFile.Name))));
        }

        var table = Tables.Table(Tables.Columns("ColumnsImport"));
        foreach (var (file, what, report) in reports)
        {
            table.AddRow(Tables.Cell(file.Name), Tables.Cell(what switch { "customers" => CliText.Get("IntoCustomers"), "credit policies" => CliText.Get("IntoPolicies"), "profiles" => CliText.Get("IntoProfiles"), _ => UserText.DimensionLabel(what) }), Tables.Amount(report.RowCount), Tables.Amount(report.AddedCount), Tables.Amount(report.UpdatedCount), Tables.Amount(report.UnchangedCount), Tables.Amount(report.RefusedCount), Tables.Cell(report.Encoding.WebName));
        }

        table.Show(context.Console);
        var snapshot = accountSet.Archive.Snapshot;
        var name = PrintableWriter.Printable(model.Name);
        context.Console.WriteLine(saved
            ? CliText.Format("ImportSaved", name, snapshot.Count, snapshot.CategoriesOf(DimensionNames.Category).Count, accountSet.Rules.Count)
            : reports.Any(r => !r.Report.Readable)
                ? CliText.Format("ImportUnreadable", name)
                : reports.All(r => r.Report.Succeeded)
                    ? CliText.Format("ImportNothing", name)
                    : CliText.Format("ImportRefused", name));
    }

    private const int MaxProblemLines = 20;

    /// <summary>One line for a file's ignored columns: the first 20 named, then how many more.</summary>
    internal static string IgnoredNotice(string file, IReadOnlyList<string> ignored)
    {
        var named = string.Join(", ", ignored.Take(MaxProblemLines).Select(PrintableWriter.Printable));
        return CliText.Plural("IgnoredColumns", ignored.Count, PrintableWriter.Printable(file), ignored.Count, ignored.Count > MaxProblemLines ? CliText.Format("AndMore", named, ignored.Count - MaxProblemLines) : named);
    }

    /// <summary>
    /// One line per cause: a file's own problems as they are, but the rows of a later file refused only because they
    /// name categories or regions of a file that was refused are folded into one line, which names that file.
    /// </summary>
    private static IEnumerable<string> ProblemLines((FileInfo File, string What, ImportReport Report)[] reports)
    {
        var refusedDimensions = reports.Where(r => !string.Equals(r.What, "customers", StringComparison.Ordinal) && !r.Report.Succeeded).ToDictionary(r => r.What, r => r.File.Name, StringComparer.Ordinal);
        foreach (var (file, _, report) in reports)
        {
            var folded = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var problem in report.Problems)
            {
                if (problem is { Error: ClassificationErrorCode.CategoryNotFound, Field: { } field } && refusedDimensions.ContainsKey(field))
                {
                    folded[field] = folded.GetValueOrDefault(field) + 1;
                }
                else
                {
                    yield return $"{file.Name}: {problem}";
                }
            }

            foreach (var (dimension, rows) in folded)
            {
                yield return CliText.Plural("StrandedRows", rows, file.Name, rows, UserText.DimensionLabel(dimension), refusedDimensions[dimension]);
            }
        }
    }
}
