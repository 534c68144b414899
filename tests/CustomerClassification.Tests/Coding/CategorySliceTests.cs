using System.Collections;
using CustomerClassification.Coding;

namespace CustomerClassification.Tests.Coding;

public class CategorySliceTests
{
    private static CategoryTreeBuilder Tree()
    {
        var tree = CategoryTree.CreateBuilder(CodingScheme.Parse("1-1"));
        tree.Add("1", "a");
        tree.Add("11", "b");
        tree.Add("12", "c");
        tree.Add("2", "d");
        return tree;
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var slice = Tree().DescendantsOf("1");

        Assert.Equal("12", slice[1].Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[-1]);
    }

    [Fact]
    public void Equals_SameRangeOfTheSameTree_OnlyThen()
    {
        var tree = Tree().ToTree();
        var first = tree.DescendantsOf("1");
        var again = tree.DescendantsOf("1");
        var other = tree.DescendantsOf("2");
        var inner = tree.DescendantsOf("11");

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, inner);
        Assert.NotEqual(first.GetHashCode(), inner.GetHashCode());
        Assert.False(first.Equals((object)"1"));
    }

    [Fact]
    public void Default_IsEmpty()
    {
        var slice = default(CategorySlice);

        Assert.Empty(slice);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[0]);
    }

    [Fact]
    public void Enumerator_CanBeReset()
    {
        IEnumerator enumerator = Tree().DescendantsOf("1").GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.True(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());

        enumerator.Reset();

        Assert.True(enumerator.MoveNext());
        Assert.Equal("11", ((Category)enumerator.Current).Code);
    }

    [Fact]
    public void Equality_IsTheSameRunOfTheSameSnapshot()
    {
        var tree = Tree();
        var a = tree.DescendantsOf("1");
        var b = tree.DescendantsOf("1");

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != tree.DescendantsOf("2"));
        tree.Add("13", "e");
        Assert.NotEqual(a, tree.DescendantsOf("1"));
    }
}
