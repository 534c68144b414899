using CustomerClassification.Coding;

namespace CustomerClassification.Tests.Coding;

[EnglishMessages]
public class CategoryTreeTests
{
    private static readonly CodingScheme Scheme = CodingScheme.Parse("2-3-4");

    // 01 华东区 ─ 01001 上海 ─ 010010001 浦东, 010010002 徐汇
    //          └ 01002 江苏
    // 02 华北区
    private static CategoryTreeBuilder SampleTree()
    {
        var tree = CategoryTree.CreateBuilder(Scheme);
        tree.Add("01", "华东区");
        tree.Add("01001", "上海");
        tree.Add("010010001", "浦东");
        tree.Add("010010002", "徐汇");
        tree.Add("01002", "江苏");
        tree.Add("02", "华北区");
        return tree;
    }

    private static string[] Codes(IEnumerable<Category> categories) => categories.Select(c => c.Code).ToArray();

    [Fact]
    public void TryGet_TellsAndGives_TheCategoryOrNothing()
    {
        var tree = SampleTree().ToTree();

        Assert.True(tree.TryGet("01001", out var found));
        Assert.Equal("上海", found!.Name);
        Assert.False(tree.TryGet("03", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void ToTree_HandsOutATree_ThatTheBuildersLaterChangesLeaveAlone()
    {
        var builder = SampleTree();
        var tree = builder.ToTree();

        builder.Add("03", "华南区");
        builder.Rename("02", "北方区");
        var changed = builder.ToTree().ToBuilder();

        Assert.Equal(["01", "01001", "010010001", "010010002", "01002", "02"], Codes(tree));
        Assert.Equal("华北区", tree.Get("02").Name);
        Assert.Equal("北方区", builder.ToTree().Get("02").Name);
        Assert.Equal(7, changed.Count);
    }

    [Fact]
    public void Add_UnderAnExistingParent_SetsLevelAndParent()
    {
        var tree = CategoryTree.CreateBuilder(Scheme);
        tree.Add("01", "华东区");

        var added = tree.Add("01001", "  上海  ");

        Assert.Equal("01001", added.Code);
        Assert.Equal("上海", added.Name);
        Assert.Equal(2, added.Level);
        Assert.Equal("01", added.ParentCode);
        Assert.Equal(added, tree.Find("01001"));
        Assert.Equal(2, tree.Count);
        Assert.Equal("01001 上海", added.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("010")]
    [InlineData("0100100010")]
    [InlineData("0 ")]
    [InlineData("０１")]
    [InlineData("0-")]
    [InlineData("上海")]
    public void Add_CodeThatDoesNotFit_IsRefusedAndChangesNothing(string code)
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        var e = Assert.Throws<ClassificationException>(() => tree.Add(code, "名称"));

        Assert.Equal(ClassificationErrorCode.CodeDoesNotFitScheme, e.ErrorCode);
        Assert.Equal(code, e.Code);
        Assert.Equal(before, tree);
    }

    [Fact]
    public void Add_WithoutItsParent_IsRefusedNamingTheParent()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        var e = Assert.Throws<ClassificationException>(() => tree.Add("03001", "山东"));

        Assert.Equal(ClassificationErrorCode.ParentCategoryMissing, e.ErrorCode);
        Assert.Equal("03001", e.Code);
        Assert.Equal("03", e.RelatedCode);
        Assert.Contains("'03'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, tree);
    }

    [Fact]
    public void Add_ExistingCode_IsRefused()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        var e = Assert.Throws<ClassificationException>(() => tree.Add("01001", "另一个上海"));

        Assert.Equal(ClassificationErrorCode.DuplicateCategoryCode, e.ErrorCode);
        Assert.Equal(before, tree);
        Assert.Equal("上海", tree.Find("01001")!.Name);
    }

    [Fact]
    public void Add_BadArguments_ThrowArgumentExceptionsAndChangeNothing()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        Assert.Throws<ArgumentNullException>(() => tree.Add(null!, "名称"));
        Assert.Throws<ArgumentException>(() => tree.Add(string.Empty, "名称"));
        Assert.Throws<ArgumentException>(() => tree.Add("   ", "名称"));
        Assert.Throws<ArgumentNullException>(() => tree.Add("03", null!));
        Assert.Throws<ArgumentException>(() => tree.Add("03", string.Empty));
        Assert.Throws<ArgumentException>(() => tree.Add("03", " \t "));
        Assert.Throws<ArgumentException>(() => tree.Add("03", new string('名', 61)));
        Assert.Throws<ArgumentException>(() => tree.Add("03", "华中\n区"));
        Assert.Equal(before, tree);
    }

    [Fact]
    public void Add_NameOfSixtyCharacters_IsAccepted_CountingCodePoints()
    {
        var tree = CategoryTree.CreateBuilder(Scheme);
        var sixty = new string('名', 59) + "𠀀"; // the last one is a surrogate pair: one character.

        Assert.Equal(sixty, tree.Add("01", sixty).Name);
        Assert.Equal(60, CategoryTree.MaxNameLength);
    }

    [Fact]
    public void Rename_IsAllowedForAnyCategory_AndEarlierSlicesStayAsTheyWere()
    {
        var tree = SampleTree();
        var slice = tree.DescendantsOf("01");

        var renamed = tree.Rename("01001", " 上海市 ");

        Assert.Equal("上海市", renamed.Name);
        Assert.Equal("上海市", tree.Find("01001")!.Name);
        Assert.Equal("上海市", tree.DescendantsOf("01")[0].Name);
        Assert.Equal("上海", slice[0].Name);
        Assert.Equal(6, tree.Count);
    }

    [Fact]
    public void Rename_UnknownOrBadInput_IsRefusedAndChangesNothing()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => tree.Rename("09", "x")).ErrorCode);
        Assert.Throws<ArgumentNullException>(() => tree.Rename(null!, "x"));
        Assert.Throws<ArgumentException>(() => tree.Rename(string.Empty, "x"));
        Assert.Throws<ArgumentNullException>(() => tree.Rename("01", null!));
        Assert.Throws<ArgumentException>(() => tree.Rename("01", "  "));
        Assert.Equal(before, tree);
    }

    [Fact]
    public void Remove_Leaf_RemovesItAndItsParentMayBecomeALeaf()
    {
        var tree = SampleTree();

        var removed = tree.Remove("01002");

        Assert.Equal("江苏", removed.Name);
        Assert.False(tree.Contains("01002"));
        Assert.Equal(new[] { "01001" }, Codes(tree.ChildrenOf("01")));
        tree.Remove("010010001");
        tree.Remove("010010002");
        Assert.True(tree.IsLeaf("01001"));
    }

    [Fact]
    public void Remove_CategoryWithChildren_IsRefusedAndChangesNothing()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        var e = Assert.Throws<ClassificationException>(() => tree.Remove("01"));

        Assert.Equal(ClassificationErrorCode.CategoryHasChildren, e.ErrorCode);
        Assert.Equal("01", e.Code);
        Assert.Equal(before, tree);
    }

    [Fact]
    public void Remove_UnknownOrBadInput_IsRefused()
    {
        var tree = SampleTree();

        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => tree.Remove("03")).ErrorCode);
        Assert.Throws<ArgumentNullException>(() => tree.Remove(null!));
        Assert.Throws<ArgumentException>(() => tree.Remove(string.Empty));
        Assert.Equal(6, tree.Count);
    }

    [Fact]
    public void Queries_AnswerFromTheTree()
    {
        var tree = SampleTree();

        Assert.Equal(new[] { "01", "02" }, Codes(tree.Roots));
        Assert.Equal(new[] { "01001", "01002" }, Codes(tree.ChildrenOf("01")));
        Assert.Empty(tree.ChildrenOf("02"));
        Assert.Equal(new[] { "01001", "010010001", "010010002", "01002" }, Codes(tree.DescendantsOf("01")));
        Assert.Empty(tree.DescendantsOf("02"));
        Assert.Equal(new[] { "01", "01001" }, Codes(tree.AncestorsOf("010010002")));
        Assert.Empty(tree.AncestorsOf("01"));
        Assert.True(tree.IsLeaf("02"));
        Assert.False(tree.IsLeaf("01001"));
        Assert.True(tree.IsUnder("010010001", "01"));
        Assert.True(tree.IsUnder("01", "01"));
        Assert.False(tree.IsUnder("01", "010010001"));
        Assert.False(tree.IsUnder("02", "01"));
        Assert.True(tree.Contains("02"));
        Assert.False(tree.Contains("03"));
        Assert.Null(tree.Find("03"));
        Assert.Null(tree.Find("not a code"));
        Assert.Equal(new[] { "01", "01001", "010010001", "010010002", "01002", "02" }, Codes(tree));
    }

    [Fact]
    public void Queries_UnknownCode_AreRefusedWithCategoryNotFound()
    {
        var tree = SampleTree();
        var queries = new Action[]
        {
            () => tree.IsLeaf("03"),
            () => tree.ChildrenOf("03"),
            () => tree.DescendantsOf("03"),
            () => tree.AncestorsOf("03"),
            () => tree.IsUnder("03", "01"),
            () => tree.IsUnder("01", "03"),
        };

        foreach (var query in queries)
        {
            var e = Assert.Throws<ClassificationException>(query);
            Assert.Equal(ClassificationErrorCode.CategoryNotFound, e.ErrorCode);
            Assert.Equal("03", e.Code);
        }
    }

    [Fact]
    public void Queries_NullCode_ThrowArgumentNullException()
    {
        var tree = SampleTree();

        Assert.Throws<ArgumentNullException>(() => tree.Find(null!));
        Assert.Throws<ArgumentNullException>(() => tree.Contains(null!));
        Assert.Throws<ArgumentNullException>(() => tree.IsLeaf(null!));
        Assert.Throws<ArgumentNullException>(() => tree.ChildrenOf(null!));
        Assert.Throws<ArgumentNullException>(() => tree.DescendantsOf(null!));
        Assert.Throws<ArgumentNullException>(() => tree.AncestorsOf(null!));
        Assert.Throws<ArgumentNullException>(() => tree.IsUnder(null!, "01"));
        Assert.Throws<ArgumentNullException>(() => tree.IsUnder("01", null!));
        Assert.Throws<ArgumentNullException>(() => CategoryTree.CreateBuilder(null!));
    }

    [Fact]
    public void DescendantsOf_IsASnapshot_LaterChangesDoNotShowInIt()
    {
        var tree = SampleTree();
        var before = tree.DescendantsOf("01");

        tree.Add("01003", "浙江");
        tree.Remove("010010002");

        Assert.Equal(new[] { "01001", "010010001", "010010002", "01002" }, Codes(before));
        Assert.Equal(new[] { "01001", "010010001", "01002", "01003" }, Codes(tree.DescendantsOf("01")));
    }

    [Fact]
    public void Build_RowsInAnyOrder_GivesTheWholeTree()
    {
        CategoryRow[] rows =
        [
            new("010010002", "徐汇"), new("02", "华北区"), new("01001", "上海"),
            new("01", "华东区"), new("01002", " 江苏 "), new("010010001", "浦东"),
        ];

        var result = CategoryTree.Build(Scheme, rows);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Violations);
        Assert.Equal(SampleTree(), result.Tree);
        Assert.Equal("江苏", result.Tree.Find("01002")!.Name);
    }

    [Fact]
    public void Build_BadRows_ReportsEveryProblemWithItsRowAndNoTree()
    {
        CategoryRow[] rows =
        [
            new("01", "华东区"),
            new("010", "不合规"),
            new("01", "重复"),
            new("03001", "山东"),
            new("02", "   "),
            new("04", new string('长', 61)),
            new(null!, "无编码"),
            new("05", "换\t行"),
            new("０６", string.Empty),
        ];

        var result = CategoryTree.Build(Scheme, rows);

        Assert.False(result.Succeeded);
        Assert.Null(result.Tree);
        Assert.Equal(
            new (int?, ClassificationErrorCode, string?)[]
            {
                (2, ClassificationErrorCode.CodeDoesNotFitScheme, "010"),
                (3, ClassificationErrorCode.DuplicateCategoryCode, "01"),
                (4, ClassificationErrorCode.ParentCategoryMissing, "03001"),
                (5, ClassificationErrorCode.CategoryNameRequired, "02"),
                (6, ClassificationErrorCode.CategoryNameTooLong, "04"),
                (7, ClassificationErrorCode.CategoryCodeRequired, null),
                (8, ClassificationErrorCode.CategoryNameInvalid, "05"),
                (9, ClassificationErrorCode.CodeDoesNotFitScheme, "０６"),
                (9, ClassificationErrorCode.CategoryNameRequired, "０６"),
            },
            result.Violations.Select(v => (v.Position, v.Error, v.Code)));
        Assert.Equal("03", result.Violations[2].RelatedCode);
        Assert.Contains("row 1", result.Violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRows_GivesAnEmptyTree()
    {
        var result = CategoryTree.Build(Scheme, []);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Tree);
        Assert.Empty(result.Tree.Roots);
    }

    [Fact]
    public void Build_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CategoryTree.Build(null!, []));
        Assert.Throws<ArgumentNullException>(() => CategoryTree.Build(Scheme, null!));
    }

    [Fact]
    public void ChangeScheme_WhereEveryCodeKeepsItsParent_IsAccepted()
    {
        var tree = SampleTree();
        var before = tree.ToArray();
        var deeper = CodingScheme.Parse("2-3-4-2");

        tree.ChangeScheme(deeper);
        tree.Add("01001000101", "陆家嘴");

        Assert.Equal(deeper, tree.Scheme);
        Assert.Equal(before, tree.Where(c => c.Code != "01001000101"));
        Assert.Equal(4, tree.Find("01001000101")!.Level);
    }

    [Fact]
    public void ChangeScheme_WhereCodesWouldBreak_IsRefusedWithEveryCodeAndChangesNothing()
    {
        var tree = SampleTree();
        var before = tree.ToArray();

        var e = Assert.Throws<ClassificationException>(() => tree.ChangeScheme(CodingScheme.Parse("2-1-2-4")));

        Assert.Equal(ClassificationErrorCode.SchemeChangeBreaksCodes, e.ErrorCode);
        Assert.Equal(
            // Under 2-1-2-4 a 9-character code keeps its 5-character parent, but 5-character codes would hang under 010.
            new[] { ("01001", ClassificationErrorCode.CategoryParentWouldChange), ("01002", ClassificationErrorCode.CategoryParentWouldChange) },
            e.Violations.Select(v => (v.Code!, v.Error)));
        Assert.Equal("010", e.Violations[0].RelatedCode);
        Assert.Equal(Scheme, tree.Scheme);
        Assert.Equal(before, tree);

        var shorter = Assert.Throws<ClassificationException>(() => tree.ChangeScheme(CodingScheme.Parse("2-3")));
        Assert.Equal(new[] { "010010001", "010010002" }, shorter.Violations.Select(v => v.Code));
        Assert.All(shorter.Violations, v => Assert.Equal(ClassificationErrorCode.CodeDoesNotFitScheme, v.Error));
        Assert.Equal(Scheme, tree.Scheme);
        Assert.Throws<ArgumentNullException>(() => tree.ChangeScheme(null!));
    }

    [Fact]
    public void ManyReaders_OnAStaleIndex_AllSeeTheSameTree()
    {
        var tree = CategoryTree.CreateBuilder(Scheme);
        for (var i = 1; i <= 60; i++)
        {
            var root = i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            tree.Add(root, "区" + root);
            for (var j = 1; j <= 30; j++)
            {
                tree.Add(root + j.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "省");
            }
        }

        var counts = new System.Collections.Concurrent.ConcurrentBag<int>();
        System.Threading.Tasks.Parallel.For(0, 64, i =>
        {
            var root = ((i % 60) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            counts.Add(tree.DescendantsOf(root).Count + tree.ChildrenOf(root).Count + tree.Count(c => c.Level > 0));
        });

        Assert.Equal(64, counts.Count);
        Assert.All(counts, c => Assert.Equal(30 + 30 + 1860, c));
    }
}
