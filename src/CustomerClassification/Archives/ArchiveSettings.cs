using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// The settings of a customer archive: whether customers are classified (客户是否分类), the coding schemes of
/// 客户分类 and 地区分类, further classification dimensions, the custom fields (自定义项) and the credit grades (信用等级).
/// Immutable; an archive's settings change only through logged operations (custom fields, dimensions, schemes and
/// grades added or changed), each giving the archive new settings.
/// </summary>
public sealed class ArchiveSettings
{
    private readonly Dictionary<string, CustomFieldDefinition> _customFields;
    private readonly Dictionary<string, CodingScheme> _schemes;
    private IReadOnlyList<string> _creditGrades = DefaultCreditGrades;
    private Dictionary<string, int> _gradeRanks = Ranks(DefaultCreditGrades);

    /// <summary>Creates settings.</summary>
    /// <param name="categoryScheme">The coding scheme of the customer categories (客户分类).</param>
    /// <param name="customersClassified">Whether every customer must be in a leaf customer category (客户是否分类); T3's default is true.</param>
    /// <param name="regionScheme">The coding scheme of the regions (地区分类), or null when regions are not used.</param>
    /// <param name="dimensions">Further classification dimensions; names unique (ordinal, case-insensitive).</param>
    /// <param name="customFields">The custom fields; names unique (ordinal, case-insensitive) and different from the dimensions'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categoryScheme"/> is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">Two dimensions or custom fields share a name.</exception>
    public ArchiveSettings(
        CodingScheme categoryScheme,
        bool customersClassified = true,
        CodingScheme? regionScheme = null,
        IEnumerable<DimensionDefinition>? dimensions = null,
        IEnumerable<CustomFieldDefinition>? customFields = null)
    {
        CategoryScheme = Guard.Against.Null(categoryScheme);
        CustomersClassified = customersClassified;
        RegionScheme = regionScheme;
        var dimensionList = NoNulls(dimensions, nameof(dimensions));
        var fieldList = NoNulls(customFields, nameof(customFields));

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { DimensionNames.Category, DimensionNames.Region };
        foreach (var name in dimensionList.Select(d => d.Name).Concat(fieldList.Select(f => f.Name)))
        {
            if (!names.Add(name))
            {
                throw new ArgumentException(Messages.Format("NameTwice", name), nameof(customFields));
            }
        }

        Dimensions = new ReadOnlyCollection<DimensionDefinition>(dimensionList);
        DimensionNamesInUse = ReadOnly.Of(new[] { DimensionNames.Category }
            .Concat(regionScheme is null ? [] : [DimensionNames.Region])
            .Concat(dimensionList.Select(d => d.Name))
            .ToArray());
        CustomFields = new ReadOnlyCollection<CustomFieldDefinition>(fieldList);
        _customFields = fieldList.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _schemes = dimensionList.ToDictionary(d => d.Name, d => d.Scheme, StringComparer.Ordinal);
        _schemes.Add(DimensionNames.Category, categoryScheme);
        if (regionScheme is not null)
        {
            _schemes.Add(DimensionNames.Region, regionScheme);
        }
    }

    /// <summary>
    /// Gets a value indicating whether customer and category codes are case-sensitive. False by default, as in T3, whose
    /// database compares codes ignoring case: <c>c001</c> and <c>C001</c> are one customer, found by either, kept as first
    /// typed; a customer in category <c>0a01</c> is in the tree's <c>0A01</c>, a new category <c>0a</c> beside <c>0A</c> is
    /// a duplicate. Set it for hosts whose own keys tell them apart.
    /// </summary>
    public bool CaseSensitiveCodes { get; init; }

    /// <summary>Gets T3's usual credit grades, best first: <c>AAA</c>, <c>AA</c>, <c>A</c>, <c>B</c>, <c>C</c>.</summary>
    public static IReadOnlyList<string> DefaultCreditGrades { get; } = ReadOnly.Of(new[] { "AAA", "AA", "A", "B", "C" });

    /// <summary>
    /// Gets the credit grades (信用等级) of the account set, best first (<see cref="DefaultCreditGrades"/> unless set): the
    /// only grades a customer may hold (<see cref="ClassificationErrorCode.CreditGradeNotOnScale"/>) and a profile's
    /// 最低信用等级 and 自动审批等级 may name, and the order credit checks compare grades on. Changed on an archive with
    /// <see cref="CustomerArchive.ChangeCreditGrades"/> (logged). Grades compare ordinally (case-sensitive).
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a list holding null.</exception>
    /// <exception cref="ArgumentException">Set to no grade, a blank grade, a grade given twice, or one that is not plain text of at most 100 characters.</exception>
    public IReadOnlyList<string> CreditGrades
    {
        get => _creditGrades;
        init
        {
            _creditGrades = GradeList(value, nameof(value));
            _gradeRanks = Ranks(_creditGrades);
        }
    }

    /// <summary>Gets how customer codes are compared (category codes are compared alike, spelled as their tree spells them): <see cref="StringComparer.OrdinalIgnoreCase"/>, or <see cref="StringComparer.Ordinal"/> with <see cref="CaseSensitiveCodes"/>.</summary>
    public StringComparer CodeComparer => CaseSensitiveCodes ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>Gets a value indicating whether every customer must be in a leaf customer category (客户是否分类).</summary>
    public bool CustomersClassified { get; }

    /// <summary>Gets the coding scheme of the customer categories (客户分类).</summary>
    public CodingScheme CategoryScheme { get; }

    /// <summary>Gets the coding scheme of the regions (地区分类), or null when regions are not used.</summary>
    public CodingScheme? RegionScheme { get; }

