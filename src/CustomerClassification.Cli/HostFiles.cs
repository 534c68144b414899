using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Credit;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary>Reads the files a command is given; anything unreadable stops the command with exit code 2 and a line naming the file, row and problem.</summary>
internal static class HostFiles
{
    /// <summary>What a file name says of a table file: true for .xlsx, false for .csv, null for any other name.</summary>
    public static bool? IsWorkbook(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".xlsx" => true,
        ".csv" => false,
        _ => null,
    };

    /// <summary>A text file (a rule file) in UTF-8, read up to the limit files are read to: a device that never ends is refused, not read until memory runs out.</summary>
    public static string ReadText(FileInfo file)
    {
        using var stream = Existing(file).OpenRead();
        var bytes = SpreadsheetFiles.ReadAllBytes(stream);
        return bytes.Success
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes.Value).TrimStart('\uFEFF')
            : throw CliFailure.Unreadable(file.Name, bytes.Problem);
    }

    /// <summary>The open items of a file; a due date left out comes from the customer's effective payment terms.</summary>
    public static IReadOnlyList<OpenItem> OpenItems(FileInfo? file, Encoding? encoding, AccountSet accountSet)
    {
        if (file is null)
        {
            return [];
        }

        var check = accountSet.CreditPolicies.For(accountSet.Archive.Snapshot);
        return Seen(accountSet, Usable(file, Read(file, s => OpenItemCsv.ReadWithTerms(s, check.DueDate, encoding))).Items, i => i.CustomerCode);
    }

    /// <summary>A host file's rows as a user's partial view shows them: only those of the customers in it (the others' figures are not theirs to see).</summary>
    public static IReadOnlyList<T> Seen<T>(AccountSet accountSet, IReadOnlyList<T> items, Func<T, string> customer) =>
        accountSet.IsPartial ? items.Where(i => accountSet.Archive.Find(customer(i)) is not null).ToArray() : items;

    /// <summary><c>--policy FILE</c>: an access policy as JSON, or as a table of roles in CSV or .xlsx; any problem refuses the file.</summary>
    public static Archives.AccessPolicy AccessPolicy(FileInfo file)
    {
        if (IsWorkbook(file) is { } workbook)
        {
            return Spreadsheets.AccessPolicyTable.Policy(Usable(file, Read(file, s => workbook ? Spreadsheets.AccessPolicyTable.ReadWorkbook(s) : Spreadsheets.AccessPolicyTable.Read(s))).Items);
        }

        try
        {
            return Serialization.AccessPolicyFile.FromJson(ReadText(file));
        }
        catch (Rules.RuleSyntaxException e)
        {
            throw CliFailure.Unreadable(file.Name, Describe(e));
        }
    }

    /// <summary><c>--sales FILE</c>: sales documents from CSV or .xlsx; any problem refuses the file.</summary>
    public static IReadOnlyList<CustomerClassification.Sales.SalesDocument> Sales(FileInfo file, Encoding? encoding) =>
        CustomerClassification.Sales.SalesLedger.Of(Usable(file, Read(file, s => IsWorkbook(file) == true ? SalesCsv.ReadWorkbook(s) : SalesCsv.Read(s, encoding))).Items);

    /// <summary><c>--settled FILE</c>: settled receivables from CSV or .xlsx, or none.</summary>
    public static IReadOnlyList<CustomerClassification.Sales.SettledItem> Settled(FileInfo? file, Encoding? encoding) =>
        file is null ? [] : Usable(file, Read(file, s => IsWorkbook(file) == true ? SettledItemCsv.ReadWorkbook(s) : SettledItemCsv.Read(s, encoding))).Items;

    /// <summary><c>--sales</c> for rules and scorecards: the portfolio metrics over the documents up to the day, computed once; DSO from the statistics' open balances.</summary>
    public static CustomerClassification.Sales.PortfolioMetrics? Metrics(FileInfo? sales, FileInfo? settled, Encoding? encoding, IReadOnlyDictionary<string, TradingStats> stats, NodaTime.LocalDate day)
    {
        if (sales is null)
        {
            return null;
        }

        var balances = stats.Where(s => s.Value.OpenBalance != 0m).ToDictionary(s => s.Key, s => s.Value.OpenBalance, System.StringComparer.Ordinal);
        return CustomerClassification.Sales.PortfolioMetrics.Compute(Sales(sales, encoding), day, settled: Settled(settled, encoding), balances: balances.Count == 0 ? null : balances);
    }

    public static IReadOnlyList<Reminder> Reminders(FileInfo? file, Encoding? encoding) =>
        file is null ? [] : Usable(file, Read(file, s => ReminderCsv.Read(s, encoding))).Items;

    public static IReadOnlyList<LedgerEntry> Ledger(FileInfo? file, Encoding? encoding) =>
        file is null ? [] : Usable(file, Read(file, s => LedgerCsv.Read(s, encoding))).Items;

    public static IReadOnlyList<OpenOrder> OpenOrders(FileInfo? file, Encoding? encoding) =>
        file is null ? [] : Usable(file, Read(file, s => OpenOrderCsv.Read(s, encoding))).Items;

    /// <summary>Each customer's open balance: the sum of its open items.</summary>
    public static Dictionary<string, decimal> Balances(IEnumerable<OpenItem> items)
    {
        // Summed in one dictionary: a million open items make no group each.
        var balances = new Dictionary<string, decimal>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            balances[item.CustomerCode] = balances.GetValueOrDefault(item.CustomerCode) + item.Amount;
        }

        return balances;
    }

    public static Dictionary<string, TradingStats> Stats(FileInfo? file, Encoding? encoding)
    {
        if (file is null)
        {
            return new Dictionary<string, TradingStats>(System.StringComparer.Ordinal);
        }

        var report = Usable(file, Read(file, s => TradingStatsCsv.Read(s, encoding)));
        var stats = new Dictionary<string, TradingStats>(System.StringComparer.Ordinal);
        foreach (var (code, value) in report.Items)
        {
            if (!stats.TryAdd(code, value))
            {
                throw CliFailure.Unreadable(file.Name, CliText.Format("TwoRows", code));
            }
        }

        return stats;
    }

    public static IReadOnlyList<ClassificationRule> Rules(FileInfo file)
    {
        try
        {
            return RuleFile.FromJson(ReadText(file));
        }
        catch (RuleSyntaxException e)
        {
            throw CliFailure.Unreadable(file.Name, Describe(e));
        }
    }

    /// <summary>One line for rule errors: the path and position of the first, and how many more there are.</summary>
    public static string Describe(RuleSyntaxException e)
    {
        var first = e.Errors[0];
        var where = (first.Path is null ? string.Empty : first.Path + ": ") + (first.RuleName is null || first.Path is not null ? string.Empty : $"rule '{first.RuleName}': ");
        var position = first.Line > 0 ? System.FormattableString.Invariant($" (line {first.Line}, column {first.Column})") : string.Empty;
        return CliFailure.First(where + first.Message + position, e.Errors.Count);
    }

    public static T Read<T>(FileInfo file, System.Func<Stream, T> read)
    {
        using var stream = Existing(file).OpenRead();
        return read(stream);
    }

    private static ReadReport<T> Usable<T>(FileInfo file, ReadReport<T> report) =>
        report.Succeeded
            ? report
            : throw CliFailure.Unreadable(file.Name, CliFailure.First(report.Problems[0], report.ProblemCount));

    /// <summary>
    /// The file, when it is one this tool reads: a regular file with something in it. A folder, a missing file, and a
    /// device or a pipe (which report no size, and may never end or never answer) are refused with what they are.
    /// </summary>
    public static FileInfo Existing(FileInfo file)
    {
        var problem = Directory.Exists(file.FullName) ? "IsFolder"
            : !file.Exists ? "NoSuchFile"
            : file.Length == 0 ? "NotRegularFile"
            : null;
        return problem is null ? file : throw CliFailure.Unreadable(file.Name, CliText.Get(problem));
    }
}
