using System;
using System.CommandLine;
using System.IO;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls export</c>: customers or a dimension's categories to CSV or .xlsx, with T3's Chinese headers or English ones.</summary>
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
        var encoding = CliOptions.Encoding();
        var command = new Command("export", CliText.Get("HelpExport")) { model, output, what, english, encoding };
        command.SetAction(parse =>
        {
            var snapshot = ModelFile.Load(context, parse.GetValue(model)!).Archive.Snapshot;
            var file = parse.GetValue(output)!;
            var exported = parse.GetValue(what)!;
            var customers = string.Equals(exported, "customers", StringComparison.Ordinal);
            var dimension = customers ? DimensionNames.Category : Tables.Dimension(snapshot, "--what", exported);
            var headers = parse.GetValue(english) ? HeaderLanguage.English : HeaderLanguage.Chinese;
            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            // An .xls (or any other name) written as CSV would open as garbage, or not at all.
            var workbook = HostFiles.IsWorkbook(file)
                ?? throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutFormat", file.Name, file.Extension));

            if (string.Equals(file.FullName, parse.GetValue(model)!.FullName, StringComparison.Ordinal))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutIsModel", file.Name));
            }

            AtomicFile.Write(file, stream =>
            {
                switch (customers, workbook)
                {
                    case (true, true): CustomerWorkbook.Export(snapshot, stream, headers); break;
                    case (true, false): CustomerCsv.Export(snapshot, stream, headers, textEncoding); break;
                    case (false, true): CategoryWorkbook.Export(snapshot, dimension, stream, headers); break;
                    default: CategoryCsv.Export(snapshot, dimension, stream, headers, textEncoding); break;
                }
            });

            var rows = customers ? snapshot.Count : snapshot.CategoriesOf(dimension).Count;
            context.Console.WriteLine(CliText.Format("Exported", customers ? Tables.Count(rows, "customer") : Tables.Count(rows, "category"), file.Name));
            return CclsApp.Ok;
        });
        return command;
    }
}
