using System.Collections.Generic;

namespace CustomerClassification.Sales;

/// <summary>
/// The slots of the customers a computation over a ledger meets: the ledger's customers by their index, then every other
/// code met (an open item's, a balance's, a settled item's) numbered on. What analysis and metrics keep per customer is
/// held in arrays by slot.
/// </summary>
internal sealed class CustomerSlots(SalesLedger ledger)
{
    private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);
    private readonly List<string> _otherCodes = [];

    /// <summary>Gets the number of slots: the ledger's customers and the other codes added.</summary>
    public int Count => ledger.CustomerCount + _otherCodes.Count;

    /// <summary>The slot of a code (ordinal), or -1.</summary>
    public int Find(string code) => ledger.IndexOf(code) is var at and >= 0 || _others.TryGetValue(code, out at) ? at : -1;

    /// <summary>Adds a code not found (see <see cref="Find"/>) and returns its slot, the next one.</summary>
    public int Add(string code)
    {
        var at = Count;
        _others.Add(code, at);
        _otherCodes.Add(code);
        return at;
    }

    /// <summary>The code of a slot.</summary>
    public string CodeAt(int slot) => slot < ledger.CustomerCount ? ledger.CustomerCodes[slot] : _otherCodes[slot - ledger.CustomerCount];
}
