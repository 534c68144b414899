namespace CustomerClassification.Tests;

public class ClassificationExceptionTests
{
    [Fact]
    public void SingleRule_CarriesItsValuesAndOneViolation()
    {
        var e = new ClassificationException(ClassificationErrorCode.ParentCategoryMissing, "Parent '03' is missing.", "03001", "03");

        Assert.IsAssignableFrom<InvalidOperationException>(e);
        Assert.Equal(ClassificationErrorCode.ParentCategoryMissing, e.ErrorCode);
        Assert.Equal("03001", e.Code);
        Assert.Equal("03", e.RelatedCode);
        var only = Assert.Single(e.Violations);
        Assert.Equal(new Violation(ClassificationErrorCode.ParentCategoryMissing, "Parent '03' is missing.", code: "03001", relatedCode: "03"), only);
    }

    [Fact]
    public void ManyItems_CarriesEveryViolation()
    {
        var violations = new[]
        {
            new Violation(ClassificationErrorCode.CodeDoesNotFitScheme, "a", code: "01"),
            new Violation(ClassificationErrorCode.CategoryParentWouldChange, "b", code: "01001", relatedCode: "010"),
        };

        var e = new ClassificationException(ClassificationErrorCode.SchemeChangeBreaksCodes, "Two codes break.", violations);

        Assert.Equal(violations, e.Violations);
        Assert.Null(e.Code);
    }

    [Fact]
    public void Constructors_RejectBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ClassificationException(ClassificationErrorCode.CategoryNotFound, null!));
        Assert.Throws<ArgumentException>(() => new ClassificationException(ClassificationErrorCode.CategoryNotFound, " "));
        Assert.Throws<ArgumentNullException>(() => new ClassificationException(ClassificationErrorCode.CategoryNotFound, "m", (IEnumerable<Violation>)null!));
        Assert.Throws<ArgumentException>(() => new ClassificationException(ClassificationErrorCode.CategoryNotFound, "m", Array.Empty<Violation>()));
        Assert.Throws<ArgumentNullException>(() => new ClassificationException(ClassificationErrorCode.CategoryNotFound, "m", new Violation[] { null! }));
    }

    [Fact]
    public void Violation_RejectsBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new Violation(ClassificationErrorCode.CategoryNotFound, null!));
        Assert.Throws<ArgumentException>(() => new Violation(ClassificationErrorCode.CategoryNotFound, string.Empty));
        Assert.Throws<ArgumentException>(() => new Violation(ClassificationErrorCode.CategoryNotFound, "m", position: 0));
        Assert.Equal(3, new Violation(ClassificationErrorCode.CategoryNotFound, "m", position: 3).Position);
    }

    [Fact]
    public void ErrorCodes_KeepTheirShippedValues()
    {
        // Hosts store and map these numbers; changing one is a breaking change.
        Assert.Equal(1, (int)ClassificationErrorCode.CodeDoesNotFitScheme);
        Assert.Equal(4, (int)ClassificationErrorCode.CategoryNotFound);
        Assert.Equal(11, (int)ClassificationErrorCode.CategoryNameInvalid);
        Assert.Equal(13, (int)ClassificationErrorCode.CustomerNotFound);
        Assert.Equal(30, (int)ClassificationErrorCode.DeactivatedBeforeDeveloped);
        Assert.Equal(31, (int)ClassificationErrorCode.SuggestionOutdated);
        Assert.Equal(32, (int)ClassificationErrorCode.ReentrantChange);
        Assert.Equal(33, (int)ClassificationErrorCode.CustomFieldNameTaken);
        Assert.Equal(34, (int)ClassificationErrorCode.CategoryDisabled);
        Assert.Equal(35, (int)ClassificationErrorCode.ProfileValueInvalid);
        Assert.Equal(36, (int)ClassificationErrorCode.CategoryReorganisationInvalid);
        Assert.Equal(37, (int)ClassificationErrorCode.CreditGradeNotOnScale);
        Assert.Equal(38, (int)ClassificationErrorCode.CustomerOnCreditHold);
        Assert.Equal(39, (int)ClassificationErrorCode.CustomerNotOnCreditHold);
        Assert.Equal(40, (int)ClassificationErrorCode.CreditControlValueInvalid);
        Assert.Equal(41, (int)ClassificationErrorCode.CustomerGroupInvalid);
        Assert.Equal(42, (int)ClassificationErrorCode.AccessDenied);
        Assert.Equal(43, (int)ClassificationErrorCode.RequestRequired);
        Assert.Equal(44, (int)ClassificationErrorCode.RequestNotFound);
        Assert.Equal(45, (int)ClassificationErrorCode.RequestNotAllowed);
        Assert.Equal(46, (int)ClassificationErrorCode.RequestStale);
        Assert.Equal(47, (int)ClassificationErrorCode.RequestUnsupported);
        Assert.Equal(47, Enum.GetValues<ClassificationErrorCode>().Distinct().Count());
    }
}
