using System;
using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using NodaTime.Text;

namespace CustomerClassification.Cli;

/// <summary>What the reports look like under <c>--json</c>: plain objects with camel-case names, dates as <c>yyyy-MM-dd</c>, amounts rounded to cents.</summary>
internal static class JsonViews
{
    public static object Tree(ArchiveSnapshot snapshot, string dimension, bool profiles = false)
    {
        var tree = snapshot.CategoriesOf(dimension);
        return new
        {
            dimension,
            scheme = tree.Scheme.ToString(),
            categories = tree.Select(c => new
            {
                code = c.Code,
                name = c.Name,
                level = c.Level,
                parent = c.ParentCode,
                leaf = tree.IsLeaf(c.Code),
                customers = snapshot.CustomersIn(dimension, c.Code, includeDescendants: true).Count,
                active = c.IsActive,
                description = c.Description,
                profile = profiles ? snapshot.ProfileOf(dimension, c.Code).ToDictionary(p => p.Key.Name, p => p.Key.Format(p.Value), StringComparer.Ordinal) : null,
            }).ToArray(),
        };
    }

    public static object[] Findings(IEnumerable<AuditFinding> findings) =>
        findings.Select(f => (object)new
        {
            kind = f.Kind.ToString(),
            severity = f.Severity.ToString(),
            customers = f.Customers,
            dimension = f.Dimension,
            category = f.CategoryCode,
            message = f.Message,
            suggestedFix = f.SuggestedFix,
        }).ToArray();

    public static object[] Suggestions(IEnumerable<ClassificationSuggestion> suggestions) =>
        suggestions.Select(s => (object)new { customer = s.CustomerCode, target = Tables.TargetName(s), from = s.From, to = s.To, rule = s.RuleName, needsOverride = s.NeedsOverride }).ToArray();

    public static object Explanation(ClassificationExplanation explanation) => new
    {
        customer = explanation.CustomerCode,
        asOf = LocalDatePattern.Iso.Format(explanation.AsOf),
        rules = explanation.Rules.Select(r => new { rule = r.Rule.Name, verdict = r.Verdict.ToString(), beatenBy = r.Winner?.Name, condition = Condition(r.Condition) }).ToArray(),
    };

    public static object Decision(CreditRequest request, CreditDecision decision) => new
    {
        customer = request.CustomerCode,
        asOf = LocalDatePattern.Iso.Format(request.AsOf),
        order = request.OrderAmount,
        outcome = decision.Outcome.ToString(),
        exposure = decision.Exposure,
        creditLimit = decision.Policy.CreditLimit.Value,
        limitFrom = decision.Policy.CreditLimit.Source.ToString(),
        creditControlled = decision.Policy.CreditControlled.Value,
        controlDimension = decision.Policy.ControlDimension.Value.ToString(),
        temporaryLimit = decision.TemporaryLimit,
        requiredApproval = decision.RequiredApproval is { } required ? new { level = required.Level, approver = required.Approver, excess = required.Excess } : null,
        approvedBy = decision.ApprovedBy?.Name,
        availableCredit = decision.AvailableCredit,
        reasons = decision.Reasons.Select(r => new { kind = r.Kind.ToString(), severity = r.Severity.ToString(), message = r.Message, limitOf = r.LimitOf }).ToArray(),
    };

    public static object Aging(AgingReport report, IEnumerable<AgingRow> rows) => new
    {
        asOf = LocalDatePattern.Iso.Format(report.AsOf),
        dimension = report.Dimension,
        buckets = report.Buckets.Labels,
        rows = rows.Select(r => new { code = r.Code, name = r.Name, amounts = r.Amounts.Select(AgingReport.Round).ToArray(), balance = AgingReport.Round(r.Balance) }).ToArray(),
    };

    public static object Provision(AgingReport report, BadDebtProvision provision, IEnumerable<ProvisionRow> rows) => new
    {
        asOf = LocalDatePattern.Iso.Format(report.AsOf),
        dimension = report.Dimension,
        rows = rows.Select(r => new { code = r.Code, name = r.Name, balance = AgingReport.Round(r.Balance), provision = AgingReport.Round(r.Provision) }).ToArray(),
        customers = provision.Customers.Select(r => new
        {
            code = r.Code,
            name = r.Name,
            balance = AgingReport.Round(r.Balance),
            provision = AgingReport.Round(r.Provision),
            rates = r.Rates?.Value,
            ratesFrom = r.Rates?.Source.ToString(),
        }).ToArray(),
    };

    public static object Dunning(DunningRun run) => new
    {
        asOf = LocalDatePattern.Iso.Format(run.AsOf),
        levels = run.Levels.Select(l => new { level = l.Level, customers = l.Customers, amount = l.Amount }).ToArray(),
        entries = run.Entries.Select(e => new
        {
            code = e.CustomerCode,
            name = e.CustomerName,
            level = e.Level.Level,
            text = e.Level.Text,
            channel = e.Level.Channel,
            dueLevel = e.DueLevel,
            raised = e.IsRaised,
            overdueAmount = e.OverdueAmount,
            maxDaysOverdue = e.MaxDaysOverdue,
            documents = e.Documents,
            lastReminder = e.LastReminder is { } last ? new { level = last.Level, date = LocalDatePattern.Iso.Format(last.Date) } : null,
        }).ToArray(),
        withoutPolicy = run.WithoutPolicy,
        unknownCustomers = run.UnknownCustomers,
    };

    public static object Statement(AccountStatement statement) => new
    {
        customer = statement.CustomerCode,
        name = statement.CustomerName,
        from = LocalDatePattern.Iso.Format(statement.From),
        to = LocalDatePattern.Iso.Format(statement.To),
        openingBalance = statement.OpeningBalance,
        lines = statement.Lines.Select(l => new { date = LocalDatePattern.Iso.Format(l.Date), document = l.DocumentNumber, summary = l.Summary, debit = l.Debit, credit = l.Credit, balance = l.Balance }).ToArray(),
        totalDebit = statement.TotalDebit,
        totalCredit = statement.TotalCredit,
        closingBalance = statement.ClosingBalance,
    };

    private static object Condition(ConditionExplanation explanation) => new
    {
        condition = explanation.Condition.ToString(),
        result = explanation.Result,
        seen = explanation.Seen,
        operands = explanation.Operands.Select(Condition).ToArray(),
    };
}
