using System;
using System.CommandLine;
using System.Linq;
using CustomerClassification.Archives;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls show</c>: a customer's effective profile, every value with where it comes from (the customer, a category, the default).</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var customer = CliOptions.Customer();
        var json = CliOptions.Json();
        var command = new Command("show", CliText.Get("HelpShow")) { model, customer, json };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var snapshot = ModelFile.View(context, file).Archive.Snapshot;
            var code = parse.GetValue(customer)!;
            var found = snapshot.Find(code) ?? throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoCustomer", file.Name, code));
            var profile = snapshot.EffectiveProfile(found.Code);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new
                {
                    customer = found.Code,
                    name = found.Name,
                    categories = snapshot.Settings.DimensionNamesInUse.Where(d => found.CodeIn(d) is not null).ToDictionary(d => d, d => found.CodeIn(d), StringComparer.Ordinal),
                    values = profile.Select(v => new
                    {
                        field = v.Field.Name,
                        label = v.Field.Label,
                        value = v.Field.Format(v.Value),
                        source = JsonSource(v.Source.Kind),
                        dimension = v.Source.Dimension,
                        category = v.Source.CategoryCode,
                    }).ToArray(),
                });
                return CclsApp.Ok;
            }

            var classified = snapshot.Settings.DimensionNamesInUse.Where(d => found.CodeIn(d) is not null)
                .Select(d => $"{UserText.DimensionLabel(d)} {found.CodeIn(d)} {snapshot.CategoriesOf(d).Find(found.CodeIn(d)!)?.Name}");
            context.Console.WriteLine(PrintableWriter.Printable($"{found.Code} {found.Name}: {string.Join(", ", classified)}"));
            var table = Tables.Table(Tables.Columns("ColumnsShow"));
            foreach (var value in profile)
            {
                table.AddRow(Tables.Cell(UserText.InChinese ? value.Field.Label : value.Field.Name), Tables.Cell(Tables.ProfileValue(value.Field, value.Value)), Tables.Cell(Source(snapshot, value.Source)));
            }

            table.Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }

    /// <summary>Where a profile value comes from, in the current language: the customer, a category with its dimension, code and name, or the default.</summary>
    public static string Source(ArchiveSnapshot snapshot, ProfileSource source) => source.Kind switch
    {
        ProfileSourceKind.Customer => CliText.Get("SourceCustomer"),
        ProfileSourceKind.Category => $"{UserText.DimensionLabel(source.Dimension!)} {source.CategoryCode} {snapshot.CategoriesOf(source.Dimension!).Find(source.CategoryCode!)?.Name}",
        _ => CliText.Get("SourceDefault"),
    };

    // For scripts, never localised.
    private static string JsonSource(ProfileSourceKind kind) => kind switch
    {
        ProfileSourceKind.Customer => "customer",
        ProfileSourceKind.Category => "category",
        _ => "default",
    };
}
