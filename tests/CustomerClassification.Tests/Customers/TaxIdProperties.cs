using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Customers;

[ScaledProperties(Arbitrary = [typeof(TaxIdGenerators)], MaxTest = 500)]
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

    [Property]
    public bool A_resident_id_with_its_check_character_is_an_individual_and_any_change_of_its_last_four_is_caught(ResidentIdMutation sample)
    {
        // GB 11643: the check character completes the weighted sum of the first 17 digits to 1 modulo 11.
        var sum = sample.First17.Select((c, i) => (c - '0') * ((1 << (17 - i)) % 11)).Sum();
        var id = sample.First17 + "10X98765432"[sum % 11];
        var mutated = id.Substring(0, sample.Position) + sample.Replacement + id.Substring(sample.Position + 1);

        var valid = TaxId.TryParse(id, out var taxId) && taxId.Kind == TaxIdKind.ResidentId && taxId.BirthDate == sample.BirthDate;
        return valid && (mutated == id) == TaxId.TryParse(mutated, out _);
    }
}
