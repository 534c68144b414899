using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Quality;

/// <summary>
/// Data-quality checks on an archive snapshot, by hashing (one pass per check, no pairwise comparison): duplicate
/// tax ids, probable duplicates by normalised name (never proposed for merging when their 18-character tax ids
/// differ: those are different legal entities), deactivated customers still holding a credit limit or an open
/// balance, legacy tax ids, given mnemonic codes that do not match the name, and empty leaf categories. Rules the
/// archive itself enforces (leaf categories, required custom fields, valid tax ids) need no audit. Read-only.
/// </summary>
public static class ArchiveAudit
{
    // Company-form suffixes (公司形式), longest first; a branch (分公司) keeps its 分 and stays distinct.
    private static readonly string[] Suffixes = ["股份有限公司", "有限责任公司", "有限公司", "公司"];

    /// <summary>Audits a snapshot.</summary>
    /// <param name="archive">The snapshot.</param>
    /// <param name="openBalances">Open receivable balances by customer code, from the host's ledger, or null to skip that check.</param>
    /// <returns>The findings, by kind, then by the first customer or category code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="openBalances"/> holds codes that are not in the archive.</exception>
    public static IReadOnlyList<AuditFinding> Run(ArchiveSnapshot archive, IReadOnlyDictionary<string, decimal>? openBalances = null) =>
        RunWith(archive, AuditLimits.Default, openBalances);

    /// <summary>
    /// Audits a snapshot against the host's limits on its trees: besides the findings of
    /// <see cref="Run(ArchiveSnapshot, IReadOnlyDictionary{string, decimal}?)"/>, customers in disabled categories, categories
    /// with the same name under one parent, customers lacking a value their profile requires (必填项), customers unclassified
    /// in a dimension, categories deeper or broader than the limits, and leaves with a single customer.
    /// </summary>
    /// <param name="archive">The snapshot.</param>
    /// <param name="limits">The limits on depth and children.</param>
    /// <param name="openBalances">Open receivable balances by customer code, or null to skip that check.</param>
    /// <returns>The findings, by kind, then by the first customer or category code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="openBalances"/> holds codes that are not in the archive.</exception>
    public static IReadOnlyList<AuditFinding> RunWith(ArchiveSnapshot archive, AuditLimits limits, IReadOnlyDictionary<string, decimal>? openBalances = null)
    {
        Guard.Against.Null(limits);
        Guard.Against.Null(archive);
        var unknown = openBalances?.Keys.Where(code => archive.Find(code) is null).OrderBy(c => c, StringComparer.Ordinal).Take(10).ToArray() ?? [];
        if (unknown.Length > 0)
        {
            throw new ArgumentException(Messages.Format("AuditUnknownBalances", string.Join(", ", unknown)), nameof(openBalances));
        }

        var findings = new List<AuditFinding>();
        var customers = archive.ToArray();
        Duplicates(findings, customers.Where(c => c.TaxId is not null), c => c.TaxId!.Value.Value, AuditFindingKind.DuplicateTaxId, AuditSeverity.Error, "AuditWhatTaxId");
        Duplicates(findings, customers, c => NormalizedName(c.Name), AuditFindingKind.ProbableDuplicateName, AuditSeverity.Warning, "AuditWhatName");
        var profiles = archive.EffectiveProfiles();
        foreach (var customer in customers)
        {
            Check(findings, customer, openBalances);
            Classification(findings, archive, customer, profiles);
        }

        foreach (var dimension in archive.Settings.DimensionNamesInUse)
        {
            var tree = archive.CategoriesOf(dimension);
            var members = archive.Members[dimension];
            findings.AddRange(tree
                .Where(category => tree.IsLeaf(category.Code) && members.Get(category.Code).Count == 0)
                .Select(category => new AuditFinding(
                    AuditFindingKind.EmptyLeafCategory,
                    AuditSeverity.Information,
                    [],
                    Messages.Format("AuditEmptyLeaf", category.Code, category.Name, Messages.Dimension(dimension)),
                    Messages.Get("AuditEmptyLeafFix")) { Dimension = dimension, CategoryCode = category.Code }));
            Shape(findings, archive, dimension, limits);
        }

        return findings
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.Customers.Count > 0 ? f.Customers[0] : f.Dimension + ":" + f.CategoryCode, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Normalises a company name for finding probable duplicates: full-width forms folded to half width, letters
    /// upper-cased, white space, punctuation and symbols removed, and a trailing company form (股份有限公司,
    /// 有限责任公司, 有限公司, 公司) dropped. <c>上海华联商贸有限公司</c>, <c>上海 华联商贸公司</c> and
    /// <c>上海华联商贸（有限公司）</c> all become <c>上海华联商贸</c>; <c>上海华联商贸分公司</c> becomes <c>上海华联商贸分</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalised name; empty when nothing is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string NormalizedName(string name)
    {
        Guard.Against.Null(name);
        var text = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            // The ideographic space U+3000 is white space already; only the full-width ASCII forms need folding.
            var folded = MnemonicCode.FoldWidth(c);
            if (!char.IsWhiteSpace(folded) && !char.IsPunctuation(folded) && !char.IsSymbol(folded))
            {
                // Hanzi have no case: the culture's case tables are asked only for what might have one.
                text[length++] = folded switch
                {
                    >= 'a' and <= 'z' => (char)(folded - 'a' + 'A'),
                    < '\u0080' or (>= '\u3400' and <= '\u9FFF') => folded,
                    _ => char.ToUpperInvariant(folded),
                };
            }
        }

        var normalized = text.Slice(0, length).ToString();
        var suffix = Array.Find(Suffixes, s => normalized.Length > s.Length && normalized.EndsWith(s, StringComparison.Ordinal));
        return suffix is null ? normalized : normalized.Substring(0, normalized.Length - suffix.Length);
    }

