using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Serialization;
using Spectre.Console;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls request submit|list|show|approve|reject|apply</c>: change requests (变更申请) with four-eyes review. <c>submit</c> runs
/// any write command on a copy of the model and submits what it changed; <c>apply</c> makes an approved request's changes,
/// refusing any value changed since it was submitted.
/// </summary>
internal static class RequestCommands
{
    private static readonly string[] WriteCommands = ["import", "classify", "category", "credit", "settings", "score", "check-credit"];
    private static readonly string[] Leading = ["--lang", "--user"];

    public static Command Create(CliContext context)
    {
        var command = new Command("request", CliText.Get("HelpRequest"));
        command.Subcommands.Add(SubmitHelp());
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Decide(context, "approve", approve: true));
        command.Subcommands.Add(Decide(context, "reject", approve: false));
        command.Subcommands.Add(Apply(context));
        return command;
    }

    /// <summary>Whether a command line is <c>request submit</c> with a write command after it (its help goes to the parser).</summary>
    public static bool IsSubmit(string[] args)
    {
        var at = 0;
        while (at + 1 < args.Length && Leading.Contains(args[at], StringComparer.Ordinal))
        {
            at += 2;
        }

        return args.Length > at + 1 && string.Equals(args[at], "request", StringComparison.Ordinal) && string.Equals(args[at + 1], "submit", StringComparison.Ordinal)
            && !args.Skip(at + 2).TakeWhile(a => !WriteCommands.Contains(a, StringComparer.Ordinal)).Any(a => a is "-h" or "--help" or "-?");
    }

    /// <summary>Runs the write command on a copy of the model and submits what it changed as a request: prints <c>request N</c>.</summary>
    public static int Submit(CliContext context, string[] args)
    {
        var (model, reason, inner) = SubmitArguments(args);
        var file = HostFiles.Existing(new FileInfo(model));
        var copy = Path.Combine(Path.GetTempPath(), "ccls-request-" + Guid.NewGuid().ToString("N") + (file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? ".json.gz" : ".json"));
        File.Copy(file.FullName, copy);
        try
        {
            // The write command resolves and checks the user as any command does; the copy then says who it was.
            string[] run = inner.Contains("--user", StringComparer.Ordinal) || context.User is null ? [.. inner, "--model", copy] : [.. inner, "--model", copy, "--user", context.User];
            var code = CclsApp.Run(run, TextWriter.Null, context.Error, today: context.Today, sandbox: true);
            if (code != CclsApp.Ok)
            {
                context.Error.WriteLine(CliText.Get("RequestNotSubmitted"));
                return code;
            }

            var edited = ModelFile.Load(context, new FileInfo(copy));
            var user = ModelFile.UserOf(context, edited);
            long id = 0;
            var result = ModelChange.RunOnSet(context, file, accountSet =>
            {
                id = accountSet.Archive.SubmitEdited(edited.Archive.Snapshot, user, reason, accountSet.Access).Id;
                return CliText.Format("RequestSubmitted", id);
            });
            return result;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    // --model and --reason before the write command; the write command's own --model is the copy's.
    private static (string Model, string Reason, string[] Inner) SubmitArguments(string[] args)
    {
        var start = Array.IndexOf(args, "submit") + 1;
        string? model = null;
        string? reason = null;
        for (var i = start; i < args.Length; i++)
        {
            if (WriteCommands.Contains(args[i], StringComparer.Ordinal))
            {
                var inner = args[i..];
                if (inner.Contains("--model", StringComparer.Ordinal) || inner.Contains("-m", StringComparer.Ordinal))
                {
                    throw new CliFailure(CclsApp.BadUsage, CliText.Get("RequestModelTwice"));
                }

                return (model ?? throw new CliFailure(CclsApp.BadUsage, CliText.Get("RequestNeedsModel")),
                    string.IsNullOrWhiteSpace(reason) ? throw new CliFailure(CclsApp.BadUsage, CliText.Get("RequestNeedsReason")) : reason.Trim(),
                    inner);
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new CliFailure(CclsApp.BadUsage, CliText.Format("RequestOptionValue", args[i]));
            switch (args[i])
            {
                case "--model" or "-m":
                    model = value;
                    break;
                case "--reason":
                    reason = value;
                    break;
                case "--user" or "--lang":
                    break;
                default:
                    throw new CliFailure(CclsApp.BadUsage, CliText.Format("RequestNotAWriteCommand", PrintableWriter.Printable(args[i]), string.Join(", ", WriteCommands)));
            }

            i++;
        }

        throw new CliFailure(CclsApp.BadUsage, CliText.Format("RequestNotAWriteCommand", string.Empty, string.Join(", ", WriteCommands)));
    }

    // For the help only: the command line itself is read by Submit.
    private static Command SubmitHelp()
    {
        var command = new Command("submit", CliText.Get("HelpRequestSubmit"))
        {
            CliOptions.Model(),
            new Option<string>("--reason") { Description = CliText.Get("HelpRequestReason"), Required = true },
            new Argument<string[]>("command") { Description = CliText.Get("HelpRequestCommand"), Arity = ArgumentArity.OneOrMore },
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(int (_) => throw new CliFailure(CclsApp.BadUsage, CliText.Format("RequestNotAWriteCommand", string.Empty, string.Join(", ", WriteCommands))));
        return command;
    }

    private static Command List(CliContext context)
    {
        var (model, json) = (CliOptions.Model(), CliOptions.Json());
        var command = new Command("list", CliText.Get("HelpRequestList")) { model, json };
        command.SetAction(parse =>
        {
            var requests = ModelFile.View(context, parse.GetValue(model)!).Archive.Requests;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { requests = requests.Select(Summary).ToArray() });
                return CclsApp.Ok;
            }

            var table = Tables.Table(Tables.Columns("ColumnsRequests"));
            foreach (var request in requests)
            {
                table.AddRow(
                    Tables.Code(request.Id.ToString(CultureInfo.InvariantCulture)),
                    Tables.Cell(CliText.Get("Request" + request.Status)),
                    Tables.Cell(request.Submitter),
                    Tables.Cell(Shown(request.SubmittedAt)),
                    Tables.Cell(request.Reason),
                    Tables.Code(request.Changes.Count.ToString(CultureInfo.InvariantCulture)),
                    Tables.Cell(request.DecidedBy ?? string.Empty));
            }

            table.Show(context.Console);
            context.Console.WriteLine(Tables.Count(requests.Count, "request"));
            return CclsApp.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var (model, json, number) = (CliOptions.Model(), CliOptions.Json(), Number());
        var command = new Command("show", CliText.Get("HelpRequestShow")) { number, model, json };
        command.SetAction(parse =>
        {
            var archive = ModelFile.View(context, parse.GetValue(model)!).Archive;
            var preview = archive.Preview(parse.GetValue(number));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new
                {
                    request = Summary(preview.Request),
                    changes = preview.Changes.Select(c => new { operation = c.Operation.ToString(), customer = c.CustomerCode, dimension = c.Dimension, category = c.CategoryCode, field = c.Field, before = c.Before, after = c.After }).ToArray(),
                    violations = preview.Violations.Select(v => new { error = v.Error.ToString(), code = v.Code, field = v.Field, message = v.Message }).ToArray(),
                });
                return CclsApp.Ok;
            }

            var request = preview.Request;
            context.Console.WriteLine(PrintableWriter.Printable(CliText.Format("RequestHeading", request.Id, CliText.Get("Request" + request.Status), request.Submitter, Shown(request.SubmittedAt), request.Reason)));
            if (request.DecidedBy is { } decidedBy)
            {
                context.Console.WriteLine(PrintableWriter.Printable(CliText.Format("RequestDecided", decidedBy, request.Decision ?? string.Empty)));
            }

            var table = Tables.Table(Tables.Columns("ColumnsRequestChanges"));
            foreach (var change in preview.Changes)
            {
                table.AddRow(
                    Tables.Cell(CliText.Get("Operation" + change.Operation)),
                    Tables.Code(change.CustomerCode ?? (change.Dimension is null ? string.Empty : UserText.DimensionLabel(change.Dimension) + " " + change.CategoryCode)),
                    Tables.Cell(change.Field ?? string.Empty),
                    Tables.Cell(change.Before ?? string.Empty),
                    Tables.Cell(change.After ?? string.Empty));
            }

            table.Show(context.Console);
            if (request.Status is not (RequestStatus.Pending or RequestStatus.Approved))
            {
                // A closed request is not applied again: what a replay would refuse now says nothing.
                context.Console.WriteLine(CliText.Get("RequestClosed"));
                return CclsApp.Ok;
            }

            foreach (var violation in preview.Violations)
            {
                context.Console.WriteLine(PrintableWriter.Printable(violation.Message));
            }

            context.Console.WriteLine(preview.Violations.Count == 0 ? CliText.Get("RequestClean") : CliText.Format("RequestWouldFail", preview.Violations.Count));
            return CclsApp.Ok;
        });
        return command;
    }

    private static Command Decide(CliContext context, string name, bool approve)
    {
        var (model, number) = (CliOptions.Model(), Number());
        var note = new Option<string>(approve ? "--note" : "--reason") { Description = CliText.Get(approve ? "HelpRequestNote" : "HelpRequestRejectReason"), Required = !approve };
        var command = new Command(name, CliText.Get(approve ? "HelpRequestApprove" : "HelpRequestReject")) { number, model, note };
        command.SetAction(parse => ModelChange.RunOnSet(context, parse.GetValue(model)!, accountSet =>
        {
            var user = ModelFile.UserOf(context, accountSet);
            var id = parse.GetValue(number);
            var decided = approve
                ? accountSet.Archive.Approve(id, user, parse.GetValue(note), accountSet.Access)
                : CliFailure.Checked(() => accountSet.Archive.Reject(id, user, parse.GetValue(note)!, accountSet.Access), "--reason");
            return CliText.Format(approve ? "RequestApprovedDone" : "RequestRejectedDone", decided.Id, user);
        }));
        return command;
    }

    private static Command Apply(CliContext context)
    {
        var (model, number) = (CliOptions.Model(), Number());
        var command = new Command("apply", CliText.Get("HelpRequestApply")) { number, model };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            using var writing = ModelFile.Lock(context, file);
            var accountSet = ModelFile.Load(context, file);
            var id = parse.GetValue(number);
            var result = accountSet.Archive.ApplyRequest(id, ModelFile.UserOf(context, accountSet), accountSet.Access);
            if (!result.Succeeded)
            {
                foreach (var violation in result.Violations)
                {
                    context.Error.WriteLine("ccls: " + PrintableWriter.Printable(violation.Message));
                }

                context.Console.WriteLine(CliText.Format("ChangeRefused", PrintableWriter.Printable(file.Name)));
                return CclsApp.Findings;
            }

            // The library checked who may apply it and the approval covers its changes.
            context.ChangesAuthorised = true;
            ModelFile.Save(context, accountSet, file);
            context.Console.WriteLine(CliText.Format("RequestAppliedDone", id, result.Entries.Count - 1));
            return CclsApp.Ok;
        });
        return command;
    }

    private static Argument<long> Number() => new("number") { Description = CliText.Get("HelpRequestNumber") };

    private static object Summary(ChangeRequest r) => new
    {
        id = r.Id,
        status = r.Status.ToString().ToLowerInvariant(),
        submitter = r.Submitter,
        submittedAt = InstantPattern.ExtendedIso.Format(r.SubmittedAt),
        reason = r.Reason,
        kinds = r.Kinds.Select(AccessPolicy.NameOf).ToArray(),
        changes = r.Changes.Count,
        decidedBy = r.DecidedBy,
        decision = r.Decision,
        appliedBy = r.AppliedBy,
    };

    private static string Shown(Instant at) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(at.InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).LocalDateTime);
}
