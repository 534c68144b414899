using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
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
        var scheme = new Option<string>("--scheme") { Description = "The 客户分类 coding scheme of a new model, such as 2-2-2." };
        var regionScheme = new Option<string>("--region-scheme") { Description = "The 地区分类 coding scheme of a new model, such as 2-2; none when left out." };
        var customFields = new Option<string[]>("--custom-field")
        {
            Description = "A custom field (自定义项) of a new model: NAME, NAME:number or NAME:date (text by default). Repeat for more.",
            AllowMultipleArgumentsPerToken = false,
        };
        var notClassified = new Option<bool>("--not-classified") { Description = "A new model whose customers need no category (客户是否分类: no)." };
        var categories = CliOptions.File("--categories", "客户分类 rows (CSV or .xlsx): 类别编码, 类别名称.");
        var regions = CliOptions.File("--regions", "地区分类 rows (CSV or .xlsx): 类别编码, 类别名称.");
        var customers = CliOptions.File("--customers", "客户档案 rows (CSV or .xlsx) with T3's Chinese or English headers.");
        var rules = CliOptions.File("--rules", "A rule file (JSON) to keep in the model, replacing its rules.");
        var encoding = CliOptions.Encoding();
        var validRowsOnly = new Option<bool>("--valid-rows-only") { Description = "Import the valid rows and report the rest, instead of nothing when any row is bad." };
        var actor = CliOptions.Actor();
        var json = CliOptions.Json();
        var command = new Command("import", "Import categories, regions, customers and rules into the model file (created on first use with --scheme). Exit code 1 when rows were refused.")
        {
            model, scheme, regionScheme, customFields, notClassified, categories, regions, customers, rules, encoding, validRowsOnly, actor, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var sources = new (FileInfo? File, string What)[]
            {
                (parse.GetValue(categories), DimensionNames.Category), (parse.GetValue(regions), DimensionNames.Region), (parse.GetValue(customers), "customers"),
            };
            var rulesFile = parse.GetValue(rules);
            if (sources.All(s => s.File is null) && rulesFile is null)
            {
                throw new CliFailure(CclsApp.BadUsage, "Nothing to import: give --categories, --regions, --customers or --rules.");
            }

            var accountSet = file.Exists ? Existing(context, file, parse, scheme, regionScheme, customFields, notClassified) : New(parse, scheme, regionScheme, customFields, notClassified);
            var options = new ImportOptions { Encoding = CliOptions.EncodingOf(parse.GetValue(encoding)), ImportValidRows = parse.GetValue(validRowsOnly) };
            var reports = sources.Where(s => s.File is not null)
                .Select(s => (s.File!, s.What, context.Step($"Importing {s.File!.Name}", () => Import(accountSet.Archive, s.File!, s.What, parse.GetValue(actor)!, options))))
                .ToArray();
            if (rulesFile is not null)
            {
                accountSet = WithRules(accountSet, rulesFile);
            }

            var refused = reports.Sum(r => r.Item3.Problems.Count);
            var saved = refused == 0 || options.ImportValidRows;
            if (saved)
            {
                ModelFile.Save(accountSet, file);
            }

            Report(context, parse.GetValue(json), file, accountSet, reports, saved);
            return refused == 0 ? CclsApp.Ok : CclsApp.Findings;
        });
        return command;
    }

    private static AccountSet Existing(CliContext context, FileInfo file, ParseResult parse, params Option[] settings)
    {
        if (settings.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new CliFailure(CclsApp.BadUsage, $"{given.Name}: {file.Name} exists and its settings cannot change; leave out {given.Name}, or import into a new model.");
        }

        return ModelFile.Load(context, file);
    }

    private static AccountSet New(ParseResult parse, Option<string> scheme, Option<string> regionScheme, Option<string[]> customFields, Option<bool> notClassified)
    {
        var categoryScheme = Scheme(parse.GetValue(scheme) ?? throw new CliFailure(CclsApp.BadUsage, "--scheme: a new model needs the 客户分类 coding scheme, such as --scheme 2-2-2."), "--scheme");
        var regions = parse.GetValue(regionScheme) is { } text ? Scheme(text, "--region-scheme") : null;
        var fields = (parse.GetValue(customFields) ?? []).Select(CustomField).ToArray();
        try
        {
            var settings = new ArchiveSettings(categoryScheme, !parse.GetValue(notClassified), regions, customFields: fields);
            return new AccountSet(new CustomerArchive(settings, SystemClock.Instance));
        }
        catch (ArgumentException e)
        {
            throw new CliFailure(CclsApp.BadUsage, "--custom-field: " + e.Message);
        }
    }

    private static CodingScheme Scheme(string text, string option) =>
        CodingScheme.TryParse(text, out var scheme) ? scheme : throw new CliFailure(CclsApp.BadUsage, $"{option}: '{text}' is not a coding scheme: write level lengths such as 2-2-2.");

    private static CustomFieldDefinition CustomField(string text)
    {
        var parts = text.Split(':');
        var type = parts.Length == 1 ? CustomFieldType.Text : parts[1].Trim().ToLowerInvariant() switch
        {
            "text" => CustomFieldType.Text,
            "number" => CustomFieldType.Number,
            "date" => CustomFieldType.Date,
            _ => throw new CliFailure(CclsApp.BadUsage, $"--custom-field: '{text}': the type is text, number or date."),
        };
        try
        {
            return parts.Length <= 2 ? new CustomFieldDefinition(parts[0], type) : throw new ArgumentException("write NAME or NAME:TYPE.", nameof(text));
        }
        catch (ArgumentException e)
        {
            throw new CliFailure(CclsApp.BadUsage, $"--custom-field: '{text}': {e.Message}");
        }
    }

    private static ImportReport Import(CustomerArchive archive, FileInfo file, string what, string actor, ImportOptions options)
    {
        var workbook = file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (string.Equals(what, DimensionNames.Region, StringComparison.Ordinal) && archive.Settings.RegionScheme is null)
        {
            throw new CliFailure(CclsApp.BadUsage, "--regions: the model has no 地区分类; create it with --region-scheme.");
        }

        return HostFiles.Read(file, stream => (what, workbook) switch
        {
            ("customers", true) => CustomerWorkbook.Import(stream, archive, actor, options),
            ("customers", false) => CustomerCsv.Import(stream, archive, actor, options),
            (_, true) => CategoryWorkbook.Import(stream, archive, what, actor, options),
            _ => CategoryCsv.Import(stream, archive, what, actor, options),
        });
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

        return new AccountSet(accountSet.Archive, accountSet.CreditPolicies, rules);
    }

    private static void Report(CliContext context, bool json, FileInfo model, AccountSet accountSet, (FileInfo File, string What, ImportReport Report)[] reports, bool saved)
    {
        if (json)
        {
            JsonOutput.Write(context.Output, new
            {
                model = model.Name,
                saved,
                files = reports.Select(r => new
                {
                    file = r.File.Name,
                    what = r.What,
                    rows = r.Report.RowCount,
                    imported = r.Report.ImportedCount,
                    encoding = r.Report.Encoding.WebName,
                    problems = r.Report.Problems.Select(p => new { row = p.Row, column = p.Column, value = p.Value, message = p.Message }).ToArray(),
                }).ToArray(),
            });
            return;
        }

        foreach (var (file, _, report) in reports)
        {
            foreach (var problem in report.Problems)
            {
                context.Error.WriteLine($"ccls: {file.Name}: {problem}");
            }
        }

        var table = Tables.Table("File", "Into", "Rows", "Imported", "Problems", "Encoding");
        foreach (var (file, what, report) in reports)
        {
            table.AddRow(Tables.Cell(file.Name), Tables.Cell(what), Tables.Amount(report.RowCount), Tables.Amount(report.ImportedCount), Tables.Amount(report.Problems.Count), Tables.Cell(report.Encoding.WebName));
        }

        context.Console.Write(table);
        var snapshot = accountSet.Archive.Snapshot;
        context.Console.WriteLine(saved
            ? FormattableString.Invariant($"Saved {model.Name}: {snapshot.Count} customers, {snapshot.CategoriesOf(DimensionNames.Category).Count} categories, {accountSet.Rules.Count} rules.")
            : $"Nothing was saved: {model.Name} is unchanged. Fix the rows above, or import the valid rows with --valid-rows-only.");
    }
}
