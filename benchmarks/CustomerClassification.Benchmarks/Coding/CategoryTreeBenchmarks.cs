using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Coding;

namespace CustomerClassification.Benchmarks.Coding;

/// <summary>
/// The category tree against the raw collections and hand-written code a host would otherwise use.
/// Each category of benchmarks has its own baseline; compare ratios within a category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CategoryTreeBenchmarks
{
    private const int Lookups = 1024;

    private CategoryTree _tree = null!;
    private List<CategoryRow> _rows = null!;
    private Dictionary<string, Category> _byCode = null!;
    private Dictionary<string, List<Category>> _children = null!;
    private Category[] _all = null!;
    private string[] _probes = null!;
    private string[] _leafProbes = null!;
    private string _level2 = null!;

    [Params(1_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rows = SampleTree.Rows(Size);
        _tree = CategoryTree.Build(SampleTree.Scheme, _rows).Tree!;
        _all = _tree.ToArray();
        _byCode = _all.ToDictionary(c => c.Code);
        _children = _all.Where(c => c.ParentCode is not null).GroupBy(c => c.ParentCode!).ToDictionary(g => g.Key, g => g.ToList());
        var random = new Random(42);

        // Fresh string instances, as codes read from input would be.
        _probes = Enumerable.Range(0, Lookups).Select(_ => new string(_all[random.Next(_all.Length)].Code.ToCharArray())).ToArray();
        var leaves = _all.Where(c => c.Level == 4).ToArray();
        _leafProbes = Enumerable.Range(0, Lookups).Select(_ => new string(leaves[random.Next(leaves.Length)].Code.ToCharArray())).ToArray();
        _level2 = _all.First(c => c.Level == 2).Code;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Find")]
    public int Find_RawDictionary()
    {
        var found = 0;
        foreach (var code in _probes)
        {
            if (_byCode.TryGetValue(code, out var category))
            {
                found += category.Level;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Find")]
    public int Find_Tree()
    {
        var found = 0;
        foreach (var code in _probes)
        {
            if (_tree.Find(code) is { } category)
            {
                found += category.Level;
            }
        }

        return found;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Descendants")]
    public int Descendants_ChildListWalk() => Walk(_level2);

    [Benchmark]
    [BenchmarkCategory("Descendants")]
    public int Descendants_LinqPrefixFilter() =>
        _all.Where(c => c.Code.Length > _level2.Length && c.Code.StartsWith(_level2, StringComparison.Ordinal)).Sum(c => c.Level);

    [Benchmark]
    [BenchmarkCategory("Descendants")]
    public int Descendants_Tree()
    {
        var sum = 0;
        foreach (var category in _tree.DescendantsOf(_level2))
        {
            sum += category.Level;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Ancestors")]
    public int Ancestors_ParentCodeWalk()
    {
        // Hand-written: cut the code level by level and look each parent up.
        var sum = 0;
        var scheme = SampleTree.Scheme;
        foreach (var code in _leafProbes)
        {
            var level = scheme.LevelOf(code);
            var ancestors = new Category[level - 1];
            for (var l = level - 1; l >= 1; l--)
            {
                ancestors[l - 1] = _byCode[code.Substring(0, scheme.CodeLength(l))];
            }

            sum += ancestors.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Ancestors")]
    public int Ancestors_Tree()
    {
        var sum = 0;
        foreach (var code in _leafProbes)
        {
            sum += _tree.AncestorsOf(code).Count;
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public int Build_RawDictionaryAndSort()
    {
        var byCode = new Dictionary<string, CategoryRow>(_rows.Count, StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            byCode.Add(row.Code, row);
        }

        var codes = byCode.Keys.ToArray();
        Array.Sort(codes, StringComparer.Ordinal);
        return codes.Length;
    }

    [Benchmark]
    [BenchmarkCategory("Build")]
    public int Build_Tree() => CategoryTree.Build(SampleTree.Scheme, _rows).Tree!.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add")]
    public int Add_RawDictionary()
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            byCode.Add(row.Code, row.Name);
        }

        return byCode.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Add")]
    public int Add_TreeOneByOne() => AddAll().Count;

    // The pre-order index is rebuilt once, on the first query after the adds.
    [Benchmark]
    [BenchmarkCategory("Add")]
    public int Add_TreeOneByOneThenQuery() => AddAll().DescendantsOf(_level2).Count;

    private CategoryTree AddAll()
    {
        var builder = CategoryTree.CreateBuilder(SampleTree.Scheme);
        foreach (var row in _rows)
        {
            builder.Add(row.Code, row.Name);
        }

        return builder.ToTree();
    }

    private int Walk(string code)
    {
        var sum = 0;
        if (_children.TryGetValue(code, out var children))
        {
            foreach (var child in children)
            {
                sum += child.Level + Walk(child.Code);
            }
        }

        return sum;
    }
}
