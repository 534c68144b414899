using System;
using System.CommandLine;
using System.Linq;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Cli;

/// <summary>The options the commands share; each command gets its own instances.</summary>
internal static class CliOptions
{
    [ThreadStatic]
    private static string? _currentUser;

    public static Option<FileInfo> Model() => new("--model", "-m")
    {
        Description = CliText.Get("HelpModel"),
        Required = true,
    };

    public static Option<FileInfo> File(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
    };

    public static Option<string> OverrideReason() => new("--override-reason") { Description = CliText.Get("HelpOverrideReason") };

    public static Option<bool> Json() => new("--json") { Description = CliText.Get("HelpJson") };

    public static Option<string> Customer() => new("--customer", "-c") { Description = CliText.Get("HelpCustomer"), Required = true };

    public static Option<string> Actor() => new("--actor")
    {
        Description = CliText.Get("HelpActor"),
        DefaultValueFactory = _ => CurrentUser ?? SystemUser,
        CustomParser = result =>
        {
            // Who changed a model is never blank; the library would refuse it later, in the words of a parameter.
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : CurrentUser ?? SystemUser;
            if (string.IsNullOrWhiteSpace(text))
            {
                result.AddError(CliText.Get("ActorBlank"));
                return null;
            }

            return text.Trim();
        },
    };

    /// <summary>Gets or sets the user of the run on this thread (<c>--user</c>, <c>CCLS_USER</c>): the actor when <c>--actor</c> is not given.</summary>
    public static string? CurrentUser { get => _currentUser; set => _currentUser = value; }

    /// <summary>Gets who changes the model when neither <c>--actor</c> nor a user is given: the system user's name, or <c>ccls</c> where it has none fit for the change log.</summary>
    public static string SystemUser { get; } = Environment.UserName is { Length: > 0 and <= 64 } name && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-') ? name : "ccls";

    /// <summary>
    /// The credit grade scale, best first, as a user writes it: <c>AAA,AA,A,B,C</c>, <c>AAA&gt;AA&gt;A</c>, <c>优、良、中、差</c>.
    /// A list the settings refuse (a grade twice, none) fails the parse, naming the option.
    /// </summary>
    public static Option<string[]> CreditGrades(bool required) => new("--credit-grades")
    {
        Description = CliText.Get("HelpCreditGrades"),
        Required = required,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            var grades = string.Join(",", result.Tokens.Select(t => t.Value)).Split(GradeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            try
            {
                return [.. new Credit.CreditGradeScale(grades).Grades];
            }
            catch (ArgumentException e)
            {
                result.AddError("--credit-grades: " + e.Message);
                return null;
            }
        },
    };

    private static readonly char[] GradeSeparators = [',', '，', '、', ';', '；', '>', ' '];

    private static readonly LocalDate FirstDay = new(1753, 1, 1);
    private static readonly LocalDate LastDay = new(9999, 12, 31);

    /// <summary>The first day of a <c>--from</c> period ending on <paramref name="to"/>: 1 January of its year when left out; after it is bad usage.</summary>
    public static LocalDate PeriodFrom(LocalDate? from, LocalDate to)
    {
        var first = from ?? new LocalDate(to.Year, 1, 1);
        return first <= to
            ? first
            : throw new CliFailure(CclsApp.BadUsage, CliText.Format("PeriodReversedOption", LocalDatePattern.Iso.Format(first), LocalDatePattern.Iso.Format(to)));
    }

    public static Option<LocalDate?> AsOf() => Date("--as-of", "HelpAsOf");

    /// <summary>A day option (<c>yyyy-MM-dd</c>) within the days an account set can hold, 1753-01-01 to 9999-12-31.</summary>
    public static Option<LocalDate?> Date(string name, string helpKey) => new(name)
    {
        Description = CliText.Get(helpKey),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success && parsed.Value >= FirstDay && parsed.Value <= LastDay)
            {
                return parsed.Value;
            }

            // T3 keeps dates as SQL Server's datetime does: a day outside it is no day of an account set.
            result.AddError(parsed.Success ? CliText.Format("DateOutOfRange", name, text) : CliText.Format("NotADateOption", name, text));
            return null;
        },
    };

    /// <summary>An amount option that takes <c>120000</c>, <c>120,000</c>, <c>12万</c> or <c>1.2亿</c>.</summary>
    public static Option<decimal> Amount(string name, string description, bool required = false) => new(name)
    {
        Description = CliText.Format("WithAmountForms", description),
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Amounts.TryParse(text, out var amount) && amount >= 0)
            {
                return amount;
            }

            // An order or the orders open are 0 or more; the option is named, not the library's parameter behind it.
            result.AddError(CliText.Format(amount < 0 ? "NegativeAmount" : "NotAnAmount", name, text));
            return 0m;
        },
    };

    public static Option<string> Encoding() => new Option<string>("--encoding")
    {
        Description = CliText.Get("HelpEncoding"),
    }.AcceptOnlyFromAmong("utf-8", "gb18030");

    public static System.Text.Encoding? EncodingOf(string? name) =>
        name is null ? null : string.Equals(name, "gb18030", System.StringComparison.Ordinal) ? Spreadsheets.CustomerCsv.GB18030 : new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
