using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls access import|show</c>: the model's access policy (岗位权限, 数据权限), saved with it.</summary>
internal static class AccessCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("access", CliText.Get("HelpAccess"));
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var model = CliOptions.Model();
        var policyFile = CliOptions.File("--policy", CliText.Get("HelpAccessPolicy"), required: true);
        var command = new Command("import", CliText.Get("HelpAccessImport")) { model, policyFile };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var source = HostFiles.Existing(parse.GetValue(policyFile)!);
            var policy = HostFiles.AccessPolicy(source);

            using var writing = ModelFile.Lock(context, file);
            var accountSet = ModelFile.Load(context, file);
            if (accountSet.Access is { } current && !current.IsAdministrator(ModelFile.UserOf(context, accountSet)))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("AccessOnlyAdministrators", PrintableWriter.Printable(ModelFile.UserOf(context, accountSet))));
            }

            if (Unknown(accountSet.Archive.Snapshot, policy).FirstOrDefault() is { } unknown)
            {
                throw CliFailure.Unreadable(source.Name, unknown);
            }

            var changed = accountSet.WithAccess(policy);
            ModelFile.UserOf(context, changed);
            ModelFile.Save(context, changed, file);
            context.Console.WriteLine(CliText.Format("AccessImported", file.Name, policy.Roles.Count, policy.Administrators.Count));
            return CclsApp.Ok;
        });
        return command;
    }

    // A scope naming a dimension or a category the model does not have is a typo that would hide everything.
    private static IEnumerable<string> Unknown(ArchiveSnapshot snapshot, AccessPolicy policy)
    {
        foreach (var role in policy.Roles)
        {
            foreach (var dimension in role.Scope.Dimensions)
            {
                if (snapshot.Settings.SchemeOf(dimension) is null)
                {
                    yield return CliText.Format("AccessUnknownDimension", role.Name, dimension);
                    continue;
                }

                foreach (var code in role.Scope.AllowedIn(dimension)!.Where(c => snapshot.CategoriesOf(dimension).Find(c) is null))
                {
                    yield return CliText.Format("AccessUnknownCategory", role.Name, UserText.DimensionLabel(dimension), code);
                }
            }
        }
    }

    // In Chinese what each right allows; in English the names a policy file writes.
    private static string Rights(IEnumerable<AccessRight> rights) =>
        string.Join(UserText.InChinese ? "、" : ", ", rights.Select(r => UserText.InChinese ? AccessPolicy.TextOf(r) : AccessPolicy.NameOf(r)));

    private static Command Show(CliContext context)
    {
        var (model, json) = (CliOptions.Model(), CliOptions.Json());
        var command = new Command("show", CliText.Get("HelpAccessShow")) { model, json };
        command.SetAction(parse =>
        {
            var accountSet = ModelFile.Load(context, parse.GetValue(model)!);
            if (accountSet.Access is not { } policy)
            {
                context.Console.WriteLine(CliText.Get("AccessNone"));
                return CclsApp.Ok;
            }

            if (parse.GetValue(json))
            {
                context.Output.WriteLine(AccessPolicyFile.ToJson(policy));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(PrintableWriter.Printable(CliText.Format("AccessAdministrators", string.Join(", ", policy.Administrators))));
            var table = Tables.Table(Tables.Columns("ColumnsAccess"));
            foreach (var role in policy.Roles)
            {
                table.AddRow(
                    Tables.Cell(role.Name),
                    Tables.Cell(string.Join(", ", role.Members)),
                    Tables.Cell(Rights(role.Rights)),
                    Tables.Cell(role.ApprovesAll ? "*" : Rights(role.Approves)),
                    Tables.Cell(role.Scope.Dimensions.Any() ? string.Join("; ", role.Scope.Dimensions.Select(d => UserText.DimensionLabel(d) + " " + string.Join(", ", role.Scope.AllowedIn(d)!))) : CliText.Get("AccessEverything")));
            }

            table.Show(context.Console);
            var requests = policy.Requests;
            if (!requests.IsNone)
            {
                context.Console.WriteLine(CliText.Format(
                    "AccessRequests",
                    Rights(requests.Rights),
                    requests.ReclassifyTransacted ? CliText.Get("Yes") : CliText.Get("No"),
                    requests.CreditLimitAbove?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                    requests.CategoryLifecycle ? CliText.Get("Yes") : CliText.Get("No")));
            }

            return CclsApp.Ok;
        });
        return command;
    }
}
