using System;
using System.CommandLine;
using System.IO;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls export</c>: customers, a dimension's categories or its category profiles to CSV or .xlsx, with T3's Chinese
/// headers or English ones; <c>--effective</c> writes the values customers (or categories) get, not only what each sets.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var output = CliOptions.File("--out", CliText.Get("HelpExportOut"), required: true);
        var what = new Option<string>("--what")
        {
            Description = CliText.Get("HelpExportWhat"),
            DefaultValueFactory = _ => "customers",
        };
        var english = new Option<bool>("--english") { Description = CliText.Get("HelpEnglish") };
        var effective = new Option<bool>("--effective") { Description = CliText.Get("HelpExportEffective") };
        var dimension = new Option<string>("--dimension", "-d") { Description = CliText.Get("HelpExportDimension"), DefaultValueFactory = _ => DimensionNames.Category };
        var encoding = CliOptions.Encoding();
        var command = new Command("export", CliText.Get("HelpExport")) { model, output, what, effective, dimension, english, encoding };
        command.SetAction(parse =>
        {
            var seen = ModelFile.View(context, parse.GetValue(model)!);
            ModelFile.Demand(context, seen, Archives.AccessRight.Export);
            var snapshot = seen.Archive.Snapshot;
            var file = parse.GetValue(output)!;
            var exported = parse.GetValue(what)!;
            var customers = string.Equals(exported, "customers", StringComparison.Ordinal);
            var profiles = string.Equals(exported, "profiles", StringComparison.Ordinal);
            var name = profiles ? Tables.Dimension(snapshot, "--dimension", parse.GetValue(dimension)!) : customers ? DimensionNames.Category : Tables.Dimension(snapshot, "--what", exported);
            var allValues = parse.GetValue(effective);
            var headers = parse.GetValue(english) ? HeaderLanguage.English : HeaderLanguage.Chinese;
            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            // An .xls (or any other name) written as CSV would open as garbage, or not at all.
            var workbook = HostFiles.IsWorkbook(file)
                ?? throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutFormat", file.Name, file.Extension));

            if (string.Equals(file.FullName, parse.GetValue(model)!.FullName, StringComparison.Ordinal))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutIsModel", file.Name));
            }

            if (allValues && !customers && !profiles)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Get("EffectiveWhat"));
            }

            AtomicFile.Write(file, stream => Write(snapshot, stream, (customers, profiles, workbook, allValues), name, headers, textEncoding));
            var rows = customers ? snapshot.Count : profiles && !allValues ? snapshot.ProfilesOf(name).Count + (snapshot.ProfileDefaults.Count > 0 ? 1 : 0) : snapshot.CategoriesOf(name).Count;
            context.Console.WriteLine(CliText.Format("Exported", customers ? Tables.Count(rows, "customer") : Tables.Count(rows, "category"), file.Name));
            return CclsApp.Ok;
        });
        return command;
    }

    private static void Write(ArchiveSnapshot snapshot, Stream stream, (bool Customers, bool Profiles, bool Workbook, bool Effective) what, string dimension, HeaderLanguage headers, System.Text.Encoding? encoding)
    {
        switch (what)
        {
            case (true, _, true, false): CustomerWorkbook.Export(snapshot, stream, headers); break;
            case (true, _, false, false): CustomerCsv.Export(snapshot, stream, headers, encoding); break;
            case (true, _, true, true): CustomerWorkbook.ExportEffective(snapshot, stream, headers); break;
            case (true, _, false, true): CustomerCsv.ExportEffective(snapshot, stream, headers, encoding); break;
            case (_, true, true, var effective): CategoryProfileCsv.ExportWorkbook(snapshot, dimension, stream, headers, effective); break;
            case (_, true, false, var effective): CategoryProfileCsv.Export(snapshot, dimension, stream, headers, effective, encoding); break;
            case (_, _, true, _): CategoryWorkbook.Export(snapshot, dimension, stream, headers); break;
            default: CategoryCsv.Export(snapshot, dimension, stream, headers, encoding); break;
        }
    }
}
