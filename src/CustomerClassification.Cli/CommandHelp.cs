using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace CustomerClassification.Cli;

/// <summary>Help as users expect it: examples under each command, and the nearest command named when one is mistyped.</summary>
internal static class CommandHelp
{
    // The walk-through of the README, command by command: each example runs as written from the repository's root.
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["ccls"] = ["ccls demo", "ccls import --model model.json --scheme 2-3-4 --categories samples/categories.csv --customers samples/customers.csv", "ccls tree --model model.json", "ccls help import"],
        ["demo"] = ["ccls demo", "ccls demo --json > demo.json"],
        ["import"] =
        [
            "ccls import --model model.json --scheme 2-3-4 --region-scheme 2-2 --categories samples/categories.csv --regions samples/regions.csv --customers samples/customers.csv --rules samples/rules.json",
            "ccls import --model model.json --customers edited.csv --update",
            "ccls import --model model.json --customers edited.csv --update --match taxid",
            "ccls import --model model.json --credit-policies samples/credit-policies.csv",
            "ccls import --model new.json --scheme 2-3 --credit-grades AAA,AA,A,B,C,D --customers customers.csv",
            "ccls import --model model.json --profiles profiles.csv --actor 王会计",
        ],
        ["export"] = ["ccls export --model model.json --out customers.csv", "ccls export --model model.json --out customers.xlsx", "ccls export --model model.json --what profiles --out profiles.csv", "ccls export --model model.json --effective --out effective.csv"],
        ["tree"] = ["ccls tree --model model.json", "ccls tree --model model.json --dimension region", "ccls tree --model model.json --profiles"],
        ["show"] = ["ccls show --model model.json --customer C0001", "ccls show --model model.json --customer C0001 --json"],
        ["category"] =
        [
            "ccls category describe --model model.json --code 0101 --text 一级经销商",
            "ccls category disable --model model.json --code 010103",
            "ccls category merge --model model.json --from 010103 --into 010102 --override-reason 经理批准",
            "ccls category split --model model.json --code 010101 --children children.csv --when \"01010101=creditGrade='AAA'\" --rest 01010102",
            "ccls category move --model model.json --code 0103 --to 0104",
        ],
        ["settings"] = ["ccls settings add-dimension --model model.json --name 渠道 --scheme 2", "ccls settings add-custom-field --model model.json --name 年采购额:number", "ccls settings scheme --model model.json --scheme 2-3-4-2", "ccls settings grades --model model.json --credit-grades 优,良,中,差"],
        ["audit"] = ["ccls audit --model model.json --open-items samples/open-items.csv", "ccls audit --model model.json --out audit.xlsx"],
        ["classify"] = ["ccls classify --model model.json --stats samples/stats.csv --as-of 2026-06-30", "ccls classify --model model.json --stats samples/stats.csv --apply --override-reason 年度重分类"],
        ["explain"] = ["ccls explain --model model.json --customer C0001 --stats samples/stats.csv --as-of 2026-06-30"],
        ["aging"] = ["ccls aging --model model.json --open-items samples/open-items.csv --as-of 2026-06-30", "ccls aging --model model.json --open-items samples/open-items.csv --as-of 2026-06-30 --out aging.xlsx"],
        ["check-credit"] = ["ccls check-credit --model model.json --customer C0001 --amount 12万 --open-items samples/open-items.csv --as-of 2026-06-30"],
        ["access"] = ["ccls access import --model model.json --policy policy.json --user 管理员", "ccls access show --model model.json --user 管理员"],
        ["request"] =
        [
            "ccls request submit --model model.json --user 张三 --reason 调整 import --customers edited.csv --update",
            "ccls request list --model model.json --user 李主管",
            "ccls request show 1 --model model.json --user 李主管",
            "ccls request approve 1 --model model.json --user 李主管 --note 同意",
            "ccls request reject 1 --model model.json --user 李主管 --reason 证据不足",
            "ccls request apply 1 --model model.json --user 张三",
        ],
        ["report"] = ["ccls report --model model.json --open-items samples/open-items.csv --stats samples/stats.csv --as-of 2026-06-30 --out report.html"],
    };

    /// <summary>Adds an examples section to the help of every command.</summary>
    public static void AddExamples(RootCommand root)
    {
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: HelpAction help } option)
        {
            option.Action = new WithExamples(help);
            option.Description = CliText.Get("HelpOption");
        }
    }

    /// <summary>The examples of a command, for tests that run them.</summary>
    public static IReadOnlyList<string> ExamplesOf(string command) => Examples.TryGetValue(command, out var examples) ? examples : [];

    // The framework's help, then the command's examples.
    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        // As the framework's help: '--help' shows the help even when a required option is missing.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = help.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            if (Examples.TryGetValue(command is RootCommand ? "ccls" : command.Name, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(CliText.Get("Examples"));
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }

    /// <summary>The command nearest to a mistyped one (at most two edits away, or its start), or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> commands) =>
        commands
            .Select(c => (Name: c, Distance: c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 2 ? 0 : Distance(typed.ToLowerInvariant(), c)))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(2, typed.Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    // Edits between two words, a swap of neighbours counting as one (improt → import).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
