using CustomerClassification.Coding;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Coding;

[ScaledProperties(Arbitrary = [typeof(CodingGenerators)], MaxTest = 200)]
public class CategoryTreeProperties
{
    [Property]
    public bool DescendantsOf_equals_the_sorted_prefix_filter_of_all_codes(TreeSample sample)
    {
        var tree = sample.Build();
        var codes = sample.Rows.Select(r => r.Code).ToArray();
        return codes.All(x =>
            tree.DescendantsOf(x).Select(c => c.Code).SequenceEqual(
                codes.Where(c => c != x && c.StartsWith(x, StringComparison.Ordinal)).OrderBy(c => c, StringComparer.Ordinal)));
    }

    [Property]
    public bool AncestorsOf_is_the_chain_of_ParentOf(TreeSample sample)
    {
        var tree = sample.Build();
        return sample.Rows.All(row =>
        {
            var chain = new List<string>();
            for (var parent = sample.Scheme.ParentOf(row.Code); parent is not null; parent = sample.Scheme.ParentOf(parent))
            {
                chain.Insert(0, parent);
            }

            return tree.AncestorsOf(row.Code).Select(c => c.Code).SequenceEqual(chain);
        });
    }

    [Property]
    public bool Enumeration_is_the_depth_first_order_of_ChildrenOf(TreeSample sample)
    {
        var tree = sample.Build();
        var depthFirst = new List<string>();
        void Visit(Category c)
        {
            depthFirst.Add(c.Code);
            foreach (var child in tree.ChildrenOf(c.Code))
            {
                Visit(child);
            }
        }

        foreach (var root in tree.Roots)
        {
            Visit(root);
        }

        return tree.Select(c => c.Code).SequenceEqual(depthFirst)
            && depthFirst.SequenceEqual(depthFirst.OrderBy(c => c, StringComparer.Ordinal))
            && depthFirst.Count == sample.Rows.Count;
    }

    [Property]
    public bool IsUnder_holds_exactly_for_the_category_and_its_descendants(TreeSample sample)
    {
        var tree = sample.Build();
        return tree.All(x =>
        {
            var subtree = tree.DescendantsOf(x.Code).Select(c => c.Code).Append(x.Code).ToHashSet();
            return tree.All(c => tree.IsUnder(c.Code, x.Code) == subtree.Contains(c.Code));
        });
    }

    [Property]
    public Property Build_from_any_permutation_gives_an_equal_tree(TreeSample sample)
    {
        var expected = sample.Build().ToArray();
        return Prop.ForAll(
            Gen.Shuffle(sample.Rows.ToArray()).ToArbitrary(),
            shuffled => CategoryTree.Build(sample.Scheme, shuffled).Tree!.SequenceEqual(expected));
    }

    [Property]
    public bool Adding_one_by_one_parents_first_equals_Build(TreeSample sample)
    {
        var tree = CategoryTree.CreateBuilder(sample.Scheme);
        foreach (var row in sample.Rows)
        {
            tree.Add(row.Code, row.Name);
        }

        return tree.SequenceEqual(sample.Build());
    }

    [Property]
    public Property Add_then_Remove_of_a_leaf_restores_the_tree(TreeSample sample, string segmentSeed)
    {
        var tree = sample.Build().ToBuilder();
        var before = tree.ToArray();
        var parent = tree.FirstOrDefault(c => c.Level < sample.Scheme.LevelCount);
        var level = parent is null ? 1 : parent.Level + 1;
        var segment = new string('z', sample.Scheme.Levels[level - 1]);
        var code = (parent?.Code ?? string.Empty) + segment;
        return new Func<bool>(() =>
        {
            tree.Add(code, "新增 " + segmentSeed?.Length);
            var added = tree.Count == before.Length + 1 && tree.IsLeaf(code);
            tree.Remove(code);
            return added && tree.SequenceEqual(before);
        }).When(!tree.Contains(code));
    }

    [Property]
    public bool ChangeScheme_either_keeps_every_parent_or_changes_nothing(TreeSample sample, CodingScheme other)
    {
        var tree = sample.Build().ToBuilder();
        var before = tree.ToArray();
        try
        {
            tree.ChangeScheme(other);
            return tree.Scheme == other
                && tree.SequenceEqual(before)
                && before.All(c => other.Fits(c.Code) && other.ParentOf(c.Code) == c.ParentCode);
        }
        catch (ClassificationException e) when (e.ErrorCode == ClassificationErrorCode.SchemeChangeBreaksCodes)
        {
            var breaking = before.Where(c => !other.Fits(c.Code) || other.ParentOf(c.Code) != c.ParentCode).Select(c => c.Code);
            return tree.Scheme == sample.Scheme
                && tree.SequenceEqual(before)
                && e.Violations.Select(v => v.Code).SequenceEqual(breaking);
        }
    }

    [Property]
    public Property ChangeScheme_to_a_scheme_with_one_more_level_is_always_accepted(TreeSample sample)
    {
        var levels = sample.Scheme.Levels.ToList();
        var limits = CodingLimits.CustomerCategory;
        return new Func<bool>(() =>
        {
            var tree = sample.Build().ToBuilder();
            var before = tree.ToArray();
            var deeper = new CodingScheme(levels.Append(1));
            tree.ChangeScheme(deeper);
            return tree.Scheme == deeper && tree.SequenceEqual(before);
        }).When(levels.Count < limits.MaxLevels && levels.Sum() < limits.MaxTotalLength);
    }

    // The law of an immutable tree: what a builder does after handing a tree out, or to a copy of it, never shows in it.
    [Property]
    public Property A_tree_handed_out_never_changes(TreeSample sample)
    {
        var original = sample.Build();
        var leaf = original.FirstOrDefault(c => original.IsLeaf(c.Code));
        return new Func<bool>(() =>
        {
            var before = original.ToArray();
            var builder = original.ToBuilder();
            var first = builder.ToTree();
            builder.Rename(leaf!.Code, "改名");
            builder.Remove(leaf.Code);
            var second = builder.ToTree();
            return original.SequenceEqual(before) && first.SequenceEqual(before)
                && second.Count == before.Length - 1 && !second.Contains(leaf.Code) && first.Contains(leaf.Code);
        }).When(leaf is not null);
    }
}
