using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Archives;

[ScaledProperties(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 100)]
public class CategoryProfileProperties
{
    [Property]
    public bool The_effective_value_of_every_field_is_a_naive_walk_up_the_ancestors(ProfileScenario scenario)
    {
        var snapshot = scenario.Archive().Snapshot;
        var tree = snapshot.CategoriesOf(DimensionNames.Category);
        return snapshot.All(customer =>
        {
            var effective = snapshot.EffectiveProfile(customer.Code);
            return CategoryProfileFields.All.All(field => Equals(Walk(snapshot, tree, customer, field), effective[field].Value) || Same(Walk(snapshot, tree, customer, field), effective[field].Value));
        });
    }

    [Property]
    public Property Setting_then_clearing_a_value_restores_every_customers_effective_values(ProfileScenario scenario, int category, int field, int seed)
    {
        var archive = scenario.Archive();
        var rows = scenario.Tree.Rows;
        var code = rows.Count == 0 ? null : rows[Math.Abs(category % rows.Count)].Code;
        var profileField = ProfileScenario.Fields[Math.Abs(field % 4)];
        return Prop.When(code is not null && archive.Snapshot.ProfileOf(DimensionNames.Category, code)[profileField] is null, () =>
        {
            var before = Effective(archive.Snapshot);
            archive.SetProfileValue(DimensionNames.Category, code!, profileField.Name, ProfileScenario.ValueOf(Math.Abs(field % 4), Math.Abs(seed)), "测试");
            archive.SetProfileValue(DimensionNames.Category, code!, profileField.Name, null, "测试");
            return before.SequenceEqual(Effective(archive.Snapshot));
        });
    }

