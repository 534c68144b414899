using CustomerClassification.Credit;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Credit;

public class CreditPolicySetTests
{
    [Fact]
    public void FindGetTryGet_SeeOnlyACategorysOwnPolicy()
    {
        var policies = Policies();

        Assert.Equal(100_000m, policies.Get("01").CreditLimit);
        Assert.Null(policies.Find("01001"));
        Assert.True(policies.TryGet("02", out var retail));
        Assert.Equal(20_000m, retail!.CreditLimit);
        Assert.False(policies.TryGet("03", out var none));
        Assert.Null(none);
        Assert.Throws<KeyNotFoundException>(() => policies.Get("01001"));
        Assert.Throws<ArgumentNullException>(() => policies.Find(null!));
    }

    [Fact]
    public void Policies_CannotBeChangedBehindTheSet()
    {
        var policies = Policies();

        var map = Assert.IsAssignableFrom<IDictionary<string, CreditPolicy>>(policies.Policies);

        Assert.Throws<NotSupportedException>(() => map["09"] = new CreditPolicy());
        Assert.Null(policies.Find("09"));
    }
}
