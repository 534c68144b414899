using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CustomerClassification;

/// <summary>Hands out collections that cannot be cast back to an array or a list and changed behind their owner's back.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items) =>
        items as ReadOnlyCollection<T> ?? new ReadOnlyCollection<T>(items as IList<T> ?? items.ToArray());
}