    [Property]
    public Property A_disabled_category_never_gains_customers_or_children(ProfileScenario scenario, int category)
    {
        var archive = scenario.Archive();
        var rows = scenario.Tree.Rows;
        return Prop.When(rows.Count > 0, () =>
        {
            var tree = archive.Snapshot.CategoriesOf(DimensionNames.Category);
            var code = rows[Math.Abs(category % rows.Count)].Code;
            archive.DisableCategory(DimensionNames.Category, code, "测试");
            var (customers, categories) = (archive.Snapshot.CustomersIn(DimensionNames.Category, code, includeDescendants: false).Count, archive.Snapshot.CategoriesOf(DimensionNames.Category).Count);
            var child = tree.Scheme.LevelCount > tree.Get(code).Level ? code + new string('0', tree.Scheme.CodeLength(tree.Get(code).Level + 1) - code.Length) : null;
            var addedCustomer = archive.Apply(new ChangeBatch().Add(new Customer("NEW", "新客户") { CategoryCode = code }), "测试");
            var addedChild = child is null ? null : archive.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, child, "新分类"), "测试");
            return !addedCustomer.Succeeded && (addedChild is null || !addedChild.Succeeded)
                && archive.Snapshot.CustomersIn(DimensionNames.Category, code, includeDescendants: false).Count == customers
                && archive.Snapshot.CategoriesOf(DimensionNames.Category).Count == categories;
        });
    }

    [Property]
    public Property A_merge_keeps_the_number_of_customers_and_their_other_values(ProfileScenario scenario, int first, int second)
    {
        var archive = scenario.Archive();
        var tree = archive.Snapshot.CategoriesOf(DimensionNames.Category);
        var leaves = tree.Where(c => tree.IsLeaf(c.Code)).ToArray();
        var (from, into) = leaves.Length < 2 ? (null, null) : (leaves[Math.Abs(first % leaves.Length)], leaves[Math.Abs(second % leaves.Length)]);
        return Prop.When(from is not null && into is not null && from.Code != into.Code && from.Level == into.Level, () =>
        {
            var before = archive.Snapshot.ToDictionary(c => c.Code);
            archive.MergeCategory(DimensionNames.Category, from!.Code, into!.Code, "测试");
            var after = archive.Snapshot.ToArray();
            return after.Length == before.Count
                && after.All(c => c with { CategoryCode = before[c.Code].CategoryCode } == before[c.Code])
                && after.All(c => !string.Equals(c.CategoryCode, from.Code, StringComparison.Ordinal));
        });
    }

    [Property]
    public Property A_move_keeps_the_number_of_customers_and_their_other_values(ProfileScenario scenario, int pick)
    {
        var archive = scenario.Archive();
        var tree = archive.Snapshot.CategoriesOf(DimensionNames.Category);
        var roots = tree.Roots;
        var root = roots.Count == 0 ? null : roots[Math.Abs(pick % roots.Count)];
        // A free code of the first level: the first of 00, 01, … 99 (or of the level's length) the tree lacks.
        var free = root is null ? null : Enumerable.Range(0, 100).Select(i => i.ToString("D" + root.Code.Length, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(c => c.Length == root.Code.Length && !tree.Contains(c));
        return Prop.When(root is not null && free is not null, () =>
        {
            var before = archive.Snapshot.ToDictionary(c => c.Code);
            var profiles = archive.Snapshot.ProfilesOf(DimensionNames.Category).Count;
            archive.MoveCategory(DimensionNames.Category, root!.Code, free!, "测试");
            var after = archive.Snapshot.ToArray();
            return after.Length == before.Count
                && after.All(c => c with { CategoryCode = before[c.Code].CategoryCode } == before[c.Code])
                && after.All(c => c.CategoryCode is null || !c.CategoryCode.StartsWith(root.Code, StringComparison.Ordinal) || root.Code.StartsWith(free!, StringComparison.Ordinal))
                && archive.Snapshot.ProfilesOf(DimensionNames.Category).Count == profiles
                && archive.Snapshot.CategoriesOf(DimensionNames.Category).Count == tree.Count;
        });
    }

    [Property]
    public Property A_split_puts_every_customer_of_the_leaf_in_exactly_one_child(ProfileScenario scenario, int leafIndex, int seed)
    {
        var archive = scenario.Archive();
        var tree = archive.Snapshot.CategoriesOf(DimensionNames.Category);
        var leaves = tree.Where(c => tree.IsLeaf(c.Code) && c.Level < tree.Scheme.LevelCount).ToArray();
        var leaf = leaves.Length == 0 ? null : leaves[Math.Abs(leafIndex % leaves.Length)];
        return Prop.When(leaf is not null, () =>
        {
            var length = tree.Scheme.CodeLength(leaf!.Level + 1) - leaf.Code.Length;
            CategoryRow[] children = [new(leaf.Code + new string('0', length), "甲"), new(leaf.Code + new string('1', length), "乙")];
            var members = archive.Snapshot.CustomersIn(DimensionNames.Category, leaf.Code, includeDescendants: false);
            var assigned = members.Where((c, i) => ((i + seed) & 1) == 0).ToDictionary(c => c.Code, _ => children[0].Code, StringComparer.Ordinal);
            var count = archive.Snapshot.Count;
            archive.SplitCategory(DimensionNames.Category, leaf.Code, children, assigned, children[1].Code, "测试");
            var inChildren = children.SelectMany(c => archive.Snapshot.CustomersIn(DimensionNames.Category, c.Code, includeDescendants: false)).Select(c => c.Code).ToArray();
            return archive.Snapshot.Count == count && inChildren.Length == members.Count && inChildren.Distinct(StringComparer.Ordinal).Count() == members.Count
                && members.All(m => archive.Snapshot.Get(m.Code).CategoryCode == (assigned.TryGetValue(m.Code, out var child) ? child : children[1].Code));
        });
    }

    private static object?[] Effective(ArchiveSnapshot snapshot) =>
        [.. snapshot.SelectMany(c => snapshot.EffectiveProfile(c.Code).Select(v => (object?)(v.Field.Name + "=" + v.Field.Format(v.Value) + "@" + v.Source)))];

    // As a clerk would look it up: the customer's own, then its category and each ancestor in turn, then the defaults.
    private static object? Walk(ArchiveSnapshot snapshot, CategoryTree tree, Customer customer, CategoryProfileField field)
    {
        if (field.CustomerField?.GetValue(customer) is { } own and not IReadOnlyList<string>)
        {
            return own;
        }

        for (var code = customer.CategoryCode; code is not null; code = tree.Get(code).ParentCode)
        {
            if (snapshot.ProfileOf(DimensionNames.Category, code)[field] is { } set)
            {
                return set;
            }
        }

        return snapshot.ProfileDefaults[field] ?? field.DefaultValue;
    }

    private static bool Same(object? a, object? b) => a is IEnumerable<string> x && b is IEnumerable<string> y && x.SequenceEqual(y);
}
