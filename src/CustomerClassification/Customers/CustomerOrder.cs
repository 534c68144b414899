using System.Collections.Generic;

namespace CustomerClassification.Customers;

/// <summary>The orders the archive keeps customers in: by code, and by mnemonic code then code.</summary>
internal sealed class CustomerOrder : IComparer<Customer>
{
    private readonly bool _byMnemonic;

    private CustomerOrder(bool byMnemonic) => _byMnemonic = byMnemonic;

    public static CustomerOrder ByCode { get; } = new(byMnemonic: false);

    public static CustomerOrder ByMnemonic { get; } = new(byMnemonic: true);

    public int Compare(Customer? x, Customer? y)
    {
        if (_byMnemonic && string.CompareOrdinal(x?.MnemonicCode, y?.MnemonicCode) is var byMnemonic and not 0)
        {
            return byMnemonic;
        }

        return string.CompareOrdinal(x?.Code, y?.Code);
    }
}
