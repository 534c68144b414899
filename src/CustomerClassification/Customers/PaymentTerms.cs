using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// Payment terms (付款条件 / 账期) as Chinese companies write them. T3's notation: cash-discount steps then the net days,
/// such as <c>2/10,1/20,n/30</c> — 2 % off when paid within 10 days, 1 % within 20, the whole amount due in 30. And the
/// forms that count from the end of a period or ask for payment first (<see cref="Basis"/>): <c>月结30天</c> (30 days after
/// the end of the invoice month; English <c>EOM+30</c>), <c>月结</c> (<c>EOM</c>), <c>季结</c> / <c>季结30天</c> (<c>EOQ</c>,
/// <c>EOQ+30</c>), <c>次月15日</c> (<c>day 15 next month</c>) and <c>预付款</c> (<c>cash in advance</c>).
/// Immutable; equal when the basis, the day, the steps and the net days are equal.
/// </summary>
/// <remarks>
/// Steps are strictly increasing in days and strictly decreasing in percent, and the net days are not
/// shorter than the last discount window, so a later payment never earns a higher discount.
/// </remarks>
public sealed class PaymentTerms : IEquatable<PaymentTerms>
{
    private readonly CashDiscountStep[] _steps;

    // The canonical text, made once: the terms are shared by many customers and written with each of them.
    private string? _text;

    /// <summary>Creates payment terms.</summary>
    /// <param name="netDays">The days after the invoice date when the whole amount is due, 0 or more.</param>
    /// <param name="steps">The cash-discount steps, earliest first; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="netDays"/> is negative.</exception>
    /// <exception cref="ArgumentException">The steps are not increasing in days and decreasing in percent, or the net days are shorter than the last discount window.</exception>
    public PaymentTerms(int netDays, IEnumerable<CashDiscountStep> steps)
    {
        Guard.Against.OutOfRange(netDays, nameof(netDays), 0, int.MaxValue);
        Guard.Against.Null(steps);
        var copy = steps.ToArray();
        if (StepProblem(netDays, copy) is { } problem)
        {
            throw new ArgumentException(problem, nameof(steps));
        }

        NetDays = netDays;
        _steps = copy;
        Steps = new ReadOnlyCollection<CashDiscountStep>(_steps);
    }

    private PaymentTerms(PaymentTermsBasis basis, int netDays, int day)
        : this(netDays, [])
    {
        Basis = basis;
        DayOfMonth = day;
    }

    /// <summary>Gets terms of cash in advance (预付款): payment before delivery.</summary>
    public static PaymentTerms CashInAdvance { get; } = new(PaymentTermsBasis.CashInAdvance, 0, 0);

    /// <summary>Gets what the due date counts from.</summary>
    public PaymentTermsBasis Basis { get; } = PaymentTermsBasis.InvoiceDate;

    /// <summary>Gets the day of the next month the amount is due on (次月15日), or 0 when <see cref="Basis"/> is not <see cref="PaymentTermsBasis.NextMonthDay"/>.</summary>
    public int DayOfMonth { get; }

    /// <summary>Terms due some days after the end of the invoice month (月结N天; 0 for 月结, the month end).</summary>
    /// <param name="days">The days after the month end, 0 or more.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static PaymentTerms MonthEnd(int days) => new(PaymentTermsBasis.MonthEnd, Guard.Against.Negative(days), 0);

    /// <summary>Terms due some days after the end of the invoice's calendar quarter (季结N天; 0 for 季结).</summary>
    /// <param name="days">The days after the quarter end, 0 or more.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static PaymentTerms QuarterEnd(int days) => new(PaymentTermsBasis.QuarterEnd, Guard.Against.Negative(days), 0);

    /// <summary>Terms due on a fixed day of the month after the invoice month (次月15日).</summary>
    /// <param name="day">The day, 1 to 31; a month without it is due on its last day.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1 to 31.</exception>
    public static PaymentTerms NextMonthDay(int day) => new(PaymentTermsBasis.NextMonthDay, 0, Guard.Against.OutOfRange(day, nameof(day), 1, 31));

    /// <summary>Gets the days after the invoice date (or after the month or quarter end, by <see cref="Basis"/>) when the whole amount is due.</summary>
    public int NetDays { get; }

    /// <summary>Gets the cash-discount steps, earliest first.</summary>
    public IReadOnlyList<CashDiscountStep> Steps { get; }

    /// <summary>Equality by steps and net days.</summary>
    /// <param name="left">The first terms.</param>
    /// <param name="right">The second terms.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(PaymentTerms? left, PaymentTerms? right) => Equals(left, right);

    /// <summary>Inequality by steps and net days.</summary>
    /// <param name="left">The first terms.</param>
    /// <param name="right">The second terms.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(PaymentTerms? left, PaymentTerms? right) => !Equals(left, right);

