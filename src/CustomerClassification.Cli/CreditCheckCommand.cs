using System;
using System.CommandLine;
using System.Linq;
using CustomerClassification.Credit;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls check-credit</c>: an order checked against the customer's effective credit policy; exit code 1 when it is blocked.</summary>
internal static class CreditCheckCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var customer = CliOptions.Customer();
        var amount = CliOptions.Amount("--amount", CliText.Get("HelpAmount"), required: true);
        var otherOrders = CliOptions.Amount("--other-orders", CliText.Get("HelpOtherOrders"));
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpOpenItems"));
        var openOrders = CliOptions.File("--open-orders", CliText.Get("HelpOpenOrders"));
        var noReceivables = new Option<bool>("--no-receivables") { Description = CliText.Get("HelpNoReceivables") };
        var asOf = CliOptions.AsOf();
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var command = new Command("check-credit", CliText.Get("HelpCheckCredit"))
        {
            model, customer, amount, otherOrders, openItems, openOrders, noReceivables, asOf, encoding, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var accountSet = ModelFile.Load(context, file);
            var code = parse.GetValue(customer)!;
            if (accountSet.Archive.Find(code) is not { } found)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoCustomer", file.Name, code));
            }

            if (parse.GetValue(openItems) is null && !parse.GetValue(noReceivables))
            {
                // Without receivables the exposure is the order alone: an approval would mean less than it says.
                context.Error.WriteLine("ccls: " + CliText.Get("NoReceivablesNotice"));
            }
            else if (parse.GetValue(openItems) is not null && parse.GetValue(noReceivables))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Get("NoReceivablesAndOpenItems"));
            }

            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            var allItems = HostFiles.OpenItems(parse.GetValue(openItems), textEncoding, accountSet);
            var allOrders = HostFiles.OpenOrders(parse.GetValue(openOrders), textEncoding);
            var items = allItems.Where(i => string.Equals(i.CustomerCode, code, StringComparison.Ordinal));
            var orders = allOrders.Where(o => string.Equals(o.CustomerCode, code, StringComparison.Ordinal));
            var day = parse.GetValue(asOf) ?? context.Today;
            var snapshot = accountSet.Archive.Snapshot;
            var check = accountSet.CreditPolicies.For(snapshot);
            // A member of a group (客户总公司) is checked against its head offices' limits too, on the whole files' documents.
            var group = found.ParentCode is null ? null : GroupExposure.Build(snapshot, allItems, allOrders, check.EffectivePolicyOf(found).ExposureIncludes.Value);
            var request = new CreditRequest(code, parse.GetValue(amount), items, day, parse.GetValue(otherOrders)) { OpenOrders = [.. orders], GroupExposure = group };
            var decision = check.Evaluate(request);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Decision(request, decision));
            }
            else
            {
                Tables.Decision(context.Console, found.Name, request, decision);
            }

            return decision.Outcome == CreditOutcome.Blocked ? CclsApp.Findings : CclsApp.Ok;
        });
        return command;
    }
}