    /// <summary>Gets the further classification dimensions, in the order given.</summary>
    public IReadOnlyList<DimensionDefinition> Dimensions { get; }

    /// <summary>Gets the custom fields, in the order given.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; }

    /// <summary>
    /// Gets the names of every dimension in use: <see cref="DimensionNames.Category"/>, then
    /// <see cref="DimensionNames.Region"/> when regions are used, then the further dimensions.
    /// </summary>
    public IReadOnlyList<string> DimensionNamesInUse { get; }

    /// <summary>Finds a custom field by name (ordinal).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The definition, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CustomFieldDefinition? FindCustomField(string name)
    {
        Guard.Against.Null(name);
        return _customFields.TryGetValue(name, out var field) ? field : null;
    }

    /// <summary>Gets the coding scheme of a dimension in use (ordinal name), or null when there is no such dimension.</summary>
    /// <param name="dimension">The dimension name.</param>
    /// <returns>The scheme, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public CodingScheme? SchemeOf(string dimension)
    {
        dimension = DimensionNames.Canonical(dimension);
        return _schemes.TryGetValue(dimension, out var scheme) ? scheme : null;
    }

    /// <summary>The rank of a grade on <see cref="CreditGrades"/> (0 is the best), or null when it is not on the scale.</summary>
    internal int? GradeRank(string grade) => _gradeRanks.TryGetValue(grade, out var rank) ? rank : null;

    /// <summary>A grade list as a scale takes it: each trimmed, plain text, not blank, none twice, at least one.</summary>
    /// <exception cref="ArgumentNullException">The list is null or holds null.</exception>
    /// <exception cref="ArgumentException">No grade, a blank one, one given twice, or one that is not plain text.</exception>
    internal static IReadOnlyList<string> GradeList(IEnumerable<string> grades, string parameterName)
    {
        Guard.Against.Null(grades, parameterName);
        var list = grades.Select(g => Guard.Against.NullOrWhiteSpace(g, parameterName).Trim()).ToArray();
        // Each grade as a customer's 信用等级 takes it.
        if (list.Select(g => Customer.TextProblem(g, nameof(Customer.CreditGrade))).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, parameterName);
        }

        Guard.Against.NullOrEmpty(list, parameterName);
        if (list.GroupBy(g => g, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Messages.Format("GradeTwice", twice.Key), parameterName);
        }

        return ReadOnly.Of(list);
    }

    /// <summary>These settings with another grade scale.</summary>
    internal ArchiveSettings WithCreditGrades(IReadOnlyList<string> grades) => Like(CategoryScheme, RegionScheme, Dimensions, CustomFields, grades);

    /// <summary>
    /// Whether a dimension or custom field could not take the name (ordinal, case-insensitive): <c>category</c> and
    /// <c>region</c> (even when regions are not used), a further dimension's or a custom field's.
    /// </summary>
    internal bool IsNameTaken(string name) =>
        new[] { DimensionNames.Category, DimensionNames.Region }.Concat(Dimensions.Select(d => d.Name)).Concat(CustomFields.Select(f => f.Name))
            .Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>These settings with one more custom field.</summary>
    /// <exception cref="ArgumentException">A dimension or custom field already has the name.</exception>
    internal ArchiveSettings WithCustomField(CustomFieldDefinition field) =>
        Like(CategoryScheme, RegionScheme, Dimensions, CustomFields.Append(field));

    /// <summary>These settings with one more dimension.</summary>
    /// <exception cref="ArgumentException">A dimension or custom field already has the name.</exception>
    internal ArchiveSettings WithDimension(DimensionDefinition dimension) =>
        Like(CategoryScheme, RegionScheme, Dimensions.Append(dimension), CustomFields);

    /// <summary>These settings with another coding scheme for a dimension in use.</summary>
    internal ArchiveSettings WithScheme(string dimension, CodingScheme scheme) => dimension switch
    {
        DimensionNames.Category => Like(scheme, RegionScheme, Dimensions, CustomFields),
        DimensionNames.Region => Like(CategoryScheme, scheme, Dimensions, CustomFields),
        _ => Like(CategoryScheme, RegionScheme, Dimensions.Select(d => string.Equals(d.Name, dimension, StringComparison.Ordinal) ? new DimensionDefinition(d.Name, scheme) : d), CustomFields),
    };

    // Settings like these but for what is given: the rest (classified, case, grades) carried over.
    private ArchiveSettings Like(CodingScheme categoryScheme, CodingScheme? regionScheme, IEnumerable<DimensionDefinition> dimensions, IEnumerable<CustomFieldDefinition> customFields, IReadOnlyList<string>? grades = null) =>
        new(categoryScheme, CustomersClassified, regionScheme, dimensions, customFields) { CaseSensitiveCodes = CaseSensitiveCodes, CreditGrades = grades ?? CreditGrades };

    /// <summary>A grade scale as messages and the change log write it: <c>AAA &gt; AA &gt; A</c>.</summary>
    internal static string ScaleText(IEnumerable<string> grades) => string.Join(" > ", grades);

    /// <summary>Each grade's rank, 0 the best.</summary>
    internal static Dictionary<string, int> Ranks(IReadOnlyList<string> grades) =>
        grades.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);

    private static T[] NoNulls<T>(IEnumerable<T>? items, string parameterName)
        where T : class
    {
        var array = items?.ToArray() ?? [];
        return Array.IndexOf(array, null) >= 0 ? throw new ArgumentNullException(parameterName, "The list must not contain null.") : array;
    }
}