    /// <summary>
    /// Parses terms: T3's comma-separated <c>percent/days</c> steps ending with <c>n/days</c>, such as <c>2/10,1/20,n/30</c>
    /// or just <c>n/30</c> (full-width commas and slashes <c>，／</c> and white space accepted), or a period form in Chinese
    /// or English: <c>月结30天</c> / <c>EOM+30</c>, <c>月结</c> / <c>EOM</c>, <c>季结30天</c> / <c>EOQ+30</c>, <c>季结</c> / <c>EOQ</c>,
    /// <c>次月15日</c> / <c>day 15 next month</c>, <c>预付款</c> / <c>款到发货</c> / <c>cash in advance</c> (case ignored).
    /// </summary>
    /// <param name="text">The terms as text.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not valid terms; the message says which part and why.</exception>
    public static PaymentTerms Parse(string text)
    {
        Guard.Against.Null(text);
        return Read(text).GetValueOrThrow();
    }

    /// <summary>Parses T3-style terms without throwing.</summary>
    /// <param name="text">The terms as text; null gives false.</param>
    /// <param name="terms">The terms, or null when the text is not valid.</param>
    /// <returns>True when the text is valid terms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PaymentTerms? terms) => TryParse(text, out terms, out _);

    /// <summary>
    /// Gets the date when the whole amount is due: <see cref="NetDays"/> after the invoice date, the end of its month or
    /// the end of its quarter; the <see cref="DayOfMonth"/> of the next month (its last day when shorter); the invoice
    /// date itself for cash in advance.
    /// </summary>
    /// <param name="invoiceDate">The invoice date.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The due date would be after 9999-12-31, the last day of T3's date range.</exception>
    public LocalDate DueDate(LocalDate invoiceDate)
    {
        var from = Basis switch
        {
            PaymentTermsBasis.MonthEnd => invoiceDate.With(DateAdjusters.EndOfMonth),
            PaymentTermsBasis.QuarterEnd => new LocalDate(invoiceDate.Year, ((invoiceDate.Month - 1) / 3 * 3) + 3, 1).With(DateAdjusters.EndOfMonth),
            PaymentTermsBasis.NextMonthDay when invoiceDate.Year < Money.LastDay.Year || invoiceDate.Month < 12 =>
                invoiceDate.PlusMonths(1).With(d => new LocalDate(d.Year, d.Month, Math.Min(DayOfMonth, d.Calendar.GetDaysInMonth(d.Year, d.Month)))),
            PaymentTermsBasis.NextMonthDay => Money.LastDay.PlusDays(1),
            _ => invoiceDate,
        };
        return invoiceDate > Money.LastDay || from > Money.LastDay || Period.DaysBetween(from, Money.LastDay) < NetDays
            ? throw new ArgumentOutOfRangeException(nameof(invoiceDate), invoiceDate, Messages.Format("DueAfterLastDay", this, invoiceDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))
            : from.PlusDays(NetDays);
    }

    /// <summary>
    /// Gets the cash discount a payment earns: the rate of the first step whose window the payment falls in
    /// (day 0 is the invoice date), or 0 after the last window.
    /// </summary>
    /// <param name="invoiceDate">The invoice date.</param>
    /// <param name="paymentDate">The payment date, on or after the invoice date.</param>
    /// <returns>The discount rate (0.02 for 2 %).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paymentDate"/> is before <paramref name="invoiceDate"/>.</exception>
    public decimal DiscountFor(LocalDate invoiceDate, LocalDate paymentDate)
    {
        if (paymentDate < invoiceDate)
        {
            throw new ArgumentOutOfRangeException(nameof(paymentDate), paymentDate, Messages.Format("PaymentBeforeInvoice", invoiceDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }

        var days = Period.DaysBetween(invoiceDate, paymentDate);
        foreach (var step in _steps)
        {
            if (days <= step.WithinDays)
            {
                return step.Rate;
            }
        }

        return 0m;
    }

    /// <summary>Returns the canonical text, as T3 writes it: <c>2/10,1/20,n/30</c>, <c>月结30天</c>, <c>月结</c>, <c>季结</c>, <c>次月15日</c>, <c>预付款</c>.</summary>
    /// <returns>The terms as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => _text ??= Basis switch
    {
        PaymentTermsBasis.MonthEnd => NetDays == 0 ? "月结" : FormattableString.Invariant($"月结{NetDays}天"),
        PaymentTermsBasis.QuarterEnd => NetDays == 0 ? "季结" : FormattableString.Invariant($"季结{NetDays}天"),
        PaymentTermsBasis.NextMonthDay => FormattableString.Invariant($"次月{DayOfMonth}日"),
        PaymentTermsBasis.CashInAdvance => "预付款",
        _ => string.Join(",", _steps.Select(s => $"{s.Percent.ToString("0.############", CultureInfo.InvariantCulture)}/{s.WithinDays.ToString(CultureInfo.InvariantCulture)}")
            .Append("n/" + NetDays.ToString(CultureInfo.InvariantCulture))),
    };

    /// <summary>Returns the English text: <c>2/10,1/20,n/30</c>, <c>EOM+30</c>, <c>EOM</c>, <c>EOQ</c>, <c>day 15 next month</c>, <c>cash in advance</c>.</summary>
    /// <returns>The terms as English text; <see cref="Parse"/> reads it back.</returns>
    public string ToEnglishString() => Basis switch
    {
        PaymentTermsBasis.MonthEnd => NetDays == 0 ? "EOM" : FormattableString.Invariant($"EOM+{NetDays}"),
        PaymentTermsBasis.QuarterEnd => NetDays == 0 ? "EOQ" : FormattableString.Invariant($"EOQ+{NetDays}"),
        PaymentTermsBasis.NextMonthDay => FormattableString.Invariant($"day {DayOfMonth} next month"),
        PaymentTermsBasis.CashInAdvance => "cash in advance",
        _ => ToString(),
    };

    /// <inheritdoc />
    public bool Equals(PaymentTerms? other) =>
        other is not null && Basis == other.Basis && DayOfMonth == other.DayOfMonth && NetDays == other.NetDays && _steps.SequenceEqual(other._steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaymentTerms);

    /// <inheritdoc />
    public override int GetHashCode() => _steps.Aggregate((NetDays * 37) + ((int)Basis * 41) + DayOfMonth, (hash, step) => unchecked((hash * 31) + step.GetHashCode()));

    private static string? StepProblem(int netDays, CashDiscountStep[] steps)
    {
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].WithinDays <= steps[i - 1].WithinDays)
            {
                return $"step {i + 1} ends on day {steps[i].WithinDays}, not after step {i} (day {steps[i - 1].WithinDays}); steps must increase in days";
            }

            if (steps[i].Percent >= steps[i - 1].Percent)
            {
                return $"step {i + 1} gives {steps[i].Percent} %, not less than step {i} ({steps[i - 1].Percent} %); a later payment cannot earn more";
            }
        }

        return steps.Length > 0 && netDays < steps[steps.Length - 1].WithinDays
            ? $"the net days ({netDays}) are shorter than the last discount window ({steps[steps.Length - 1].WithinDays})"
            : null;
    }

