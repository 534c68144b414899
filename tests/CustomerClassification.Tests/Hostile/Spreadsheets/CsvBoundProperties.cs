using System.IO;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

public sealed class CsvBoundProperties
{
    // Whatever text the model takes as a name, contact and address survives a CSV export and import exactly.
    [ScaledProperty(MaxTest = 200)]
    public Property Any_text_the_model_takes_survives_export_and_import() =>
        Prop.ForAll(BoundGenerators.Texts.ToArbitrary(), BoundGenerators.Amounts.ToArbitrary(), (text, amount) =>
        {
            Customer customer;
            try
            {
                customer = new Customer("C1", text) { CategoryCode = "01001", Contact = text, Address = text, CreditLimit = Math.Abs(amount) };
            }
            catch (ArgumentException)
            {
                return true;
            }

            var archive = SampleArchive.Create();
            archive.Add(customer, SampleArchive.Actor);
            using var csv = new MemoryStream();
            CustomerCsv.Export(archive.Snapshot, csv);
            var copy = SampleArchive.Create();
            var report = CustomerCsv.Import(new MemoryStream(csv.ToArray()), copy, SampleArchive.Actor);
            return report.Succeeded && copy.Get("C1") == archive.Get("C1");
        });
}
