using System;
using System.CommandLine;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls settings add-dimension|add-custom-field|scheme|grades</c>: an account set's standards changed as the business
/// does (调整分类标准), each logged under <c>--actor</c>; a refusal (exit code 1) names every problem and changes nothing.
/// </summary>
internal static class SettingsCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("settings", CliText.Get("HelpSettings"));
        command.Subcommands.Add(AddDimension(context));
        command.Subcommands.Add(AddCustomField(context));
        command.Subcommands.Add(Scheme(context));
        command.Subcommands.Add(Grades(context));
        return command;
    }

    private static Command AddDimension(CliContext context)
    {
        var (model, actor) = (CliOptions.Model(), CliOptions.Actor());
        var name = new Option<string>("--name") { Description = CliText.Get("HelpDimensionName"), Required = true };
        var scheme = new Option<string>("--scheme") { Description = CliText.Get("HelpDimensionScheme"), Required = true };
        var command = new Command("add-dimension", CliText.Get("HelpAddDimension")) { model, name, scheme, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var definition = CliFailure.Checked(() => new DimensionDefinition(parse.GetValue(name)!, ImportCommand.Scheme(parse.GetValue(scheme)!, "--scheme")), "--name");
            archive.AddDimension(definition, parse.GetValue(actor)!);
            return CliText.Format("DimensionAdded", definition.Name, definition.Scheme);
        }));
        return command;
    }

    private static Command AddCustomField(CliContext context)
    {
        var (model, actor) = (CliOptions.Model(), CliOptions.Actor());
        var name = new Option<string>("--name") { Description = CliText.Get("HelpCustomField"), Required = true };
        var command = new Command("add-custom-field", CliText.Get("HelpAddCustomField")) { model, name, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var field = ImportCommand.CustomField(parse.GetValue(name)!);
            archive.DefineCustomField(field, parse.GetValue(actor)!);
            return CliText.Format("CustomFieldAdded", field.Name, field.Type);
        }));
        return command;
    }

    private static Command Scheme(CliContext context)
    {
        var (model, actor) = (CliOptions.Model(), CliOptions.Actor());
        var scheme = new Option<string>("--scheme") { Description = CliText.Get("HelpNewScheme"), Required = true };
        var dimension = new Option<string>("--dimension", "-d") { Description = CliText.Get("HelpTreeDimension"), DefaultValueFactory = _ => DimensionNames.Category };
        var command = new Command("scheme", CliText.Get("HelpChangeScheme")) { model, scheme, dimension, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var name = Tables.Dimension(archive.Snapshot, "--dimension", parse.GetValue(dimension)!);
            var before = archive.Snapshot.Settings.SchemeOf(name);
            var settings = archive.ChangeScheme(name, ImportCommand.Scheme(parse.GetValue(scheme)!, "--scheme"), parse.GetValue(actor)!);
            return CliText.Format("SchemeChangedDone", UserText.DimensionLabel(name), before, settings.SchemeOf(name));
        }));
        return command;
    }

    private static Command Grades(CliContext context)
    {
        var (model, actor) = (CliOptions.Model(), CliOptions.Actor());
        var grades = CliOptions.CreditGrades(required: true);
        var command = new Command("grades", CliText.Get("HelpChangeGrades")) { model, grades, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var before = new CreditGradeScale(archive.Settings.CreditGrades);
            var settings = archive.ChangeCreditGrades(parse.GetValue(grades)!, parse.GetValue(actor)!);
            return CliText.Format("GradesChangedDone", before, new CreditGradeScale(settings.CreditGrades));
        }));
        return command;
    }
}
