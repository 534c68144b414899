using System;
using System.CommandLine;
using System.Linq;
using System.IO;
using CustomerClassification.AccountSets;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
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
        var approveAs = new Option<string>("--approve-as") { Description = CliText.Get("HelpApproveAs") };
        var actor = CliOptions.Actor();
        var asOf = CliOptions.AsOf();
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var command = new Command("check-credit", CliText.Get("HelpCheckCredit"))
        {
            model, customer, amount, otherOrders, openItems, openOrders, noReceivables, asOf, approveAs, actor, encoding, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(model)!;
            var accountSet = ModelFile.View(context, file);
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

            var check = accountSet.CreditPolicies.For(accountSet.Archive.Snapshot);
            var request = Request(accountSet, check, found, (parse.GetValue(amount), parse.GetValue(otherOrders), parse.GetValue(asOf) ?? context.Today), (parse.GetValue(openItems), parse.GetValue(openOrders), CliOptions.EncodingOf(parse.GetValue(encoding))));
            var decision = parse.GetValue(approveAs) is { } approver ? CliFailure.Checked(() => check.Approve(request, approver), "--approve-as") : check.Evaluate(request);
            if (decision.ApprovedBy is { } approvedBy)
            {
                Record(context, file, (code, approvedBy, request.OrderAmount, decision.RequiredApproval?.Excess ?? 0m), parse.GetValue(actor)!, parse.GetValue(json));
            }

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

    // The approval is recorded in the model's change log, as U8 records who approved an excess.
    private static void Record(CliContext context, FileInfo file, (string Code, CreditApprover Approver, decimal Order, decimal Excess) approval, string actor, bool quiet) =>
        ModelChange.Run(context, file, archive =>
        {
            archive.RecordCreditApproval(approval.Code, approval.Approver.Name, approval.Order, approval.Excess, actor);
            return CliText.Format("ApprovalRecorded", approval.Approver.Name, approval.Approver.Level, approval.Excess);
        }, quiet);

    // The customer's documents from the files; a member of a group (客户总公司) gets its group's exposure from every document of them.
    private static CreditRequest Request(AccountSet accountSet, CreditCheck check, Customer found, (decimal Amount, decimal Other, LocalDate Day) order, (FileInfo? Items, FileInfo? Orders, System.Text.Encoding? Encoding) files)
    {
        var allItems = HostFiles.OpenItems(files.Items, files.Encoding, accountSet);
        var allOrders = HostFiles.OpenOrders(files.Orders, files.Encoding);
        var code = found.Code;
        var items = allItems.Where(i => string.Equals(i.CustomerCode, code, StringComparison.Ordinal));
        var orders = allOrders.Where(o => string.Equals(o.CustomerCode, code, StringComparison.Ordinal));
        var group = found.ParentCode is null ? null : GroupExposure.Build(accountSet.Archive.Snapshot, allItems, allOrders, check.EffectivePolicyOf(found).ExposureIncludes.Value);
        return new CreditRequest(code, order.Amount, items, order.Day, order.Other) { OpenOrders = [.. orders], GroupExposure = group };
    }
}
