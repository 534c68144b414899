using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>What a category merge did (<see cref="CustomerArchive.MergeCategory"/>).</summary>
/// <param name="MovedCustomers">The customers moved into the target's categories, as they are now.</param>
/// <param name="RemovedCodes">The codes of the source category and its descendants, all removed.</param>
/// <param name="DifferingValues">
/// The profile values the source's categories set that differ from what the target gives its customers (its own or
/// inherited value): dropped with the source, each with the source category it was set on; the target's values are kept.
/// </param>
public sealed record CategoryMerge(IReadOnlyList<Customer> MovedCustomers, IReadOnlyList<string> RemovedCodes, IReadOnlyList<ProfileValue> DifferingValues);
