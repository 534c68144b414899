using System.Collections.Generic;
using CustomerClassification.Archives;

namespace CustomerClassification.Spreadsheets;

/// <summary>One row of a profile table (<see cref="CategoryProfileCsv"/>): the values a category sets, and those it clears.</summary>
/// <param name="CategoryCode">The category's code as the archive's tree spells it, or <see cref="CategoryProfileCsv.DefaultsCode"/> for the archive's defaults.</param>
/// <param name="Values">The values the row's cells set (its empty cells set nothing).</param>
/// <param name="Cleared">The values of the row's empty cells when they clear (<c>clearEmpty</c>); otherwise empty.</param>
public sealed record CategoryProfileRow(string CategoryCode, CategoryProfile Values, IReadOnlyList<CategoryProfileField> Cleared);