    private static void Duplicates(List<AuditFinding> findings, IEnumerable<Customer> customers, Func<Customer, string> key, AuditFindingKind kind, AuditSeverity severity, string what)
    {
        foreach (var group in Shared(customers, key))
        {
            var ordered = group.Value.OrderBy(c => c.HasTransactions ? 0 : 1)
                .ThenBy(c => c.DeactivatedOn is null ? 0 : 1)
                .ThenBy(c => c.DevelopedOn ?? NodaTime.LocalDate.MaxIsoValue)
                .ThenBy(c => c.Code, StringComparer.Ordinal)
                .ToArray();
            var codes = ordered.Select(c => c.Code).ToArray();
            var shared = Messages.Format("AuditShared", ordered.Length, Messages.Get(what), group.Key, string.Join(", ", ordered.Select(c => c.ToString())));

            // Different 18-character tax ids (unified social credit codes, resident ids) are different legal entities,
            // whatever their names: never merged, only named apart.
            var entities = ordered.Select(c => c.TaxId).Where(t => t is { IsLegacy: false }).Distinct().Count();
            if (entities > 1)
            {
                findings.Add(new AuditFinding(
                    AuditFindingKind.SameNameDistinctTaxIds,
                    AuditSeverity.Information,
                    codes,
                    Messages.Format("AuditDistinctTaxIds", shared, entities),
                    Messages.Get("AuditDistinctTaxIdsFix")));
                continue;
            }

            findings.Add(new AuditFinding(
                kind,
                severity,
                codes,
                Messages.Format("Sentence", shared),
                Messages.Format("AuditMergeFix", string.Join(", ", ordered.Skip(1).Select(c => c.ToString())), ordered[0], Messages.Get(ordered[0].HasTransactions ? "AuditKeptTransactions" : "AuditKeptOldest"))));
        }
    }

    // The customers that share a key with another, by key: a million customers with unique keys make one dictionary, no group each.
    private static Dictionary<string, List<Customer>> Shared(IEnumerable<Customer> customers, Func<Customer, string> key)
    {
        var first = new Dictionary<string, Customer>(StringComparer.Ordinal);
        var shared = new Dictionary<string, List<Customer>>(StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            var value = key(customer);
            if (value.Length == 0)
            {
                continue;
            }

            if (shared.TryGetValue(value, out var group))
            {
                group.Add(customer);
            }
            else if (first.TryGetValue(value, out var earlier))
            {
                shared.Add(value, [earlier, customer]);
            }
            else
            {
                first.Add(value, customer);
            }
        }

        return shared;
    }