    /// <summary>Parses terms into a result that says why the text is not valid terms.</summary>
    internal static ParseResult<PaymentTerms> Read(string text)
    {
        // An account set has a handful of terms over a million customers: each text is parsed once. Terms are immutable.
        if (Known.TryGetValue(text, out var known))
        {
            return ParseResult<PaymentTerms>.Ok(known);
        }

        if (!TryParse(text, out var terms, out var problem))
        {
            return ParseResult<PaymentTerms>.Fail(Messages.Format("NotPaymentTerms", text, problem));
        }

        if (Known.Count < MaxKnown)
        {
            Known.TryAdd(text, terms);
        }

        return ParseResult<PaymentTerms>.Ok(terms);
    }

    private const int MaxKnown = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PaymentTerms> Known = new(StringComparer.Ordinal);

    // 月结30天, 月结, EOM+30, EOM, 季结…, EOQ…, 次月15日, day 15 next month, 预付款, 款到发货, cash in advance.
    private static readonly System.Text.RegularExpressions.Regex PeriodForm = new(
        @"^\s*(?:(?<month>月结|EOM)|(?<quarter>季结|EOQ))\s*(?:\+?\s*(?<days>\d{1,5})\s*(?:天|日|days?)?)?\s*$|^\s*(?:次月\s*(?<day>\d{1,2})\s*[日号]|day\s+(?<day>\d{1,2})\s+(?:of\s+)?next\s+month)\s*$|^\s*(?<advance>预付款|款到发货|cash\s+in\s+advance|CIA|prepaid)\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    private static PaymentTerms? PeriodTerms(string text)
    {
        var match = PeriodForm.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Groups["month"].Success ? MonthEnd(days)
            : match.Groups["quarter"].Success ? QuarterEnd(days)
            : match.Groups["advance"].Success ? CashInAdvance
            : int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) is var day and >= 1 and <= 31 ? NextMonthDay(day) : null;
    }

    private static bool TryParse(string? text, [NotNullWhen(true)] out PaymentTerms? terms, out string problem)
    {
        terms = text is null ? null : PeriodTerms(text);
        if (terms is not null)
        {
            problem = string.Empty;
            return true;
        }

        var parts = (text ?? string.Empty).Replace('，', ',').Replace('／', '/').Split(',').Select(p => p.Trim()).ToArray();
        var steps = new List<CashDiscountStep>();
        int? netDays = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var pair = parts[i].Split('/');
            if (pair.Length != 2 || !int.TryParse(pair[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                problem = Messages.Format("TermsPart", i + 1, parts[i]);
                return false;
            }

            var head = pair[0].Trim();
            if (head is "n" or "N")
            {
                if (i != parts.Length - 1)
                {
                    problem = Messages.Format("TermsNetLast", days);
                    return false;
                }

                netDays = days;
            }
            else if (decimal.TryParse(head, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent > 0m && percent < 100m)
            {
                steps.Add(new CashDiscountStep(percent, days));
            }
            else
            {
                problem = Messages.Format("TermsPercent", i + 1, parts[i]);
                return false;
            }
        }

        if (netDays is not { } net)
        {
            problem = Messages.Get("TermsNetMissing");
            return false;
        }

        if (StepProblem(net, steps.ToArray()) is { } stepProblem)
        {
            problem = stepProblem;
            return false;
        }

        terms = new PaymentTerms(net, steps);
        problem = string.Empty;
        return true;
    }
}
