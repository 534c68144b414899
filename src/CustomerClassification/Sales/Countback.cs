using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// Days sales outstanding by the countback method (倒推法): the open balance is matched against the net sales of
/// each calendar month going back from the as-of day's month (which counts its days up to that day); every month
/// the balance covers adds all its days, the month that covers the rest adds its share of them. A balance of 0 or
/// less is 0 days; when the months run out first, the days of all of them are the answer.
/// </summary>
internal static class Countback
{
    /// <summary>The month a day falls in, counted back from the as-of day's month (0), or -1 when it is after the as-of day or too far back.</summary>
    public static int MonthBack(LocalDate asOf, LocalDate date, int months)
    {
        if (date > asOf)
        {
            return -1;
        }

        var back = ((asOf.Year - date.Year) * 12) + asOf.Month - date.Month;
        return back < months ? back : -1;
    }

    /// <summary>The days of the months counted back: the as-of day's month up to that day, then whole months.</summary>
    public static int[] DaysOfMonths(LocalDate asOf, int months)
    {
        var days = new int[months];
        var month = new YearMonth(asOf.Year, asOf.Month);
        for (var i = 0; i < months; i++, month = month.PlusMonths(-1))
        {
            days[i] = i == 0 ? asOf.Day : month.ToDateInterval().Length;
        }

        return days;
    }

    /// <summary>The countback days of a balance over net sales per month back, rounded to two places.</summary>
    public static decimal Days(decimal balance, decimal[] monthlySales, int[] days)
    {
        var total = 0m;
        for (var i = 0; i < monthlySales.Length && balance > 0m; i++)
        {
            var sales = monthlySales[i];
            if (sales > 0m && balance < sales)
            {
                total += balance / sales * days[i];
                balance = 0m;
            }
            else
            {
                total += days[i];
                balance -= Math.Max(sales, 0m);
            }
        }

        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }
}