    private static void Check(List<AuditFinding> findings, Customer customer, IReadOnlyDictionary<string, decimal>? openBalances)
    {
        string[] code = [customer.Code];
        if (customer.DeactivatedOn is { } off)
        {
            if (customer.CreditLimit is { } limit && limit > 0m)
            {
                findings.Add(new AuditFinding(AuditFindingKind.DeactivatedWithCreditLimit, AuditSeverity.Warning, code,
                    Messages.Format("AuditDeactivatedLimit", customer, off.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), limit),
                    Messages.Get("AuditDeactivatedLimitFix")));
            }

            if (openBalances is not null && openBalances.TryGetValue(customer.Code, out var balance) && balance != 0m)
            {
                findings.Add(new AuditFinding(AuditFindingKind.DeactivatedWithOpenBalance, AuditSeverity.Error, code,
                    Messages.Format("AuditDeactivatedBalance", customer, off.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), balance),
                    Messages.Get("AuditDeactivatedBalanceFix")));
            }
        }

        if (customer.TaxId is { IsLegacy: true } taxId)
        {
            findings.Add(new AuditFinding(AuditFindingKind.LegacyTaxId, AuditSeverity.Information, code,
                Messages.Format("AuditLegacyTaxId", customer, taxId),
                Messages.Get("AuditLegacyTaxIdFix")));
        }

        var generated = MnemonicCode.FromName(customer.Name);
        if (customer.MnemonicCode is { } mnemonic && generated.Length > 0 && !string.Equals(mnemonic, generated, StringComparison.Ordinal))
        {
            findings.Add(new AuditFinding(AuditFindingKind.MnemonicMismatch, AuditSeverity.Information, code,
                Messages.Format("AuditMnemonic", customer, mnemonic, generated),
                Messages.Format("AuditMnemonicFix", generated)));
        }
    }

    // The customer against its categories: disabled ones, dimensions it is not classified in, the values its profile requires.
    private static void Classification(List<AuditFinding> findings, ArchiveSnapshot archive, Customer customer, EffectiveProfiles profiles)
    {
        string[] code = [customer.Code];
        foreach (var dimension in archive.Settings.DimensionNamesInUse)
        {
            if (customer.CodeIn(dimension) is not { } category)
            {
                findings.Add(new AuditFinding(AuditFindingKind.Unclassified, AuditSeverity.Information, code,
                    Messages.Format("AuditUnclassified", customer, Messages.Dimension(dimension)), Messages.Get("AuditUnclassifiedFix")) { Dimension = dimension });
            }
            else if (archive.CategoriesOf(dimension).Find(category) is { IsActive: false } disabled)
            {
                findings.Add(new AuditFinding(AuditFindingKind.CustomerInDisabledCategory, AuditSeverity.Warning, code,
                    Messages.Format("AuditInDisabled", customer, Messages.Dimension(dimension), disabled), Messages.Get("AuditInDisabledFix")) { Dimension = dimension, CategoryCode = category });
            }
        }

        var required = profiles.Of(customer).Get("requiredFields");
        foreach (var name in required.Value as IEnumerable<string> ?? [])
        {
            if (IsMissing(archive, customer, name, profiles))
            {
                findings.Add(new AuditFinding(AuditFindingKind.MissingRequiredValue, AuditSeverity.Warning, code,
                    Messages.Format("AuditMissingRequired", customer, name, required.Source), Messages.Format("AuditMissingRequiredFix", name)) { Dimension = required.Source.Dimension, CategoryCode = required.Source.CategoryCode });
            }
        }
    }

    // A customer field, a custom field or a profile value (its effective one) the customer has no value of; an unknown name is no finding.
    private static bool IsMissing(ArchiveSnapshot archive, Customer customer, string name, EffectiveProfiles profiles) =>
        CustomerFields.Find(name) is { } field ? field.GetValue(customer) is null or IReadOnlyCollection<string> { Count: 0 }
        : archive.Settings.FindCustomField(name) is not null ? !customer.CustomFields.ContainsKey(name)
        : CategoryProfileFields.Find(name) is { } profileField && profiles.Of(customer)[profileField].Value is null;

    // The tree's shape: names twice under one parent, depth and breadth past the limits, leaves of one customer.
    private static void Shape(List<AuditFinding> findings, ArchiveSnapshot archive, string dimension, AuditLimits limits)
    {
        var tree = archive.CategoriesOf(dimension);
        var label = Messages.Dimension(dimension);
        foreach (var twice in tree.GroupBy(c => (c.ParentCode, c.Name)).Where(g => g.Count() > 1))
        {
            var first = twice.First();
            findings.Add(new AuditFinding(AuditFindingKind.DuplicateCategoryName, AuditSeverity.Warning, [],
                Messages.Format("AuditCategoryNameTwice", label, first.Name, string.Join(", ", twice.Select(c => c.Code))), Messages.Get("AuditCategoryNameTwiceFix")) { Dimension = dimension, CategoryCode = first.Code });
        }

        foreach (var category in tree)
        {
            var children = tree.ChildrenOf(category.Code).Count;
            var customers = archive.Members[dimension].Get(category.Code).Count;
            if (limits.MaxDepth is { } depth && category.Level > depth)
            {
                findings.Add(Tree(AuditFindingKind.CategoryTooDeep, Messages.Format("AuditTooDeep", label, category, category.Level, depth), dimension, category.Code));
            }

            if (children > limits.MaxChildren)
            {
                findings.Add(Tree(AuditFindingKind.CategoryTooBroad, Messages.Format("AuditTooBroad", label, category, children, limits.MaxChildren), dimension, category.Code));
            }

            if (children == 0 && customers == 1)
            {
                findings.Add(Tree(AuditFindingKind.SingleCustomerLeaf, Messages.Format("AuditSingleCustomer", label, category), dimension, category.Code));
            }
        }
    }

    private static AuditFinding Tree(AuditFindingKind kind, string message, string dimension, string category) =>
        new(kind, AuditSeverity.Information, [], message, Messages.Get("AuditTreeShapeFix")) { Dimension = dimension, CategoryCode = category };
}
