using System.CommandLine;

namespace CustomerClassification.Cli;

/// <summary><c>ccls credit hold|release|temp-limit</c>: a customer's credit hold (冻结) and temporary limit (临时额度), each logged.</summary>
internal static class CreditCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("credit", CliText.Get("HelpCredit"));
        command.Subcommands.Add(Hold(context));
        command.Subcommands.Add(Release(context));
        command.Subcommands.Add(TemporaryLimit(context));
        return command;
    }

    private static Command Hold(CliContext context)
    {
        var (model, customer, actor) = (CliOptions.Model(), CliOptions.Customer(), CliOptions.Actor());
        var reasonCode = new Option<string>("--reason-code") { Description = CliText.Get("HelpHoldReasonCode"), Required = true };
        var text = new Option<string>("--text") { Description = CliText.Get("HelpHoldText") };
        var command = new Command("hold", CliText.Get("HelpHold")) { model, customer, reasonCode, text, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var code = parse.GetValue(customer)!;
            var held = CliFailure.Checked(() => archive.HoldCredit(code, parse.GetValue(reasonCode)!, parse.GetValue(text), parse.GetValue(actor)!), "--reason-code/--text");
            return CliText.Format("HoldDone", code, held.CreditHoldCode);
        }));
        return command;
    }

    private static Command Release(CliContext context)
    {
        var (model, customer, actor) = (CliOptions.Model(), CliOptions.Customer(), CliOptions.Actor());
        var reason = new Option<string>("--reason") { Description = CliText.Get("HelpReleaseReason") };
        var command = new Command("release", CliText.Get("HelpRelease")) { model, customer, reason, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var code = parse.GetValue(customer)!;
            CliFailure.Checked(() => archive.ReleaseCredit(code, parse.GetValue(actor)!, parse.GetValue(reason)), "--reason");
            return CliText.Format("ReleaseDone", code);
        }));
        return command;
    }

    private static Command TemporaryLimit(CliContext context)
    {
        var (model, customer, actor) = (CliOptions.Model(), CliOptions.Customer(), CliOptions.Actor());
        var amount = CliOptions.Amount("--amount", CliText.Get("HelpTemporaryAmount"), required: true);
        var from = CliOptions.Date("--from", "HelpTemporaryFrom");
        var to = CliOptions.Date("--to", "HelpTemporaryTo");
        from.Required = to.Required = true;
        var command = new Command("temp-limit", CliText.Get("HelpTemporaryLimit")) { model, customer, amount, from, to, actor };
        command.SetAction(parse => ModelChange.Run(context, parse.GetValue(model)!, archive =>
        {
            var code = parse.GetValue(customer)!;
            var (first, last) = (parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            CliFailure.Checked(() => archive.GrantTemporaryLimit(code, parse.GetValue(amount), first, last, parse.GetValue(actor)!), "--amount");
            return CliText.Format("TemporaryLimitDone", code, parse.GetValue(amount), NodaTime.Text.LocalDatePattern.Iso.Format(first), NodaTime.Text.LocalDatePattern.Iso.Format(last));
        }));
        return command;
    }
}
