using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>
/// Persistent groups of customers, each sorted by an order (the customers of one category by code, the
/// customers whose mnemonic codes start alike by mnemonic code). A transaction collects its changes per
/// group and sorts each touched group once, when it is read or when the transaction ends.
/// </summary>
internal sealed class CustomerGroups
{
    private readonly BucketMap<Customer[]> _groups;

    private CustomerGroups(BucketMap<Customer[]> groups, IComparer<Customer> order)
    {
        _groups = groups;
        Order = order;
    }

    public IComparer<Customer> Order { get; }

    public static CustomerGroups Empty(IComparer<Customer> order) => new(BucketMap<Customer[]>.Empty, order);

    public Customer[] Get(string key) => _groups.TryGetValue(key, out var group) ? group : [];

    public Builder ToBuilder() => new(this);

    internal sealed class Builder(CustomerGroups original)
    {
        private readonly BucketMap<Customer[]>.Builder _groups = original._groups.ToBuilder();

        // Per group, by customer code: the customer's version now, or null when it left the group.
        private readonly Dictionary<string, Dictionary<string, Customer?>> _pending = new(StringComparer.Ordinal);

        public void Put(string key, Customer customer) => Pending(key)[customer.Code] = customer;

        public void Remove(string key, string customerCode) => Pending(key)[customerCode] = null;

        public Customer[] Get(string key)
        {
            Settle(key);
            return _groups.TryGetValue(key, out var group) ? group : [];
        }

        public CustomerGroups ToImmutable()
        {
            foreach (var key in _pending.Keys.ToArray())
            {
                Settle(key);
            }

            return new CustomerGroups(_groups.ToImmutable(), original.Order);
        }

        private Dictionary<string, Customer?> Pending(string key)
        {
            if (!_pending.TryGetValue(key, out var changes))
            {
                changes = new Dictionary<string, Customer?>(StringComparer.Ordinal);
                _pending.Add(key, changes);
            }

            return changes;
        }

        private void Settle(string key)
        {
            if (!_pending.TryGetValue(key, out var changes))
            {
                return;
            }

            _pending.Remove(key);
            var settled = new List<Customer>(changes.Count + (_groups.TryGetValue(key, out var group) ? group.Length : 0));
            foreach (var customer in group ?? [])
            {
                if (!changes.ContainsKey(customer.Code))
                {
                    settled.Add(customer);
                }
            }

            foreach (var customer in changes.Values)
            {
                if (customer is not null)
                {
                    settled.Add(customer);
                }
            }

            if (settled.Count == 0)
            {
                _groups.Remove(key);
                return;
            }

            settled.Sort(original.Order);
            _groups.Set(key, settled.ToArray());
        }
    }
}
