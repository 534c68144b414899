using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Customers;

[Properties(Arbitrary = [typeof(TaxIdGenerators)], MaxTest = 500)]
public class TaxIdProperties
{
    [Property]
    public bool A_code_with_its_check_character_is_valid_and_any_single_substitution_is_caught(TaxIdMutation sample)
    {
        var code = sample.First17 + TaxId.CheckCharacter(sample.First17);
        var mutated = code.Substring(0, sample.Position) + sample.Replacement + code.Substring(sample.Position + 1);

        var valid = TaxId.TryParse(code, out var taxId) && taxId.Value == code && !taxId.IsLegacy;
        return valid && (mutated == code) == TaxId.TryParse(mutated, out _);
    }
}
